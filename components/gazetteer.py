"""The bundled gazetteer: places by id, and an index from normalised name tokens to places.

``data/gazetteer.csv`` is built by ``scripts/build_data.py``; ``data/aliases.csv``
adds curated spellings news uses. Names are indexed by their normalised token
tuple; a name with the article ``ال`` is also indexed without it (الكفرة → كفرة)
unless the bare form is an ordinary word listed in ``data/common_words.txt``;
a one-word name that is itself such a word (مدينة) is not indexed at all. A name
beginning with أبو or بو is also indexed with the two words joined (أبوسليم، بوعطيفل), and one ending
in alif and hamza without the hamza (تاورغاء → تاورغا).
"""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from components import ROOT
from components.phrases import PhraseIndex
from components.records import Place
from components.text import name_key, normalise_word

DATA = ROOT / "data"


JOINED_KUNYA = frozenset(normalise_word(w) for w in ("أبو", "بو"))  # written joined to the next word too


@dataclass(frozen=True)
class Gazetteer:
    """Places and the name index used to find them in text."""

    places: dict[str, Place]
    index: PhraseIndex  # name tokens → place ids
    capitals: frozenset[str] = frozenset()  # ids of national capitals (GeoNames feature code PPLC)

    def lookup(self, key: tuple[str, ...]) -> tuple[Place, ...]:
        return tuple(self.places[i] for i in self.index.get(key, ()))

    @cached_property
    def country_words(self) -> dict[str, str]:
        """One-word country names (لبنان، تشاد ...) → ISO code."""
        return {key[0]: self.places[ids[0]].country for key, ids in self.index.items()
                if len(key) == 1 and all(self.places[i].kind == "country" for i in ids)}

    def by_kind(self, kind: str) -> list[Place]:
        return [p for p in self.places.values() if p.kind == kind]


@lru_cache(maxsize=65536)
def border_countries(place_id: str) -> frozenset[str]:
    """The ISO codes a border area's id spells: ``region:border-ly-tn`` → LY, TN; ``region:tripoint-ly-eg-sd``
    → LY, EG, SD; ``region:borders-ly`` → LY. Empty for any other place. Memoised: ranking asks it of the same
    places in article after article."""
    kind, _, slug = place_id.partition(":")
    if kind != "region" or not slug.startswith(("border", "tripoint")):
        return frozenset()
    return frozenset(code.upper() for code in slug.split("-")[1:])


def read_word_list(path: Path) -> frozenset[str]:
    """Normalised words of a one-word-per-line file (``#`` starts a comment)."""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(normalise_word(word))
    return frozenset(words)


def _row_place(row: dict) -> Place:
    return Place(
        id=row["id"], name=row["name"], name_ar=row["name_ar"], kind=row["kind"],
        country=row["country"], lat=float(row["lat"]), lon=float(row["lon"]),
        area=row["area"] or None, population=int(row["population"] or 0),
    )


def build(rows: list[dict], aliases: list[dict], common_words: frozenset[str],
          latin: list[dict] = ()) -> Gazetteer:
    """Index gazetteer rows (dicts in the CSV's schema) plus curated aliases, and the Latin-script names of the
    places of Libya and its neighbours (built: data/latin_names.csv) for a name written in Latin letters."""
    places: dict[str, Place] = {}
    names: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        place = _row_place(row)
        places[place.id] = place
        names[place.id].add(row["name_ar"])
        names[place.id].update(n for n in row.get("names_ar", "").split("|") if n)
    for alias in aliases:
        if alias["place_id"] in places:
            names[alias["place_id"]].add(alias["alias"])
    index: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for place_id, forms in names.items():
        keys = set()
        for form in forms:
            written = name_key(form)
            if not written:
                continue
            for key in (written, *_without_final_hamza(written)):
                if len(key) == 1 and key[0] in common_words:
                    continue
                keys.add(key)
                if key[0] in JOINED_KUNYA and len(key) > 1:
                    keys.add((key[0] + key[1], *key[2:]))  # أبو سليم is also written أبوسليم
                bare = key[0][2:]
                if key[0].startswith("ال") and len(bare) >= 3 and (len(key) > 1 or bare not in common_words):
                    keys.add((bare, *key[1:]))
        for key in keys:
            index[key].append(place_id)
    for row in latin:
        key = name_key(row["name"])
        known = [place_id for place_id in row["places"].split("|") if place_id in places]
        if key and known:
            index[key].extend(place_id for place_id in known if place_id not in index[key])
    capitals = frozenset(row["id"] for row in rows if row.get("feature_code") == "PPLC")
    return Gazetteer(places, PhraseIndex(((key, tuple(sorted(ids))) for key, ids in index.items()), spoken=True),
                     capitals)


def _without_final_hamza(key: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """تاورغاء is also written تاورغا: a name ending in alif and hamza, without the hamza."""
    last = key[-1]
    return ((*key[:-1], last[:-1]),) if last.endswith("اء") and len(last) >= 4 else ()


def _read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(row for row in handle if not row.startswith("#")))


def load(data_dir: Path = DATA) -> Gazetteer:
    """The bundled gazetteer (cached: it is read-only; load() and load(DATA) are the same one). A path given as a
    Path is used as it is: making a new one per call (per article) would cost more than the cached look-up."""
    return _load(data_dir if isinstance(data_dir, Path) else Path(data_dir))


@lru_cache(maxsize=2)
def _load(data_dir: Path) -> Gazetteer:
    # العبور (a city in Egypt) is a word name: its bare form عبور is 'crossing', never the city
    word_names = {normalise_word(row["name"]) for row in _read_csv(data_dir / "word_names.csv")}
    bare_words = frozenset(name[2:] for name in word_names if name.startswith("ال"))
    return build(
        _read_csv(data_dir / "gazetteer.csv"),
        _read_csv(data_dir / "aliases.csv"),
        read_word_list(data_dir / "common_words.txt") | bare_words,
        _read_csv(data_dir / "latin_names.csv"),
    )


@lru_cache(maxsize=2)
def nisba_countries(data_dir: Path = DATA) -> dict[str, str]:
    """Every written form of a nationality adjective (الليبية، التشادي ...) → ISO country code."""
    forms: dict[str, str] = {}
    with (data_dir / "nisba.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            stem = normalise_word(row["stem"])
            if not row["country"]:
                continue
            for form in (stem, stem + "ه", stem + "ين", stem + "ون", stem + "ان", stem + "تان"):
                forms[form] = row["country"]
                forms["ال" + form] = row["country"]
    return forms
