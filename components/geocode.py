"""Ranking: which gazetteer place a recognised name refers to, decided from the article.

Rules first (a cue word such as شعبية or العاصمة; a country over its capital;
a town over the district of the same name), then a score from the country the
article is about and the distance to the other places it names. When nothing
separates two distant candidates the mention stays unresolved as ``ambiguous``.
"""
from __future__ import annotations

import bisect
import csv
import json
import math
import re
from dataclasses import replace
from functools import lru_cache
from itertools import compress
from pathlib import Path

from components.gazetteer import DATA, Gazetteer, border_countries, nisba_countries
from components.mentions import POINT_KINDS, VOWEL_MARKS, Candidate, cue_words
from components.records import SETTLEMENT_KINDS, Mention, Place
from components.text import Normalised, normalise_word, sentences

DEFAULT_FOCUS = "LY"  # the product reads news about Libya
_CUES = cue_words()  # data/mention_cues.json, normalised once for recognition and ranking
DISTRICT_CUES = _CUES["district_cues"]  # شعبية، بلدية، ولاية ...: the unit, not the town
PLURAL_DISTRICT_CUES = _CUES["plural_district_cues"]  # ولايات إليزي وتمنراست
CAPITAL_CUES = _CUES["capital_cues"]  # العاصمة تونس، مدينة غدامس: the city
TOWN_NOUNS = _CUES["town_nouns"]  # بلدة العوينات: the town, though the article names جبل العوينات
KIND_CUES = DISTRICT_CUES | CAPITAL_CUES
LOCATING_WORDS = _CUES["direction_words"] | _CUES["locating_particles"]  # طرابلس في شمال لبنان
NOT_NISBAS = _CUES["not_nisbas"]  # مالي: 'financial' far more often than 'Malian'
VENUE_NOUNS = _CUES["venue_nouns"]  # اجتماع، محادثات ...: a place they are held in is a city
CAPITAL_NOUNS = _CUES["capital_nouns"]  # العاصمة طرابلس: of two cities of the name, the national capital
SEAT_NOUNS = _CUES["seat_nouns"]  # السفارة الروسية في طرابلس، وزارة المالية في طرابلس: in a capital
CAPITAL = normalise_word("العاصمة")  # the cue an embassy or a ministry gives
FRAME_BONUS = 4.0  # a place in the country of a region the same sentence names (وفي شرق تشاد ... أدري)
SAME_PLACE_KM = 15.0
# Areas made of strips along all (or all southern) borders: their point says nothing of where they are.
SCATTERED_AREAS = frozenset({"region:borders-ly", "region:southern-borders-ly"})
SCATTERED_STRIPS = {"region:borders-ly": [f"region:border-ly-{cc}" for cc in ("dz", "eg", "ne", "sd", "td", "tn")],
                    "region:southern-borders-ly": [f"region:border-ly-{cc}" for cc in ("ne", "sd", "td")]}
TRIPOINT, BORDER_STRIP = "region:tripoint-ly-", "region:border-ly-"
NAMED_TRIANGLE_WEIGHT = 3.0  # a border triangle the article names in full counts as a neighbour named nearby
CONTAINER_KINDS = frozenset({"district", "region", "country"})  # areas 'X في <area>' places X in
NEIGHBOURHOOD = frozenset({"LY", "DZ", "TN", "NE", "TD", "SD", "EG"})  # Libya and its neighbours
FOCUS_BONUS = 3.0  # a candidate in the country the article is about
SPELLING_BONUS = 3.0  # a candidate whose own name has the hamza where the writer put it (أدري: Adré), as strong
FALLBACK_BONUS = 1.0  # a Libyan candidate when the article is about a country that has none
AMBIGUOUS_MARGIN = 0.25
UNIQUE_CONFIDENCE, UNIQUE_REASON = 0.95, "unique gazetteer match"  # a name with one place: nothing to decide
NEWSROOM_POPULATION, NEWSROOM_RATIO = 100_000, 10  # a dateline's city: this large, and this many times any other
NEWSROOM_ANCHOR_KM = 100  # a place the article settles this near a smaller place of the dateline's name: that one
NEWSROOM_REASON = "the dateline's city, where the report was filed: by far the largest of its name"


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places' points (memoised by the points: the same places recur)."""
    points = (a.lat, a.lon, b.lat, b.lon)
    km = _DISTANCES.get(points)
    if km is None:
        if len(_DISTANCES) > MAX_DISTANCES:
            _DISTANCES.clear()
        lat1, lon1, lat2, lon2 = map(math.radians, points)
        h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        km = _DISTANCES[points] = 6371.0 * 2 * math.asin(math.sqrt(h))
    return km


_DISTANCES: dict[tuple[float, float, float, float], float] = {}
MAX_DISTANCES = 200_000


def _merge_duplicates(places: list[Place]) -> list[Place]:
    """One place per real location: GeoNames often lists a town twice a few km apart."""
    kept: list[Place] = []
    for place in sorted(places, key=lambda p: (-p.population, p.id)):
        if not any(k.kind == place.kind and k.country == place.country and distance_km(k, place) < SAME_PLACE_KM for k in kept):
            kept.append(place)
    return kept


_OPTIONS: dict[tuple[int, tuple[str, ...]], tuple[Gazetteer, tuple[Place, ...]]] = {}


def _options(gazetteer: Gazetteer, place_ids: tuple[str, ...]) -> list[Place]:
    """The distinct places a name's gazetteer ids stand for, memoised: the same names recur in every article."""
    key = (id(gazetteer), place_ids)
    known = _OPTIONS.get(key)
    if known is None or known[0] is not gazetteer:  # the gazetteer is kept, so its id is not reused while known
        known = _OPTIONS[key] = (gazetteer, tuple(_merge_duplicates([gazetteer.places[i] for i in place_ids])))
    return list(known[1])


HAMZA_SEATS = str.maketrans("أإآ", "ااا")


@lru_cache(maxsize=2)
def marked_names(data_dir: Path = DATA) -> dict[str, tuple[tuple[str, str], ...]]:
    """data/marked_names.csv: a name's letters → its (vowel mark, place id) pairs, in the file's order."""
    found: dict[str, list[tuple[str, str]]] = {}
    with (data_dir / "marked_names.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            found.setdefault(row["name"], []).append((row["mark"], row["place"]))
    return {name: tuple(pairs) for name, pairs in found.items()}


UNMARKED = dict.fromkeys(map(ord, VOWEL_MARKS))  # str.translate's table that drops them


def _marked(surface: str) -> str | None:
    """The place a name's vowel marks choose (عمّان، عَمّان: Amman; عُمان: Oman; data/marked_names.csv, the first
    mark listed that is written deciding), else None."""
    if VOWEL_MARKS.isdisjoint(surface):
        return None  # most names are written bare: nothing to read
    marks = marked_names().get(surface.translate(UNMARKED))
    return next((place for mark, place in marks if mark in surface), None) if marks else None


def _as_spelled(places: list[Place], surface: str) -> frozenset[str]:
    """The ids of the places spelled as the writer spelled the name, where names differ only in the seat of the
    hamza: «إدري» is Idri in Wadi al-Shati, «أدري» Adré on the Chad–Sudan border (blind annotators wrote أدري for
    Adré 26 times, for Idri twice). None where every place's own Arabic name is spelled alike."""
    if len(places) < 2:
        return frozenset()
    spelled = frozenset(p.id for p in places if p.name_ar == surface)
    if not spelled or len(spelled) == len(places) or any(
            p.name_ar.translate(HAMZA_SEATS) != surface.translate(HAMZA_SEATS) for p in places):
        return frozenset()
    return spelled


DATELINE_VOTES = 5  # the city a report is filed from ('بيروت - «النهار»') says much of where it is set


PEOPLE_FROM_REACH = 3  # words between a nationality and 'from' + a name (لبنانياً، معظمهم من طرابلس)


def _after_nisba(places: list[Place], tokens, first: int, nisbas: dict[str, str],
                 countries: dict[str, str] | frozenset = frozenset(), normal: str = "") -> list[Place]:
    """'العاصمة الليبية طرابلس', 'البلدة التشادية أدري': a nationality adjective right before a name with places in
    several countries keeps those in its country; not one that ends the line before (a headline's last word,
    ...قدموا من طرابلس اللبنانية, over the dateline طرابلس - «الجريدة»)."""
    if len(places) < 2 or first == 0:
        return places
    gap = normal[tokens[first - 1].end:tokens[first].start]
    country = nisbas.get(tokens[first - 1].text) if "\n" not in gap else None
    if country is None and tokens[first - 1].text == "من":  # 37 لبنانياً، معظمهم من طرابلس: people of a nation from
        for k in range(first - 2, max(-1, first - 2 - PEOPLE_FROM_REACH), -1):
            word = tokens[k].text
            country = nisbas.get(word) or (nisbas.get(word[:-1]) if word.endswith("يا") and word not in countries
                                           else None)  # لبنانياً (not ليبيا, the country)
            if country is not None:
                break
    kept = [p for p in places if p.country == country]
    return kept or places


def focus_country(candidate_places: list[list[Place]], nisbas: list[str] = (), datelines: list[str] = ()) -> str:
    """The country the article is about: most named among unambiguous places and nationality
    adjectives (اللبناني), its dateline weighing more, Libya by default."""
    votes = {DEFAULT_FOCUS: 0.5}  # any named evidence outweighs the default; a plain dict: a Counter is slower
    for country in nisbas:
        votes[country] = votes.get(country, 0) + 1
    for country in datelines:
        votes[country] = votes.get(country, 0) + DATELINE_VOTES
    for places in candidate_places:
        if len(places) == 1:
            country = places[0].country  # most names: one place, one country
        else:
            countries = {p.country for p in places}
            if len(countries) != 1:
                continue
            country = countries.pop()
        votes[country] = votes.get(country, 0) + (2 if places[0].kind == "country" else 1)
    return max(sorted(votes), key=votes.__getitem__)


def resolve(candidates: list[Candidate], gazetteer: Gazetteer, norm: Normalised, text: str) -> list[Mention]:
    """A Mention for every candidate, resolved or with the reason it is not.

    Two passes: the first settles what rules alone settle; the places it settles (and the
    countries named) are the anchors the second pass measures distances to.
    """
    tokens = norm.tokens
    nisbas = nisba_countries()
    countries = gazetteer.country_words
    options = [_options(gazetteer, c.place_ids) for c in candidates]
    found = options
    options = [_follow_country(places, tokens, c.last, nisbas, countries) for c, places in zip(candidates, options)]
    located = _located_abroad(candidates, found, options)
    options = [_after_nisba(places, tokens, c.first, nisbas, countries, norm.text)
               for c, places in zip(candidates, options)]
    named = [nisbas[word] for word in filter(nisbas.__contains__, norm.words) if word not in NOT_NISBAS]
    listed = _listed_beside(candidates, options, norm)
    options = _told_apart(candidates, options, norm, text, nisbas, named, listed)
    inside = _inside_border_phrases(candidates)  # الحدود مع السودان: Sudan is the other side, not the scene
    datelines = [places[0].country for c, places in zip(candidates, options)
                 if places and _dateline(norm, c) and len({p.country for p in places}) == 1]
    focus = focus_country([o for i, o in enumerate(options) if o and i not in inside], named, datelines)
    # A cue decides only between several places: a name with one (most) or none needs none.
    cues = [_cue(candidates, options, norm, index) if len(options[index]) > 1 else "" for index in range(len(candidates))]
    firsts, lasts = {c.first for c in candidates}, {c.last for c in candidates}
    capital = {index: _capitals_only(places, cue, gazetteer.capitals) for index, (places, cue) in enumerate(zip(options, cues))
               if cue in CAPITAL_NOUNS
               and candidates[index].last + 2 not in firsts  # not طرابلس عاصمة الشمال اللبناني: a region's capital
               and candidates[index].first - 2 not in lasts}  # nor باب التبانة في طرابلس: the city of a quarter named
    capital = {index: chosen for index, chosen in capital.items() if len(chosen) < len(options[index])}
    options = [capital.get(index, places) for index, places in enumerate(options)]
    settled = [_settle(places, cue, focus) if places else (None, 0.0, "") for places, cue in zip(options, cues)]
    options = _inside_next(candidates, options, settled, tokens)
    anchors = [place for index, (place, confidence, _) in enumerate(settled) if place is not None and confidence >= 0.85
               and place.kind != "country" and place.id not in SCATTERED_AREAS and index not in located]
    anchors += [place for place, confidence, _ in settled if place is not None and place.kind == "country"
                and place.country != focus]
    frames = _sentence_frames(candidates, settled, focus, text)
    neighbours = _named_countries(candidates, settled, norm, nisbas, text)
    points = _sentence_points(candidates, settled, text)
    named_triangles = {place.id for place, confidence, _ in settled
                       if place is not None and place.id.startswith(TRIPOINT) and confidence >= 0.95}
    sides = _border_sides(candidates, options, settled, norm, text, nisbas)
    triangle_offsets = [c.start for c, places in zip(candidates, options)
                        if len(places) > 1 and all(p.id.startswith(TRIPOINT) for p in places)]
    full_names = _full_names(candidates, settled)
    towns_named: dict[tuple[str, ...], list[tuple[int, Place | None]]] = {}  # مدينة العوينات: where the article calls
    if full_names:  # a name a town (the town), and where it names a longer name ending in it (None: جبل العوينات)
        for c, (place, _, _) in zip(candidates, settled):
            if (c.first > 0 and place is not None and place.kind in SETTLEMENT_KINDS
                    and _peeled_cue(tokens[c.first - 1].text, TOWN_NOUNS) != ""):
                towns_named.setdefault(c.key, []).append((c.start, place))
        for c, (place, confidence, _) in zip(candidates, settled):
            if place is not None and confidence >= 0.9 and len(c.key) > 1:
                for key in towns_named:
                    if _longer_name_of(c.key, key):
                        towns_named[key].append((c.start, None))
    mentions = []
    choices: dict[tuple, tuple[Place | None, float, str]] = {}  # a name repeated with the same cue is decided once
    filed_from: dict[tuple[str, ...], tuple[Place, float, str]] = {}  # a dateline's name → the city the report is from
    for index, (candidate, places, cue, frame) in enumerate(zip(candidates, options, cues, frames)):
        original = text[candidate.start:candidate.end]
        if not places:
            mentions.append(Mention(candidate.start, candidate.end, original, None, 0.0,
                                    candidate.reason or _elsewhere(candidate, tokens, nisbas) or "no gazetteer entry",
                                    tuple(found[index])))
            continue
        if len(places) == 1:  # most names: one place, nothing to decide (no cue, spelling, triangle, side nor short form)
            mentions.append(Mention(candidate.start, candidate.end, original, places[0], UNIQUE_CONFIDENCE,
                                    CAPITAL_REASON if index in capital else UNIQUE_REASON, tuple(places)))
            continue
        marked_id = _marked(original)
        marked = next((p for p in places if p.id == marked_id), None) if marked_id else None
        if marked is not None:  # عمّان: Amman, as its shadda says, whatever else the article names (سلطنة عمان)
            mentions.append(Mention(candidate.start, candidate.end, original, marked, 0.9,
                                    f"written {original}, with the marks of {marked.name}", tuple(places)))
            continue
        spelled = _as_spelled(places, original)
        key = (cue, frame, spelled, *map(id, places))
        triangle = _triangle(places, neighbours, candidate.start, named_triangles, triangle_offsets, points)
        if triangle is None and key not in choices:
            choices[key] = _choose(places, cue, focus, anchors, frame, spelled)
        place, confidence, reason = (triangle or sides.get(index)
                                     or _short_form(candidate, places, full_names, tokens, towns_named)
                                     or (_newsroom_city(places, anchors) if cue and _dateline(norm, candidate) else None)
                                     or _as_listed(listed.get(index), cue, focus, anchors, frame, spelled)
                                     or (filed_from.get(candidate.key) if cue not in DISTRICT_CUES else None) or choices[key])
        if reason == NEWSROOM_REASON:  # سوسة – «جوهرة إف إم» ... قافلة من 40 حافلة تقل مشجعين من سوسة: the same city
            filed_from.setdefault(candidate.key, (place, confidence, f"the city of the dateline, {place.name_ar}"))
        if place is None and reason.startswith("ambiguous"):
            full = _named_in_full(places, settled, candidates)
            if full is not None and (not spelled or full[0].id in spelled):  # «إدري» named in full is not «أدري»
                place, confidence, reason = full
        mentions.append(Mention(candidate.start, candidate.end, original, place, confidence, reason, tuple(places)))
    return _border_stretches(mentions, candidates, text, gazetteer)


def _told_apart(candidates: list[Candidate], options: list[list[Place]], norm: Normalised, text: str,
                nisbas: dict[str, str], named: list[str], listed: dict[int, tuple[list[Place], str]]) -> list[list[Place]]:
    """'عزز الجيش اللبناني انتشاره في محيط مرفأ طرابلس ... سفينة توقفت يوماً في «طرابلس الغرب»': where the article
    names one place of a shared name by a longer name of its own (طرابلس الغرب: Libya's Tripoli) and names the
    country of another (the Lebanese army, لبنان), the bare name is that other place. Not where the bare name's
    sentence names places of the first country only (ومقرها طرابلس، نقل كتيبتين من نالوت إلى سيناون: the ranking
    decides), nor where the name is ``listed`` beside a town of one country (بين طرابلس وترهونة)."""
    qualified = {(c.key[0], places[0].id): places[0].country for c, places in zip(candidates, options)
                 if len(c.key) > 1 and len(places) == 1}
    if not qualified:
        return options
    countries = None  # the countries the article names, gathered only if a bare name needs them (few do)
    told = []
    for index, (c, places) in enumerate(zip(candidates, options)):
        apart = ([qualified[c.key[0], p.id] for p in places if (c.key[0], p.id) in qualified]
                 if len(places) > 1 and len(c.key) == 1 and index not in listed else None)
        if apart:  # not الجزائر العاصمة and الجزائر: the city and its own country
            if countries is None:
                countries = set(named) | {only[0].country for only in options
                                          if len(only) == 1 and only[0].kind == "country"}
                starts = _sentence_starts(text)
                scenes = _countries_of_sentences(candidates, options, norm, nisbas, starts)
            said, placed = scenes.get(bisect.bisect_right(starts, c.start) - 1, (set(), set()))
            other = [p for p in places if p.country not in apart and p.country in countries]
            if other and not any(p.country in said | placed for p in other) and placed & set(apart):
                other = []  # the sentence is set among the first country's places
            places = other or places
        told.append(places)
    return told


def _countries_of_sentences(candidates: list[Candidate], options: list[list[Place]], norm: Normalised,
                            nisbas: dict[str, str], starts: list[int]) -> dict[int, tuple[set[str], set[str]]]:
    """Each sentence (its index in ``starts``) → the countries it names, by name (لبنان) or by an adjective of
    nationality (اللبنانيين), and the countries of the other places it names that rules alone settle."""
    scenes: dict[int, tuple[set[str], set[str]]] = {}
    for c, places in zip(candidates, options):
        if len(places) == 1:
            named, placed = scenes.setdefault(bisect.bisect_right(starts, c.start) - 1, (set(), set()))
            (named if places[0].kind == "country" else placed).add(places[0].country)
    for token in norm.tokens:
        country = nisbas.get(token.text)
        if country is not None and token.text not in NOT_NISBAS:
            scenes.setdefault(bisect.bisect_right(starts, norm.offsets[token.start]) - 1, (set(), set()))[0].add(country)
    return scenes


BORDER_ANCHOR_KM = 300.0  # a town of the sentence this close to the border line names the stretch that is meant
KM_PER_DEGREE = 6371.0 * math.pi / 180  # of latitude (and of longitude at the equator)


@lru_cache(maxsize=2)
def border_lines(data_dir: Path = DATA) -> dict[str, list[list[tuple[float, float]]]]:
    """Each border row's Natural Earth line as (lon, lat) vertices (built: data/boundaries/border_lines.json)."""
    raw = json.loads((data_dir / "boundaries" / "border_lines.json").read_text(encoding="utf-8"))
    return {rid: [[(x, y) for x, y in piece] for piece in pieces] for rid, pieces in raw.items()}


def nearest_on_line(pieces: list[list[tuple[float, float]]], lat: float, lon: float) -> tuple[float, float, float]:
    """(lat, lon, km) of the point of a border line nearest to (lat, lon), on a local flat projection."""
    scale = math.cos(math.radians(lat)) * KM_PER_DEGREE
    best = (lat, lon, math.inf)
    for piece in pieces:
        for (x1, y1), (x2, y2) in zip(piece, piece[1:]):
            ax, ay = (x1 - lon) * scale, (y1 - lat) * KM_PER_DEGREE
            dx, dy = (x2 - x1) * scale, (y2 - y1) * KM_PER_DEGREE
            length = dx * dx + dy * dy
            t = 0.0 if length == 0 else min(1.0, max(0.0, -(ax * dx + ay * dy) / length))
            km = math.hypot(ax + t * dx, ay + t * dy)
            if km < best[2]:
                best = (round(y1 + t * (y2 - y1), 5), round(x1 + t * (x2 - x1), 5), km)
    return best


_NEAREST: dict[tuple[str, float, float], tuple[float, float, float]] = {}


def _nearest_on_border(strip: str, lat: float, lon: float) -> tuple[float, float, float]:
    """``nearest_on_line`` for a border row, memoised: the same towns stand by the same borders in article after
    article."""
    key = (strip, lat, lon)
    known = _NEAREST.get(key)
    if known is None:
        if len(_NEAREST) > MAX_SETTLED:
            _NEAREST.clear()
        known = _NEAREST[key] = nearest_on_line(border_lines()[strip], lat, lon)
    return known


def _border_stretches(mentions: list[Mention], candidates: list[Candidate], text: str,
                      gazetteer: Gazetteer) -> list[Mention]:
    """'جانت على الحدود مع ليبيا': a border phrase in a sentence that names a town near that border means the
    stretch by the town (the nearest such town in the sentence), not the whole border; its point moves to the
    nearest point of the border line (its area stays the strip). The town also picks the side when the phrase
    has one on each (وفي غات ... نحو الحدود مع النيجر: Libya's, not Algeria's), and Libya's borders as a whole
    (no neighbour named) become the one border the town lies by."""
    lines = border_lines()
    named = {m.place.id for m in mentions if m.place is not None}
    if lines.keys().isdisjoint(named) and SCATTERED_AREAS.isdisjoint(named):
        return mentions  # most articles: no border named
    starts = _sentence_starts(text)
    out = list(mentions)
    for k, mention in enumerate(mentions):
        if mention.place is None:
            continue
        if mention.place.id in lines:
            strips = [mention.place.id]
        elif mention.place.id in SCATTERED_AREAS:
            strips = [i for i in SCATTERED_STRIPS[mention.place.id] if i in gazetteer.places]
        else:
            continue
        on_side: dict[str, list[str]] = {}
        for p in mention.candidates:
            if p.id in lines:
                on_side.setdefault(p.country, []).append(p.id)
        sides = {country: ids[0] for country, ids in on_side.items() if len(ids) == 1}  # الحدود مع النيجر: ly-ne or
        # dz-ne, the side of the town named beside it; not a country with several (الحدود مع ليبيا in a Sudanese
        # article: Libya's borders all, none of which Tripoli named beside it may pick)
        sentence = bisect.bisect_right(starts, mention.start)
        best = None
        for j, other in enumerate(mentions):
            if (j == k or other.place is None or other.place.kind not in POINT_KINDS
                    or bisect.bisect_right(starts, other.start) != sentence):
                continue
            gap = candidates[k].first - candidates[j].last if j < k else candidates[j].first - candidates[k].last
            if gap <= 0:
                continue  # a town inside the phrase
            for strip in ([sides[other.place.country]] if other.place.country in sides else strips):
                lat, lon, km = _nearest_on_border(strip, other.place.lat, other.place.lon)
                if km <= BORDER_ANCHOR_KM and (best is None or (gap, km) < best[:2]):
                    best = (gap, km, strip, lat, lon, other.place)
        if best is not None:
            _, _, strip, lat, lon, town = best
            place = mention.place if strip == mention.place.id else gazetteer.places[strip]
            out[k] = replace(mention, place=replace(place, lat=lat, lon=lon),
                             reason=f"{mention.reason}; the stretch nearest {town.name}")
    return out


@lru_cache(maxsize=4)
def _sentence_starts(text: str) -> list[int]:
    """Where the article's sentences begin (read by the scene and border-triangle rules)."""
    return [begin for begin, _ in sentences(text)]


def _inside_next(candidates: list[Candidate], options: list[list[Place]], settled, tokens) -> list[list[Place]]:
    """'إدري في وادي الشاطئ': a name followed by في and an area that rules alone settle lies in that area's
    country, which keeps only the same-named places there; 'باب التبانة في طرابلس': a place that rules alone settle,
    followed by في and a name, lies in the same-named city near it (within CONTAINS_KM)."""
    kept = list(options)
    for i in range(len(candidates) - 1):
        place, confidence, _ = settled[i + 1]
        if (len(options[i]) < 2 or place is None or place.kind not in CONTAINER_KINDS or confidence < 0.85
                or candidates[i + 1].first != candidates[i].last + 2 or tokens[candidates[i].last + 1].text != "في"):
            continue
        inside = [p for p in options[i] if p.country == place.country]
        if inside:
            kept[i] = inside
    for i in range(1, len(candidates)):  # باب التبانة في طرابلس: the city a quarter the rules settle lies in
        part, confidence, _ = settled[i - 1]
        if (len(options[i]) < 2 or part is None or part.kind not in POINT_KINDS or confidence < 0.85
                or candidates[i].first != candidates[i - 1].last + 2 or tokens[candidates[i - 1].last + 1].text != "في"):
            continue
        around = [p for p in options[i] if p.kind in POINT_KINDS and distance_km(p, part) <= CONTAINS_KM]
        if around and len(around) < len(options[i]):
            kept[i] = around
    return kept


CONTAINS_KM = 30.0  # how far from a city's point a quarter or a suburb 'in' it may lie


_NAMES_KIND: dict[tuple[str, tuple[str, ...]], bool] = {}


def _names_kind(prefix: str, place_ids: tuple[str, ...]) -> bool:
    """Whether one of a name's gazetteer ids starts with ``prefix`` (a border strip, a border triangle), memoised
    by the ids (the index's own tuples: most names are neither)."""
    key = (prefix, place_ids)
    known = _NAMES_KIND.get(key)
    if known is None:
        if len(_NAMES_KIND) > MAX_SETTLED:
            _NAMES_KIND.clear()
        known = _NAMES_KIND[key] = any(p.startswith(prefix) for p in place_ids)
    return known


def _named_countries(candidates: list[Candidate], settled, norm: Normalised, nisbas: dict[str, str], text: str):
    """A function giving, for an offset, the countries the text names with a weight: 3 in its sentence,
    1 in the two sentences before, 0.3 elsewhere (a country, a border with it, or its nationality adjective)."""
    if not any(_names_kind(TRIPOINT, c.place_ids) for c in candidates):
        return lambda offset: []
    starts = _sentence_starts(text)

    def sentence_of(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    named = [(place.country if place.kind == "country" else place.id[-2:].upper(), sentence_of(c.start))
             for c, (place, _, _) in zip(candidates, settled)
             if place is not None and (place.kind == "country" or place.id.startswith(BORDER_STRIP))]
    tokens, words = norm.tokens, norm.words
    named += [(nisbas[words[k]], sentence_of(norm.original_span(tokens[k].start, tokens[k].end)[0]))
              for k in compress(range(len(words)), map(nisbas.__contains__, words)) if words[k] not in NOT_NISBAS]

    def around(offset: int) -> list[tuple[str, float]]:
        here = sentence_of(offset)
        return [(country, SAME_SENTENCE if s == here else 1.0 if 0 < here - s <= 2 else 0.3) for country, s in named]
    return around


def _full_names(candidates: list[Candidate],
                settled: list[tuple[Place | None, float, str]]) -> list[tuple[tuple[str, ...], Place]]:
    """(name, place) of each name of more than one word that rules settled with a confidence of 0.9 or more, in
    order, a district's title left out: what ``_short_form`` looks for (gathered once: few articles write any)."""
    return [(other.key, place) for other, (place, confidence, _) in zip(candidates, settled)
            if place is not None and confidence >= 0.9 and len(other.key) > 1 and other.key[0] not in DISTRICT_CUES]


def _longer_name_of(key: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Whether the name ``key`` is ``short`` with head words before it (جبل العوينات for العوينات)."""
    return len(key) > len(short) and key[-len(short):] == short


def _town_named_before(candidate: Candidate, namings: list[tuple[int, Place | None]] | None) -> Place | None:
    """The town the article called by the candidate's name (مدينة العوينات) where that is the nearest such naming
    before the candidate, or where none stands before it the first town naming; None where the nearest naming before it
    is the longer name (جبل العوينات ... ثم انسحبت من العوينات: the mountain)."""
    if not namings:
        return None
    before = [(start, place) for start, place in namings if start < candidate.start]
    if before:
        return max(before, key=lambda naming: naming[0])[1]
    return next((place for _, place in sorted(namings, key=lambda naming: naming[0]) if place is not None), None)


def _short_form(candidate: Candidate, places: list[Place], full_names: list[tuple[tuple[str, ...], Place]],
                tokens, towns_named: dict | None = None) -> tuple[Place, float, str] | None:
    """العوينات in an article that says جبل العوينات: a name the article also writes in full, with a head
    word before it, is the place the full name settled on, if that is one of its readings (``full_names``: see
    ``_full_names``). A district's title does not count (شعبية سبها does not make every سبها the district), nor
    does a full name that is no town where the name itself follows a word for a town (بلدة العوينات), and where the
    article writes such a word before the name (مدينة العوينات; ``towns_named``), nearer before it than the longer name,
    the name is that town."""
    if len(places) < 2 or not full_names:
        return None
    ids = {p.id for p in places}
    named = _town_named_before(candidate, (towns_named or {}).get(candidate.key))
    if named is not None and named.id in ids and any(
            place.id in ids and _longer_name_of(key, candidate.key) and place.kind not in SETTLEMENT_KINDS
            for key, place in full_names):
        return named, 0.85, f"the town the article names as one elsewhere ({named.name}), not its namesake named in full"
    town = candidate.first > 0 and _peeled_cue(tokens[candidate.first - 1].text, TOWN_NOUNS) != ""
    for key, place in full_names:
        if place.id in ids and _longer_name_of(key, candidate.key) and not (
                town and place.kind not in SETTLEMENT_KINDS):
            return place, 0.85, f"short for {' '.join(key)}, which the article names"
    return None


def _named_in_full(places: list[Place], settled: list[tuple[Place | None, float, str]],
                   candidates: list[Candidate]) -> tuple[Place, float, str] | None:
    """العوينات after جبل العوينات: an ambiguous name whose readings include exactly one place the article
    names unambiguously elsewhere is that place."""
    named = {}
    for candidate, (place, confidence, _) in zip(candidates, settled):
        if place is not None and confidence >= 0.9:
            named.setdefault(place.id, candidate)
    matching = [p for p in places if p.id in named]
    if len(matching) != 1:
        return None
    return matching[0], 0.8, f"the place the article names unambiguously elsewhere ({matching[0].name})"


SUDAN = "SD"
TRIANGLE_PRIOR = frozenset({"region:tripoint-ly-eg-sd"})  # the triangle the news of the Sudan war means when the
# namings around it tie (Jebel Uweinat, where Libya, Egypt and Sudan meet)
NEAR_NAMING = 1.0  # a triangle's lead over the next that only countries named far from it give is no lead
NEAREST_KM = 700.0  # a triangle within this of a place its sentence names (a journey to or through it)...
SAME_SENTENCE = 3.0  # the weight _named_countries gives a country named in the offset's sentence
CLEARLY_NEARER_KM = 150.0  # ...when every other triangle is at least this much farther from all of them


def _triangle(places: list[Place], neighbours, offset: int, named_triangles: set[str],
              offsets: list[int], points) -> tuple[Place, float, str] | None:
    """المثلث الحدودي: the border triangle whose two neighbours the text names, the nearest naming counting
    most, and the one the article names in full elsewhere (المثلث الحدودي بين ليبيا ومصر والسودان) counting
    as much as a neighbour named in the same sentence. Where only countries named far from it tell the
    triangles apart (a headline's المثلث الحدودي), it is the article's triangle: the namings around each of its
    ``offsets`` (every bare triangle it writes) added up (نحو المثلث الحدودي مع ليبيا ومصر further on). Where no
    naming in its sentence decides, the places its sentence names do: the triangle clearly nearest one of them
    (انطلقت من دنقلا وعبرت المثلث الحدودي إلى الكفرة: Jebel Uweinat, 300 km from Kufra, not the Chad corner 520 km
    off; ``points``: see ``_sentence_points``)."""
    if len(places) < 2 or not all(p.id.startswith(TRIPOINT) for p in places):
        return None
    named = neighbours(offset)  # the countries named around the offset (_named_countries), only for a triangle
    if not named and not named_triangles:
        return _nearest(places, points(offset))

    def weight(place: Place, named: list[tuple[str, float]]) -> float:
        codes = border_countries(place.id)
        spelt = NAMED_TRIANGLE_WEIGHT if place.id in named_triangles else 0.0
        return spelt + sum(w for country, w in named if country in codes)

    contenders = _most(places, weight, [(country, w) for country, w in named if w >= SAME_SENTENCE])
    if len(contenders) > 1:  # what its own sentence names leaves several, and so does what the sentences of the
        contenders = _most(contenders, weight, [(country, w) for other in offsets for country, w in neighbours(other)
                                                if w >= SAME_SENTENCE])  # article's other bare triangles name
        if len(contenders) > 1 and not named_triangles and (nearest := _nearest(contenders, points(offset))):
            return nearest  # the places its sentence names decide (where no triangle is named in full)
    ranked = sorted(places, key=lambda p: (-weight(p, named), p.id))
    if weight(ranked[0], named) - weight(ranked[1], named) < NEAR_NAMING and len(offsets) > 1:
        named = [pair for other in offsets for pair in neighbours(other)]
        ranked = sorted(places, key=lambda p: (-weight(p, named), p.id))
    top = weight(ranked[0], named)
    if top == weight(ranked[1], named):
        tied = [p for p in ranked if weight(p, named) == top and p.id in TRIANGLE_PRIOR]
        if not tied or not any(country == SUDAN for country, _ in named):  # only in a story that names Sudan
            return None
        return tied[0], 0.8, f"the border triangle the news of the Sudan war means, the text's namings tied ({tied[0].name})"
    return ranked[0], 0.8, f"the border triangle the text's neighbours and names point to ({ranked[0].name})"


def _most(places: list[Place], weight, named: list[tuple[str, float]]) -> list[Place]:
    """The places of the highest weight by ``named``."""
    weights = [weight(place, named) for place in places]
    return [place for place, w in zip(places, weights) if w == max(weights)]


def _nearest(triangles: list[Place], points: list[Place]) -> tuple[Place, float, str] | None:
    """The triangle nearest a place of ``points``, when it is within NEAREST_KM of one and every other triangle is
    at least CLEARLY_NEARER_KM farther from all of them; None when the points tell none apart."""
    if not points:
        return None
    ranked = sorted((min(distance_km(t, point) for point in points), t.id, t) for t in triangles)
    (best, _, triangle), (second, _, _) = ranked[0], ranked[1]
    if best > NEAREST_KM or second - best < CLEARLY_NEARER_KM:
        return None
    return triangle, 0.8, f"the border triangle nearest the places its sentence names ({triangle.name})"


def _sentence_points(candidates: list[Candidate], settled, text: str):
    """A function giving, for an offset, the places of its sentence that rules settled firmly and that are points
    (towns, bases, crossings: not countries, regions or districts), read by the border-triangle rule."""
    if not any(_names_kind(TRIPOINT, c.place_ids) for c in candidates):
        return lambda offset: []
    starts = _sentence_starts(text)
    by_sentence: dict[int, dict[str, Place]] = {}
    for candidate, (place, confidence, _) in zip(candidates, settled):
        if place is not None and confidence >= 0.85 and place.kind in POINT_KINDS:
            by_sentence.setdefault(bisect.bisect_right(starts, candidate.start) - 1, {})[place.id] = place
    return lambda offset: list(by_sentence.get(bisect.bisect_right(starts, offset) - 1, {}).values())


SCENE_OPENER = re.compile(r"\s*و?في\s+$")


def _opens_sentence(candidate: Candidate, text: str, starts: list[int]) -> bool:
    """'وفي تشاد، أغلقت السلطات ...': a country right after a sentence-opening في sets the sentence's scene."""
    begin = starts[bisect.bisect_right(starts, candidate.start) - 1]
    return bool(SCENE_OPENER.fullmatch(text, begin, candidate.start - len(candidate.clitic)))


def _border_sides(candidates: list[Candidate], options: list[list[Place]], settled, norm: Normalised, text: str,
                  nisbas: dict[str, str]) -> dict[int, tuple[Place, float, str]]:
    """'الحدود مع ليبيا' said from the other side: a name whose places are all borders of one country is the
    strip it shares with the one neighbour its sentence names, by a place there or a nationality adjective
    (عزز الجيش التونسي انتشاره في بن قردان وعلى الحدود مع ليبيا: the Tunisia-Libya border)."""
    found: dict[int, tuple[Place, float, str]] = {}
    starts: list[int] = []
    for index, places in enumerate(options):
        if len(places) < 2:
            continue
        countries = {p.country for p in places}
        if len(countries) != 1 or not all(border_countries(p.id) for p in places):
            continue
        (own,) = countries
        strips = {code: p for p in places if len(codes := border_countries(p.id)) == 2 for code in codes - {own}}
        if not strips:
            continue
        starts = starts or _sentence_starts(text)
        sentence = bisect.bisect_right(starts, candidates[index].start) - 1
        begin = starts[sentence] if sentence >= 0 else 0
        end = starts[sentence + 1] if sentence + 1 < len(starts) else len(text)
        named = {place.country for candidate, (place, confidence, _) in zip(candidates, settled)
                 if begin <= candidate.start < end and place is not None and confidence >= 0.85
                 and not border_countries(place.id)}
        named |= {nisbas[token.text] for token in norm.tokens if token.text in nisbas
                  and begin <= norm.offsets[token.start] < end and token.text not in NOT_NISBAS}
        named = (named - {own}) & strips.keys()
        if len(named) == 1:
            (code,) = named
            found[index] = (strips[code], 0.85, f"the border with {code}, which its sentence names")
    return found


NO_FRAME: frozenset[str] = frozenset()  # a sentence whose scene is not set abroad


def _sentence_frames(candidates: list[Candidate], settled, focus: str, text: str) -> list[frozenset[str]]:
    """For each candidate, the foreign countries whose regions its sentence names and rules settle
    ("وفي شرق تشاد، ... عبر مدينة أدري"), or that open it ("وفي تشاد، ... مدينة أدري"): the scene of that
    sentence, even in an article about Libya."""
    if not any(place is not None and place.kind in ("region", "country") and place.country != focus
               for place, _, _ in settled):
        return [NO_FRAME] * len(candidates)
    starts = _sentence_starts(text)

    def sentence_of(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    scene: dict[int, set[str]] = {}
    for candidate, (place, confidence, _) in zip(candidates, settled):
        if place is None or place.country == focus or confidence < 0.85:
            continue
        if place.kind == "region" or place.kind == "country" and _opens_sentence(candidate, text, starts):
            scene.setdefault(sentence_of(candidate.start), set()).add(place.country)
    if not scene:  # most articles: a foreign country named, but no sentence set in it
        return [NO_FRAME] * len(candidates)
    frames = {sentence: frozenset(countries) for sentence, countries in scene.items()}
    return [frames.get(sentence_of(c.start), NO_FRAME) for c in candidates]


def _cue(candidates: list[Candidate], options: list[list[Place]], norm: Normalised, index: int) -> str:
    """The word that decides between kinds: شعبية or ولاية (district), العاصمة before or after (city), a list of
    cities, a meeting held 'in' the name (اجتماع ... في تونس: the capital), a dateline (تونس (فرانس 24) –)."""
    tokens = norm.tokens
    candidate = candidates[index]
    cue = candidate.key[0] if candidate.key[0] in DISTRICT_CUES else _bare_cue(tokens, candidate.first)
    if not cue:
        cue = _plural_district_cue(candidates, tokens, index)
    if candidate.last + 1 < len(tokens) and tokens[candidate.last + 1].text in CAPITAL_CUES:
        return tokens[candidate.last + 1].text  # تونس العاصمة
    if not cue and _meeting_venue(tokens, candidate.first, candidate.clitic):  # the seat nouns are venue nouns
        seat = _meeting_venue(tokens, candidate.first, candidate.clitic, SEAT_NOUNS)
        return CAPITAL if seat else "مدينه"  # السفارة الروسية في طرابلس: the capital; اجتماع في تونس: the city
    if not cue and (_listed_with_cities(candidates, options, norm, index) or _dateline(norm, candidate)):
        return "مدينه"  # إسطنبول وعمّان: a city in a list of cities
    return cue


DATELINE = re.compile(r"\s*(?:(?:في\s+)?\d{1,2}\s+[^\s\d()–—-]+(?:\s+\d{4})?\s*)?(?:\(|[-–—])")  # a wire's date may
# stand between (طرابلس 11 أيار/مايو (د ب أ) -، تونس 13 ماي (وات) -)


def opens_dateline(text: str, start: int, end: int) -> bool:
    """'تونس (فرانس 24) –', 'طرابلس – ليبيا أوبزرفر': the name at text[start:end] opens its line and a dash or the
    agency follows: the city the report was filed from. Reads only the blanks before the name, not the line."""
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return (k < 0 or text[k] == "\n") and bool(DATELINE.match(text, end))


CAPITAL_REASON = "the national capital: the text says 'the capital', or names an embassy or a ministry there"


def _capitals_only(places: list[Place], cue: str, capitals: frozenset[str]) -> list[Place]:
    """The places a capital noun or an embassy points to (العاصمة طرابلس، السفارة الروسية في طرابلس): of two cities
    of one name, the national capital (Tripoli, not Tripoli in Lebanon, though Tartus is named nearby)."""
    if cue not in CAPITAL_NOUNS or len(places) < 2:
        return places
    chosen = [p for p in places if p.id in capitals]
    return chosen if chosen and len(chosen) < len(places) else places


def _newsroom_city(places: list[Place], anchors: list[Place]) -> tuple[Place, float, str] | None:
    """'سوسة – «جوهرة إف إم»': a dateline names the city a report was filed from, where a newsroom or a correspondent
    sits: of a big city and small towns of its name (Sousse, not Libya's Susa), the big city, whatever country the
    article is about. None where no city of the name is that much the largest, or where a place the article settles
    lies by a smaller one (سوسة (الجبل الأخضر) – ... رتل إلى سوسة قادماً من شحات: Libya's Susa)."""
    largest = max(places, key=lambda p: p.population)
    if largest.kind not in POINT_KINDS or largest.population < NEWSROOM_POPULATION or any(
            p is not largest and p.population * NEWSROOM_RATIO > largest.population for p in places):
        return None
    if any(p is not largest and a.id != p.id and distance_km(p, a) <= NEWSROOM_ANCHOR_KM for p in places for a in anchors):
        return None
    return largest, 0.85, NEWSROOM_REASON


def _dateline(norm: Normalised, candidate: Candidate) -> bool:
    tokens = norm.tokens
    return opens_dateline(norm.text, tokens[candidate.first].start, tokens[candidate.last].end)


VENUE_WINDOW = 8  # words before في in which a meeting noun makes the place its venue


def _meeting_venue(tokens, first: int, clitic: str = "", nouns=VENUE_NOUNS) -> bool:
    """'اجتماع للجنة الأمنية في تونس', 'وفي تونس، اختتمت جولة من المحادثات', 'وزارة الدفاع في تونس', 'محكمة
    الاستئناف بتونس': a meeting held in the place, or a ministry, an embassy, a court or a diplomat there: the city."""
    if first == 0 or tokens[first - 1].text not in ("في", "وفي") and clitic != "ب":
        return False
    near = [t.text for t in tokens[max(0, first - 1 - VENUE_WINDOW):first - 1]]
    near += [t.text for t in tokens[first + 1:first + 1 + VENUE_WINDOW]] if tokens[first - 1].text == "وفي" else []
    return any(_venue_noun(word, nouns) for word in near)


def _venue_noun(word: str, nouns) -> bool:
    """A meeting noun or a body that sits in a capital, a clitic before it or a pronoun after it (اجتماعها، ووزارة)."""
    for stem in (word, word[:-2] if word.endswith(("ها", "هم")) else "", word[:-1] if word.endswith("ه") else ""):
        if stem and (stem in nouns or stem[:1] in "وفبل" and stem[1:] in nouns):
            return True
    return False


def _inside_border_phrases(candidates: list[Candidate]) -> set[int]:
    """Indexes of the candidates inside a border phrase's span (the country of 'على الحدود مع تشاد')."""
    borders = [c for c in candidates if _names_kind("region:border", c.place_ids)]
    if not borders:
        return set()
    return {k for k, c in enumerate(candidates)
            if any(b is not c and b.first <= c.first and c.last <= b.last for b in borders)}


LOCATOR_GAP = 3  # words from a shared name to the place that locates it (طرابلس في شمال لبنان)


def _located_abroad(candidates: list[Candidate], found: list[list[Place]], options: list[list[Place]]) -> set[int]:
    """Indexes of the names of places in several countries that the words after them located in one (طرابلس في شمال
    لبنان), and of the places that located them. They are no anchors for the ranking: the writer placed that one
    mention, and the article's other bare طرابلس are not drawn to Lebanon by it."""
    located: set[int] = set()
    for index, (candidate, before, after) in enumerate(zip(candidates, found, options)):
        if len(after) < len(before) and len({p.country for p in before}) > 1:
            located.add(index)
            following = index + 1
            if following < len(candidates) and candidates[following].first - candidate.last <= LOCATOR_GAP:
                located.add(following)
    return located


def _follow_country(places: list[Place], tokens, last: int, nisbas: dict[str, str],
                    countries: dict[str, str]) -> list[Place]:
    """'أدري التشادية', 'طرابلس شمال لبنان', 'طرابلس في (شمال) لبنان': the words after the name name its country."""
    if not places or last + 1 >= len(tokens):
        return places
    after = tokens[last + 1].text
    country = nisbas.get(after) if after not in NOT_NISBAS else None
    if country and country not in NEIGHBOURHOOD and not any(p.country == country for p in places):
        return []  # محافظة الجوف اليمنية: a place of that name in Yemen, which the gazetteer lacks (near Libya
        # the gazetteer is full, and a border town may lie on the other side: الطينة السودانية is Tiné, Chad)
    if len(places) < 2:
        return places
    following = [t.text for t in tokens[last + 1:last + 4]]
    skip = 0
    while skip < len(following) - 1 and following[skip] in LOCATING_WORDS:
        skip += 1  # 'طرابلس في شمال لبنان': في and a direction
    if country is None and skip:
        country = countries.get(following[skip])
    same = [p for p in places if p.country == country]
    return same or places


def _elsewhere(candidate: Candidate, tokens, nisbas: dict[str, str]) -> str:
    """The reason a name the gazetteer holds stays unresolved: the adjective after it puts it in another country."""
    following = tokens[candidate.last + 1].text if candidate.last + 1 < len(tokens) else ""
    country = nisbas.get(following)
    return f"no gazetteer entry in {country} (the text says {following})" if country not in (None, *NEIGHBOURHOOD) else ""


LISTED_CONFIDENCE = 0.85


def _listed_beside(candidates: list[Candidate], options: list[list[Place]],
                   norm: Normalised) -> dict[int, tuple[list[Place], str]]:
    """'شركات من طرابلس وبيروت': a name that places in several countries share, listed beside a town that lies in
    one of them only, is the place of that country (Tripoli, Lebanon, beside Beirut); not where the article names
    another of them in full (هضبة جادو النيجرية ... من تيبستي إلى جادو والقطرون: the plateau in Niger).
    Index of the name → (the places of that country, the reason)."""
    shared = [index for index, places in enumerate(options) if len(places) > 1 and len({p.country for p in places}) > 1]
    if not shared:
        return {}  # most articles: no name is shared across a border
    in_full = {places[0].id for c, places in zip(candidates, options) if len(c.key) > 1 and len(places) == 1}
    found = {}
    for index in shared:
        places = options[index]
        beside = [town for other in _list_neighbours(candidates, norm, index)  # a town of one country (Benghazi,
                  for town in options[other][:1] if len({p.country for p in options[other]}) == 1  # the town and its
                  and any(p.kind in SETTLEMENT_KINDS for p in options[other])]  # district alike)
        country = beside[0].country if beside and all(town.country == beside[0].country for town in beside) else None
        there = [p for p in places if p.country == country]
        if there and not any(p.id in in_full and p.country != country for p in places):
            others = ", ".join(f"{p.name} ({p.country})" for p in places if p.country != country)
            found[index] = (there, f"listed beside {beside[0].name}, in {country}; preferred over {others}")
    return found


def _as_listed(listed: tuple[list[Place], str] | None, cue: str, focus: str, anchors: list[Place],
               frame: frozenset[str], spelled: frozenset[str]) -> tuple[Place | None, float, str] | None:
    """The choice ``_listed_beside`` made: among the places of the listed town's country, if that has several."""
    if listed is None:
        return None
    there, why = listed
    if len(there) == 1:
        return there[0], LISTED_CONFIDENCE, why
    place, confidence, reason = _choose(there, cue, focus, anchors, frame, spelled)
    return place, min(confidence, LISTED_CONFIDENCE), f"{why}; {reason}"


def _list_neighbours(candidates: list[Candidate], norm: Normalised, index: int) -> list[int]:
    """The names right before and after the one at ``index`` in the same list: within two words, a comma or و
    between, no sentence end."""
    tokens, found = norm.tokens, []
    for other in (index - 1, index + 1):
        if 0 <= other < len(candidates) and abs(candidates[other].first - candidates[index].first) <= 2:
            first, second = ((candidates[other], candidates[index]) if candidates[other].first <= candidates[index].first
                             else (candidates[index], candidates[other]))  # sorted by .first, stable on a tie
            between = norm.text[tokens[first.last].end:tokens[second.first].start]
            if (("،" in between or "," in between or norm.text[tokens[second.first].start] == "و")
                    and not SENTENCE_END.search(between)):
                found.append(other)
    return found


def _listed_with_cities(candidates: list[Candidate], options: list[list[Place]], norm: Normalised, index: int) -> bool:
    """True when a neighbour in the same list (within two words, no sentence end between) is unambiguously
    a city, a town or an airport (الرحلات بين مطار معيتيقة وتونس: Tunis)."""
    return any(len(options[other]) == 1 and options[other][0].kind in ("city", "town", "airport")
               for other in _list_neighbours(candidates, norm, index))  # a list, not 'وتتهم باماكو الجزائر'


SENTENCE_END = re.compile(r"[.!?؟؛:\n]")


def _plural_district_cue(candidates: list[Candidate], tokens, index: int) -> str:
    """'محافظات أسيوط والمنيا والفيوم': every name of a list that a plural district noun opens is a district."""
    k = index
    while k > 0 and candidates[k].clitic.startswith("و") and candidates[k - 1].last + 1 == candidates[k].first:
        k -= 1
    first = candidates[k].first
    if first == 0:
        return ""
    plural = _plural_cue(tokens[first - 1].text)  # وولايات
    return PLURAL_DISTRICT_CUES.get(plural, "")


def _bare_cue(tokens, first: int) -> str:
    if first == 0:
        return ""
    return _kind_cue(tokens[first - 1].text)


CUE_CLITICS = ("", "و", "ف", "ب", "وب", "فب", "ل", "ول")


def _peeled_cue(word: str, cues) -> str:
    """The cue ``word`` is once a leading clitic is peeled (بالعاصمة → العاصمة, وولاية → ولاية), or ""."""
    for clitics in CUE_CLITICS:
        if word.startswith(clitics) and word[len(clitics):] in cues:
            return word[len(clitics):]
    return ""


@lru_cache(maxsize=65536)
def _kind_cue(word: str) -> str:
    """``_peeled_cue`` of a word before a name among KIND_CUES (بالعاصمة → العاصمة), memoised: news reuses its words."""
    return _peeled_cue(word, KIND_CUES)


@lru_cache(maxsize=65536)
def _plural_cue(word: str) -> str:
    """``_peeled_cue`` of a word before a list of names among PLURAL_DISTRICT_CUES (وولايات → ولايات), memoised."""
    return _peeled_cue(word, PLURAL_DISTRICT_CUES.keys())


_SETTLED: dict[tuple, tuple[tuple[Place, ...], tuple[Place | None, float, str]]] = {}
MAX_SETTLED = 50_000


def _settle(places: list[Place], cue: str, focus: str) -> tuple[Place | None, float, str]:
    """``_choose`` by rules alone (no anchors, no frame), memoised by the places, the cue and the focus: the same
    names recur with the same cues. The places are kept with the answer, so their ids are not reused while known."""
    if len(places) == 1:
        return places[0], UNIQUE_CONFIDENCE, UNIQUE_REASON  # at once, as _choose says: nothing to remember
    key = (cue, focus, *map(id, places))
    known = _SETTLED.get(key)
    if known is None:
        if len(_SETTLED) > MAX_SETTLED:
            _SETTLED.clear()
        known = _SETTLED[key] = (tuple(places), _choose(places, cue, focus, []))
    return known[1]


def _choose(places: list[Place], cue: str, focus: str, anchors: list[Place],
            frame: frozenset[str] = frozenset(), spelled: frozenset[str] = frozenset()) -> tuple[Place | None, float, str]:
    if len(places) == 1:
        return places[0], UNIQUE_CONFIDENCE, UNIQUE_REASON
    if len({p.country for p in places}) == 1 and all(border_countries(p.id) for p in places):
        whole = [p for p in places if len(border_countries(p.id)) == 1]  # الحدود مع ليبيا, no neighbour named
        with_focus = [p for p in places if focus != p.country and focus in border_countries(p.id)]
        if len(whole) == 1 and len(with_focus) == 1:  # القاهرة – ...: قال إن الوضع على الحدود مع ليبيا هادئ
            return with_focus[0], 0.8, f"the border with {focus}, the country the article is about"
        if len(whole) == 1:
            return whole[0], 0.8, "the country's borders as a whole: the sentence names no neighbour"
    districts = [p for p in places if p.kind == "district"]
    if cue in DISTRICT_CUES and districts:
        if len(districts) > 1:  # إقليم البحيرة: Chad's Lac or Egypt's Beheira: as written, else in the article's country
            districts = [p for p in districts if p.id in spelled] or [p for p in districts if p.country == focus] or districts
        if len(districts) == 1:
            return districts[0], 0.9, f"district: the text says {cue}"
        places = districts
    countries = [p for p in places if p.kind == "country"]
    if countries and cue not in CAPITAL_CUES and all(p.country == countries[0].country for p in places):
        return countries[0], 0.85, "country rather than a city of the same name"  # الجزائر: not Algiers
    if cue in CAPITAL_CUES:
        cities = [p for p in places if p.kind in POINT_KINDS]
        if len(cities) == 1 and countries:
            return cities[0], 0.9, "the city, not the country of the same name"
        if cities:
            places = cities
    towns = [p for p in places if p.kind != "district"]
    if districts and towns:
        places = towns
    if len(places) == 1:
        return places[0], 0.9, "town rather than the district of the same name"
    weight = FOCUS_BONUS
    if not any(p.country == focus for p in places):  # the article's country has no place of this name:
        focus, weight = DEFAULT_FOCUS, FALLBACK_BONUS  # Libya, the collection's subject, weighs a little
    scored = sorted(((_score(p, focus, anchors, frame, weight, p.id in spelled), p) for p in places),
                    key=lambda s: (-s[0][0], s[1].id))
    (best, why), place = scored[0]
    (second, _), runner_up = scored[1]
    if best - second < AMBIGUOUS_MARGIN and distance_km(place, runner_up) > 50:
        names = ", ".join(f"{p.name} ({p.country})" for _, p in scored[:4])
        return None, 0.0, f"ambiguous: {names}"
    confidence = min(0.9, 0.55 + (best - second) / 4)
    return place, confidence, f"{why}; preferred over {runner_up.name} ({runner_up.country})"


def _score(place: Place, focus: str, anchors: list[Place], frame: frozenset[str] = frozenset(),
           weight: float = 3.0, spelled: bool = False) -> tuple[float, str]:
    score, why = 0.0, []
    if spelled:
        score += SPELLING_BONUS
        why.append(f"spelled {place.name_ar}, as the writer wrote it")
    if place.country in frame:
        score += FRAME_BONUS
        why.append(f"in {place.country}, whose region the sentence names")
    if place.country == focus:
        score += weight
        why.append(f"in {focus}, the country the article is about" if weight == FOCUS_BONUS
                   else f"in {focus}, the collection's subject (the article's own country has no such place)")
    others = [a for a in anchors if a.id != place.id]
    if others:
        distances = [distance_km(place, a) for a in others]
        km = min(distances)
        nearest = others[distances.index(km)]  # the first nearest, as min(others, key=distance) gives it
        score += 2.0 * math.exp(-km / 250.0)
        why.append(f"{km:.0f} km from {nearest.name}, also named")
    score += 0.5 * math.log10(place.population + 1) / 7
    return score, "; ".join(why) or "largest population"
