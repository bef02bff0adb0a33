from dataclasses import replace

from components.records import EventDate
from components.views import (
    View,
    apply_view,
    briefing_steps,
    find_articles,
    from_query,
    movement_day,
    movement_days,
    to_query,
)


def dated(articles):
    """The fixture with dates: article a1 published 2020-06-10, its first movement dated 2020-06-12 in the text;
    b2 undated."""
    first, second = articles
    moves = list(first.movements)
    moves[0] = replace(moves[0], date=EventDate(0, 3, "أمس", "2020-06-12"))
    return [replace(first, published="2020-06-10", movements=tuple(moves)), second]


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


def test_views_query_round_trip_with_dates_and_place():
    view = View(date_from="2020-06-01", date_to="2020-06-30", until="2020-06-12", place="gn:2212775",
                kinds=("deploy", "advance"))
    query = to_query(view)
    assert query == {"kind": "deploy,advance", "from": "2020-06-01", "to": "2020-06-30", "until": "2020-06-12",
                     "place": "gn:2212775"}
    assert from_query(query) == view


def test_views_malformed_query_is_ignored():
    assert from_query({"step": "x", "status": ",", "briefing": "maybe", "from": "June", "to": "2020-13-01"}) == View()


def test_views_movement_day_prefers_the_text_over_publication(articles):
    first, second = dated(articles)
    assert [movement_day(first, m) for m in first.movements] == ["2020-06-12", "2020-06-10", "2020-06-10"]
    assert movement_day(second, second.movements[0]) is None
    assert movement_days(dated(articles)) == ["2020-06-10", "2020-06-12"]


def test_views_date_range_keeps_movements_inside_it_and_drops_undated(articles):
    only_12th = apply_view(dated(articles), View(date_from="2020-06-11", date_to="2020-06-12"))
    assert [(a.id, [m.kind for m in a.movements]) for a in only_12th] == [("a1", ["deploy"]), ("b2", [])]
    assert sorted({m.place.id for a in only_12th for m in a.mentions}) == ["sabha", "ubari"]
    until_10th = apply_view(dated(articles), View(date_to="2020-06-10"))
    assert [m.status for m in until_10th[0].movements] == ["planned", "denied"]
    assert apply_view(dated(articles), View()) == dated(articles)


def test_views_time_step_shows_movements_up_to_the_day(articles):
    assert [len(a.movements) for a in apply_view(dated(articles), View(until="2020-06-11"))] == [2, 0]
    assert [len(a.movements) for a in apply_view(dated(articles), View(until="2020-06-12"))] == [3, 0]
    both = View(date_from="2020-06-11", until="2020-06-30", date_to="2020-06-11")
    assert [len(a.movements) for a in apply_view(dated(articles), both)] == [0, 0]


def test_views_place_kind_filter_keeps_matching_mentions(articles):
    districts = apply_view(articles, View(place_kinds=("district",)))
    assert [m.text for a in districts for m in a.mentions] == ["الشاطئ"]
    assert [len(a.movements) for a in districts] == [3, 1]


def test_views_briefing_steps_in_reading_order(articles):
    assert briefing_steps(articles) == [("a1", 0), ("a1", 1), ("a1", 2), ("b2", 0)]
    # indices into the filtered articles, which are what the map and the panel are given
    assert briefing_steps(apply_view(articles, View(statuses=("denied", "conditional")))) == [("a1", 0), ("b2", 0)]


def test_find_articles_by_number_then_by_words_of_the_title():
    ids = [f"a{k}" for k in range(1, 13)]
    titles = {**dict.fromkeys(ids, "خبر عادي"), "a3": "اجدابيا تستقبل رتلا", "a12": "قوات تصل إلى أجدابيا"}

    def label(article_id: str) -> str:
        return f"{ids.index(article_id) + 1} · {titles[article_id]}"

    assert find_articles("", ids, label, limit=5) == ids[:5]
    assert find_articles(" 1 ", ids, label) == ["a1"]  # the number, not the numbers that hold its digits
    assert find_articles("أجدابيا", ids, label) == ["a3", "a12"]  # letter forms unified
    assert find_articles("قوات اجدابيا", ids, label) == ["a12"]  # every word
    assert find_articles("خبر", ids, label, limit=3) == ["a1", "a2", "a4"]
    assert find_articles("طبرق", ids, label) == []


def test_period_ids_keep_the_articles_of_the_last_days_up_to_the_newest():
    from components.views import period_ids

    days = [("a", "2023-12-21"), ("b", "2024-09-21"), ("c", "2024-12-20"), ("d", "2024-09-22")]
    assert period_ids(days, 90) == ["c", "d"]  # 2024-09-22 is the 90th day up to 2024-12-20
    assert period_ids(days, 365) == ["b", "c", "d"]
    assert period_ids(days, 0) is None and period_ids([], 90) is None
    assert period_ids([("a", "yesterday")], 90) is None  # not a date: every article rather than a guess
