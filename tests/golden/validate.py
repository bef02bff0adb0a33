"""Structural checks for the golden evaluation set (places.jsonl, movements.jsonl).

Usage:
    python tests/golden/validate.py            # validates the folder this file lives in
    from tests.golden.validate import validate; validate("tests/golden")  -> list[str]

Occurrence convention: ``occurrence`` (1-based) counts raw, non-overlapping
occurrences of the surface string in ``text`` (``str.find`` semantics), including
occurrences inside longer words or inside names listed in ``not_places``.
"""
import json
import os
import sys
from collections import Counter

PHENOMENA = [
    "clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap",
    "common_word_trap", "nisba", "ambiguity_tripoli", "ambiguity_country_capital",
    "ambiguity_idri", "vague_area", "border_phrase", "town_vs_district", "coverage_bases",
    "coverage_oil", "coverage_crossings", "coverage_neighbours", "countries",
]
PLACE_KINDS = {"town", "city", "village", "airport", "base", "oilfield", "crossing",
               "district", "region", "country"}
MOVE_KINDS = ["deploy", "reinforce", "advance", "withdraw", "redeploy", "airlift",
              "naval_landing", "mobilise", "shipment"]
STATUSES = ["reported", "planned", "conditional", "denied"]
ACTORS = {
    "Libyan National Army", "GNA forces", "Turkish armed forces", "Syrian mercenaries",
    "Foreign fighters", "Wagner Group", "Misrata forces", "Zintan forces",
    "Chadian armed groups", "Sudanese armed groups", "Algerian army", "Egyptian army",
    "Russian forces", "Tunisian army", "Chadian army", "Sudanese army", "Nigerien army", None,
}
MIN_PLACES, MIN_MOVES, MIN_EACH = 48, 34, 2


def _spans(text, sub):
    out, i = [], text.find(sub)
    while sub and i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + len(sub))
    return out


def _read_jsonl(path, problems):
    rows = []
    if not os.path.exists(path):
        problems.append(f"{os.path.basename(path)}: missing")
        return rows
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{os.path.basename(path)}:{n}: invalid JSON ({exc})")
                continue
            if not isinstance(obj, dict):
                problems.append(f"{os.path.basename(path)}:{n}: not an object")
                continue
            rows.append(obj)
    return rows


def _check_ids(rows, name, problems):
    ids = Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if not isinstance(i, str) or not i:
            problems.append(f"{name}: record without a string id")
        elif c > 1:
            problems.append(f"{name}: duplicate id {i}")


def _check_places(rows, problems):
    phen = Counter()
    for r in rows:
        rid, text = r.get("id"), r.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{rid}: empty text")
            continue
        ph = r.get("phenomena")
        if not isinstance(ph, list) or not ph:
            problems.append(f"{rid}: phenomena must be a non-empty list")
            ph = []
        for p in ph:
            if p not in PHENOMENA:
                problems.append(f"{rid}: unknown phenomenon {p!r}")
        phen.update(set(ph))
        nots = r.get("not_places")
        if not isinstance(nots, list):
            problems.append(f"{rid}: not_places must be a list")
            nots = []
        bad_spans = []
        for s in nots:
            sp = _spans(text, s) if isinstance(s, str) else []
            if not sp:
                problems.append(f"{rid}: not_places {s!r} not found in text")
            bad_spans += sp
        places = r.get("places")
        if not isinstance(places, list):
            problems.append(f"{rid}: places must be a list")
            continue
        seen = set()
        for pl in places:
            surf = pl.get("text")
            occ = pl.get("occurrence", 1)
            if not isinstance(surf, str) or not surf:
                problems.append(f"{rid}: place without text")
                continue
            if not isinstance(occ, int) or occ < 1:
                problems.append(f"{rid}: {surf!r} bad occurrence {occ!r}")
                continue
            sp = _spans(text, surf)
            if len(sp) < occ:
                problems.append(f"{rid}: {surf!r} occurrence {occ} not in text ({len(sp)} found)")
                continue
            span = sp[occ - 1]
            if (surf, occ) in seen:
                problems.append(f"{rid}: {surf!r} occurrence {occ} annotated twice")
            seen.add((surf, occ))
            if surf != surf.strip():
                problems.append(f"{rid}: {surf!r} has surrounding whitespace")
            for a, b in bad_spans:
                if a <= span[0] and span[1] <= b:
                    problems.append(f"{rid}: place {surf!r}#{occ} lies inside a not_places string")
            if pl.get("kind") not in PLACE_KINDS:
                problems.append(f"{rid}: {surf!r} bad kind {pl.get('kind')!r}")
            cc = pl.get("country")
            if not (isinstance(cc, str) and len(cc) == 2 and cc.isupper()):
                problems.append(f"{rid}: {surf!r} bad country {cc!r}")
            lat, lon = pl.get("lat"), pl.get("lon")
            if not (isinstance(lat, (int, float)) and -90 <= lat <= 90
                    and isinstance(lon, (int, float)) and -180 <= lon <= 180):
                problems.append(f"{rid}: {surf!r} bad lat/lon {lat!r},{lon!r}")
            if not isinstance(pl.get("name"), str) or not pl.get("name"):
                problems.append(f"{rid}: {surf!r} missing name")
    for p in PHENOMENA:
        if phen[p] < MIN_EACH:
            problems.append(f"places: phenomenon {p!r} appears {phen[p]} times (< {MIN_EACH})")
    if len(rows) < MIN_PLACES:
        problems.append(f"places: {len(rows)} records (< {MIN_PLACES})")


def _check_movements(rows, problems):
    kinds, stats = Counter(), Counter()
    for r in rows:
        rid, text = r.get("id"), r.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{rid}: empty text")
            continue
        if not isinstance(r.get("note"), str) or not r.get("note"):
            problems.append(f"{rid}: missing note")
        mvs = r.get("movements")
        if not isinstance(mvs, list):
            problems.append(f"{rid}: movements must be a list")
            continue
        for m in mvs:
            if m.get("kind") not in MOVE_KINDS:
                problems.append(f"{rid}: bad kind {m.get('kind')!r}")
            if m.get("status") not in STATUSES:
                problems.append(f"{rid}: bad status {m.get('status')!r}")
            kinds[m.get("kind")] += 1
            stats[m.get("status")] += 1
            if m.get("actor", "missing") not in ACTORS:
                problems.append(f"{rid}: non-canonical actor {m.get('actor')!r}")
            for key in ("origins", "destinations", "via"):
                vals = m.get(key)
                if not isinstance(vals, list):
                    problems.append(f"{rid}: {key} must be a list")
                    continue
                for s in vals:
                    if not isinstance(s, str) or not s or s not in text:
                        problems.append(f"{rid}: {key} surface {s!r} not in text")
            if not (m.get("origins") or m.get("destinations") or m.get("via")):
                problems.append(f"{rid}: movement without any place")
    for k in MOVE_KINDS:
        if kinds[k] < MIN_EACH:
            problems.append(f"movements: kind {k!r} appears {kinds[k]} times (< {MIN_EACH})")
    for s in STATUSES:
        if stats[s] < MIN_EACH:
            problems.append(f"movements: status {s!r} appears {stats[s]} times (< {MIN_EACH})")
    if len(rows) < MIN_MOVES:
        problems.append(f"movements: {len(rows)} records (< {MIN_MOVES})")


def validate(folder):
    """Return a list of problems (empty when the golden set is well-formed)."""
    problems = []
    places = _read_jsonl(os.path.join(folder, "places.jsonl"), problems)
    moves = _read_jsonl(os.path.join(folder, "movements.jsonl"), problems)
    _check_ids(places, "places", problems)
    _check_ids(moves, "movements", problems)
    _check_places(places, problems)
    _check_movements(moves, problems)
    return problems


def summary(folder):
    """Counts by phenomenon (places) and by kind/status (movements)."""
    places = _read_jsonl(os.path.join(folder, "places.jsonl"), [])
    moves = _read_jsonl(os.path.join(folder, "movements.jsonl"), [])
    phen = Counter(p for r in places for p in set(r.get("phenomena", [])))
    pk = Counter(pl["kind"] for r in places for pl in r.get("places", []))
    mk = Counter(m["kind"] for r in moves for m in r.get("movements", []))
    ms = Counter(m["status"] for r in moves for m in r.get("movements", []))
    return {
        "places_records": len(places),
        "place_annotations": sum(len(r.get("places", [])) for r in places),
        "not_places": sum(len(r.get("not_places", [])) for r in places),
        "phenomena": dict(phen), "place_kinds": dict(pk),
        "movement_records": len(moves),
        "negative_movement_records": sum(1 for r in moves if not r.get("movements")),
        "movements": sum(mk.values()), "movement_kinds": dict(mk), "movement_statuses": dict(ms),
    }


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    probs = validate(folder)
    for p in probs:
        print(p)
    print(json.dumps(summary(folder), ensure_ascii=False, indent=1))
    sys.exit(1 if probs else 0)
