"""Build and check a held-out sample's JSONL from its hand-marked sources.

    python tests/golden/sample_tools.py build tests/golden/fresh58   # src/ -> places.jsonl, movements.jsonl
    python tests/golden/sample_tools.py check tests/golden/fresh58   # independent check; exit 1 on any problem

A sample folder's ``src/texts.py`` holds ``TEXTS`` (record id -> article text with inline ``[[surface|key]]``
markers, which may nest) and ``src/meta.py`` holds ``P`` (place key -> place row), and ``TRAPS``, ``PHEN``,
``MOVES``, ``NOTES`` (record id -> not_places, phenomena, movements, note). A place row is
``(kind, country, lat, lon, name)``; anything after those five (a source note) is ignored.

``occurrence`` is the 1-based index of a mention's true offset among the raw, non-overlapping ``str.find``
matches of its surface. The check re-parses the markers with a parser of its own (no regex, a different walk
from the build's), so an error in either one shows up as a difference.

Optional constants in ``meta.py``, read only where a sample defines them:

- build: ``NESTED`` (outer key -> (inner surface, inner key) pair or list of pairs) and ``BORDER_PREFIX``
  (a key ``"region>country"`` marks the country after this prefix) for samples written with flat markers only;
  ``PLACE_FIELDS`` when the place rows are in another order.
- check: ``IDS`` (the exact record ids); ``WORDS`` and ``MOVEMENT_COUNT`` ((min, max) per record, or a dict of them by
  record id; max None = no maximum); ``STATUSES_PER_RECORD`` (distinct statuses each record needs);
  ``REQUIRED_ROLES`` (record id -> roles, e.g. ``("origins", "via")``, each of which some movement must fill);
  ``SAMPLE_MIN_STATUS``, ``SAMPLE_MIN_MOVEMENT_KIND``, ``SAMPLE_MIN_PHENOMENON`` (sample-wide minimum counts);
  ``BAR_IN_TEXT`` (the plain text has a literal "|", so "|" is not taken for marker residue).

Standard library only and independent of the extractor: nothing here comes from ``components/``.
"""
import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

KINDS = {"town", "city", "village", "airport", "base", "oilfield", "crossing", "district", "region", "country"}
MKINDS = ("deploy", "reinforce", "advance", "withdraw", "redeploy", "airlift", "naval_landing", "mobilise", "shipment")
STATUSES = ("reported", "planned", "conditional", "denied")
ACTORS = {"Libyan National Army", "GNA forces", "Turkish armed forces", "Syrian mercenaries", "Foreign fighters",
          "Wagner Group", "Misrata forces", "Zintan forces", "Chadian armed groups", "Sudanese armed groups",
          "Algerian army", "Egyptian army", "Russian forces", "Tunisian army", "Chadian army", "Sudanese army",
          "Nigerien army", None}
PHENOMENA = ("clitics", "spelling", "multiword", "media_trap", "operation_trap", "person_trap", "common_word_trap",
             "nisba", "ambiguity_tripoli", "ambiguity_country_capital", "ambiguity_idri", "vague_area", "border_phrase",
             "town_vs_district", "coverage_bases", "coverage_oil", "coverage_crossings", "coverage_neighbours",
             "countries")
PLACE_FIELDS = ("kind", "country", "lat", "lon", "name")
ROLES = ("origins", "destinations", "via")
OUTPUTS = ("places.jsonl", "movements.jsonl")


# --- sources -------------------------------------------------------------------------------------------------------

class Sample:
    """A sample folder's sources: ``texts`` (record id -> marked text, stripped) and its ``meta`` module."""

    def __init__(self, folder):
        self.folder = Path(folder)
        src = self.folder / "src"
        self.texts = {rid: marked.strip() for rid, marked in _load_module(src / "texts.py").TEXTS.items()}
        self.meta = _load_module(src / "meta.py")

    def param(self, name, default=None):
        """A per-sample constant from meta.py, or ``default`` when the sample does not define it."""
        return getattr(self.meta, name, default)


def _load_module(path):
    """Execute one source file as a fresh module (not cached in sys.modules: every sample has a texts.py)."""
    spec = importlib.util.spec_from_file_location(f"golden_sample_{path.parent.parent.name}_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def expand_marker(sample, start, surface, key):
    """Expand one marker into [(start, surface, key)]: itself plus the places declared inside it in meta.py.

    Samples written with flat markers only declare the country inside a border phrase either as ``NESTED[key]``
    or with a key ``"region>country"`` whose country follows ``BORDER_PREFIX``. Nested markers need neither.
    """
    if ">" in key:
        outer, country = key.split(">")
        prefix = sample.param("BORDER_PREFIX")
        if not prefix or not surface.startswith(prefix):
            raise ValueError(f"{surface!r}: a key {key!r} needs the surface to start with meta.BORDER_PREFIX")
        return [(start, surface, outer), (start + len(prefix), surface[len(prefix):], country)]
    declared = sample.param("NESTED", {}).get(key, [])
    pairs = [declared] if declared and isinstance(declared[0], str) else declared
    found = [(start, surface, key)]
    for inner, inner_key in pairs:
        at = surface.find(inner)
        if at < 0:
            raise ValueError(f"{surface!r}: NESTED surface {inner!r} is not inside it")
        found.append((start + at, inner, inner_key))
    return found


def nth_find(text, sub, n):
    """Offset of the n-th (1-based) raw non-overlapping ``str.find`` match of ``sub`` in ``text``, or -1."""
    pos, start = -1, 0
    for _ in range(n):
        pos = text.find(sub, start)
        if pos < 0:
            return -1
        start = pos + len(sub)
    return pos


def read_jsonl(path):
    """The records of one JSONL file, in file order."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


# --- build ---------------------------------------------------------------------------------------------------------

def parse_markers(marked):
    """The build's parser: plain text and sorted [(start, surface, key)].

    A stack holds the plain-text position of each open ``[[``; at ``]]`` the marker's key is whatever follows the
    last ``|`` written since that position, and is cut from the plain text.
    """
    plain, opens, mentions, i = "", [], [], 0
    while i < len(marked):
        if marked.startswith("[[", i):
            opens.append(len(plain))
            i += 2
        elif marked.startswith("]]", i) and opens:
            start = opens.pop()
            bar = plain.rfind("|", start)
            if bar < 0:
                raise ValueError(f"marker without a key before offset {i}")
            mentions.append((start, plain[start:bar], plain[bar + 1:]))
            plain = plain[:bar]
            i += 2
        else:
            plain += marked[i]
            i += 1
    if opens:
        raise ValueError("unclosed [[ marker")
    return plain, sorted(mentions)


def occurrence(text, surface, start):
    """1-based index of ``start`` among the raw non-overlapping matches of ``surface``; error if it is not one."""
    n, pos = 1, text.find(surface)
    while pos != -1 and pos < start:
        n, pos = n + 1, text.find(surface, pos + len(surface))
    if pos != start:
        raise ValueError(f"{surface!r} at {start} is not a raw non-overlapping str.find match")
    return n


def place_row(sample, text, start, surface, key):
    """The places.jsonl entry for one mention, with the key's row from ``meta.P``."""
    row = dict(zip(sample.param("PLACE_FIELDS", PLACE_FIELDS), sample.meta.P[key]))
    return {"text": surface, "occurrence": occurrence(text, surface, start), "kind": row["kind"],
            "country": row["country"], "lat": row["lat"], "lon": row["lon"], "name": row["name"]}


def build_records(sample):
    """The places.jsonl and movements.jsonl records of a sample, in ``TEXTS`` order."""
    meta, place_records, movement_records = sample.meta, [], []
    for rid, marked in sample.texts.items():
        text, markers = parse_markers(marked)
        mentions = sorted(m for marker in markers for m in expand_marker(sample, *marker))
        places = [place_row(sample, text, *mention) for mention in mentions]
        place_records.append({"id": rid, "text": text, "phenomena": meta.PHEN[rid], "places": places,
                              "not_places": meta.TRAPS[rid]})
        movement_records.append({"id": rid, "text": text, "note": meta.NOTES[rid], "movements": meta.MOVES[rid]})
    return place_records, movement_records


def write_jsonl(path, records):
    """One JSON object per line, non-ASCII kept as written."""
    with open(path, "w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def build(folder, out_dir=None):
    """Write places.jsonl and movements.jsonl of the sample in ``folder`` (into ``out_dir`` if given)."""
    out = Path(out_dir or folder)
    place_records, movement_records = build_records(Sample(folder))
    for name, records in zip(OUTPUTS, (place_records, movement_records)):
        write_jsonl(out / name, records)
    for record in place_records:
        print(record["id"], "words", len(record["text"].split()), "places", len(record["places"]),
              "traps", len(record["not_places"]))


# --- check ---------------------------------------------------------------------------------------------------------

def marker_offsets(marked):
    """The check's own parser: plain text and [(offset, surface, key)] in closing order.

    A character walk with an explicit depth: a ``|`` seen inside a marker ends the innermost open surface and
    its key runs to the next ``]]``. Shares nothing with :func:`parse_markers`.
    """
    chars, opened, found, k = [], [], [], 0
    while k < len(marked):
        if marked[k:k + 2] == "[[":
            opened.append(len(chars))
            k += 2
        elif marked[k] == "|" and opened:
            close = marked.find("]]", k)
            if close < 0:
                raise ValueError(f"marker at {k} is never closed")
            begin = opened.pop()
            found.append((begin, "".join(chars[begin:]), marked[k + 1:close]))
            k = close + 2
        else:
            chars.append(marked[k])
            k += 1
    if opened:
        raise ValueError("unclosed [[ marker")
    return "".join(chars), found


def expected_mentions(sample, marked):
    """Plain text and the sorted [(offset, surface, key)] the places of a record must match."""
    plain, found = marker_offsets(marked)
    return plain, sorted(m for marker in found for m in expand_marker(sample, *marker))


def check_ids(sample, place_records, movement_records):
    """Both files hold exactly the records of ``TEXTS``, in its order; with ``IDS``, exactly those ids."""
    problems, want = [], list(sample.texts)
    for name, records in zip(OUTPUTS, (place_records, movement_records)):
        got = [r.get("id") for r in records]
        if got != want:
            problems.append(f"{name}: ids {got} differ from TEXTS {want}")
    ids = sample.param("IDS")
    if ids is not None and sorted(want) != sorted(ids):
        problems.append(f"ids {want} differ from IDS {list(ids)}")
    return problems


def check_text(rid, plain, place_record, movement_record, sample):
    """Both records carry the marked text with its markers removed, and no marker residue is left in it."""
    problems = []
    if place_record["text"] != plain or movement_record["text"] != plain:
        problems.append(f"{rid}: text differs from the marked source")
    residue = ["[[", "]]"] + ([] if sample.param("BAR_IN_TEXT") else ["|"])
    problems += [f"{rid}: marker residue {r!r} in the text" for r in residue if r in plain]
    return problems


def locate(plain, places):
    """[(offset, surface)] of each place: the offset of its surface's n-th ``str.find`` match (-1 if none)."""
    return [(nth_find(plain, p["text"], p["occurrence"]), p["text"]) for p in places]


def check_offsets(rid, mentions, located):
    """The places sit at the markers' offsets, one for one, listed in offset order."""
    want = [(offset, surface) for offset, surface, _ in mentions]
    if located == want:
        return []
    if sorted(located) == want:
        return [f"{rid}: places are not listed in offset order"]
    return [f"{rid}: offsets differ {sorted(set(want) ^ set(located))}"]


def check_place_fields(rid, mentions, places, located, sample):
    """Each place's kind, country, coordinates and name are the row of its marker's key in ``meta.P``."""
    keys, problems = {(offset, surface): key for offset, surface, key in mentions}, []
    for place, spot in zip(places, located):
        key = keys.get(spot)
        row = dict(zip(sample.param("PLACE_FIELDS", PLACE_FIELDS), sample.meta.P.get(key, ())))
        if key is not None and any(place.get(field) != row.get(field) for field in PLACE_FIELDS):
            problems.append(f"{rid}: place {place['text']} differs from meta.P[{key!r}]")
    return problems


def trap_spans(plain, trap):
    """[(start, end)] of every raw non-overlapping occurrence of a trap string."""
    spans, i = [], plain.find(trap)
    while i >= 0:
        spans.append((i, i + len(trap)))
        i = plain.find(trap, i + len(trap))
    return spans


def check_traps(rid, plain, place_record, located):
    """Every trap occurs in the text, equals no gold surface and contains no gold place."""
    problems, spans = [], []
    surfaces = {p["text"] for p in place_record["places"]}
    for trap in place_record["not_places"]:
        found = trap_spans(plain, trap)
        if not found:
            problems.append(f"{rid}: trap {trap} missing")
        if trap in surfaces:
            problems.append(f"{rid}: trap {trap} equals a gold surface")
        spans += found
    for offset, surface in located:
        if any(a <= offset and offset + len(surface) <= b for a, b in spans):
            problems.append(f"{rid}: gold {surface}@{offset} inside trap")
    return problems


def check_movements(rid, place_record, movement_record):
    """Every movement names a place, and only gold surfaces of the same record."""
    problems, surfaces = [], {p["text"] for p in place_record["places"]}
    for m in movement_record["movements"]:
        named = [s for role in ROLES for s in m[role]]
        if not named:
            problems.append(f"{rid}: movement without place")
        problems += [f"{rid}: movement surface {s} not a gold surface" for s in named if s not in surfaces]
    return problems


def check_copies(rid, place_record, movement_record, sample):
    """The records' traps, phenomena, note and movements are exactly those in meta.py."""
    meta = sample.meta
    pairs = (("not_places", place_record, meta.TRAPS), ("phenomena", place_record, meta.PHEN),
             ("note", movement_record, meta.NOTES), ("movements", movement_record, meta.MOVES))
    return [f"{rid}: {field} differ from meta.py" for field, record, source in pairs if record[field] != source[rid]]


def check_vocabulary(rid, place_record, movement_record):
    """Place kinds, movement kinds, statuses and actors are the canonical ones."""
    movements = movement_record["movements"]
    problems = [f"{rid}: bad kind {p['kind']}" for p in place_record["places"] if p["kind"] not in KINDS]
    problems += [f"{rid}: bad status {m['status']}" for m in movements if m["status"] not in STATUSES]
    problems += [f"{rid}: non-canonical actor {m['actor']}" for m in movements if m["actor"] not in ACTORS]
    problems += [f"{rid}: bad movement kind {m['kind']}" for m in movements if m["kind"] not in MKINDS]
    return problems


def for_record(value, rid):
    """A per-record design constant: the same for every record, or a dict by record id."""
    return value.get(rid) if isinstance(value, dict) else value


def check_design(rid, plain, movements, sample):
    """The sample's design rules per record: word and movement counts, statuses, roles that must be filled."""
    problems = []
    words = for_record(sample.param("WORDS"), rid)
    if words and not words[0] <= len(plain.split()) <= words[1]:
        problems.append(f"{rid}: {len(plain.split())} words (outside {words[0]}-{words[1]})")
    count = for_record(sample.param("MOVEMENT_COUNT"), rid)
    if count and not (count[0] <= len(movements) and (count[1] is None or len(movements) <= count[1])):
        problems.append(f"{rid}: {len(movements)} movements (outside {count[0]}-{'' if count[1] is None else count[1]})")
    need = sample.param("STATUSES_PER_RECORD")
    statuses = {m["status"] for m in movements}
    if need and len(statuses) < need:
        problems.append(f"{rid}: statuses {sorted(statuses)} (fewer than {need} distinct)")
    for role in sample.param("REQUIRED_ROLES", {}).get(rid, ()):
        if not any(m[role] for m in movements):
            problems.append(f"{rid}: needs a movement with {role}")
    return problems


def check_sample_minimums(sample, place_records, movement_records):
    """Sample-wide minimum counts of each status, movement kind and phenomenon, where the sample sets them."""
    movements = [m for r in movement_records for m in r["movements"]]
    counts = (("status", "SAMPLE_MIN_STATUS", STATUSES, Counter(m["status"] for m in movements)),
              ("movement kind", "SAMPLE_MIN_MOVEMENT_KIND", MKINDS, Counter(m["kind"] for m in movements)),
              ("phenomenon", "SAMPLE_MIN_PHENOMENON", PHENOMENA,
               Counter(p for r in place_records for p in set(r["phenomena"]))))
    problems = []
    for label, name, values, counter in counts:
        least = sample.param(name)
        if least:
            problems += [f"sample: {label} {v} appears {counter[v]} times (< {least})" for v in values
                         if counter[v] < least]
    return problems


def check_record(sample, rid, place_record, movement_record):
    """All per-record checks; returns (mentions matched, mentions expected, problems)."""
    plain, mentions = expected_mentions(sample, sample.texts[rid])
    places = place_record["places"]
    located = locate(plain, places)
    problems = check_text(rid, plain, place_record, movement_record, sample)
    problems += check_offsets(rid, mentions, located)
    problems += check_place_fields(rid, mentions, places, located, sample)
    problems += check_traps(rid, plain, place_record, located)
    problems += check_movements(rid, place_record, movement_record)
    problems += check_copies(rid, place_record, movement_record, sample)
    problems += check_vocabulary(rid, place_record, movement_record)
    problems += check_design(rid, plain, movement_record["movements"], sample)
    matched = Counter((offset, surface) for offset, surface, _ in mentions) & Counter(located)
    return sum(matched.values()), len(mentions), problems


def check(folder):
    """Check the sample's JSONL against its sources; print a summary and the problems; return an exit code."""
    sample, folder = Sample(folder), Path(folder)
    place_records, movement_records = (read_jsonl(folder / name) for name in OUTPUTS)
    problems = check_ids(sample, place_records, movement_records)
    places_by_id = {r["id"]: r for r in place_records}
    movements_by_id = {r["id"]: r for r in movement_records}
    ok = total = 0
    for rid in sample.texts:
        if rid in places_by_id and rid in movements_by_id:  # a missing record is reported by check_ids
            matched, expected, found = check_record(sample, rid, places_by_id[rid], movements_by_id[rid])
            ok, total = ok + matched, total + expected
            problems += found
    problems += check_sample_minimums(sample, place_records, movement_records)
    print(f"{ok}/{total} correct, {len(problems)} problems")
    for problem in problems:
        print(" ", problem)
    return 1 if problems else 0


def main(argv=None):
    """Command line: ``build FOLDER [--out DIR]`` or ``check FOLDER``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("build", "check"))
    parser.add_argument("folder", help="a sample folder with src/texts.py and src/meta.py, e.g. tests/golden/fresh58")
    parser.add_argument("--out", help="build: write the JSONL here instead of into the folder")
    args = parser.parse_args(argv)
    if args.command == "build":
        build(args.folder, args.out)
        return 0
    return check(args.folder)


if __name__ == "__main__":
    sys.exit(main())
