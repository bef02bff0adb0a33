"""The extractor measured on the project's own golden set (tests/golden/), written before its rules."""
import json
from pathlib import Path

import pytest

from components.evaluate import (
    EARLIER_GOLD_ACTORS,
    GOLD_ACTORS,
    evaluate,
    gold_actors,
    gold_span,
    place_is_right,
    score_movements,
)
from components.records import Place

GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture(scope="module")
def figures():
    return evaluate(GOLDEN)


def test_evaluate_places_precision_and_recall_at_least_095(figures):
    assert figures["places"].precision >= 0.95, figures["places"].misses
    assert figures["places"].recall >= 0.95, figures["places"].misses


def test_evaluate_no_non_place_is_placed(figures):
    assert figures["non_places_placed"] == 0


def test_evaluate_movements_precision_recall_and_status_at_least_09(figures):
    movements = figures["movements"]
    assert movements.precision >= 0.9, movements.misses
    assert movements.recall >= 0.9, movements.misses
    assert movements.status_accuracy >= 0.9, movements.misses


def test_evaluate_golden_set_is_valid():
    from tests.golden.validate import validate

    assert validate(GOLDEN) == []


def test_evaluate_gold_span_counts_occurrences():
    assert gold_span("تشاد والتشاديين وتشاد", "تشاد", 3) == (17, 21)


def test_evaluate_place_tolerances():
    sabha = Place("s", "Sabha", "سبها", "city", "LY", 27.03766, 14.42832)
    assert place_is_right(sabha, {"kind": "town", "country": "LY", "lat": 27.2, "lon": 14.5})
    assert not place_is_right(sabha, {"kind": "town", "country": "LY", "lat": 27.5, "lon": 14.5})
    libya = Place("country:LY", "Libya", "ليبيا", "country", "LY", 26.0, 17.0)
    assert place_is_right(libya, {"kind": "country", "country": "LY", "lat": 0, "lon": 0})


def test_movements_are_paired_with_the_gold_ones_they_stand_for_not_the_first_that_shares_a_place():
    text = "وصلت قوات إلى سرت قادمة من مصراتة. ونفى مصدر تحرك قوات أخرى نحو سرت."
    golds = [
        {"kind": "deploy", "status": "denied", "actor": None, "origins": [], "destinations": ["سرت"], "via": []},
        {"kind": "deploy", "status": "reported", "actor": None, "origins": ["مصراتة"], "destinations": ["سرت"], "via": []},
    ]
    score = score_movements([{"id": "m", "text": text, "movements": golds}])
    assert (score.true_positive, score.false_positive, score.false_negative, score.status_correct) == (2, 0, 0, 2)


def test_evaluate_route_accuracy_asks_for_the_same_origins_and_destinations():
    text = "وصلت قوات إلى سرت قادمة من مصراتة. ونفى مصدر تحرك قوات أخرى نحو سرت."
    golds = [
        {"kind": "deploy", "status": "reported", "actor": None, "origins": ["مصراتة"], "destinations": ["سرت"], "via": []},
        {"kind": "deploy", "status": "denied", "actor": None, "origins": ["الجفرة"], "destinations": ["سرت"], "via": []},
    ]
    score = score_movements([{"id": "m", "text": text, "movements": golds}])
    assert (score.true_positive, score.route_correct) == (2, 1)  # the denied move names no origin
    assert score.misses == ["m: route [] → ['سرت'], expected ['الجفرة'] → ['سرت']"]


def test_evaluate_scores_the_actors_an_annotation_cannot_name_as_null():
    from tests.golden.validate import ACTORS

    assert ACTORS - {None} == GOLD_ACTORS
    text = "دفع الجيش التشادي بتعزيزات من فايا لارجو إلى زوار. ودفعت قوات حفتر بتعزيزات إلى سبها."
    golds = [
        {"kind": "reinforce", "status": "reported", "actor": None, "origins": ["فايا لارجو"], "destinations": ["زوار"],
         "via": []},  # the Chadian army was not among validate.ACTORS before fresh951: the annotator had to write null
        {"kind": "reinforce", "status": "reported", "actor": "GNA forces", "origins": [], "destinations": ["سبها"],
         "via": []},
    ]
    score = score_movements([{"id": "m", "text": text, "movements": golds}], EARLIER_GOLD_ACTORS)
    assert (score.true_positive, score.actor_correct) == (2, 1)
    assert score.misses == ["m: actor Libyan National Army, expected GNA forces"]
    golds[0]["actor"] = "Chadian army"  # from fresh951 on, the annotator names it
    score = score_movements([{"id": "m", "text": text, "movements": golds}], gold_actors(Path("tests/golden/fresh951")))
    assert (score.true_positive, score.actor_correct) == (2, 1)
    assert gold_actors(Path("tests/golden/fresh950")) == gold_actors(Path("tests/golden")) == EARLIER_GOLD_ACTORS


def test_evaluate_samples_written_before_the_armies_joined_the_list_do_not_name_them():
    from tests.golden.sample_tools import ACTORS as SAMPLE_ACTORS
    from tests.golden.validate import ACTORS

    assert SAMPLE_ACTORS == ACTORS
    golden = Path(__file__).parent / "golden"
    armies = GOLD_ACTORS - EARLIER_GOLD_ACTORS
    for folder in [golden, *golden.glob("fresh*")]:
        if gold_actors(folder) == EARLIER_GOLD_ACTORS:
            named = {m["actor"] for line in (folder / "movements.jsonl").read_text(encoding="utf-8").splitlines()
                     if line.strip() for m in json.loads(line)["movements"]}
            assert not named & armies, folder.name

