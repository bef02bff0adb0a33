"""Actors: which force a span names, canonicalised through ``data/actors.csv``.

A generic word for armed groups followed by في + a place names that place's
forces (الميليشيات المسلحة في مدينة مصراتة → Misrata forces); a bare الجيش is
the army the article named last.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from components.gazetteer import DATA, read_word_list
from components.phrases import PhraseIndex, longest_match
from components.prefilter import flagged
from components.records import Actor, Mention
from components.text import Token, name_key, normalise_word

PLACE_LINK = normalise_word("في")
ORIGIN_LINK = normalise_word("من")


class ActorSpan(NamedTuple):
    """An actor named at tokens first..last of the article.

    Immutable like the records, but a named tuple: an article names many actors, and a tuple is built
    several times faster than a frozen dataclass.
    """

    first: int
    last: int
    actor: Actor
    kind: str


@dataclass(frozen=True)
class ActorLexicon:
    index: PhraseIndex  # variant → (canonical name, kind)
    by_place: dict[str, str]
    generic: PhraseIndex
    by_nisba: dict[str, tuple[str, str]]  # نسبة (السودانية) → (its army, its armed groups)
    by_country: dict[str, tuple[str, str]] = field(default_factory=dict)  # NE → (its army, its armed groups)
    armed_group_words: frozenset[str] = frozenset()  # data/actor_cues.json, normalised
    state_bodies: frozenset[tuple[str, ...]] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    the_city: frozenset[str] = frozenset()
    own_country: frozenset[tuple[str, ...]] = frozenset()
    unit_nouns: frozenset[tuple[str, ...]] = frozenset()
    home_army_phrases: frozenset[tuple[str, ...]] = frozenset()
    home_army: str = ""  # the army home_army_phrases name in Libyan news (data/actor_cues.json)
    unit_links: frozenset[str] = frozenset()


@lru_cache(maxsize=2)
def load_actors(data_dir: Path = DATA) -> ActorLexicon:
    index: dict[tuple[str, ...], tuple[str, str]] = {}
    by_place: dict[str, str] = {}
    with (data_dir / "actors.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for variant in row["variants"].split("|"):
                index[name_key(variant)] = (row["name"], row["kind"])
            if row["place"]:
                by_place[normalise_word(row["place"])] = row["name"]
    cues = json.loads((data_dir / "actor_cues.json").read_text(encoding="utf-8"))
    own_country = frozenset(name_key(w) for w in cues["own_country"])
    unit_nouns = frozenset(name_key(w) for w in cues["unit_nouns"])
    generic = ({name_key(w): True for w in read_word_list(data_dir / "generic_forces.txt")}
               | dict.fromkeys(own_country, True) | dict.fromkeys(unit_nouns, True))
    by_nisba: dict[str, tuple[str, str]] = {}
    by_country: dict[str, tuple[str, str]] = {}
    with (data_dir / "nisba.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["forces"] or row["groups"]:
                by_country.setdefault(row["country"], (row["forces"], row["groups"] or row["forces"]))
                stem = normalise_word(row["stem"])
                for form in (stem, stem + "ه", stem + "ين", stem + "ون", stem + "تين", stem + "تان"):
                    by_nisba[form] = by_nisba["ال" + form] = (row["forces"], row["groups"] or row["forces"])
    words = {key: frozenset(normalise_word(w) for w in cues[key]) for key in ("armed_group_words", "place_nouns", "the_city",
                                                                       "unit_links")}
    return ActorLexicon(PhraseIndex(index), by_place, PhraseIndex(generic), by_nisba, by_country,
                        state_bodies=frozenset(name_key(w) for w in cues["state_bodies"]), own_country=own_country,
                        unit_nouns=unit_nouns, home_army_phrases=frozenset(name_key(w) for w in cues["home_army_phrases"]),
                        home_army=cues["home_army"],
                        **words)


def _span(text: str, tokens: list[Token], offsets, first: int, last: int, prefix: int = 0) -> str:
    """The original text of tokens first..last, the first one's ``prefix`` clitic letters left out."""
    return text[offsets[tokens[first].start + prefix]:offsets[tokens[last].end - 1] + 1]


def find_actors(text: str, normal: str, tokens: list[Token], offsets, placed: dict[int, Mention],
                lexicon: ActorLexicon, until: int | None = None, words: list[str] | None = None) -> list[ActorSpan]:
    """Actor spans in token order. ``placed`` maps a token index to the mention starting there.

    Only tokens where the prefilters say a named or a generic actor may start are looked at, and
    with ``until`` only spans starting up to that token are wanted (the scan stops there).
    ``words`` are the tokens' texts when the caller has them (``Normalised.words``).
    """
    spans: list[ActorSpan] = []
    if words is None:
        words = list(map(attrgetter("text"), tokens))
    words = words[:None if until is None else until + 1]
    resume = 0
    for i, mask in flagged(words, lexicon.index.may_start, lexicon.generic.may_start):
        if i < resume:
            continue
        named = longest_match(lexicon.index, normal, tokens, i) if mask & 1 else None
        generic = longest_match(lexicon.generic, normal, tokens, i) if mask & 2 else None
        if generic and generic[2] in lexicon.own_country:
            local = _speakers_country(text, tokens, offsets, lexicon, i, generic[1])
            if local:
                spans.append(local)
            resume = i + 1
            continue
        if generic and generic[2] in lexicon.unit_nouns and not (named and named[0] > generic[0]):
            local = _unit_named_before(text, tokens, offsets, spans, i, generic[1], generic[2][0], lexicon.unit_links)
            if local:
                spans.append(local)
                resume = i + 1
                continue
        if generic and not (named and named[0] > generic[0]):
            local = (_forces_of_country(text, tokens, offsets, placed, lexicon, i, generic[0], generic[1])
                     or (_forces_of_place(text, tokens, offsets, placed, lexicon, i, generic[0])
                      if generic[2] not in lexicon.state_bodies else None)  # الجيش في بنغازي, رئاسة الأركان في طرابلس
                     or _forces_of_nation(text, tokens, offsets, lexicon, i, generic[0])
                     or _forces_of_the_city(text, tokens, offsets, placed, lexicon, i, generic[0]))
            if local:
                spans.append(local)
                resume = local.last + 1
                continue
        if named:
            n, prefix, key = named
            name, kind = lexicon.index[key]
            if kind == "generic" and not name:  # جيش النيجر is Niger's; a bare الجيش the one named before
                local = _forces_of_country(text, tokens, offsets, placed, lexicon, i, n, prefix)
                if local:
                    spans.append(local)
                    resume = local.last + 1
                    continue
                name = _most_named_army(spans, i)
            armies = lexicon.by_nisba.get(tokens[i + n].text) if kind == "army" and i + n < len(tokens) else None
            if armies and armies[0] and armies[0] != name:  # القيادة العامة للقوات المسلحة التشادية: Chad's
                name, n = armies[0], n + 1
            spans.append(ActorSpan(i, i + n - 1, Actor(_span(text, tokens, offsets, i, i + n - 1, prefix), name), kind))
            resume = i + n
    return spans


UNIT_OWNER_REACH = 8  # words from a numbered unit to the force it belongs to (اللواء 128 معزز التابع للقيادة العامة)


def _unit_named_before(text, tokens, offsets, spans, i, prefix, noun, links) -> ActorSpan | None:
    """'قال مصدر في اللواء إن وحدات منه ستتمركز': the brigade is the last unit named with that noun
    («اللواء 128 معزز»); only after one of ``links`` (في/من/باسم) or with ل, where اللواء is not a general's title."""
    if not (tokens[i].text[:prefix].endswith("ل") or i > 0 and tokens[i - 1].text in links):
        return None
    said = _span(text, tokens, offsets, i, i, prefix)
    for span in reversed(spans):
        if span.actor.name and noun in name_key(span.actor.text):
            return ActorSpan(i, i, Actor(said, span.actor.name), span.kind)
    bare = noun[2:] if noun.startswith("ال") else noun
    for p in range(i - 1, -1, -1):  # «اللواء 128 معزز» التابع للقيادة العامة: the unit, then whose it is
        if tokens[p].text in (noun, bare) and tokens[p + 1].text[:1].isdigit():
            owner = [s for s in spans if s.actor.name and p <= s.first <= p + UNIT_OWNER_REACH]
            if owner:
                return ActorSpan(i, i, Actor(said, owner[0].actor.name), owner[0].kind)
            return None
    return None


SPEAKER_REACH = 12  # words back from بلاده to the nationality of the one who speaks


def _speakers_country(text, tokens, offsets, lexicon, i, prefix) -> ActorSpan | None:
    """'قال دبلوماسي مصري إن بلاده قد تدفع بوحدات': his country's army is the nationality named just before."""
    for k in range(i - 1, max(-1, i - SPEAKER_REACH), -1):
        armies = lexicon.by_nisba.get(tokens[k].text)
        if armies:  # the nearest nationality, even one with too many forces to name (ليبي)
            return ActorSpan(i, i, Actor(_span(text, tokens, offsets, i, i, prefix), armies[0] or None), "army")
    return None


def _forces_of_country(text, tokens, offsets, placed, lexicon, i, n, prefix) -> ActorSpan | None:
    """'جيش النيجر', 'قوات تشاد', 'ميليشيات السودان': a force word right before a country names its forces."""
    mention = placed.get(i + n)
    if mention is None or mention.place is None or mention.place.kind != "country":
        return None
    armies = lexicon.by_country.get(mention.place.country)
    if not armies:
        return None
    name = armies[1] if tokens[i].text[prefix:] in lexicon.armed_group_words else armies[0]
    start = offsets[tokens[i].start + prefix]  # لجيش النيجر: the actor is جيش النيجر
    return ActorSpan(i, i + n, Actor(text[start:mention.end], name), "army")


NATION_REACH = 3  # words after a force word where its nationality may stand (طائرات شحن عسكرية روسية)


def _forces_of_nation(text, tokens, offsets, lexicon, i, n) -> ActorSpan | None:
    """'قوات جزائرية', 'مجموعات مسلحة سودانية', 'عسكريين روس': forces named by a nationality adjective."""
    for k in range(i + n, min(i + n + NATION_REACH, len(tokens))):
        armies = lexicon.by_nisba.get(tokens[k].text)
        if armies:
            groups = any(tokens[j].text in lexicon.armed_group_words for j in range(i, k))  # رتل من المعارضة التشادية
            name = armies[1] if groups else armies[0]
            return ActorSpan(i, k, Actor(_span(text, tokens, offsets, i, k), name), "army")
    return None


def _forces_of_place(text, tokens, offsets, placed, lexicon, i, n) -> ActorSpan | None:
    """'armed groups in <place>' within a few words: the forces of that place; 'a battalion from <place>' too
    when the place has forces of its own in ``actors.csv`` (Misrata, Zintan)."""
    k = i + n
    if k >= len(tokens) or tokens[k].text not in (PLACE_LINK, ORIGIN_LINK):
        return None
    origin = tokens[k].text == ORIGIN_LINK
    k += 1
    while k < len(tokens) and tokens[k].text in lexicon.place_nouns:
        k += 1
    mention = placed.get(k)
    if mention is None or mention.place is None or mention.place.kind not in ("city", "town", "village"):
        return None
    if origin and normalise_word(mention.place.name_ar) not in lexicon.by_place:
        return None  # 'قوات من طرابلس' may be anyone's; 'كتيبة من الزنتان' is Zintan's
    name = _forces_name(lexicon, mention.place)
    start = offsets[tokens[i].start]
    return ActorSpan(i, k, Actor(text[start:mention.end], name), "army")


def _forces_name(lexicon: ActorLexicon, place) -> str:
    """The forces of a town: its own in ``actors.csv`` (Misrata forces), else 'Armed groups in <town>'."""
    return lexicon.by_place.get(normalise_word(place.name_ar), f"Armed groups in {place.name}")


CITY_REACH = 40  # words back to the town that 'the city' refers to


def _forces_of_the_city(text, tokens, offsets, placed, lexicon, i, n) -> ActorSpan | None:
    """'مصدر عسكري في الزنتان ... كتائب المدينة / أرتال من المدينة': the city's brigades are the forces of the
    last town named."""
    k = i + n
    if k + 1 < len(tokens) and tokens[k].text == ORIGIN_LINK:
        k += 1
    if k >= len(tokens) or tokens[k].text not in lexicon.the_city:
        return None
    for first in range(i - 1, max(-1, i - CITY_REACH), -1):
        mention = placed.get(first)
        if mention is not None and mention.place is not None and mention.place.kind in ("city", "town"):
            name = _forces_name(lexicon, mention.place)
            return ActorSpan(i, k, Actor(_span(text, tokens, offsets, i, k), name), "army")
    return None


ARMY_NEAR = 12  # words back in which an army just named is the one a bare الجيش means


def _most_named_army(spans: list[ActorSpan], i: int) -> str | None:
    """A bare الجيش is the army named just before it (أعلنت وزارة الدفاع الجزائرية تعزيز انتشار وحدات الجيش),
    else the army the article has named most so far (the latest on a tie)."""
    for span in reversed(spans):
        if span.last < i - ARMY_NEAR:
            break
        if span.kind == "army" and span.actor.name:
            return span.actor.name
    counts: dict[str, int] = {}
    for span in spans:
        if span.kind == "army" and span.actor.name:
            counts[span.actor.name] = counts.get(span.actor.name, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    return [name for span in reversed(spans) if (name := span.actor.name) in counts and counts[name] == best][0]
