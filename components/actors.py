"""Actors: which force a span names, canonicalised through ``data/actors.csv``.

A generic word for armed groups followed by في + a place names that place's
forces (الميليشيات المسلحة في مدينة مصراتة → Misrata forces); a bare الجيش is
the army the article named last. A unit the lexicon does not know is found by
its head noun and name (كتيبة شهداء الزاوية، الكتيبة 155 مشاة): its own words,
with the name of the force it belongs to when the text says so.
"""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from components.dates import load_cues as load_date_cues
from components.gazetteer import DATA, read_word_list
from components.gazetteer import load as load_gazetteer
from components.mentions import CLOSING_QUOTES, IN, PREPOSITIONS, QUOTE_CHARS, VOWEL_MARKS, tanween_at
from components.phrases import BLANKS, PhraseIndex, joined, longest_match, peel, peeled_rests, quote_after, quote_before
from components.prefilter import flagged
from components.records import SETTLEMENT_KINDS, Actor, Mention
from components.text import SENTENCE_END_CHAR, Token, name_key, normalise_word

PLACE_LINK = IN
ORIGIN_LINK = normalise_word("من")

NAME_BLANKS = BLANKS + "«“"  # a force's name may open a quote of its last words: حكومة «الوحدة الوطنية» (a quote
# closed inside it is not its name's: «الفيلق الأفريقي» الروسي)
QUOTE_PAIRS = (("«", "»"), ("“", "”"))
UNIT_QUOTES = "«“\""  # what may open a unit's quoted name («القوة المشتركة»، "القوة المشتركة")


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
    territory_nouns: frozenset[str] = frozenset()  # الأراضي التركية: a country's ground, not its forces
    the_city: frozenset[str] = frozenset()
    own_country: frozenset[tuple[str, ...]] = frozenset()
    unit_nouns: frozenset[tuple[str, ...]] = frozenset()
    home_army_phrases: frozenset[tuple[str, ...]] = frozenset()
    national_army_phrases: frozenset[tuple[str, ...]] = frozenset()  # الجيش الوطني: a neighbour's own army only in
    national_army_countries: frozenset[str] = frozenset()  # the press of these (Tunisia's, Algeria's), not Egypt's
    region_commands: frozenset[tuple[str, ...]] = frozenset()  # المنطقة العسكرية الغربية: whichever country's it is in
    home_army: str = ""  # the army home_army_phrases name in Libyan news (data/actor_cues.json)
    home_country: str = ""  # LY: the country whose towns 'the city's brigades' (كتائب المدينة) may belong to
    foreign_forces: str = ""  # Foreign fighters: the forces of the nisba 'foreign' (أي قوة أجنبية), of any nation
    home_nisbas: frozenset[str] = frozenset()  # الليبي، الليبية، ليبيين (normalised): the home country's nisba
    quoted_home_army: re.Pattern | None = None  # «الجيش الوطني» الليبي in the original text: the home army named
    home_army_names: tuple[str, ...] = ()  # its other names, normalised (الجيش الوطني الليبي، القيادة العامة، حفتر)
    unit_links: frozenset[str] = frozenset()
    unit_same: frozenset[str] = frozenset()  # اللواء نفسه: the brigade named before
    untitled_units: frozenset[str] = frozenset()  # الفيلق: a unit noun no general bears as a title
    unit_member_links: frozenset[str] = frozenset()  # اللواء 128 في الجيش الوطني الليبي: a unit within a force
    quantities: frozenset[str] = frozenset()  # مئات المقاتلين: a number of forces, as indefinite as مقاتلين
    units: PhraseIndex = field(default_factory=PhraseIndex)  # a unit's head noun → how its name is made (unit_heads)
    unit_arms: frozenset[str] = frozenset()
    unit_ordinals: frozenset[str] = frozenset()
    unit_tails: frozenset[str] = frozenset()
    unit_name_stops: frozenset[str] = frozenset()  # with the day and time words of data/date_cues.json
    unit_owner_links: frozenset[str] = frozenset()
    owner_offices: frozenset[str] = frozenset()  # التابعة لوزارة الداخلية في حكومة ...: the owner comes past them
    owner_pronouns: frozenset[str] = frozenset()  # رتل تابع لها: the owner is the force named before
    local_guard_words: frozenset[str] = frozenset()  # قوة حماية مرزق: a town's own guard, no side's
    coming_words: frozenset[str] = frozenset()  # المليشيات القادمة من مصراتة: 'coming' before من
    armed_adjectives: frozenset[str] = frozenset()  # مجموعة مسلحة قادمة من السودان: an armed group, as such
    made_words: frozenset[str] = frozenset()  # طائرات مسيرة تركية الصنع: where a weapon was made, not whose forces
    hedge_words: frozenset[str] = frozenset()  # يُعتقد، يُرجَّح: before 'that it is' and a nationality (أنها روسية)
    hedge_that: frozenset[str] = frozenset()  # أنها، أنهم: after a hedge word, before the nationality it guesses
    media_heads: frozenset[str] = frozenset()  # وكالة أنباء تركيا، قناة ليبيا: a country in an outlet's name
    coming_forces: frozenset[str] = frozenset()  # the forces 'coming from' a town may follow (armed_group_words too)
    state_verbs: frozenset[str] = frozenset()  # ستنشر، أرسلت: a country after one, before a force word, sends them
    sent_with: frozenset[str] = frozenset()  # دفعت بها: 'sent them', the state its subject after it
    person_name_words: frozenset[str] = frozenset()  # عبد: opens a person's name (اللواء عبد السلام الزنتاني)
    media_owners: frozenset[str] = frozenset()  # حسابات، صفحات: a nationality after one is theirs, not an army's
    the_unit: frozenset[str] = frozenset()  # الرتل، القوة: after 'to', the force told of before, not the town's own
    owned_endings: tuple[str, ...] = ()  # وحداته، قواتها: a force word's owner; not 'the city's' own forces
    any_words: frozenset[str] = frozenset()  # أي، أية: 'any' forces are nobody's in particular
    to_words: frozenset[str] = frozenset()  # إلى
    towards_words: frozenset[str] = frozenset()  # إلى، نحو، باتجاه: where a move goes (to_words among them)
    armed_after_town: frozenset[str] = frozenset()  # مجموعات زوارة المسلحة: 'armed' after a town, one phrase
    construct_heads: frozenset[str] = frozenset()  # كتائب مصراتة، ثوار الزنتان: a town's own forces
    opening_prepositions: frozenset[str] = frozenset()  # ومن الجزائر العاصمة،: a sentence opened abroad
    town_forces: frozenset[str] = frozenset()  # the names of towns' own forces (Misrata forces, Zintan forces)
    libyan_sides: frozenset[str] = frozenset()  # what a bare 'the army' may be read as in Libyan news
    armies: frozenset[str] = frozenset()  # the names data/actors.csv gives kind 'army': what a bare الجيش may be
    irregulars: frozenset[str] = frozenset()  # kind 'rebels' or 'mercenaries': no operations room or battalion of theirs
    bare_armies: frozenset[str] = frozenset()  # what a bare الجيش may be: no force abroad (not_the_army), no town's own
    town_keys: frozenset[tuple[str, ...]] = frozenset()  # the gazetteer's towns' names, as word tuples (أم الأرانب)
    towns: frozenset[str] = frozenset()  # one-word names of the gazetteer's towns: one ends a unit's name even where
    # the mention finder took it for the name's and put no place there (كتيبة شهداء تازربو)


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
    home_nisbas: set[str] = set()
    home_stem = ""
    with (data_dir / "nisba.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["country"] == cues["home_country"]:
                home_stem = row["stem"]
                stem = normalise_word(row["stem"])
                home_nisbas.update(f for form in (stem, stem + "ه", stem + "ين", stem + "ون") for f in (form, "ال" + form))
            if row["forces"] or row["groups"]:
                by_country.setdefault(row["country"], (row["forces"], row["groups"] or row["forces"]))
                stem = normalise_word(row["stem"])
                accusative = () if stem.endswith("ي") else (stem + "ا",)  # جنوداً أتراكاً: a broken plural's tanween
                for form in (stem, stem + "ه", stem + "ين", stem + "ون", stem + "تين", stem + "تان", *accusative):
                    by_nisba[form] = by_nisba["ال" + form] = (row["forces"], row["groups"] or row["forces"])
    words = {key: frozenset(normalise_word(w) for w in cues[key])
             for key in ("armed_group_words", "place_nouns", "territory_nouns", "the_city", "unit_links", "unit_same",
                         "untitled_units", "unit_member_links", "quantities", "unit_arms", "unit_ordinals", "unit_tails",
                         "unit_name_stops",
                         "unit_owner_links", "owner_offices", "local_guard_words", "coming_words", "coming_forces",
                         "armed_adjectives", "state_verbs", "sent_with", "person_name_words", "media_owners", "the_unit",
                         "any_words", "to_words", "towards_words", "armed_after_town", "construct_heads",
                         "opening_prepositions", "made_words", "owner_pronouns", "media_heads", "hedge_words",
                         "hedge_that")}
    words["coming_forces"] |= words["armed_group_words"]
    words["towards_words"] |= words["to_words"]
    dates = load_date_cues(data_dir)
    words["unit_name_stops"] |= {w for w in (*dates.relative, *dates.weekdays, *dates.months, *dates.past, *dates.upcoming)
                                 if " " not in w}
    units = PhraseIndex((name_key(head), how) for head, how in cues["unit_heads"].items())
    gazetteer = load_gazetteer(data_dir)
    town_keys = frozenset(key for key, ids in gazetteer.index.items() if any(
        gazetteer.places[place_id].kind in SETTLEMENT_KINDS for place_id in ids))
    towns = frozenset(key[0] for key in town_keys if len(key) == 1)
    home_army_phrases = frozenset(name_key(w) for w in cues["home_army_phrases"])
    return ActorLexicon(PhraseIndex(index), by_place, PhraseIndex(generic), by_nisba, by_country,
                        state_bodies=frozenset(name_key(w) for w in cues["state_bodies"]), own_country=own_country,
                        unit_nouns=unit_nouns, home_army_phrases=home_army_phrases,
                        national_army_phrases=frozenset(name_key(w) for w in cues["national_army_phrases"]),
                        national_army_countries=frozenset(cues["national_army_countries"]),
                        region_commands=frozenset(name_key(w) for w in cues["region_commands"]),
                        home_army=cues["home_army"], home_country=cues["home_country"], units=units, towns=towns,
                        town_keys=town_keys,
                        foreign_forces=by_nisba[normalise_word(cues["foreign_nisba"])][0],
                        home_nisbas=frozenset(home_nisbas),
                        armies=frozenset(name for name, kind in index.values() if kind == "army"),
                        irregulars=frozenset(name for name, kind in index.values() if kind in ("rebels", "mercenaries")),
                        bare_armies=frozenset(name for name, kind in index.values()  # not forces abroad, nor a
                                              if kind == "army" and name not in cues["not_the_army"]  # town's own
                                              and name not in by_place.values()),  # brigades (Misrata forces)
                        libyan_sides=frozenset(cues["libyan_sides"]), town_forces=frozenset(by_place.values()),
                        quoted_home_army=_quoted_army(cues["home_army_quoted"], home_stem),
                        home_army_names=tuple(sorted(" ".join(key) for key, (name, _) in index.items()
                                                     if name == cues["home_army"] and key not in home_army_phrases)),
                        owned_endings=tuple(sorted(normalise_word(w) for w in cues["owned_endings"])), **words)


def _quoted_army(names: list[str], nisba: str) -> re.Pattern | None:
    """A pattern for one of ``names`` in quotes with the nisba right after them, as the original text writes it
    («الجيش الوطني» الليبي، "جيش العربي" الليبية): the article of each word optional, up to 20 letters more inside."""
    if not names or not nisba:
        return None
    said = "|".join(r"\s+".join(map(_article_optional, name.split())) for name in names)
    return re.compile(f"[«\"“]\\s*(?:{said})[^»\"”]{{0,20}}[»\"”]\\s*{_article_optional(nisba)}")


def _article_optional(word: str) -> str:
    """A regex for ``word`` with or without the article ال."""
    return "(?:ال)?" + re.escape(word[2:] if word.startswith("ال") else word)


def _span(text: str, tokens: list[Token], offsets, first: int, last: int, prefix: int = 0) -> str:
    """The original text of tokens first..last, the first one's ``prefix`` clitic letters left out; after ل the
    article's alif is not written, and the name gets it back (التابع للقيادة العامة → القيادة العامة)."""
    end = offsets[tokens[last].end - 1] + 1
    while end < len(text) and text[end] in VOWEL_MARKS:
        end += 1  # the last word's vowel marks after its last letter (سورياً)
    return _said_to(text, tokens, offsets, first, prefix, end)


def _said_to(text: str, tokens: list[Token], offsets, first: int, prefix: int, end: int) -> str:
    """``_span`` up to the original offset ``end`` (a place mention's end: لقوات من الزنتان → قوات من الزنتان)."""
    said = text[offsets[tokens[first].start + prefix]:end]
    for opening, closing in QUOTE_PAIRS:  # حكومة «الوحدة الوطنية»: the quote a name opens, closed with it
        if said.count(opening) > said.count(closing) and text[end:end + 1] == closing:
            said += closing
    return "ال" + said if prefix >= 2 and tokens[first].text[prefix - 2:prefix] == "لل" else said


def find_actors(text: str, normal: str, tokens: list[Token], offsets, placed: dict[int, Mention],
                lexicon: ActorLexicon, until: int | None = None, words: list[str] | None = None,
                verbs: Callable[[str], object] | None = None) -> list[ActorSpan]:
    """Actor spans in token order. ``placed`` maps a token index to the mention starting there.

    Only tokens where the prefilters say a named or a generic actor or a unit may start are looked at, and
    with ``until`` only spans starting up to that token are wanted (the scan stops there).
    ``words`` are the tokens' texts when the caller has them (``Normalised.words``); ``verbs`` says which
    words are verbs of movement, which end a unit's name (قوة وصلت الزاوية is a force that reached Zawiya).
    """
    spans: list[ActorSpan] = []
    if words is None:
        words = list(map(attrgetter("text"), tokens))
    words = words[:None if until is None else until + 1]
    resume = 0
    for i, mask in flagged(words, lexicon.index.may_start, lexicon.generic.may_start, lexicon.units.may_start):
        if i < resume:
            continue
        named = longest_match(lexicon.index, normal, tokens, i, NAME_BLANKS) if mask & 1 else None
        unit = _named_unit(text, normal, tokens, offsets, placed, lexicon, i, verbs) if mask & 4 and not named else None
        if unit:
            k = unit.last + 1
            if (not unit.actor.name and k + 1 < len(tokens) and tokens[k].text in lexicon.unit_owner_links
                    and tokens[k + 1].text[:1] == "ل"):  # «القوة المشتركة» التابعة لمدينة مصراته: Misrata's
                owned = _forces_of_town_owning(text, tokens, offsets, placed, lexicon, i, k + 1, 0)
                if owned is not None:  # its words as the unit's own begin (no clitic: بالقوة المشتركة), its quote too
                    end = offsets[tokens[i].start] + len(owned.actor.text)
                    start = text.find(unit.actor.text.lstrip(UNIT_QUOTES), offsets[tokens[i].start], end)
                    if start > 0 and text[start - 1] in UNIT_QUOTES:
                        start -= 1
                    unit = owned._replace(actor=Actor(text[start:end], owned.actor.name))
            spans.append(unit)
            resume = unit.last + 1
            continue
        generic = longest_match(lexicon.generic, normal, tokens, i) if mask & 2 else None
        if generic and generic[2] in lexicon.own_country:
            local = _speakers_country(text, tokens, offsets, lexicon, i, generic[1])
            if local:
                spans.append(local)
            resume = i + 1
            continue
        if generic and generic[2] in lexicon.unit_nouns and not (named and named[0] > generic[0]):
            local = _unit_named_before(text, tokens, offsets, spans, i, generic[1], generic[2][0], lexicon)
            if local:
                spans.append(local)
                resume = i + 1
                continue
        if generic and not (named and named[0] > generic[0]):
            local = (_forces_of_country(text, tokens, offsets, placed, lexicon, i, generic[0], generic[1])
                     or (_forces_of_place(text, tokens, offsets, placed, lexicon, i, generic[0], verbs, generic[1])
                      if generic[2] not in lexicon.state_bodies else None)  # الجيش في بنغازي, رئاسة الأركان في طرابلس
                     or _forces_of_nation(text, tokens, offsets, lexicon, i, generic[0], generic[1])
                     or _forces_of_the_city(text, tokens, offsets, placed, lexicon, i, generic[0], generic[1])
                     or _town_construct(text, tokens, offsets, placed, lexicon, i, generic[0], verbs, generic[1]))
            if local:
                spans.append(local)
                resume = local.last + 1
                continue
        if named:
            n, prefix, key = named
            name, kind = lexicon.index[key]
            if kind == "state" and n == 1 and not prefix and i and (
                    tokens[i - 1].text in lexicon.territory_nouns
                    or tokens[i].text in lexicon.by_nisba and _ends_a_place(placed, i - 1)):
                resume = i + 1
                continue  # عبرت الأراضي التركية: Turkey's ground, not its forces; مطار غازي عنتاب التركي: the airport's
            if (kind == "state" and n == 1 and not prefix and i
                    and _among_peeled(tokens[i - 1].text, lexicon.media_heads)):
                resume = i + 1
                continue  # تحدث لوكالة أنباء تركيا: an outlet's name, not Turkey's forces
            if kind == "generic" and not name:  # جيش النيجر is Niger's; a bare الجيش the one named before
                local = (_forces_of_country(text, tokens, offsets, placed, lexicon, i, n, prefix)
                         or _forces_of_nation(text, tokens, offsets, lexicon, i, n, prefix))  # القوات المسلحة النيجرية
                if local:
                    spans.append(local)
                    resume = local.last + 1
                    continue
                nationality = _nationality_before(normal, tokens, placed, lexicon, i, spans)
                if nationality[1] is None:  # ومن الجزائر العاصمة، أبدت وزارة الدفاع استعدادها لإرسال وحدات من الجيش
                    nationality = _opened_abroad(text, normal, tokens, placed, lexicon, i) or nationality
                name = _most_named_army(spans, lexicon.bare_armies, min(i - ARMY_NEAR, _sentence_start(normal, tokens, i)),
                                        nationality)
            if kind == BARE_MILITIA:  # قتل في معارك مع ميليشيا الدعم السريع ... وقالت مصادر إن الميليشيا أدخلت: the armed
                kind = REBELS  # group named last, if any
                name = next((span.actor.name for span in reversed(spans) if span.kind == REBELS and span.actor.name), None)
            armies = lexicon.by_nisba.get(tokens[i + n].text) if kind == "army" and i + n < len(tokens) else None
            if armies and armies[0] and armies[0] != name:  # القيادة العامة للقوات المسلحة التشادية: Chad's
                name, n = armies[0], n + 1
            elif name == lexicon.home_army and key in lexicon.home_army_phrases:  # أفاد مصدر عسكري تونسي بأن
                # وحدات من الجيش الوطني انتقلت: every country calls its army 'the national army'
                name = _nearer_nationality(spans, _nationality_before(normal, tokens, placed, lexicon, i, spans)) or name
            spans.append(ActorSpan(i, i + n - 1, Actor(_span(text, tokens, offsets, i, i + n - 1, prefix), name), kind))
            resume = i + n
    return _units_owned(_states_sending(tokens, offsets, placed, lexicon, spans, until), tokens, lexicon)


def _states_sending(tokens, offsets, placed, lexicon, spans: list[ActorSpan], until: int | None) -> list[ActorSpan]:
    """'ستنشر الجزائر مفارز', 'أرسلت تشاد قوات': a country right after a verb that sends forces and right before a
    force word is the state sending them; its army is the actor (and the country no place they go)."""
    found = []
    for i, mention in placed.items():
        if not i or (until is not None and i > until) or mention.place is None or mention.place.kind != "country":
            continue
        sent_with = i > 1 and tokens[i - 1].text in lexicon.sent_with  # التعزيزات التي دفعت بها الجزائر إلى إن قزام
        if not any(rest in lexicon.state_verbs for _, rest in peel(tokens[i - 1 - sent_with].text)):
            continue
        armies = lexicon.by_country.get(mention.place.country)
        after = i + 1
        while after < len(tokens) and offsets[tokens[after].start] < mention.end:
            after += 1
        if (armies and armies[0] and after < len(tokens) and (sent_with or lexicon.generic.may_start(tokens[after].text))
                and not any(s.first <= i <= s.last for s in spans)):
            found.append(ActorSpan(i, after - 1, Actor(mention.text, armies[0]), "army"))
    return sorted(spans + found) if found else spans


UNIT_NAME_WORDS = 3  # nouns of a unit's name before the definite word or the town that ends it (كتيبة شهداء الزاوية)


def _named_unit(text, normal, tokens, offsets, placed, lexicon, i, verbs) -> ActorSpan | None:
    """A unit the lexicon does not know, named after its head noun (data/actor_cues.json unit_heads): by a number or
    an ordinal (الكتيبة 166 مشاة، اللواء السابع), a definite adjective of unit_tails (اللواء البحري), or, after an
    indefinite head, a chain of nouns ending in a definite word or a town (كتيبة شهداء الزاوية، قوة درع الوسط،
    غرفة عمليات سرت الجفرة). Its own words are the actor; no canonical name, unless the name is a town with forces of
    its own (كتيبة الزنتان → Zintan forces). None when the chain holds a known actor, a force word or a nationality
    (قوة من الجيش، قوة عسكرية تشادية): the other rules name those."""
    head = longest_match(lexicon.units, normal, tokens, i)
    if head is None:
        return None
    n, prefix, key = head
    how, size, k = lexicon.units[key], len(tokens), i + n
    if k >= size or not _in_one_name(normal, tokens, k - 1):
        return None
    word = tokens[k].text
    if word.isdigit() or word in lexicon.unit_ordinals or word in lexicon.unit_tails:
        last = k
        while last + 1 < size and tokens[last + 1].text in lexicon.unit_arms and _in_one_name(normal, tokens, last):
            last += 1
        return _unit_span(text, tokens, offsets, i, last, prefix, None)
    if how == "number":
        return None
    quoted = quote_before(normal, tokens, i, QUOTE_CHARS)
    for last in range(k, min(k + UNIT_NAME_WORDS + 1, size)):
        if last > k and not _in_one_name(normal, tokens, last - 1):
            # «كتيبة حماية غدامس»: a quoted name ends at its closing quote, whatever its last word
            return _unit_span(text, tokens, offsets, i, last - 1, prefix, None) if quoted and quote_after(
                normal, tokens, last - 1, QUOTE_CHARS) else None
        mention = placed.get(last)
        if mention is None or mention.place is None:
            if last > k and tokens[last].text in lexicon.towns:  # كتيبة شهداء تازربو: the town the finder left out
                return _unit_span(text, tokens, offsets, i, last, prefix, lexicon.by_place.get(tokens[last].text))
            if not _may_name_unit(normal, tokens, lexicon, last, verbs):
                return None
        else:
            if last == k and how != "place":
                return None  # وصلت قوة سبها: a force reached Sabha
            end = last
            while end + 1 < size and offsets[tokens[end + 1].start] < mention.end:
                end += 1
            while end + 1 < size and (after := placed.get(end + 1)) is not None and _in_one_name(normal, tokens, end):
                end += 1  # غرفة عمليات سرت الجفرة، سرت والجفرة
                while end + 1 < size and offsets[tokens[end + 1].start] < after.end:
                    end += 1
            town = mention.place if last == k and end == last and mention.place.kind in ("city", "town") else None
            return _unit_span(text, tokens, offsets, i, end, prefix,
                              lexicon.by_place.get(normalise_word(town.name_ar)) if town else None)
        if tokens[last].text.startswith("ال"):
            if last == k and tokens[k].text in lexicon.by_place:  # كتيبة الزنتان
                return _unit_span(text, tokens, offsets, i, k, prefix, lexicon.by_place[tokens[k].text])
            while last + 1 < size and tokens[last + 1].text in lexicon.unit_tails and _in_one_name(normal, tokens, last):
                last += 1
            return _unit_span(text, tokens, offsets, i, last, prefix, None)
    return None


def _units_owned(spans: list[ActorSpan], tokens: list[Token], lexicon: ActorLexicon) -> list[ActorSpan]:
    """A unit without a canonical name is the force it is said to belong to (اللواء 128 معزز التابع للقيادة العامة:
    an owner link, then a named force, within UNIT_OWNER_REACH words; كتيبة حرس الحدود بالقيادة العامة; اللواء 128 في
    الجيش الوطني الليبي, a member link right before the force), or the one
    the same unit was said to belong to earlier in the article."""
    owners: dict[tuple[str, ...], str] = {}
    for index, span in enumerate(spans):
        if span.kind != "unit":
            continue
        key = name_key(span.actor.text)
        name = span.actor.name
        if not name:
            owner = next((s for s in spans[index + 1:index + 2] if s.first - span.last <= UNIT_OWNER_REACH), None)
            if (owner is not None and owner.actor.name and owner.kind != "unit"
                    and (any(tokens[k].text in lexicon.unit_owner_links for k in range(span.last + 1, owner.first))
                         or _owned_by_clitic(tokens, span, owner)
                         or owner.first == span.last + 2 and tokens[span.last + 1].text in lexicon.unit_member_links)):
                name = owner.actor.name
            else:
                name = owners.get(key)
            if name:
                spans[index] = span._replace(actor=Actor(span.actor.text, name))
        if name:
            owners.setdefault(key, name)
    return spans


def _owned_by_clitic(tokens: list[Token], unit: ActorSpan, owner: ActorSpan) -> bool:
    """'كتيبة حرس الحدود بالقيادة العامة', 'اللواء 20 للقيادة العامة': the force named right after the unit, with
    ب or ل joined to it, is the one it belongs to."""
    word = tokens[owner.first].text
    return (owner.first == unit.last + 1 and word[:1] in ("ب", "ل")
            and word != name_key(owner.actor.text)[0])


def _in_one_name(normal: str, tokens: list[Token], k: int) -> bool:
    """Whether tokens k and k + 1 are separated by spaces only, on one line."""
    return joined(normal, tokens, k, k + 1) and "\n" not in normal[tokens[k].end:tokens[k + 1].start]


def _may_name_unit(normal, tokens, lexicon, k, verbs) -> bool:
    """Whether token k (not a place) may stand inside a unit's name: not a stop word, a preposition or a word after
    one (قوة لفض النزاع), a verb of movement, a number, a nationality, or the start of a known actor or a force word."""
    word = tokens[k].text
    return not (word in lexicon.unit_name_stops or word in PREPOSITIONS or word[:1] in ("ل", "ب") or word.isdigit()
                or word in lexicon.by_nisba or (verbs is not None and verbs(word))
                or longest_match(lexicon.index, normal, tokens, k) or longest_match(lexicon.generic, normal, tokens, k))


def _unit_span(text, tokens, offsets, i, last, prefix, name) -> ActorSpan:
    return ActorSpan(i, last, Actor(_span(text, tokens, offsets, i, last, prefix), name), "unit")


UNIT_OWNER_REACH = 8  # words from a numbered unit to the force it belongs to (اللواء 128 معزز التابع للقيادة العامة)


def _unit_named_before(text, tokens, offsets, spans, i, prefix, noun, lexicon) -> ActorSpan | None:
    """'قال مصدر في اللواء إن وحدات منه ستتمركز': the brigade is the last unit named with that noun
    («اللواء 128 معزز»); only after one of the lexicon's unit_links (في/من/باسم) or with ل, or before one of its
    unit_same (اللواء نفسه), where اللواء is not a general's title."""
    if not (tokens[i].text[:prefix].endswith("ل") or i > 0 and _among_peeled(tokens[i - 1].text, lexicon.unit_links)
            or i + 1 < len(tokens) and tokens[i + 1].text in lexicon.unit_same
            or tokens[i].text[prefix:] in lexicon.untitled_units):  # قوات الفيلق: the Corps named before
        return None
    said = _span(text, tokens, offsets, i, i, prefix)
    bare = noun[2:] if noun.startswith("ال") else noun
    for span in reversed(spans):  # مصدر في الجهاز: «جهاز دعم الاستقرار», named before without the article
        if span.actor.name and (noun in (key := name_key(span.actor.text)) or key[:1] == (bare,)):
            return ActorSpan(i, i, Actor(said, span.actor.name), span.kind)
    for p in range(i - 1, -1, -1):  # «اللواء 128 معزز» التابع للقيادة العامة: the unit, then whose it is
        if tokens[p].text in (noun, bare) and tokens[p + 1].text[:1].isdigit():
            owner = [s for s in spans if s.actor.name and p <= s.first <= p + UNIT_OWNER_REACH]
            if owner:
                return ActorSpan(i, i, Actor(said, owner[0].actor.name), owner[0].kind)
            return None
    return None


def _among_peeled(word: str, words: frozenset[str]) -> bool:
    """Whether the word is one of ``words``, alone (باسم) or after a conjunction or preposition (بمقر، ومن، لوكالة)."""
    return any(rest in words for rest in peeled_rests(word))


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
    return ActorSpan(i, i + n, Actor(_said_to(text, tokens, offsets, i, prefix, mention.end), name), "army")  # لجيش
    # النيجر: the actor is جيش النيجر


NATION_REACH = 3  # words after a force word where its nationality may stand (طائرات شحن عسكرية روسية)


def _forces_of_nation(text, tokens, offsets, lexicon, i, n, prefix=0) -> ActorSpan | None:
    """'قوات جزائرية', 'مجموعات مسلحة سودانية', 'عسكريين روس': forces named by a nationality adjective."""
    for k in range(i + n, min(i + n + NATION_REACH, len(tokens))):
        if tokens[k].text in lexicon.person_name_words:
            return None  # اللواء عبد السلام الزنتاني: a general's name, his surname a nisba
        armies = lexicon.by_nisba.get(tokens[k].text) or _accusative_nisba(text, tokens, offsets, lexicon, i, k)
        if armies and k + 1 < len(tokens) and tokens[k + 1].text in lexicon.made_words:
            return None  # طائرات مسيرة تركية الصنع: Turkish-made drones, whoever flies them
        if armies:
            groups = any(_among_with_clitic(tokens[j].text, lexicon.armed_group_words)  # رتلاً لمعارضين تشاديين
                         for j in range(i, k))  # رتل من المعارضة التشادية
            name = armies[1] if groups else armies[0]
            return ActorSpan(i, k, Actor(_span(text, tokens, offsets, i, k, prefix), name), "army")
    return None


def _accusative_nisba(text, tokens: list[Token], offsets, lexicon: ActorLexicon, i: int, k: int) -> tuple[str, str] | None:
    """The armies of 'سورياً' (سوريًا) written with its tanween after a word of the force (مقاتلاً سورياً، جندياً
    تركياً): a nisba whose stem ends in ي takes no accusative form in ``by_nisba``, where سوريا، روسيا are the
    countries' names; the tanween tells them apart, on the alif or on the ي before it, as the mention finder reads it."""
    word = tokens[k].text
    end = offsets[tokens[k].end - 1] + 1
    if k > i and word.endswith("يا") and tanween_at(text, end):
        return lexicon.by_nisba.get(word[:-1])
    return None


COMING_AFTER = 2  # words (its adjectives: رتل عسكري كبير) between a force word and 'coming' (قادم من)
VERB_BEFORE_FORCES = 4  # words back from indefinite forces to the verb of movement that sends them (نشر الجيش وحدات)
COUNTED_VERB_BEFORE = 10  # the same for a count of forces (مئات المقاتلين), whose sender's name may be long


def _country_after(placed, tokens, lexicon, k: int) -> bool:
    """Whether the place at token ``k`` (past a place noun: من مدينة) is a country."""
    while k < len(tokens) and tokens[k].text in lexicon.place_nouns:
        k += 1
    mention = placed.get(k)
    return mention is not None and mention.place is not None and mention.place.kind == "country"


def _forces_of_place(text, tokens, offsets, placed, lexicon, i, n, verbs=None, prefix=0) -> ActorSpan | None:
    """'armed groups in <place>' within a few words: the forces of that place; 'a battalion from <place>' too
    when the place has forces of its own in ``actors.csv`` (Misrata, Zintan). Not indefinite forces a few words after
    a verb of movement (ستنتشر وحدات في سبها، نشر الجيش وحدات في سبها: Sabha is where they go)."""
    k = i + n
    if k + 1 < len(tokens) and tokens[k].text in lexicon.unit_owner_links and tokens[k + 1].text[:1] == "ل":
        return _forces_of_town_owning(text, tokens, offsets, placed, lexicon, i, k + 1, prefix)
    coming = next((j for j in range(k, min(k + COMING_AFTER + 1, len(tokens) - 1))
                   if tokens[j].text in lexicon.coming_words and tokens[j + 1].text == ORIGIN_LINK), None)
    armed = coming is not None and tokens[i].text[prefix:] in lexicon.armed_group_words and all(
        tokens[j].text in lexicon.armed_adjectives for j in range(i + 1, coming))
    if coming is not None and (_coming_force(lexicon, tokens[i + n - 1].text) or armed) and (coming == k or all(
            j not in placed and tokens[j].text not in (PLACE_LINK, ORIGIN_LINK) and tokens[j].text not in lexicon.by_nisba
            for j in range(k, coming)) and (armed or not _country_after(placed, tokens, lexicon, coming + 2))):
        k = coming + 1  # المليشيات القادمة من مصراتة, رتل عسكري كبير قادم من مصراتة: as 'من مصراتة'; مجموعة مسلحة
        # قادمة من السودان: Sudan's armed groups (not مسلحين أجانب قادمين من النيجر: foreign gunmen who came through
        # Niger, not Niger's)
    if k >= len(tokens) or tokens[k].text not in (PLACE_LINK, ORIGIN_LINK):
        return None
    origin = tokens[k].text == ORIGIN_LINK
    if not origin and i and tokens[i - 1].text in lexicon.any_words:
        return None  # «لا تملك أي قوات في القطرون»: any forces there, not the town's own
    if not origin and i and tokens[i].text in lexicon.the_unit and tokens[i - 1].text in lexicon.to_words:
        return None  # لتنضم إلى القوة في سيوة، انضمت إلى الرتل في براك: the force told of before, which is there,
        # not the town's own
    if not origin and i and tokens[i - 1].text.isdigit():
        return None  # حشدت ... 900 مقاتل في منطقة أبوقرين: a count of fighters, where they are, not whose
    counted = i and tokens[i - 1].text in lexicon.quantities
    reach = COUNTED_VERB_BEFORE if counted else VERB_BEFORE_FORCES
    if (not origin and verbs is not None and i
            and (not tokens[i].text.startswith(("ال", "وال", "بال", "لل")) or counted)
            and any(verbs(tokens[j].text) for j in range(max(0, i - reach), i))):
        return None  # نشر الجيش وحدات في سبها، حشدت مئات المقاتلين في المالحة: the verb, its subject, then the units;
        # a count may stand further from its verb (حشد «اللواء طارق بن زياد» التابع للقيادة العامة مئات المقاتلين في غات)
    k += 1
    while k < len(tokens) and tokens[k].text in lexicon.place_nouns:
        k += 1
    mention = placed.get(k)
    if (origin and mention is not None and mention.place is not None and mention.place.kind == "country"
            and mention.place.country != lexicon.home_country and mention.place.country in lexicon.by_country):
        armies = lexicon.by_country[mention.place.country]  # تقدم مقاتلين من السودان: Sudan's armed groups
        name = armies[1] if tokens[i].text[prefix:] in lexicon.armed_group_words else armies[0]
        return ActorSpan(i, k, Actor(_said_to(text, tokens, offsets, i, prefix, mention.end), name), "army")
    if mention is None or mention.place is None or mention.place.kind not in SETTLEMENT_KINDS:
        return None
    if origin and normalise_word(mention.place.name_ar) not in lexicon.by_place:
        return None  # 'قوات من طرابلس' may be anyone's; 'كتيبة من الزنتان' is Zintan's
    name = _forces_name(lexicon, mention.place)
    return ActorSpan(i, k, Actor(_said_to(text, tokens, offsets, i, prefix, mention.end), name), "army")


def _coming_force(lexicon: ActorLexicon, word: str) -> bool:
    """Whether a word (و، ل، ب before it or not: لقوات) names forces that 'coming from' a town makes that town's."""
    return _among_with_clitic(word, lexicon.coming_forces)


def _among_with_clitic(word: str, words: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``words``, as written or after one of و، ل، ب (لقوات، لمعارضين)."""
    return word in words or word[:1] in ("و", "ل", "ب") and word[1:] in words


def _forces_of_town_owning(text, tokens, offsets, placed, lexicon, i, k, prefix) -> ActorSpan | None:
    """'كتائب تابعة لمدينة مصراتة', 'كتائب تابعة لمصراتة': forces said to belong to a town with forces of its own in
    ``actors.csv`` are those forces (token k holds ل, before a place noun or the town itself)."""
    mention = placed.get(k)
    if mention is None and normalise_word(tokens[k].text[1:]) in lexicon.place_nouns:
        mention = placed.get(k + 1)
    if mention is None or mention.place is None or mention.place.kind not in SETTLEMENT_KINDS:
        return None
    name = own_forces(lexicon, mention.place)
    if name is None:
        return None
    last = k if placed.get(k) is mention else k + 1
    return ActorSpan(i, last, Actor(_said_to(text, tokens, offsets, i, prefix, mention.end), name), "army")


def own_forces(lexicon: ActorLexicon, place) -> str | None:
    """The forces a town has of its own in ``actors.csv`` (Misrata forces), else None."""
    return lexicon.by_place.get(normalise_word(place.name_ar))


def _forces_name(lexicon: ActorLexicon, place) -> str:
    """The forces of a town: its own in ``actors.csv`` (Misrata forces), else 'Armed groups in <town>'."""
    return own_forces(lexicon, place) or f"Armed groups in {place.name}"


CITY_REACH = 40  # words back to the town that 'the city' refers to


def _forces_of_the_city(text, tokens, offsets, placed, lexicon, i, n, prefix=0) -> ActorSpan | None:
    """'مصدر عسكري في الزنتان ... كتائب المدينة / أرتال من المدينة': the city's brigades are the forces of the
    last town named (not the force already told of: سحب القوة من المدينة)."""
    k = i + n
    if k + 1 < len(tokens) and tokens[k].text == ORIGIN_LINK:
        word = tokens[k - 1].text[prefix if n == 1 else 0:]
        if word.startswith("ال") or word.endswith(lexicon.owned_endings):
            return None  # 'سحب القوة من المدينة': the force told of before, taken out of the city; not the city's own;
            # nor someone's (انسحاب وحداته من المدينة: the speaker's units)
        k += 1
    if k >= len(tokens) or tokens[k].text not in lexicon.the_city:
        return None
    for first in range(i - 1, max(-1, i - CITY_REACH), -1):
        mention = placed.get(first)
        if (mention is None or mention.place is None or mention.place.country != lexicon.home_country  # not the port a
                or first and tokens[first - 1].text in lexicon.towards_words):  # Turkish ship sailed from, nor where a
            continue  # force would go (نحو سرت)
        if mention.place.kind in ("city", "town"):
            name = _forces_name(lexicon, mention.place)
            return ActorSpan(i, k, Actor(_span(text, tokens, offsets, i, k, prefix), name), "army")
        town = tokens[first + len(mention.text.split()) - 1].text  # ميناء مصراتة: the port of a town with its own forces
        if town in lexicon.by_place:
            return ActorSpan(i, k, Actor(_span(text, tokens, offsets, i, k, prefix), lexicon.by_place[town]), "army")
    return None


def _town_construct(text, tokens, offsets, placed, lexicon, i, n, verbs=None, prefix=0) -> ActorSpan | None:
    """'سحبت مجموعات زوارة المسلحة عناصرها', 'كتائب زوارة': indefinite armed groups right before a Libyan town, the
    town's own (its forces): with 'armed' after the town, or with no verb of movement right before them (دخلت
    مجموعات سبها may be 'groups entered Sabha')."""
    k = i + n
    head = tokens[k - 1].text[prefix:] if n == 1 else tokens[k - 1].text
    if head.startswith("ال") or head not in lexicon.armed_group_words and head not in lexicon.construct_heads:
        return None
    mention = placed.get(k)
    if (mention is None or mention.place is None or mention.place.kind not in SETTLEMENT_KINDS
            or mention.place.country != lexicon.home_country):
        return None
    last = k + len(mention.text.split()) - 1
    armed = last + 1 < len(tokens) and tokens[last + 1].text in lexicon.armed_after_town
    if not armed and (verbs is None or i and verbs(tokens[i - 1].text)):
        return None
    last += armed
    return ActorSpan(i, last, Actor(_span(text, tokens, offsets, i, last, prefix), _forces_name(lexicon, mention.place)),
                     "army")


ARMY_NEAR = 12  # words back in which an army just named is the one a bare الجيش means


def _ends_a_place(placed: dict[int, Mention], k: int) -> bool:
    """Whether token k is the last word of a place (مطار غازي عنتاب, before التركي: the place's nationality)."""
    return any(first + len(mention.text.split()) - 1 == k for first, mention in placed.items() if first <= k)


def _nationality_before(normal: str, tokens: list[Token], placed: dict[int, Mention], lexicon: ActorLexicon,
                        i: int, spans: list[ActorSpan] = ()) -> tuple[int, str | None]:
    """(token, army) of the nearest nationality in the ARMY_NEAR words before token i (أكد مصدر عسكري جزائري أن
    الجيش), the accusative's alif too (مصدراً عسكرياً جزائرياً); the army is None for a nationality without one
    (ليبي). Places are skipped (سوريا is Syria, not سوري + ا), and so is a nationality inside the name of a force
    found before (صفحات مقربة من المعارضة التشادية تزعم أن الجيش: not Chad's army), and one that ends a quote (نشرته
    صفحات على أنه «بارجة تركية»، يوثق في الحقيقة رسو سفينة ... في الجيش الوطني: the claim's, not the army's), and
    one right after accounts or pages (حسابات سودانية عن حشد الجيش: theirs). (-1, None) when there is none."""
    for k in range(i - 1, max(-1, i - ARMY_NEAR - 1), -1):
        word = tokens[k].text
        armies = lexicon.by_nisba.get(word) or (lexicon.by_nisba.get(word[:-1]) if word.endswith("ا") else None)
        if not armies or k in placed or quote_after(normal, tokens, k, CLOSING_QUOTES):
            continue  # the word looked up first: most are no nationality, and need no look around
        if k and tokens[k - 1].text in lexicon.media_owners:
            continue  # حسابات سودانية عن حشد الجيش: the accounts' nationality, not the army's
        if any(span.first <= k <= span.last for span in spans):
            return -1, None
        return k, armies[0] or None
    return -1, None


def _nearer_nationality(spans: list[ActorSpan], nationality: tuple[int, str | None]) -> str | None:
    """The army of ``nationality`` (its token, its army) when no army is named after that token."""
    at, army = nationality
    if army is None:
        return None
    for span in reversed(spans):
        if span.last <= at:
            return army
        if span.kind == "army" and span.actor.name:
            return None
    return army


SENTENCE_REACH = 60  # words back to look for the start of a sentence


def _opened_abroad(text, normal, tokens, placed, lexicon, i) -> tuple[int, str] | None:
    """(token, army) where token i's sentence opens with a town abroad set off by a comma, as a paragraph's own
    dateline (ومن الجزائر العاصمة، أبدت وزارة الدفاع الوطني استعدادها لإرسال وحدات من الجيش): that country's army."""
    first = _sentence_start(normal, tokens, i)
    mention = placed.get(first + 1) if tokens[first].text in lexicon.opening_prepositions else None
    if (mention is None or mention.place is None or mention.place.country == lexicon.home_country
            or mention.place.kind == "country" or not text[mention.end:].lstrip().startswith(("،", ","))):
        return None
    army = lexicon.by_country.get(mention.place.country, ("", ""))[0]
    return (first + 1, army) if army else None


def _sentence_start(normal: str, tokens: list[Token], i: int) -> int:
    """The first token of the sentence token i is in (at most SENTENCE_REACH words back): after the characters
    that may end a sentence (text.SENTENCE_END_CHAR)."""
    for k in range(i - 1, max(-1, i - SENTENCE_REACH - 1), -1):
        if SENTENCE_END_CHAR.search(normal, tokens[k].end, tokens[k + 1].start):
            return k + 1
    return max(0, i - SENTENCE_REACH)


BARE_MILITIA, REBELS = "generic_rebels", "rebels"  # actors.csv's kind for a bare 'the militia', and for armed groups


def _most_named_army(spans: list[ActorSpan], armies: frozenset[str], since: int,
                     nationality: tuple[int, str | None] = (-1, None)) -> str | None:
    """A bare الجيش is the army (one of ``armies``, not armed groups: مقاتلين سودانيين) named just before it, in
    its sentence or the ARMY_NEAR words before it from token ``since`` on (أعلنت وزارة الدفاع الجزائرية تعزيز انتشار
    وحدات الجيش; كذّب الناطق باسم الجيش النيجري ...، مؤكداً أن الجيش «لن ينسحب»), or the army of a nationality nearer
    still (``nationality``: قال مصدر عسكري جزائري إن الجيش), else the army the article has named most so far (the
    latest on a tie)."""
    at, army = nationality
    for span in reversed(spans):
        if span.last < max(at, since):
            break
        if span.kind == "army" and span.actor.name in armies:
            return span.actor.name
    if army:
        return army
    counts: dict[str, int] = {}
    for span in spans:
        if span.kind == "army" and span.actor.name in armies:
            counts[span.actor.name] = counts.get(span.actor.name, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    return [name for span in reversed(spans) if (name := span.actor.name) in counts and counts[name] == best][0]
