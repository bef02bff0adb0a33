"""Recognition: which spans of an article name places (before deciding which place).

Candidates come from the gazetteer's token index, longest name first, with
clitics peeled off the first word. Spans that are media, operation or force
names (``data/non_places.csv``), quoted names, people's names and weak names
used as ordinary words are dropped. A place-type noun (مدينة، مطار ...) followed
by a name the gazetteer lacks yields an unresolved candidate.
"""
from __future__ import annotations

import csv
import json
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

from components.gazetteer import DATA, Gazetteer, border_countries, nisba_countries, read_word_list
from components.phrases import PhraseIndex, joined, longest_match, peel, quote_after, quote_before
from components.prefilter import WordTest, flagged
from components.text import Normalised, Token, char_positions, finditer_at, name_key, normalise_word

POINT_KINDS = frozenset({"city", "town", "village", "airport", "base", "oilfield", "crossing"})
FACILITY_KINDS = frozenset({"airport", "base", "oilfield", "crossing", "port"})


class Candidate(NamedTuple):
    """A span that may name a place: normalised token range, original offsets, gazetteer ids.

    Immutable like the records, but a named tuple: an article has dozens, and a tuple is built faster.
    """

    first: int
    last: int
    start: int
    end: int
    key: tuple[str, ...]
    place_ids: tuple[str, ...]
    clitic: str
    reason: str = ""


@dataclass(frozen=True)
class Lexicon:
    """Linguistic knowledge that recognition reads from data files."""

    blocked: PhraseIndex
    unmapped: dict[tuple[str, ...], str]  # names of areas too large to map → why
    media_nouns: frozenset[str]
    organisation_adjectives: frozenset[str]
    direction_words: frozenset[str]
    place_type_nouns: frozenset[str]
    person_names: frozenset[str]
    person_titles: frozenset[str]
    title_units: frozenset[str]
    unit_titles: frozenset[str]
    common_words: frozenset[str]
    weak_names: frozenset[tuple[str, ...]]
    weak_name_cues: frozenset[str]
    distance_units: frozenset[str]  # كم، كيلومتراً: before 'from' (distance_links), a weak name after is a place
    distance_links: frozenset[str]  # عن
    located_by_bi: frozenset[tuple[str, ...]]  # weak names whose ب reads 'in' (بالبيضاء = in Al Bayda)
    quote_chars: str
    body_nouns: frozenset[str] = frozenset()
    vessel_nouns: frozenset[str] = frozenset()
    name_nouns: frozenset[str] = frozenset()  # اسم، شعار: a quote right after one is a name (تحمل اسم «عبور برقة»)
    media_tails: frozenset[str] = frozenset()
    media_words: frozenset[str] = frozenset()
    construct_bodies: frozenset[str] = frozenset()
    demonstratives: frozenset[str] = frozenset()
    grade_nouns: frozenset[str] = frozenset()  # خام، مزيج، بورصة: a crude's grade or a stock exchange after them
    typed_only: frozenset[tuple[str, ...]] = frozenset()  # weak names a preposition does not cue (على الشاطئ)
    country_cued: frozenset[tuple[str, ...]] = frozenset()  # of those, the ones it cues where their country is named
    word_names: frozenset[tuple[str, ...]] = frozenset()  # built from word frequencies (data/word_names.csv)
    clitic_words: frozenset[str] = frozenset()  # لغات 'languages' or ل + Ghat (built: data/clitic_words.csv)
    count_words: frozenset[str] = frozenset()  # ثلاث، عدة ...: before a clitic word, it is the counted noun
    noun_adjectives: frozenset[str] = frozenset()  # الأخرى، الأخير ...: no place name takes them
    self_words: frozenset[str] = frozenset()  # نفسها، ذاتها: 'itself', which a place name takes (الفاشر نفسها)
    plural_type_nouns: frozenset[str] = frozenset()  # حقول، موانئ: no unknown name after them
    media_links: frozenset[str] = frozenset()  # أنباء: وكالة أنباء الصين names the agency
    outlet_cues: frozenset[str] = frozenset()  # لـ، تابعته، بحسب ...: a quoted name after one is an outlet
    quoting_cues: frozenset[str] = frozenset()  # نقلت: a quoted name after one and before عن is an outlet
    time_nouns: frozenset[str] = frozenset()
    area_adjectives: frozenset[str] = frozenset()  # منطقة قريبة، مدينة صغيرة: not a name after a type noun
    numeral_names: frozenset[str] = frozenset()  # الدول الخمس: a numeral after a definite noun, not Al Khums
    command_nouns: frozenset[str] = frozenset()  # منطقة X العسكرية: a military command named after X

    @cached_property
    def type_noun(self) -> WordTest:
        """Whether a word is a place-type noun (مدينة), a conjunction or the article aside."""
        return WordTest(lambda word: _among(word, self.place_type_nouns))

    @cached_property
    def chain_word(self) -> WordTest:
        """What a word is to ``_named_body``'s construct chain, memoised: a place-type noun, a body noun, a word
        that stops the chain, a word with the article, or another noun."""
        def role(word: str) -> str:
            if _among(word, self.place_type_nouns):
                return "type"
            if _among(word, self.construct_bodies):
                return "body"
            if _among(word, CHAIN_STOPS):
                return "stop"
            return "defined" if word.startswith(("ال", "وال", "لل")) else "noun"
        return WordTest(role)


@lru_cache(maxsize=2)
def cue_words(data_dir: Path = DATA) -> dict:
    """The cue words of ``data/mention_cues.json``, normalised like the tokens: a list becomes a set, a mapping
    (plural → singular) stays one, a string (the quote characters) is kept as written. Read by this module and
    the geocoder."""
    cues = json.loads((data_dir / "mention_cues.json").read_text(encoding="utf-8"))
    return {key: value if isinstance(value, str)
            else {normalise_word(k): normalise_word(v) for k, v in value.items()} if isinstance(value, dict)
            else frozenset(normalise_word(w) for w in value)
            for key, value in cues.items() if not key.startswith("_")}


_CUES = cue_words()  # the word lists this module's rules test directly (headline words, prepositions ...)


@lru_cache(maxsize=2)
def load_lexicon(data_dir: Path = DATA) -> Lexicon:
    cues = cue_words(data_dir)
    with (data_dir / "non_places.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    blocked = {name_key(row["phrase"]): row["type"] for row in rows}
    unmapped = {name_key(row["phrase"]): f"not mapped: {row['note']}" for row in rows if row["type"] == "unmapped"}
    with (data_dir / "weak_names.csv").open(encoding="utf-8", newline="") as handle:
        weak_rows = list(csv.DictReader(handle))
    with (data_dir / "word_names.csv").open(encoding="utf-8", newline="") as handle:
        word_rows = list(csv.DictReader(handle))  # built: foreign names that are mostly ordinary words
    weak = frozenset(name_key(row["name"]) for row in weak_rows + word_rows)
    word_names = frozenset(name_key(row["name"]) for row in word_rows)
    with (data_dir / "clitic_words.csv").open(encoding="utf-8", newline="") as handle:
        clitic_words = frozenset(normalise_word(row["word"]) for row in csv.DictReader(handle))
    located = frozenset(name_key(row["name"]) for row in weak_rows if row["after_bi"] == "yes")
    typed_only = frozenset(name_key(row["name"]) for row in weak_rows if row["needs"] in ("type", "country"))
    country_cued = frozenset(name_key(row["name"]) for row in weak_rows if row["needs"] == "country")

    def words(key: str) -> frozenset[str]:
        return cues[key]

    return Lexicon(
        blocked=PhraseIndex(blocked),
        unmapped=unmapped,
        media_nouns=words("media_nouns") | words("company_nouns"),  # both name a body after a place
        grade_nouns=words("grade_nouns"),
        organisation_adjectives=words("organisation_adjectives"),
        direction_words=words("direction_words"),
        place_type_nouns=words("place_type_nouns"),
        person_names=read_word_list(data_dir / "person_names.txt"),
        person_titles=words("person_titles"),
        title_units=words("title_units"),
        unit_titles=words("unit_titles"),
        common_words=read_word_list(data_dir / "common_words.txt"),
        weak_names=weak,
        word_names=word_names,
        clitic_words=clitic_words,
        count_words=words("count_words"),
        noun_adjectives=words("noun_adjectives"),
        self_words=words("self_words"),
        outlet_cues=words("outlet_cues"),
        quoting_cues=words("quoting_cues"),
        media_links=words("media_links"),
        plural_type_nouns=words("plural_type_nouns"),
        time_nouns=words("time_nouns"),
        area_adjectives=words("area_adjectives"),
        numeral_names=words("numeral_names"),
        command_nouns=words("command_nouns"),
        located_by_bi=located,
        typed_only=typed_only,
        country_cued=country_cued,
        weak_name_cues=words("weak_name_cues"),
        distance_units=words("distance_units"),
        distance_links=words("distance_links"),
        quote_chars=cues["quote_chars"],
        body_nouns=words("body_nouns"),
        vessel_nouns=words("vessel_nouns"),
        name_nouns=words("name_nouns"),
        media_tails=words("media_tails") | words("media_words"),
        media_words=words("media_words"),
        construct_bodies=words("construct_bodies"),
        demonstratives=words("demonstratives"),
    )


DEFINITE = ("ال", "وال", "فال")  # a word with the article, a conjunction before it or not


@lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    """A cue word with a leading conjunction and the article removed, for cue lookups."""
    for _, rest in peel(word):
        if rest != word:
            word = rest
            break
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _among(word: str, words: frozenset[str]) -> bool:
    """Whether a word, as written or without its leading conjunction and article, is one of ``words``."""
    return word in words or _bare(word) in words


def find_candidates(norm: Normalised, gazetteer: Gazetteer, lexicon: Lexicon, text: str = "") -> list[Candidate]:
    """Every span that names a gazetteer place, or that a place-type noun marks as a place.

    Only the tokens the prefilters return (a name, a blocked phrase or a place-type noun may start
    there) are looked at; a match resumes the scan after its last token.
    """
    normal = norm.text
    tokens = norm.tokens
    words = norm.words
    found: list[Candidate] = []
    resume = 0
    body_end = -2  # last token of a body's name (مديرية أمن زوارة) seen so far
    outlets = _outlet_spans(normal, lexicon.outlet_cues, lexicon.quoting_cues)
    for i, mask in flagged(words, gazetteer.index.may_start, lexicon.blocked.may_start, lexicon.type_noun):
        if i < resume:
            continue
        place = longest_match(gazetteer.index, normal, tokens, i) if mask & 1 else None  # a name may start here
        block = longest_match(lexicon.blocked, normal, tokens, i) if mask & 2 else None  # a blocked phrase may
        if block and (not place or block[0] >= place[0]):
            n, prefix, key = block
            reason = lexicon.unmapped.get(key)
            if reason:  # a continent or macro-region: a place, kept in the queue, but not put on the map
                start, end = norm.original_span(tokens[i].start + prefix, tokens[i + n - 1].end)
                found.append(Candidate(i, i + n - 1, start, end, key, (), tokens[i].text[:prefix], reason))
            resume = i + n
            continue
        if place and _part_of_a_city_named_after(place, gazetteer, normal, tokens, i, lexicon):
            resume = i + place[0] - 1  # جنوب غرب الجزائر العاصمة: south-west of Algiers, not Algeria's south-west
            continue
        if place:
            n, prefix, key = place
            start, end = norm.original_span(tokens[i].start + prefix, tokens[i + n - 1].end)
            clitic = tokens[i].text[:prefix]
            candidate = Candidate(i, i + n - 1, start, end, key, gazetteer.index[key], clitic)
            if (_named_body(candidate, norm, lexicon)
                    or i == body_end + 1 and clitic in ("", "و")
                    and key[0] not in lexicon.place_type_nouns  # شارع طرابلس وحي المنشية: a place as such
                    and not normal[tokens[body_end].end:tokens[i].start].strip(" \t")):  # not past «المجلس العسكري» nor a line
                body_end = i + n - 1  # غرفة عمليات سرت والجفرة: both names belong to the body's name
            elif outlets and _inside_outlet(candidate, tokens, outlets):
                pass  # طرابلس – عين ليبيا ... لـ«عين ليبيا»: the outlet the article names, not Libya
            elif text and (tanween_at(text, end) or text[end:end + 1] == SHADDA):
                pass  # مدعومة تركياً 'Turkish-backed', الجيش مصرّ على 'insists': an adverb, an adjective
            elif text and text[start:end] in COMPARATIVES and i + n < len(tokens) and tokens[i + n].text[:1] == "ب":
                pass  # أهل درج وغدامس أدرى بحاجتهم 'know better their needs', not Idri
            elif _keep(candidate, norm, tokens, lexicon, found, gazetteer):
                candidate = _apposed_country(candidate, norm, tokens, lexicon, found, gazetteer) or candidate
                found.append(candidate)
                found.extend(_countries_inside_border_phrase(candidate, norm, tokens, gazetteer))
            resume = i + n
            continue
        unknown = _unknown_after_type_noun(norm, tokens, i, lexicon, text) if mask & 4 else None  # a type noun here
        if unknown and not longest_match(gazetteer.index, normal, tokens, i + 1):
            found.append(unknown)
            resume = i + 2
    return found


def _part_of_a_city_named_after(place: tuple[int, int, tuple[str, ...]], gazetteer: Gazetteer, normal: str,
                                 tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether a part of a country (جنوب غرب الجزائر) ends in the first word of a longer name (الجزائر العاصمة,
    تونس العاصمة): the direction then locates a place from that city, not a part of the country."""
    n, _, key = place
    if n < 2 or key[0] not in lexicon.direction_words:
        return False
    if not all(gazetteer.places[k].kind == "region" for k in gazetteer.index[key]):
        return False
    longer = longest_match(gazetteer.index, normal, tokens, i + n - 1)
    return longer is not None and longer[0] > 1


OUTLET_WORDS = 5  # an outlet's name is short («سكاي نيوز عربية»)
DATELINE_LINES = 6  # the dateline stands among the article's first lines (after the headline)
DATELINE_WORDS = (3, 4)  # and is short: a place (at most 3 words), a dash and the outlet (at most 4)
_DATELINE_OUTLET = re.compile(r"^([^\n–—-]+?)[ \t][–—-][ \t]*[«“]?([^\n«»“”–—،,:-]+?)[»”]?[ \t]*:?[ \t]*(?:[،,][^\n]*)?$")
# the outlet may be followed by the date (القاهرة - مدى مصر، 2 مايو 2026) or a colon (سبها - «فسانيا»:)
DATELINE_MOST = sum(DATELINE_WORDS) + 3  # its words, the dash and two quotes standing apart
DATELINE_NOT = _CUES["headline_words"]  # a headline's words, not a dateline's
QUOTED_OUTLET_WORDS = frozenset({"في"})  # but an outlet quoted (ونقلت «العرب في بريطانيا» عن) may be 'X in Y'


DATELINE_CHARS = 80  # a dateline at the head of a paragraph ends this soon
_BRACKETED_OUTLET = re.compile(r"\(([^()\n]{2,40})\)[ \t]*[–—-]")  # a dateline's (outlet) before its dash
_QUOTED_NAME = re.compile("[«“]([^\n«»“”]{2,40})[»”]")
QUOTED_NAME_OPENS = "«“"  # what a match of _QUOTED_NAME begins with


def _told_outlets(normal: str, cues: frozenset[str], quoting: frozenset[str] = frozenset()):
    """Quoted names right after an outlet cue word (data/mention_cues.json: outlet_cues, one word each), blanks
    allowed between, or after a verb of quoting (quoting_cues) with عن right after them (ونقلت «العرب في بريطانيا»
    عن مصدر), each with whether it was quoted: the quotes are found first (few), then the word before each is looked up."""
    for match in finditer_at(_QUOTED_NAME, normal, QUOTED_NAME_OPENS):
        end = match.start()
        while end and normal[end - 1] in " \t":
            end -= 1
        begin = end
        while begin and not normal[begin - 1].isspace():
            begin -= 1
        word = normal[begin:end]
        if word in cues:
            yield match.group(1), False  # the whole word before the quote (لـ«عين ليبيا»: ل)
        elif word in quoting and normal[match.end():match.end() + 4] == QUOTED_FROM:
            yield match.group(1), True


QUOTED_FROM = " عن "  # after the outlet a verb of quoting names: whom it quotes


def _outlet_spans(normal: str, cues: frozenset[str], quoting: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Where the outlets the article names itself stand (normalised offsets): the words after the dash of a
    dateline line (طرابلس – عين ليبيا, بورتسودان – سودان تربيون) and a quoted name one tells something to
    (قال مصدر لـ«عين ليبيا»), at every place the article repeats them."""
    names = set()
    for line in normal.split("\n", DATELINE_LINES + 1)[:DATELINE_LINES]:
        bracketed = _BRACKETED_OUTLET.search(line, 0, DATELINE_CHARS)
        if bracketed:  # نيامي، 3 مارس 2026 (أكتو نيجر) – علمت أكتو نيجر: the dateline opens the first paragraph
            names.add(bracketed.group(1).strip())
        if len(line.split(None, DATELINE_MOST)) > DATELINE_MOST:
            continue  # more words than a dateline can hold: no need to try the pattern along the whole line
        match = _DATELINE_OUTLET.match(line)
        if match and all(len(part.split()) <= most and not DATELINE_NOT.intersection(part.split())
                         for part, most in zip(match.groups(), DATELINE_WORDS)):
            names.add(match.group(2).strip())
    told = {name.strip(): quoted for name, quoted in _told_outlets(normal, cues, quoting)}
    spans = []
    for name in names | told.keys():
        if not 0 < len(name.split()) <= OUTLET_WORDS or (DATELINE_NOT - QUOTED_OUTLET_WORDS if told.get(name)
                                                          else DATELINE_NOT).intersection(name.split()):
            continue  # a quoted statement is no outlet (لـ«الانتشار في سرت»)
        start = normal.find(name)
        while start >= 0:
            spans.append((start, start + len(name)))
            start = normal.find(name, start + 1)
    return spans


def _inside_outlet(candidate: Candidate, tokens: list[Token], spans: list[tuple[int, int]]) -> bool:
    """Inside an outlet's name: a part of a longer name (عين in «عين ليبيا»), or a word's clitic-peeled rest
    («فسانيا» is the outlet, not ف + Sanya); an outlet named after a place as a whole («الوسط») is kept."""
    start, end = tokens[candidate.first].start, tokens[candidate.last].end
    return any(a <= start and end <= b and ((a, b) != (start, end) or candidate.clitic) for a, b in spans)


def _country(candidate: Candidate, gazetteer: Gazetteer) -> bool:
    """A name one of whose readings is a country: no person bears it."""
    return any(gazetteer.places[i].kind == "country" for i in candidate.place_ids)


def _surname_after(norm: Normalised, tokens: list[Token], last: int) -> bool:
    """Whether a word with the article, joined to the name ending at ``last``, may be a surname (عبد الكافي الشريف),
    not a preposition, a relative or 'except' (من عبد الكافي إلى، إلا بعد)."""
    k = last + 1
    return (k < len(tokens) and tokens[k].text.startswith("ال") and tokens[k].text not in NOT_SURNAMES
            and joined(norm.text, tokens, last, k))


def _curated(candidate: Candidate, gazetteer: Gazetteer) -> bool:
    """A place of the curated file (data/curated_places.csv: a quarter of Sabha, a base), not a village GeoNames names
    after a person (قرية عمر المختار)."""
    return any(gazetteer.places[i].id.startswith("cur:") for i in candidate.place_ids)


LINE_BLANKS = " \u00a0"  # the blanks within a line: a headline's last word does not name the dateline after it
AREA_KINDS = frozenset({"country", "region"})  # خام ليبيا، خام حوض سرت: where a crude comes from, a place


def _a_grade(candidate: Candidate, norm: Normalised, tokens: list[Token], lexicon: Lexicon, gazetteer: Gazetteer,
             previous: str) -> bool:
    """Whether the name is a crude's grade or a stock exchange (خام السدرة، مزيج السدرة، بورصة مدريد), right after a
    word of ``lexicon.grade_nouns`` or joined by و to the name after one (خامي الشرارة والسدرة); not a country or a
    region (خام ليبيا، خام حوض سرت: where a crude comes from)."""
    first, grades = candidate.first, lexicon.grade_nouns
    if len(candidate.key) > 1 or not first:
        return False  # خام حقل الفيل: the field named as such
    if previous in grades or tokens[first - 1].text in grades:
        grade = joined(norm.text, tokens, first - 1, first, LINE_BLANKS)
    elif candidate.clitic == "و" and first > 1:
        word = tokens[first - 2].text
        grade = (word in grades or _bare(word) in grades) and joined(norm.text, tokens, first - 2, first, LINE_BLANKS)
    else:
        return False
    return grade and not any(gazetteer.places[i].kind in AREA_KINDS for i in candidate.place_ids)


def _libyan(candidate: Candidate, gazetteer: Gazetteer) -> bool:
    """A Libyan place or a country: the readings a short clitic-peeled word may keep."""
    return any(gazetteer.places[i].country == "LY" or gazetteer.places[i].kind == "country" for i in candidate.place_ids)


def _keep(candidate: Candidate, norm: Normalised, tokens: list[Token], lexicon: Lexicon, found: list[Candidate],
          gazetteer: Gazetteer) -> bool:
    first, last, _, _, key, _, clitic, _ = candidate  # read once: a named tuple's fields are slow to read by name
    raw_previous = tokens[first - 1].text if first > 0 else ""
    previous = _bare(raw_previous)
    media = previous in lexicon.media_nouns or raw_previous in lexicon.media_nouns  # وكالة read as و + كالة
    if not media and raw_previous in lexicon.media_links and first > 1:
        media = _among(tokens[first - 2].text, lexicon.media_nouns)  # وكالة أنباء الصين الجديدة
    if media and previous in SITE_NOUNS and (_facility(candidate, gazetteer) or clitic.endswith("ب")):
        media = False  # حول موقع تيقنتورين الغازي: the site of a plant or a base, not a website; الاتفاق الموقع
        # بجنيف: 'signed in Geneva' (a website's name takes no ب)
    if media and key[0] not in lexicon.place_type_nouns:
        return False  # وكالة تونس, but not بوابة مطار معيتيقة (the airport's gate)
    if _a_grade(candidate, norm, tokens, lexicon, gazetteer, previous):
        return False  # خام السدرة، خامي الشرارة والسدرة، بورصة مدريد: a crude's grade, a stock exchange
    if clitic in ("", "ل", "لل") and raw_previous in lexicon.organisation_adjectives:
        return False  # المجلس العسكري الزنتان / للزنتان: a body named after a place
    if (not clitic and len(key) == 1 and key[0] in lexicon.numeral_names
            and raw_previous.startswith("ال") and raw_previous not in lexicon.place_type_nouns
            and raw_previous not in PREPOSITIONS and raw_previous not in lexicon.weak_name_cues):  # الى is إلى
        return False  # الدول الخمس، السنوات الخمس: 'the five'
    if (len(key) == 1 and key[0].startswith("ال") and last + 1 < len(tokens)
            and tokens[last + 1].text in lexicon.noun_adjectives
            and (tokens[last + 1].text not in lexicon.self_words
                 or (key in lexicon.weak_names or key[0][2:] in lexicon.common_words)
                 and previous != IN and not clitic.endswith("ب"))):
        return False  # من الزاوية الأخرى 'from the other angle', not Zawiya; من الزاوية نفسها 'from the same angle' (an
        # ordinary word; but وفي المرج نفسها: in Al Marj itself), but على الفاشر نفسها: El Fasher itself
    if (not clitic and len(key) == 1 and key[0].startswith("ال")
            and previous in lexicon.place_type_nouns and raw_previous.removesuffix(previous).endswith("ال")
            and _same_phrase(norm.text, tokens, first - 1)):
        return False  # في المطار الجديد، المدينة البيضاء: after a definite place noun, its adjective (not Al Jadid)
    if ((not clitic and (raw_previous in lexicon.command_nouns or previous in lexicon.command_nouns)
         or len(key) > 1 and key[0] in lexicon.command_nouns)
            and last + 1 < len(tokens)
            and tokens[last + 1].text in lexicon.organisation_adjectives):
        return False  # آمر منطقة طبرق العسكرية، تابع لمنطقة طرابلس العسكرية (and منطقة الجفرة العسكرية, a district's
        # name as the gazetteer writes it): a military command named after a place
    if (first > 0 and not clitic and tokens[first - 1].text in lexicon.person_names
            and _same_phrase(norm.text, tokens, first - 1)):
        return False  # وليد طرابلس: a person; not 'بني وليد' closing a headline and طرابلس opening the dateline
    if not clitic and (raw_previous in lexicon.person_titles and not _country(candidate, gazetteer)
                       and not (raw_previous in lexicon.unit_titles and first > 1
                                and tokens[first - 2].text in lexicon.title_units)
                       or raw_previous in lexicon.demonstratives and not _including(tokens, first)):
        return False  # الحاج مرزوق الطاهر: a person (زار الرئيس الجزائر: the country; وحدات اللواء ترهونة: the
        # brigade's units, the title a unit); هذه الزاوية: 'this angle'
    if not clitic and _titled_person(candidate, tokens, lexicon):
        return False  # الرئيس الأمريكي الأسبق براك أوباما: a person

    listed = bool(found) and found[-1].last == first - 1 and clitic == "و"  # الفاشر وكتم
    if last > first and key[0] in lexicon.person_names and not (_curated(candidate, gazetteer) and (
            listed or not clitic and previous in PLACE_PREPOSITIONS and not _surname_after(norm, tokens, last))):
        return False  # عمر المختار: a person, even if a village bears the name (not حيي الطيوري وعبد الكافي, لن
        # تنسحب من عبد الكافي: a curated quarter of Sabha, in a list of places or after a preposition of place; but
        # رسالة من عبد الكافي الشريف: a person's full name)
    if (clitic and len(key) == 1 and len(key[0]) <= 3 and not _libyan(candidate, gazetteer)
            and not listed and not (clitic == "ب" and raw_previous in VIA_WORDS)):
        return False  # وفدا is 'a delegation', not و + Fada in Chad (but مروراً بوور: via Wour; not في بنوك, Nuuk)
    if (clitic and tokens[first].text in lexicon.clitic_words
            and (previous in lexicon.count_words or raw_previous in lexicon.count_words)):
        return False  # بثلاث لغات 'in three languages': the counted word, not ل + Ghat (توجهت لغات is Ghat)
    if _quoted(candidate, norm, tokens, lexicon, gazetteer) or _in_title(candidate, norm, tokens, lexicon):
        return False
    if last + 1 < len(tokens) and tokens[last + 1].text in lexicon.media_words and _same_phrase(norm.text, tokens, last):
        return False  # ليبيا أوبزرفر, ليبيا هيرالد, «صيدا تي في»: an outlet named after the place (not أنقرة - تي آر تي:
        # a dateline and its outlet)
    if key in lexicon.weak_names:
        if _per_cent(candidate, tokens, previous):
            return False  # 60 في المائة، 20 بالمائة: 'per cent', not Al Mayah
        if (first == last and tokens[first].text[len(clitic):] in lexicon.grade_nouns and last + 1 < len(tokens)
                and joined(norm.text, tokens, last, last + 1) and (tokens[last + 1].text,) in gazetteer.index):
            return False  # في بورصة مدريد: the stock exchange of a place named after it, not Bursa
        next_to_place = (bool(found) and _next_in_a_list(found[-1].last, first, tokens)  # غدامس ودرج: in a list
                         and not _dateline_outlet(norm, tokens, first, last))  # not نيويورك - قنا: an agency
        cued = previous in lexicon.weak_name_cues or raw_previous in lexicon.weak_name_cues  # باتجاه is not ب + اتجاه
        if cued and not joined(norm.text, tokens, first - 1, first):
            cued = False  # قال السكان: «جاو من سبها»: the word before is not the name's cue past a stop or a quote
        if (cued and not clitic and raw_previous.startswith(DEFINITE) and key[0].startswith("ال")
                and raw_previous not in lexicon.weak_name_cues):
            cued = False  # الطريق الجديد: a definite noun and the definite word after it are a noun and its adjective
        cued = cued or clitic.endswith("ب") and key in lexicon.located_by_bi
        cued = cued or (not clitic and first > 1 and raw_previous in lexicon.distance_links
                        and tokens[first - 2].text in lexicon.distance_units)  # نحو 150 كم عن الخمس
        cued = cued or not clitic and _heads_a_line(candidate, norm, tokens)
        cued = cued or _facility(candidate, gazetteer) and (_between_quotes(candidate, norm, tokens, lexicon)
                                                            or _named_in_full_before(candidate, norm, tokens, found)
                                                            or _topic_with_something_in_it(candidate, norm, tokens))
        typed = previous in lexicon.place_type_nouns or raw_previous in lexicon.place_type_nouns  # بلدة is not ب + لدة
        typed = typed and not (not clitic and raw_previous.startswith("ال") and not key[0].startswith("ال")
                               and joined(norm.text, tokens, first - 1, first))  # في المنطقة بحري
        # بالكامل: 'the area is naval'; a definite noun does not head an indefinite name (منطقة بحري does)
        if not typed and _heads_construct(candidate, norm, tokens, lexicon, gazetteer):
            return False
        if key in lexicon.typed_only:
            cued = cued and key in lexicon.country_cued and _its_country_named(candidate, norm, gazetteer)
            # إلى سيول في زيارة لكوريا الجنوبية; never على الشاطئ
        located = _located_by_direction(candidate, tokens, lexicon, gazetteer)  # الجميل غربي طرابلس
        if typed or next_to_place or located or _listed_before_place(candidate, tokens, lexicon, gazetteer):
            return True
        if cued and key in lexicon.word_names and key[0].startswith("ال") and (
                previous in PREPOSITIONS or raw_previous in PREPOSITIONS
                or previous in lexicon.weak_name_cues or raw_previous in lexicon.weak_name_cues):
            return _country_named(candidate, norm, gazetteer, found)  # القريبة من الوادي، مشارف الوادي: 'the valley'
        if (not cued and key in lexicon.word_names and key[0].startswith("ال")
                and any(i in gazetteer.capitals for i in candidate.place_ids)):
            return True  # وأعلنت الرباط، زار الرياض: a national capital, named for its government as often
        return cued
    return True


IN_IT = ("فيها", "فيه", "بها", "به")  # 'in it' right after a place told of as a clause's topic


def _topic_with_something_in_it(candidate: Candidate, norm: Normalised, tokens: list[Token]) -> bool:
    """'والشرارة فيها قواتنا': a name that opens its clause (after و, a mark or a quote) with 'in it' right after it is
    a place with something in it; not الخادم فيه خلل after لأن, nor بنينا عليه 'we built on it'."""
    first, last = candidate.first, candidate.last
    return (last + 1 < len(tokens) and tokens[last + 1].text in IN_IT
            and (candidate.clitic.startswith("و") or first == 0 or not _same_phrase(norm.text, tokens, first - 1)))


def _dateline_outlet(norm: Normalised, tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens first..last stand after a dash and before a colon or the line's end: the outlet of a dateline
    (نيويورك - قنا:), not a place listed after another."""
    text = norm.text
    before = text[tokens[first - 1].end:tokens[first].start]
    if last + 1 == len(tokens):
        return any(dash in before for dash in DATELINE_DASHES)
    after = text[tokens[last].end:tokens[last + 1].start].strip(" \t")
    return any(dash in before for dash in DATELINE_DASHES) and after[:1] in (":", "\n")


DATELINE_DASHES = "-–—"
BRACKETED_DATELINE = re.compile(r"[ \t]*\([^()\n]{1,30}\)[ \t]*[-–—:]")


def _heads_a_line(candidate: Candidate, norm: Normalised, tokens: list[Token]) -> bool:
    """'البيضاء: الجامعة تؤجل امتحاناتها': a name that opens a line and a colon closes, as headlines put the place
    they are about before what happened there; so does a dateline's place before its dash or the outlet's quoted
    name (البيضاء ـ «القدس العربي»:)."""
    normal = norm.text
    before = normal[tokens[candidate.first - 1].end:tokens[candidate.first].start] if candidate.first else "\n"
    after = normal[tokens[candidate.last].end:tokens[candidate.last + 1].start if candidate.last + 1 < len(tokens)
                   else len(normal)]
    if "\n" not in before:
        return False
    after = after.strip()
    if after.startswith((":", *DATELINE_DASHES)):
        return True  # 'البيضاء: ...', 'البيضاء - «القدس العربي»'
    if after.startswith("(") and BRACKETED_DATELINE.match(normal, tokens[candidate.last].end):
        return True  # 'البيضاء (ليبيا) - «الأنباء»': the country or the agency in brackets before the dash
    # 'البيضاء ـ «القدس العربي»:': a stretching ـ for its dash, gone once normalised; the outlet's quoted name ends the line
    line_end = normal.find("\n", tokens[candidate.last].end)
    line = normal[tokens[candidate.last].end:len(normal) if line_end < 0 else line_end].strip()
    return line.startswith(tuple(QUOTED_NAME_OPENS)) and line.endswith(":") and len(line) <= DATELINE_CHARS


def _per_cent(candidate: Candidate, tokens: list[Token], previous: str) -> bool:
    """A definite word after a number up to 100 and في (60 في المائة) or with ب (20 بالمائة) is what the number
    counts (not a year: مواجهات مايو 2025 بأبو سليم)."""
    before = candidate.first - 1 if candidate.clitic.endswith("ب") else candidate.first - 2 if previous == "في" else -1
    number = tokens[before].text if before >= 0 else ""
    return number.isdigit() and int(number) <= 100 and candidate.key[0].startswith("ال")


def _country_named(candidate: Candidate, norm: Normalised, gazetteer: Gazetteer, found: list[Candidate]) -> bool:
    """Whether a name that is mostly an ordinary word may be its place: a national capital (الرياض), or a place
    in a country the article names (by its name or a nationality adjective: الجزائر، السورية) or in which a
    place named before it lies (Zouar after Faya)."""
    places = [gazetteer.places[i] for i in candidate.place_ids]
    if any(p.id in gazetteer.capitals for p in places):
        return True
    countries = {p.country for p in places}
    if any(gazetteer.places[i].country in countries for c in found for i in c.place_ids[:1]):
        return True
    named, nisbas = gazetteer.country_words, nisba_countries()
    return any(named.get(rest) in countries or nisbas.get(rest) in countries
               for word in set(norm.words) for _, rest in peel(word))


def _its_country_named(candidate: Candidate, norm: Normalised, gazetteer: Gazetteer) -> bool:
    """Whether the article names, in full, the country of a place abroad that the name may be (كوريا الجنوبية for
    سيول): a preposition then cues a typed-only weak name abroad, as it cues no Libyan one (على الشاطئ)."""
    for i in candidate.place_ids:
        country = gazetteer.places.get(f"country:{gazetteer.places[i].country}")
        if country is not None and country.country != "LY" and " ".join(name_key(country.name_ar)) in norm.text:
            return True
    return False


def _same_phrase(normal: str, tokens: list[Token], k: int) -> bool:
    """Tokens k and k+1 are separated by spaces only, on one line."""
    gap = normal[tokens[k].end:tokens[k + 1].start]
    return not gap.strip() and "\n" not in gap


def _heads_construct(candidate: Candidate, norm: Normalised, tokens: list[Token], lexicon: Lexicon,
                     gazetteer: Gazetteer) -> bool:
    """في ميدان الشهداء, مشهد الدمار: a name that is mostly a common noun, written without the article and
    followed by a definite noun, heads a construct phrase ('the square of the martyrs'), unless that noun
    is a place, a nisba adjective (جدة السعودية) or a time word (في عدن الأسبوع الماضي); not across punctuation
    (وتعزيزات نحو زوار.. الجيش: a headline's clauses)."""
    if (candidate.key not in lexicon.word_names or candidate.key[0].startswith("ال") or candidate.last + 1 >= len(tokens)
            or not joined(norm.text, tokens, candidate.last, candidate.last + 1)):
        return False
    following = tokens[candidate.last + 1].text
    if (not following.startswith("ال") or following in lexicon.time_nouns or following.endswith(("يه", "ي"))
            or following in NOT_DEFINITE):
        return False
    return (following,) not in gazetteer.index


NOT_DEFINITE = frozenset(normalise_word(word) for word in ("إلا", "إلى"))  # 'except', 'to': an alif, no article
# (لن يتقدموا نحو زوار إلا إذا ...)



TITLE_QUALIFIERS = _CUES["title_qualifiers"]


IN = "في"  # 'in' (normalised as written): before a name followed by 'itself' (وفي المرج نفسها), and elsewhere
PLACE_PREPOSITIONS = frozenset(normalise_word(w) for w in ("في", "من", "إلى", "نحو", "باتجاه"))  # تنسحب من عبد الكافي
INCLUDING = ("بما", "في", "ذلك")  # بما في ذلك: 'including', the demonstrative a pronoun


def _including(tokens: list[Token], first: int) -> bool:
    """بما في ذلك القطرون وتراغن: the name is listed after 'including', not pointed at by a demonstrative."""
    return first >= 3 and tuple(tokens[k].text for k in range(first - 3, first)) == INCLUDING


def _titled_person(candidate: Candidate, tokens: list[Token], lexicon: Lexicon) -> bool:
    """A name after a title and its adjectives (الرئيس التشادي الراحل, اللواء الليبي المتقاعد) names a person."""
    k = candidate.first - 1
    for _ in range(3):
        word = tokens[k].text if k >= 0 else ""
        if not (word in TITLE_QUALIFIERS or word.startswith("ال") and word.endswith("ي") and len(word) > 4):
            break
        k -= 1
    return k < candidate.first - 1 and k >= 0 and _among(tokens[k].text, lexicon.person_titles)


def _between_quotes(candidate: Candidate, norm: Normalised, tokens: list[Token], lexicon: Lexicon) -> bool:
    """The name, without clitics, stands alone between quotes («الشرارة»، “سبوتنيك”); not across a line's end, as a
    dateline stands after a headline that ends in a quote (ينفي «شحنة السلاح» / طرابلس ـ «القدس العربي»). The
    guillemets' direction tells nothing: writers open a quote with » as often as with «."""
    if candidate.clitic or candidate.first != candidate.last:
        return False
    if not (quote_before(norm.text, tokens, candidate.first, lexicon.quote_chars)
            and quote_after(norm.text, tokens, candidate.last, lexicon.quote_chars)):
        return False
    k, normal = candidate.first, norm.text
    before = normal[tokens[k - 1].end if k else 0:tokens[k].start]
    after = normal[tokens[k].end:tokens[k + 1].start if k + 1 < len(tokens) else len(normal)]
    return "\n" not in before[len(before.rstrip()):] and "\n" not in after[:len(after) - len(after.lstrip())]


SITE_NOUNS = _CUES["site_nouns"]  # موقع: a website, or the site of a facility


def _facility(candidate: Candidate, gazetteer: Gazetteer) -> bool:
    return all(gazetteer.places[i].kind in FACILITY_KINDS for i in candidate.place_ids)


ON = "علي"  # على, normalised: 'on' (يرقد على السرير; على الحدود مع: where a place lies)


def _named_in_full_before(candidate: Candidate, norm: Normalised, tokens: list[Token], found: list[Candidate]) -> bool:
    """'أغلق المحتجون حقل الشرارة ... إغلاق الشرارة': a facility the article has named in full (its head noun and
    name) is meant where its bare name comes again; not the common word with its adjective or relative clause
    (تعطل الخادم الرئيسي، الشرارة التي أشعلت؛ الشرارة الأولى، طريح السرير: see non_places), nor on it."""
    k = candidate.last + 1
    if k < len(tokens) and tokens[k].text.startswith("ال") and joined(norm.text, tokens, k - 1, k):
        return False
    if candidate.first and tokens[candidate.first - 1].text == ON and not candidate.clitic:
        return False  # يرقد على السرير، ضغط على الخادم: on the bed, on the server
    return any(len(other.key) > len(candidate.key) and other.place_ids == candidate.place_ids for other in found)


def _quoted(candidate: Candidate, norm: Normalised, tokens: list[Token], lexicon: Lexicon, gazetteer: Gazetteer) -> bool:
    """A name standing alone between quotes is a media or organisation name (“سبوتنيك”), unless every place it
    names is a facility (بإغلاق «الشرارة»: the oil field)."""
    return _between_quotes(candidate, norm, tokens, lexicon) and not _facility(candidate, gazetteer)


VIA_WORDS = frozenset({"مرورا"})  # مروراً (normalised): 'passing through' the place written with ب after it
LIST_WORDS = frozenset({"او", "ثم"})  # أو، ثم (normalised): 'or', 'then' between two places of a list


def _next_in_a_list(before: int, first: int, tokens: list[Token]) -> bool:
    """Whether a name at token ``first`` follows the place ending at token ``before`` in a list: right after it (غدامس
    ودرج), after 'or' or 'then' (مسلاتة أو الخمس، جنزور ثم الماية) or after its Latin gloss (بجنزور (Janzour) والماية)."""
    between = [tokens[k].text for k in range(before + 1, first)]
    return (not between or between[0] in LIST_WORDS and len(between) == 1
            or all(word.isascii() and word.isalpha() for word in between))


def _located_by_direction(candidate: Candidate, tokens: list[Token], lexicon: Lexicon, gazetteer: Gazetteer) -> bool:
    """'الجميل غربي طرابلس': a direction and a known place right after a weak name locate it as a place."""
    k = candidate.last + 1
    if k + 1 >= len(tokens) or tokens[k].text not in lexicon.direction_words:
        return False
    return any((rest,) in gazetteer.index for _, rest in peel(tokens[k + 1].text))


def _listed_before_place(candidate: Candidate, tokens: list[Token], lexicon: Lexicon, gazetteer: Gazetteer) -> bool:
    """بين الجميل وزلطن، بين درج ونالوت، لمالي وبوركينا فاسو: a weak name right before 'و' and a place name (of one
    word or two) that is not itself weak and whose places lie in one country (Nalut the town and the district) is in
    a list of places."""
    k = candidate.last + 1
    if k >= len(tokens) or not tokens[k].text.startswith("و"):
        return False
    second = (tokens[k + 1].text,) if k + 1 < len(tokens) else ()
    for prefix, rest in peel(tokens[k].text):
        ids = gazetteer.index.get((rest,), ()) or gazetteer.index.get((rest, *second), ()) if prefix else ()
        if ids and (rest,) not in lexicon.weak_names and len({gazetteer.places[i].country for i in ids}) == 1:
            return True
    return False


QUOTE_CHARS = _CUES["quote_chars"]  # every quote character, opening or closing (data/mention_cues.json)
PREPOSITIONS = _CUES["prepositions"]  # normalised like the tokens: على is علي, إلى is الي
CHAIN_STOPS = PREPOSITIONS | _CUES["chain_stops"]
NOT_SURNAMES = CHAIN_STOPS | frozenset(normalise_word(w) for w in ("إلا", "التي", "الذي", "الذين", "اللذين", "اللتين"))
# words with the article after a name that make no surname of it (من عبد الكافي إلا بعد، إلى عبد الكافي التي)


TANWEEN = "\u064b"  # ً: the accusative ending of an indefinite word (تركياً، مصرياً)
VOWEL_MARKS = frozenset(chr(c) for c in range(0x064B, 0x0653))  # tanween, the short vowels, shadda and sukun


def tanween_at(text: str, end: int) -> bool:
    """Whether the word of ``text`` ending at ``end`` (its last letter's end) bears the accusative tanween, on its
    final alif or on the letter before it (تركياً، سوريًا): an adverb or an adjective, not a place's name."""
    return TANWEEN in text[end - 2:end + 1]
SHADDA = "\u0651"  # ّ on a name's last letter: another word (مصرّ 'insisting', not مصر)
CHAIN_REACH = 4  # words a construct chain may run back from the place to the body noun that opens it


POSSESSIVE_SUFFIXES = ("ها", "هم", "هما", "هن")  # as normalised; not ه, which stands for ة too


def _named_body(candidate: Candidate, norm: Normalised, lexicon: Lexicon) -> bool:
    """مديرية أمن زوارة، جهاز إعمار درنة، غرفة عمليات تحرير سرت، صندوق التنمية وإعادة إعمار ليبيا: a place
    closing a construct chain that a body noun opens names the body, not where something happens. The chain
    runs back, within the clause, over nouns without the article (and the one defined noun right after the
    head: صندوق التنمية). Not a facility (مطار معيتيقة) nor a place with ل (المجلس البلدي لهون: the town)."""
    first, _, _, _, key, _, clitic, _ = candidate  # read once: a named tuple's fields are slow to read by name
    if clitic or first == 0 or key[0] in lexicon.place_type_nouns:
        return False
    tokens, words = norm.tokens, norm.words
    normal, role = norm.text, lexicon.chain_word
    for k in range(first - 1, max(-1, first - 1 - CHAIN_REACH), -1):
        gap = normal[tokens[k].end:tokens[k + 1].start]
        if gap.strip() or "\n" in gap:
            return False  # punctuation or a new line: the clause ends (في معهد واشنطن / واشنطن - في منتصف فبراير)
        word = words[k]
        if word.endswith(POSSESSIVE_SUFFIXES) or word[:1] == "ي" and word[-1:] == "ه" and len(word) > 4:
            return False  # غرفة أمنية مقرها ودان: a noun with its pronoun ends any construct chain; so does a verb with
            # its object (لمسار يحتضنه المغرب: Morocco hosts it)
        kind = role(word)
        if kind == "type":
            return False  # مدينة البيضاء، لبلدية صرمان: the place is named as a place
        if kind == "body":  # a definite body names a place through ل (المجلس الاجتماعي لقبائل ورشفانة), not through
            through = any(words[j].startswith("ل") and not words[j].startswith("ال")  # what it is charged with
                          for j in range(k + 1, first))  # (الكتيبة المكلفة بحراسة غات); an indefinite one names none
            return through if word.startswith(("ال", "وال", "بال", "فال")) else not through  # through ل: كم سرية
            # تكفي لضبط الحدود مع النيجر؟ is what they would guard
        if kind == "stop":
            return False
        if kind == "defined" and not (k > 0 and _among(words[k - 1], lexicon.construct_bodies)):
            return False
    return False


OPENING_QUOTES, CLOSING_QUOTES = "«“„‹", "»”›"
PREPOSITION_CLITICS = ("ل",)  # a clitic preposition on a name: لتمنهنت (not ب: «قوة دعم المديريات بالمنطقة الغربية»)


def quote_opened(text: str, start: int, lower: int = 0) -> int:
    """Where the quote that ``text[start]`` stands inside opened, at ``lower`` or after it and not closed before
    ``start``; -1 when it stands inside none (a speaker's own words: «لن نتوغل في مرزق»)."""
    opened = max(text.rfind(quote, lower, start) for quote in OPENING_QUOTES)
    return opened if opened >= 0 and max(text.rfind(quote, opened, start) for quote in CLOSING_QUOTES) < 0 else -1
TITLE_REACH = 80  # characters a quoted title may run before or after the name inside it
TITLE_WORDS = 8  # a body's quoted name is shorter than this; a longer quote is a statement
VESSEL_NAME_WORDS = 6  # a ship's quoted name is shorter than this (أنور السادات، تي سي جي غازي عنتاب)
ROUTE_WORDS = _CUES["route_words"]  # من، إلى، نحو ...: not inside a body's name (data/mention_cues.json)
STATEMENT_OPENERS = _CUES["statement_openers"]  # لم، لن ...: a quote that opens so is a statement, not a name
COMPARATIVES = frozenset(_CUES["comparatives"].split())  # أدرى: 'knows better' before ب, as written (ى), not a town (إدري)
FUTURE_VERB_LETTERS = 5  # a word of at least this many letters, س and a person's prefix first (ستنتشر، سننسحب), is a
# verb to come: not a short name (سيدي)


def _future_verb(word: str) -> bool:
    """Whether ``word`` reads as a verb in the future (ستنتشر، سيتم، سننقل): a quote it opens is a statement."""
    return len(word) >= FUTURE_VERB_LETTERS and word[:1] == "س" and word[1:2] in ("ي", "ت", "ن")


@lru_cache(maxsize=4)
def _quote_marks(normal: str) -> tuple[list[int], list[int]] | None:
    """Where the article's opening and closing «» “” quotes stand, in order; None when it opens none
    (most candidates then need no look around). Found once per article, then bisected."""
    opens = char_positions(normal, OPENING_QUOTES)
    if not opens:
        return None
    return opens, char_positions(normal, CLOSING_QUOTES)


def _in_title(candidate: Candidate, norm: Normalised, tokens: list[Token], lexicon: Lexicon) -> bool:
    """«كتيبة ثوار طرابلس», «غرفة عمليات تحرير سرت والجفرة», «ليبيا أوبزرفر»: a place inside a quoted title
    that starts with a body noun, or that a media word closes, names the body or the outlet.

    The title opens at the last opening quote within TITLE_REACH characters before the name, with no closing
    quote between, and closes at the first closing quote within TITLE_REACH after it, with no opening quote
    between."""
    normal = norm.text
    marks = _quote_marks(normal)
    if marks is None:
        return False
    opens, closes = marks
    start, end = tokens[candidate.first].start, tokens[candidate.last].end
    o = bisect_left(opens, start) - 1
    if o < 0 or opens[o] < start - TITLE_REACH:
        return False
    opened = opens[o]
    c = bisect_left(closes, opened)
    if c < len(closes) and closes[c] < start:
        return False
    c = bisect_left(closes, end)
    if c == len(closes) or closes[c] >= end + TITLE_REACH:
        return False
    closed = closes[c]
    o = bisect_left(opens, end)
    if o < len(opens) and opens[o] < closed:
        return False
    first = bisect_left(norm.starts, opened + 1)  # the title's first token (it starts at or before the candidate)
    head = tokens[first].text
    last = bisect_left(norm.starts, closed) - 1  # the title's last token
    if first < candidate.first and _among(head, lexicon.body_nouns):
        return last - first < TITLE_WORDS and candidate.clitic[-1:] not in PREPOSITION_CLITICS and not any(
            tokens[k].text in ROUTE_WORDS for k in range(first, last + 1))  # «سرية من اللواء ستتسلم تأمين مطار بني
        # وليد ...» is a quoted statement; so is a short one with a route («سرية من طبرق انتشرت في امساعد») or with
        # a preposition on the place («الكتيبة روحت لتمنهنت»)
    if (first > 0 and (_among(tokens[first - 1].text, lexicon.body_nouns) or _among(tokens[first - 1].text, lexicon.name_nouns)
                       and not all(candidate.first <= k <= candidate.last or _among(tokens[k].text, lexicon.place_type_nouns)
                                   for k in range(first, last + 1)))  # المعروفة باسم «الوطية», باسم «مدينة الكفرة»: the
            and last - first < TITLE_WORDS  # place's own other name
            and head not in STATEMENT_OPENERS and not _future_verb(head)
            and not any(tokens[k].text in ROUTE_WORDS for k in range(first, last + 1))):
        return True  # كتيبة «شهداء سوكنة»: the body's name, quoted after its noun (تحمل اسم «عبور برقة»: the operation's);
        # not وحدات من اللواء «ستعيد تمركزها من إدري إلى غات»: a route (من، إلى، نحو ...) makes the quote a statement
    noun = first - 2 if first > 1 and tokens[first - 1].text in nisba_countries() else first - 1
    if noun >= 0 and _among(tokens[noun].text, lexicon.vessel_nouns) and last - first < VESSEL_NAME_WORDS and not any(
            tokens[k].text in ROUTE_WORDS for k in range(first, last + 1)):
        return True  # بالفرقاطتين «تحيا مصر»، الفرقاطة «تي سي جي غازي عنتاب»: the ship's name; not السفينة «أنزلت
        # جنوداً في طبرق»: a quote with a route word (في، إلى) is what the ship is said to have done
    following = candidate.last + 1
    return (first == candidate.first and following < len(tokens) and tokens[following].text in lexicon.media_tails
            and normal[tokens[following].end:closed].strip() == "")


HAMZA_ALEFS = frozenset("أإآ")
PERSON_LINKS = _CUES["person_links"]
NAME_HEADS = _CUES["name_heads"]  # normalised: بئر is بير, as in the tokens
GLUED_NAME_HEADS = tuple(_CUES["glued_name_heads"])  # بوهادي: بو written joined to the name
GLUED_HEAD_LONGEST = 2 + max(map(len, GLUED_NAME_HEADS))  # and a name of three letters at least after it
RESUMPTIVES = _CUES["resumptive_pronouns"]  # في منطقة يتقاطع فيها: the verb of a relative clause
CLAUSE_VERBS = _CUES["clause_verbs"]  # إلى منطقة تبعد نحو 40 كيلومتراً: a relative clause's verb too


def _unknown_after_type_noun(norm: Normalised, tokens: list[Token], i: int, lexicon: Lexicon,
                             text: str = "") -> Candidate | None:
    """A name the gazetteer lacks, marked as a place by the noun before it (مدينة X)."""
    if i + 1 >= len(tokens) or not lexicon.type_noun(tokens[i].text):
        return None
    noun = tokens[i].text
    if "ال" in noun[:4]:  # المنطقة الغربية: after a definite noun comes an adjective, not a name
        return None
    if text and noun.endswith("ادي") and HAMZA_ALEFS.intersection(text[slice(*norm.original_span(tokens[i].start,
                                                                                                 tokens[i].end))]):
        return None  # وأدى التوتر 'and the tension led' is not وادي 'wadi' once the hamza is normalised away
    if _among(noun, lexicon.plural_type_nouns):
        return None  # حقول النفط، موانئ التصدير: the common noun (حقول الشرارة is matched as a name before this)
    if not joined(norm.text, tokens, i, i + 1):
        return None
    name = tokens[i + 1].text
    bare = name[2:] if name.startswith("ال") else name
    is_adjective = bare.endswith(("ي", "يه", "يين", "يون", "ين", "ات")) and not (
        bare != name and bare.endswith("يه")  # منطقة الدافنية: the indefinite noun's definite genitive is a name
        or name.startswith(GLUED_NAME_HEADS) and len(name) > GLUED_HEAD_LONGEST)  # منطقة بوهادي
    if (len(bare) < 3 or is_adjective or name[0] == "ل" or bare in lexicon.common_words
            or name in lexicon.area_adjectives or bare in lexicon.area_adjectives  # منطقة العمليات، منطقة الدفاع
            or not "\u0621" <= name[0] <= "\u064a"):
        return None
    if i + 2 < len(tokens) and tokens[i + 2].text in RESUMPTIVES or name in CLAUSE_VERBS or name in PREPOSITIONS:
        return None  # في منطقة يتقاطع فيها تهريب الذهب: a relative clause's verb, 'where ... cross'
    last = i + 1
    if name in NAME_HEADS and i + 2 < len(tokens) and joined(norm.text, tokens, i + 1, i + 2):
        last = i + 2  # قاعدة أبو ستة, بلدة بئر الغنم: a name that opens with أبو/بئر/عين is two words
    while last + 2 < len(tokens) and tokens[last + 1].text in PERSON_LINKS and joined(norm.text, tokens, last, last + 2):
        last += 2  # قاعدة جمال عبد الناصر, قاعدة عقبة بن نافع: a base named after a person bears the whole name
    start, end = norm.original_span(tokens[i + 1].start, tokens[last].end)
    if text and any(ch in VOWEL_MARKS for ch in text[start:end]):
        return None  # في مدينة تُصنَّف: a verb voweled to be read right, not a name
    key = tuple(t.text for t in tokens[i + 1:last + 1])
    return Candidate(i + 1, last, start, end, key, (), "", "no gazetteer entry")


_LATIN_GLOSS = re.compile(r"[ \t]*\([a-z][a-z'’\- ]*\)[ \t]*")  # قاعدة حميميم (Hmeimim) غربي سوريا (lower-cased)


def _apposed_country(candidate: Candidate, norm: Normalised, tokens: list[Token], lexicon: Lexicon,
                     found: list[Candidate], gazetteer: Gazetteer) -> Candidate | None:
    """"طرابلس شمال لبنان": a direction and a country right after a place locate that place, so the
    country is what is named there, not the region "north of Lebanon" (which «في شمال لبنان» names).
    Only after a point (a town, a base): a region followed by the phrase lies in that part of the country."""
    if candidate.clitic or candidate.key[0] not in lexicon.direction_words or not found:
        return None  # most names: no direction
    glossed = _LATIN_GLOSS.fullmatch(norm.text, tokens[found[-1].last].end, tokens[candidate.first].start)
    if (not glossed and found[-1].last != candidate.first - 1
            or not joined(norm.text, tokens, candidate.first - (not glossed), candidate.last)
            or not any(gazetteer.places[i].kind in POINT_KINDS for i in found[-1].place_ids)):
        return None  # after an area (إقليم تيبستي شمال تشاد) the direction names a part of the country
    countries = tuple(i for i in gazetteer.index.get(candidate.key[-1:], ()) if gazetteer.places[i].kind == "country")
    if not countries:
        return None
    k = candidate.last
    start, end = norm.original_span(tokens[k].start, tokens[k].end)
    return Candidate(k, k, start, end, candidate.key[-1:], countries, "")


_BORDERS: dict[tuple[str, ...], tuple[str, ...]] = {}
MAX_BORDERS = 50_000


def _countries_inside_border_phrase(candidate: Candidate, norm: Normalised, tokens: list[Token],
                                    gazetteer: Gazetteer) -> list[Candidate]:
    """"على الحدود مع تونس" names the border segment and, inside it, the neighbouring country; so does
    "المثلث الحدودي مع تشاد والسودان" (a tripoint) for both countries."""
    borders = _BORDERS.get(candidate.place_ids)
    if borders is None:  # memoised by the name's ids (the index's own tuples): most names are no border
        if len(_BORDERS) > MAX_BORDERS:
            _BORDERS.clear()
        borders = _BORDERS[candidate.place_ids] = tuple(
            place_id for place_id in candidate.place_ids if place_id.startswith(("region:border", "region:tripoint")))
    if not borders:
        return []
    codes = {code for place_id in borders for code in border_countries(place_id)}
    inner = []  # ممر السلفادور is the Salvador Pass, not El Salvador: only the border's own countries
    for k in range(candidate.first + 1, candidate.last + 1):
        for prefix, rest in peel(tokens[k].text):
            countries = tuple(i for i in gazetteer.index.get((rest,), ())
                              if gazetteer.places[i].kind == "country" and gazetteer.places[i].country in codes)
            if countries:
                start, end = norm.original_span(tokens[k].start + prefix, tokens[k].end)
                inner.append(Candidate(k, k, start, end, (rest,), countries, tokens[k].text[:prefix]))
                break
    return inner
