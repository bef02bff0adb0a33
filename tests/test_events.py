from components.events import merge_events
from components.pipeline import extract_text


def _article(article_id, text, published="2020-06-12"):
    return extract_text(text, article_id=article_id, source=article_id, published=published)


def test_events_same_movement_from_two_articles_is_one_event():
    first = _article("a", "وصلت قوات الجيش الوطني الليبي إلى سبها أمس.")
    second = _article("b", "قال مصدر عسكري إن وحدات الجيش الوطني الليبي وصلت إلى مدينة سبها.", "2020-06-11")
    (event,) = merge_events([first, second])
    assert (event.count, event.status, event.contested) == (2, "reported", False)
    assert event.actor == "Libyan National Army"
    assert [s.article_id for s in event.sources] == ["a", "b"]


def test_events_reported_and_denied_is_contested():
    claim = _article("a", "وصلت قوات الجيش الوطني الليبي إلى غدامس.")
    denial = _article("b", "نفى المتحدث باسم الجيش الوطني الليبي توجه قوات الجيش الوطني الليبي إلى غدامس.")
    (event,) = merge_events([claim, denial])
    assert event.contested
    assert [s.status for s in event.sources] == ["reported", "denied"]


def test_events_far_apart_in_time_stay_apart():
    early = _article("a", "وصلت قوات الجيش الوطني الليبي إلى سبها.", "2020-01-01")
    late = _article("b", "وصلت قوات الجيش الوطني الليبي إلى سبها.", "2020-03-01")
    assert len(merge_events([early, late])) == 2


def test_events_different_actors_stay_apart():
    one = _article("a", "وصلت قوات الجيش الوطني الليبي إلى سرت.")
    other = _article("b", "وصلت قوات الوفاق إلى سرت.")
    assert len(merge_events([one, other])) == 2
