"""Recognition and ranking on the bundled gazetteer: traps, directional regions, Tripoli's municipalities."""
import pytest

from components.gazetteer import load
from components.geocode import resolve
from components.mentions import find_candidates, load_lexicon
from components.text import normalise


def _mentions(text):
    norm = normalise(text)
    gazetteer = load()
    return resolve(find_candidates(norm, gazetteer, load_lexicon()), gazetteer, norm, text)


def _placed(text):
    return [(m.text, m.start, m.place.id) for m in _mentions(text) if m.place is not None]


@pytest.mark.parametrize("text", [
    "فيما درج المهربون على استخدام الطريق الساحلي",  # درج 'used to', not Daraj
    "واصفًا ذلك بأنه «زلة إعلامية مقصودة»",  # زلة 'slip', not Zillah
    "نفى المجلس العسكري الزنتان في بيان",  # a body named after a town
    "بحسب ما أوردته وكالة تونس إفريقيا للأنباء",  # وكالة must not be read as و + كالة
    "ودعت بعثة الأمم المتحدة للدعم في ليبيا جميع الأطراف",
])
def test_traps_place_nothing(text):
    assert _placed(text) == []


def test_weak_names_kept_next_to_places_and_after_residents():
    text = "أعيد فتح الطريق بين غدامس ودرج وسيناون"
    assert ("درج", text.index("درج"), "gn:2217774") in _placed(text)
    text = "بسبب احتجاجات أهالي زلة على تردي الخدمات"
    assert _placed(text) == [("زلة", text.index("زلة"), "gn:2208518")]


def test_island_is_not_algiers():
    assert all(m.place is None or m.place.country != "DZ" for m in _mentions("قوارب باتجاه جزيرة صقلية"))


def test_gate_of_an_airport_is_not_a_media_name():
    text = "انفجار قرب بوابة مطار معيتيقة"
    ((surface, start, _),) = _placed(text)
    assert (surface, start) == ("مطار معيتيقة", text.index("مطار"))
