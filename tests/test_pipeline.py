"""The whole extraction on the five seed articles: what an analyst expects from them."""
from pathlib import Path

import pytest

from components.pipeline import extract_files

SEEDS = sorted(str(p) for p in (Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def articles():
    return {a.id[:3]: a for a in extract_files(SEEDS)}


def _spans(article):
    yield from article.mentions
    for movement in article.movements:
        yield movement.evidence
        yield movement.trigger
        yield from movement.origins + movement.destinations + movement.via


def test_pipeline_every_span_matches_the_text(articles):
    for article in articles.values():
        for span in _spans(article):
            assert article.text[span.start:span.end] == span.text


def test_pipeline_000_units_sent_to_eight_places(articles):
    article = articles["000"]
    (move,) = [m for m in article.movements if len(m.destinations) == 8]
    assert (move.kind, move.status, move.actor.name) == ("deploy", "reported", "Libyan National Army")
    expected = [
        ("سبها", 2020, 27.03766, 14.42832), ("غات", 2026, 24.96334, 10.18003), ("أباري", 2031, 26.59034, 12.77511),
        ("مرزق", 2038, 25.91552, 13.91839), ("القطرون", 2044, 24.95139, 14.64861), ("براك", 2053, 27.54956, 14.27139),
        ("الشاطئ", 2059, None, None), ("أدري", 2067, 27.44707, 13.05173),
    ]
    for mention, (text, start, lat, lon) in zip(move.destinations, expected):
        assert (mention.text, mention.start) == (text, start)
        if lat is not None:
            assert mention.place.lat == pytest.approx(lat, abs=0.01)
            assert mention.place.lon == pytest.approx(lon, abs=0.01)
    shatii = move.destinations[6].place
    assert (shatii.id, shatii.kind, shatii.area) == ("district:LY-WS", "district", "district:LY-WS")


def test_pipeline_000_move_to_ghadames_is_denied(articles):
    (move,) = [m for m in articles["000"].movements if [d.text for d in m.destinations] == ["غدامس"]]
    assert move.status == "denied"
    assert move.destinations[0].place.lat == pytest.approx(30.13366, abs=0.01)
    assert move.attributed_to == "المسماري"


def test_pipeline_001_conditional_redeployment_and_fighters_from_syria(articles):
    movements = articles["001"].movements
    first = movements[0]
    assert (first.kind, first.status, first.actor.name) == ("redeploy", "conditional", "Libyan National Army")
    assert [(d.text, d.place.id) for d in first.destinations] == [("طرابلس", "gn:2210247")]
    (fighters,) = [m for m in movements if m.origins and m.destinations
                   and (m.origins[0].text, m.destinations[0].text) == ("سوريا", "ليبيا")]
    assert fighters.status == "reported"
    assert fighters.origins[0].place.id == "country:SY"


def test_pipeline_001_talks_and_visits_are_not_movements(articles):
    places = {d.text for m in articles["001"].movements for d in m.destinations + m.origins}
    assert not places & {"جنيف", "برلين", "القاهرة", "مصر"}


def test_pipeline_002_visit_and_aid_flight_are_not_troop_movements(articles):
    article = articles["002"]
    assert article.movements == ()
    placed = {m.text: m.place.id for m in article.mentions if m.place}
    assert placed["مطار بنينا"] == "icao:HLLB"
    assert placed["مطار بوفاريك"] == "icao:DAAK"  # the airfield itself, from airportsdata
    assert placed["بنغازي"] == "gn:88319"


def test_pipeline_003_defences_reinforcements_and_planned_advance(articles):
    summary = [(m.kind, m.status, m.actor.name, tuple(d.text for d in m.destinations)) for m in articles["003"].movements]
    assert ("deploy", "reported", "Libyan National Army", ("سرت", "الجفرة")) in summary
    assert ("reinforce", "reported", "Misrata forces", ("مصراتة",)) in summary
    assert ("advance", "planned", "Misrata forces", ("سرت",)) in summary
    assert all("طرابلس" not in destinations for *_, destinations in summary)


def test_pipeline_004_turkish_landing_on_the_tunisian_border(articles):
    (landing,) = [m for m in articles["004"].movements if m.kind == "naval_landing"]
    assert landing.status == "reported"
    assert landing.actor.name == "Turkish armed forces"
    assert [(d.text, d.place.id) for d in landing.destinations] == [  # not Tunisia inside it as well
        ("الحدود مع تونس", "region:border-ly-tn")]
    assert landing.destinations[0].place.area == "region:border-ly-tn"


def test_pipeline_media_and_nisba_are_not_places(articles):
    texts = {m.text for a in articles.values() for m in a.mentions}
    assert not texts & {"سبوتنيك", "كيوبوست", "بوابة إفريقيا", "الجزيرة", "الشرق الأوسط", "الجزائرية", "الليبية"}


def test_pipeline_every_seed_mention_is_placed_except_continent_scale_areas(articles):
    unresolved = [(a.id[:3], m.text, m.reason.split(":")[0]) for a in articles.values() for m in a.mentions
                  if m.place is None]
    assert unresolved == [("001", "غرب أفريقيا", "not mapped"), ("001", "منطقة الساحل", "not mapped"),
                          ("004", "أوروبا", "not mapped")]
