"""Scores the extractor against the annotated excerpts in ``tests/golden/``.

Places: a resolved mention is correct when it overlaps an annotated place and its
point lies within 35 km (a point place), 160 km (a district or region) or in the
right country (a country). Movements: a predicted movement matches an annotated
one in the same excerpt when they share a place (destination, origin or route);
status, actor and route accuracy are over matched pairs (the route: the same origins
and the same destinations, what the map's arrow draws; the actor: as an annotation can
name it, see GOLD_ACTORS).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from shapely.geometry import Point

from components.boundaries import load_areas
from components.geocode import distance_km
from components.pipeline import extract_text
from components.records import Movement, Place

TOLERANCE_KM = {"district": 160.0, "region": 160.0}
POINT_TOLERANCE_KM = 35.0


@dataclass
class Score:
    """Counts and the misses behind them."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positive + self.false_negative
        return self.true_positive / expected if expected else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass
class MovementScore(Score):
    status_correct: int = 0
    actor_correct: int = 0
    route_correct: int = 0

    @property
    def status_accuracy(self) -> float:
        return self.status_correct / self.true_positive if self.true_positive else 1.0

    @property
    def actor_accuracy(self) -> float:
        return self.actor_correct / self.true_positive if self.true_positive else 1.0

    @property
    def route_accuracy(self) -> float:
        return self.route_correct / self.true_positive if self.true_positive else 1.0


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_span(text: str, surface: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th (1-based) appearance of ``surface`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def place_is_right(place: Place, gold: dict) -> bool:
    """Right country for a country; within the distance for the kind, or inside the area's polygon."""
    if gold["kind"] == "country":
        return place.country == gold["country"] and place.kind == "country"
    if place.kind == "country":
        return False
    gold_point = Place("gold", "", "", gold["kind"], gold["country"], gold["lat"], gold["lon"])
    limit = TOLERANCE_KM.get(gold["kind"], POINT_TOLERANCE_KM)
    if distance_km(place, gold_point) <= limit:
        return True
    areas = load_areas()
    return place.area is not None and place.area in areas.index and bool(
        areas.loc[place.area, "geometry"].contains(Point(gold["lon"], gold["lat"])))


def score_places(cases: list[dict]) -> tuple[Score, int]:
    """Place precision/recall over the cases, and how many annotated non-places were placed."""
    score, non_places_placed = Score(), 0
    for case in cases:
        text = case["text"]
        article = extract_text(text, article_id=case["id"], source="golden")
        golds = [(gold_span(text, g["text"], g.get("occurrence", 1)), g) for g in case["places"]]
        matched: set[int] = set()
        for mention in article.mentions:
            if mention.place is None:
                continue
            hit = next((k for k, ((start, end), g) in enumerate(golds)
                        if k not in matched and start < mention.end and mention.start < end
                        and place_is_right(mention.place, g)), None)
            if hit is None:
                score.false_positive += 1
                score.misses.append(f"{case['id']}: placed «{mention.text}» as {mention.place.name} "
                                    f"({mention.place.kind}, {mention.place.country}) — not expected")
                if any(mention.text in n or n in mention.text for n in case.get("not_places", [])):
                    non_places_placed += 1
            else:
                matched.add(hit)
                score.true_positive += 1
        for k, (_, gold) in enumerate(golds):
            if k not in matched:
                score.false_negative += 1
                found = [m for m in article.mentions if m.text == gold["text"]]
                why = found[0].reason if found else "not recognised"
                score.misses.append(f"{case['id']}: missed «{gold['text']}» ({gold.get('name', '')}, {gold['kind']}) — {why}")
    return score, non_places_placed


def _places(movement: Movement) -> set[str]:
    return {m.text for m in movement.origins + movement.destinations + movement.via}


def _same_surface(a: str, b: str) -> bool:
    """The same place, allowing one surface to hold the other ('ليبيا' in 'الحدود مع ليبيا')."""
    return a in b or b in a


def _same_place(found: set[str], expected: set[str]) -> bool:
    """A shared place."""
    return any(_same_surface(a, b) for a in found for b in expected)


def _same_places(found: set[str], expected: set[str]) -> bool:
    """Every found place is an expected one and every expected place is found."""
    return (all(any(_same_surface(a, b) for b in expected) for a in found)
            and all(any(_same_surface(a, b) for a in found) for b in expected))


# The actors an annotation can name: ACTORS in tests/golden/validate.py (tests/test_evaluate.py checks they agree). The
# extractor names more ('Armed groups in <town>'), which an annotator had to write as null; such a name is scored as
# null, as a finer label set is mapped onto a coarser one before scoring. The Chadian, Sudanese and Nigerien armies
# joined the annotators' list with fresh951 (ARMIES_JOINED): a sample written before had to write them as null too.
GOLD_ACTORS = frozenset({
    "Libyan National Army", "GNA forces", "Turkish armed forces", "Syrian mercenaries", "Foreign fighters",
    "Wagner Group", "Misrata forces", "Zintan forces", "Chadian armed groups", "Sudanese armed groups",
    "Algerian army", "Egyptian army", "Russian forces", "Tunisian army", "Chadian army", "Sudanese army",
    "Nigerien army",
})
EARLIER_GOLD_ACTORS = GOLD_ACTORS - {"Chadian army", "Sudanese army", "Nigerien army"}
ARMIES_JOINED = 951  # the first held-out sample (tests/golden/freshN) written with the three armies in the list


def gold_actors(folder: Path) -> frozenset[str]:
    """The actors the annotators of ``folder`` could name: GOLD_ACTORS from fresh951 on, EARLIER_GOLD_ACTORS before."""
    number = folder.name.removeprefix("fresh")
    return GOLD_ACTORS if number.isdigit() and int(number) >= ARMIES_JOINED else EARLIER_GOLD_ACTORS


def scored_actor(movement: Movement, actors: frozenset[str] = GOLD_ACTORS) -> str | None:
    """The movement's actor as an annotation could name it (one of ``actors``), else None."""
    name = movement.actor.name if movement.actor else None
    return name if name in actors else None


def _pairs(movements, golds: list[dict], actors: frozenset[str]) -> dict[int, int]:
    """Which gold movement each found one stands for: the pairing, among movements that share a place, with
    the most pairs, then the most shared places, then the most equal statuses, kinds and actors (found by search
    over the few movements of an article), so that scores do not hang on the order things are found in."""
    gains: list[dict[int, tuple[int, ...]]] = []
    for movement in movements:
        found = _places(movement)
        options = {}
        for k, gold in enumerate(golds):
            expected = set(gold["origins"] + gold["destinations"] + gold.get("via", []))
            if _same_place(found, expected):
                shared = sum(any(_same_surface(a, b) for b in expected) for a in found)
                actor = scored_actor(movement, actors)
                options[k] = (1, shared, movement.status == gold["status"], movement.kind == gold["kind"],
                              actor == gold.get("actor"))
        gains.append(options)

    @cache
    def best(i: int, used: int) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
        if i == len(gains):
            return (0, 0, 0, 0, 0), ()
        choice = best(i + 1, used)
        for k, gain in gains[i].items():
            if not used >> k & 1:
                value, chosen = best(i + 1, used | 1 << k)
                value = tuple(a + b for a, b in zip(value, gain))
                if value > choice[0]:
                    choice = (value, ((i, k), *chosen))
        return choice

    return dict(best(0, 0)[1])


def score_movements(cases: list[dict], actors: frozenset[str] = GOLD_ACTORS) -> MovementScore:
    score = MovementScore()
    for case in cases:
        article = extract_text(case["text"], article_id=case["id"], source="golden")
        golds = case["movements"]
        used: set[int] = set()
        pairs = _pairs(article.movements, golds, actors)
        for index, movement in enumerate(article.movements):
            hit = pairs.get(index)
            if hit is None:
                score.false_positive += 1
                score.misses.append(f"{case['id']}: extra {movement.kind}/{movement.status} to "
                                    f"{[d.text for d in movement.destinations]} from {[o.text for o in movement.origins]}")
                continue
            used.add(hit)
            gold = golds[hit]
            score.true_positive += 1
            if movement.status == gold["status"]:
                score.status_correct += 1
            else:
                score.misses.append(f"{case['id']}: status {movement.status}, expected {gold['status']}")
            if scored_actor(movement, actors) == gold.get("actor"):
                score.actor_correct += 1
            else:
                score.misses.append(f"{case['id']}: actor {movement.actor.name if movement.actor else None}, "
                                    f"expected {gold.get('actor')}")
            origins, destinations = {m.text for m in movement.origins}, {m.text for m in movement.destinations}
            if _same_places(origins, set(gold["origins"])) and _same_places(destinations, set(gold["destinations"])):
                score.route_correct += 1
            else:
                score.misses.append(f"{case['id']}: route {sorted(origins)} → {sorted(destinations)}, "
                                    f"expected {gold['origins']} → {gold['destinations']}")
        for k, gold in enumerate(golds):
            if k not in used:
                score.false_negative += 1
                score.misses.append(f"{case['id']}: missed {gold['kind']}/{gold['status']} to {gold['destinations']}")
    return score


def evaluate(folder: Path) -> dict:
    """All figures for the golden set in ``folder``."""
    places, non_places_placed = score_places(_read_jsonl(folder / "places.jsonl"))
    movements = score_movements(_read_jsonl(folder / "movements.jsonl"), gold_actors(folder))
    return {"places": places, "non_places_placed": non_places_placed, "movements": movements}


def report(figures: dict) -> str:
    places, movements = figures["places"], figures["movements"]
    lines = [
        f"places     precision {places.precision:.3f}  recall {places.recall:.3f}  F1 {places.f1:.3f}  "
        f"(tp {places.true_positive}, fp {places.false_positive}, fn {places.false_negative})",
        f"non-places placed: {figures['non_places_placed']}",
        f"movements  precision {movements.precision:.3f}  recall {movements.recall:.3f}  F1 {movements.f1:.3f}  "
        f"status accuracy {movements.status_accuracy:.3f}  actor accuracy {movements.actor_accuracy:.3f}  "
        f"route accuracy {movements.route_accuracy:.3f}  "
        f"(tp {movements.true_positive}, fp {movements.false_positive}, fn {movements.false_negative})",
        "",
        "misses:",
        *(f"  {miss}" for miss in places.misses + movements.misses),
    ]
    return "\n".join(lines)
