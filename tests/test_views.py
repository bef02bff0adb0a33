from components.views import View, apply_view, briefing_steps, from_query, one_movement, to_query


def test_views_status_filter_keeps_its_movements_and_their_places_only(articles):
    everything = apply_view(articles, View())
    denied = apply_view(articles, View(statuses=("denied",)))
    assert sum(len(a.movements) for a in everything) > sum(len(a.movements) for a in denied)
    for article in denied:
        assert all(m.status == "denied" for m in article.movements)
        tied = {(p.start, p.end) for m in article.movements for p in m.origins + m.destinations + m.via}
        assert {(m.start, m.end) for m in article.mentions} == tied


def test_views_article_filter(articles):
    (only,) = apply_view(articles, View(article=articles[1].id))
    assert only.id == articles[1].id


def test_views_query_round_trip():
    view = View(article="000_x", statuses=("reported", "planned"), actors=("Libyan National Army",), briefing=True,
                step=2)
    query = to_query(view)
    assert query == {"article": "000_x", "status": "reported,planned", "actor": "Libyan National Army",
                     "briefing": "1", "step": "3"}
    assert from_query(query) == view


def test_views_malformed_query_is_ignored():
    assert from_query({"step": "x", "status": ",", "briefing": "maybe"}) == View()


def test_views_briefing_steps_and_one_movement(articles):
    steps = briefing_steps(articles)
    assert steps == [(a.id, i) for a in articles for i in range(len(a.movements))]
    (single,) = one_movement(articles, steps[0])
    assert len(single.movements) == 1
    movement = single.movements[0]
    assert {(m.start, m.end) for m in single.mentions} == {
        (p.start, p.end) for p in movement.origins + movement.destinations + movement.via}
