"""Movement extraction: who moved where, from where, and with what status.

A small engine over ``data/movement_patterns.jsonl``: triggers (verbs and
nouns of movement), role markers (إلى، من، عبر ...), status cues (نفى، شرط،
تخطط ...), words that show a movement is not of forces (visits, aid). It works
on the normalised tokens with clitics peeled, sentence by sentence; a sentence
may hold several movements, each with many places.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, fields, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

from components.actors import ORIGIN_LINK, PLACE_LINK, ActorLexicon, ActorSpan, find_actors, own_forces
from components.dates import find_date
from components.gazetteer import DATA
from components.geocode import NEIGHBOURHOOD, distance_km, opens_dateline
from components.mentions import QUOTE_CHARS
from components.phrases import PhraseIndex, joined, longest_match, quote_before
from components.prefilter import WordTest, positions
from components.records import Actor, EventDate, Mention, Movement, Span
from components.text import Normalised, Token, name_key, normalise_word, sentences

WINDOW = 30          # tokens after a trigger in which its places are looked for
ROLE_LOOKBACK = 4    # tokens between a role marker and its place
NEAR = 6             # tokens after a trigger for force words
FORCE_BEFORE = 5     # tokens before a 'near' trigger where its force word may stand
SUBJECT_BEFORE = 2   # tokens before an 'after' trigger where its subject may stand (وحدات الجيش ستُعزَّز في جانت)
ACTOR_AFTER = 6      # tokens after a trigger where its subject or complement names the actor
OWNER_AFTER = 3      # and past them, a word of belonging (تابعة ل), and after it, where the force they belong to starts
DATELINE_REACH = 400  # characters from the top where an article's dateline stands
TOWN_FACILITY_KM = 40.0  # a base or an airport this near a town a headline names is where the body says it went
DISTRICT_REACH_KM = 250.0  # a place this close to a district's point (districts are vast) is in what a headline names
CLAUSE_MARKS = ("،", ",", "؛", ";", ".")
_CLAUSE_MARK = re.compile("|".join(map(re.escape, CLAUSE_MARKS)))
AID_BEFORE = 20      # tokens before a trigger in which aid or cargo words (scope 'clause') make it no force
TATWEEL = "\u0640"  # ـ, stretches a joined letter: لـزليتن
CHAIN_GAP = 3        # a trigger this close after another continues it (ستنشر تركيا فرقاطة، أرسلت شحنة أسلحة)
EXPECTED_REACH = 2   # words after a trigger in which مرتقب ('expected') qualifies it
TIME_BEFORE, TIME_AFTER = 6, 8  # words around a trigger (before it: in its clause) where a time to come (غداً) plans it
FIRST_PLACE_GAP = 8  # an unmarked place this close after the trigger (or the force named right after it) is its target
BETWEEN = "بين"  # an air bridge 'between' two places flies from the first to the second
TARGET_AFTER_ORIGIN = 2  # words from 'forces from X' to an unmarked target, a time phrase not counted (، ليل الأحد، بلدة)
MOVER_START = 5  # words from the trigger to the first word of the force named right after it (دخل مسلحون من «مجلس ...»)
FUTURE_PREFIXES = ("س", "وس", "فس")
VERB_SUFFIXES = ("ون", "وا", "ا", "ن")


@dataclass(frozen=True)
class PhraseSet:
    """Phrases (normalised token tuples) and what each means."""

    index: PhraseIndex

    def at(self, normal: str, tokens: list[Token], i: int):
        """(n, prefix, value) of the longest phrase starting at token i, or None."""
        if not self.index:
            return None
        match = longest_match(self.index, normal, tokens, i)
        if match is None:
            return None
        n, prefix, key = match
        return n, prefix, self.index[key]

    def ends_at(self, normal: str, tokens: list[Token], last: int):
        """The value of the longest phrase ending at token ``last`` (قريبة من before من), or None."""
        for n in range(min(self.index.max_tokens, last + 1), 0, -1):
            first = last - n + 1
            match = self.at(normal, tokens, first)
            if match and match[0] == n:
                return match[2]
        return None


_UNSEEN = object()


class _Memo:
    """A PhraseSet for one article: each token's match computed once, however often it is asked for,
    and only on the tokens where the prefilter says a phrase may start (``starts``, in order)."""

    def __init__(self, phrases: PhraseSet, starts: list[int], norm: Normalised) -> None:
        self.norm = norm
        self.phrases = phrases
        self.index = phrases.index
        self.starts = starts
        self.possible = set(starts)
        self.found: dict[int, object] = {}

    def between(self, first: int, last: int) -> list[int]:
        """Tokens in first..last (inclusive) where a phrase may start, in order."""
        return self.starts[bisect_left(self.starts, first):bisect_right(self.starts, last)]

    def at(self, normal: str, tokens: list[Token], i: int):
        """As ``PhraseSet.at``: (n, prefix, value) of the longest phrase starting at token i, or None."""
        found = self.found.get(i, _UNSEEN)
        if found is _UNSEEN:
            match = longest_match(self.index, normal, tokens, i) if i in self.possible else None
            found = self.found[i] = None if match is None else (match[0], match[1], self.index[match[2]])
        return found

    def first_in(self, normal: str, tokens: list[Token], first: int, last: int):
        """The value of the first phrase starting in first..last, or None."""
        starts, found = self.starts, self.found
        for k in starts[bisect_left(starts, first):bisect_right(starts, last)]:
            match = found.get(k, _UNSEEN)
            if match is _UNSEEN:
                match = self.at(normal, tokens, k)
            if match:
                return match[2]
        return None

    @cached_property
    def possible_ends(self) -> set[int]:
        """Tokens where a phrase may end: a possible start plus the length of a phrase its word may begin."""
        words, reach, known = self.norm.words, self.index.reach, self.index.reach.known
        ends: set[int] = set()
        for first in self.starts:
            extras = known.get(words[first])  # the memo read directly, as in longest_match
            for extra in reach(words[first]) if extras is None else extras:
                ends.add(first + extra)
        return ends

    @cached_property
    def end_list(self) -> list[int]:
        return sorted(self.possible_ends)

    def ends_between(self, first: int, last: int) -> list[int]:
        """Tokens in first..last (inclusive) where a phrase may end, in order."""
        return self.end_list[bisect_left(self.end_list, first):bisect_right(self.end_list, last)]

    def ends_at(self, normal: str, tokens: list[Token], last: int):
        """As ``PhraseSet.ends_at``: the value of the longest phrase ending at token ``last``, or None."""
        first = self.start_of(normal, tokens, last)
        return None if first is None else self.found[first][2]

    def start_of(self, normal: str, tokens: list[Token], last: int) -> int | None:
        """The first token of the longest phrase ending at token ``last`` (بالقرب من: two back), or None."""
        if last not in self.possible_ends:
            return None
        starts, found = self.starts, self.found
        for first in starts[bisect_left(starts, last - self.index.max_tokens + 1):bisect_right(starts, last)]:
            match = found.get(first, _UNSEEN)
            if match is _UNSEEN:
                match = self.at(normal, tokens, first)
            if match and match[0] == last - first + 1:
                return first
        return None


@dataclass(frozen=True)
class Patterns:
    triggers: PhraseSet
    modifiers: PhraseSet
    forces: PhraseSet
    non_force: PhraseSet
    hypothetical: PhraseSet
    roles: PhraseSet
    status: PhraseSet
    scope_breaks: PhraseSet
    sources: PhraseSet
    own_forces: PhraseSet
    possessed_forces: PhraseSet
    speaker_anaphors: PhraseSet
    speech_goes_on: PhraseSet
    same_sources: PhraseSet
    pronoun_subjects: PhraseSet
    unnamed_forces: PhraseSet
    not_triggers: PhraseSet
    reporting_verbs: PhraseSet
    report_sources: PhraseSet
    claims: PhraseSet
    weak_particles: PhraseSet
    time_words: PhraseSet
    stationing: PhraseSet
    en_route: PhraseSet
    sightings: PhraseSet
    nearby: PhraseSet
    clause_openers: PhraseSet  # value: 'clause', 'time' (unless a time word follows: بعد ظهر الأحد) or 'purpose'
    directions: PhraseSet
    relatives: PhraseSet
    earlier_legs: PhraseSet
    departures: PhraseSet
    home_bases: PhraseSet
    stationed: PhraseSet
    from_there: PhraseSet
    next_legs: PhraseSet
    unless: PhraseSet  # ما لم تنسحب القوة منها: the condition of a threat, no movement
    next_clauses: PhraseSet  # ، على أن تُنقل سرية ... إذا: a clause of its own, with its own condition
    frames: PhraseSet  # في إطار «إعادة انتشار»: the movement told before in the sentence, named again
    retold_forces: PhraseSet  # الرتل، جزءاً منه: the force of the movement before, taken up again
    circulated: PhraseSet  # تداول ناشطون، ادّعوا: a claim passed around, which a later denial may answer
    corrections: PhraseSet  # والصحيح أنها: what a correction says is right, after what it says was wrong
    forecasts: PhraseSet  # لا يستبعد مراقبون أن، سيناريو: what analysts weigh, no movement (value: its scope)
    any_targets: PhraseSet  # نحو أي أهداف داخلية في ليبيا: the place after is where targets would be, not a destination
    aboard: PhraseSet  # على متنها عناصر من اللواء: the force a vehicle carries
    supporters: PhraseSet  # متحركات من الجيش مدعومة بالقوة المشتركة: the force after supports the one that moves
    see_also: PhraseSet  # اقرأ أيضاً: a link to another story, told in a line of its own
    report_nouns: PhraseSet  # تقارير، أنباء: what a next sentence's 'لا صحة لذلك' may point back to
    escorts: PhraseSet  # تحت حراسة عربات مسلحة: a force guards the convoy that moves
    list_joiners: frozenset[str]  # 'or' and 'then', which join places of one list as و does (بسبها ثم جرمة)
    move_adjectives: frozenset[str]  # جوي، بحري: between the noun of a movement and the nationality of its force
    statement_links: frozenset[str]  # في، خلال، عبر: before the way something was said (في بيان)
    approximately: frozenset[str]  # نحو: 'about' before a number, 'towards' before a place
    kilometre_markers: frozenset[str]  # الكيلو، بوابة: before a number, a point on a road counted from a town
    road_words: frozenset[str]  # على الطريق الساحلي: between a road marker and the town it is counted from
    facing: frozenset[str]  # قبالة، ضد: before the force faced, which is not the mover
    bare_negations: frozenset[str]  # لا: right before the noun of a movement, 'no withdrawal'
    meetings: frozenset[str]  # اجتماع، محادثات: the place after one is where it is held
    number_words: frozenset[str]  # خمسين، مئة، عشرات: numbers written as words
    statements: frozenset[str]  # بيان، تصريح، مؤتمر: ways something is said, after a verb of saying
    media: frozenset[str]  # قنوات، صفحات، حسابات: channels, whose patron is not a mover
    patrons: frozenset[str]  # موالية، مقربة: between a channel and whom it serves
    speaker_stops: frozenset[str]  # words that end a source's name (قال مصدر عسكري إن)
    that_words: frozenset[str]  # 'that' after a verb of saying (قال مسؤول إن ...): what comes after is what was said
    skippable: frozenset[str]  # words between a role word and its place (إلى مدينة سبها)
    to_there: frozenset[str]  # 'to it' (إليها): where the movement before went
    compass: frozenset[str]  # جنوب شرقي البلاد: where in the country a place lies, between it and its locator
    capitals: frozenset[str]  # the capitals news about Libya names: 'the capital' alone, a speaker's seat
    stationed_links: frozenset[str]  # between a word for being stationed and where (المتمركزة قرب، كانت تتمركز عند)
    pointers_back: frozenset[str]  # 'that' (ذلك): a next sentence speaks of this one's movement
    distance_words: frozenset[str]  # على before بعد: 'at a distance of', not 'after'
    the_rest: frozenset[str]  # 'the rest' (بقية العناصر) after a stationing verb: other units, a movement of their own
    subject_modifiers: frozenset[str]  # مسلحين محسوبين على ورشفانة حشدوا: words that say whose unnamed movers are
    question_words: frozenset[str]  # هل تتحرك القوات نحو غدامس؟: a question, no movement
    same_words: frozenset[str]  # إلى القاعدة ذاتها: 'the same' after a place noun
    carrying: frozenset[str]  # طائرة تقل 160 مهاجراً: what a vehicle carries follows
    goes_on_words: frozenset[str]  # حتى بلغت، ثم دخلت: the force of the movement just told goes on
    until_words: frozenset[str]  # حتى بلغ درنة: where the movement just told ended
    unit_words: frozenset[str]  # سرية، كتيبة: a unit of an army, named without its owner
    not_after: dict[str, frozenset[str]]  # a one-word trigger → the words after which it is none (سفينة شحن)
    manners: frozenset[str]  # نقل سرية من بنينا جواً إلى الكفرة: how the movement before goes on
    place_parts: frozenset[str]  # إلى مهبط الحقل: a part of the place 'the field' points back to
    place_anaphors: dict[str, tuple[frozenset[str], ...]]  # القاعدة →
    # (the kinds of place 'the same base' points back to, the roles in which the noun alone does: من المدينة, the
    # nouns a place must have been called by to be pointed back to: الواحة is a place named واحة سيوة or مرادة،
    # الواحة ..., the roles in which the noun alone does beside a place of the movement's own: قادمة من الشويرف
    # إلى المدينة, the roles in which 'the same town' is first where the last movement went: إلى البلدة نفسها, and
    # the only places it may point back to: العاصمة, a capital)
    crossings: frozenset[str]  # عبرت، اجتاز: a border crossed on the way to another place is passed through
    halts: frozenset[str]  # a stop on the way (وتوقفت ساعات في محيط مليتة): the place after it is passed through
    plans: frozenset[str]  # خطة لنشر، خطة تشمل نقل: a plan right before a verbal noun plans it
    plan_links: frozenset[str]  # تشمل، تتضمن: the words that may stand between a plan and what it plans
    flights: frozenset[str]  # فرّت: a force that fled is chased; it does not become the force the article goes on with
    pursuits: frozenset[str]  # طاردت: right before a flight, the chase goes where the chased fled
    bulletins: tuple[str, ...]  # عاجل: a short line opening with one is told like a headline (as written, not normalised)


_PATTERN_FIELDS = tuple(f.name for f in fields(Patterns) if f.type == "PhraseSet")


def _phrase_set(entries: list[tuple[str, object]]) -> PhraseSet:
    index = {}
    for phrase, value in entries:
        key = name_key(phrase)
        if key:
            index[key] = value
    return PhraseSet(PhraseIndex(index))


@lru_cache(maxsize=2)
def load_patterns(data_dir: Path = DATA) -> Patterns:
    groups: dict[str, list[tuple[str, object]]] = {}
    entries = [json.loads(line) for line in (data_dir / "movement_patterns.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    suffixes = [form for entry in entries if entry["type"] == "pronoun_suffix" for form in entry["forms"]]
    capitals = frozenset(normalise_word(form) for entry in entries if entry["type"] == "capital" for form in entry["forms"])
    for entry in entries:
        kind = entry["type"]
        if kind in ("_about", "pronoun_suffix", "capital"):
            continue
        value = {
            "trigger": lambda e: (e["kind"], e["needs_force"]),
            "kind_modifier": lambda e: e["kind"],
            "non_force": lambda e: (e["reason"], e.get("scope", "near")),
            "role": lambda e: e["role"],
            "status": lambda e: (e["status"], e["scope"]),
            "forecast": lambda e: e["scope"],
            "source": lambda e: (e["take"], e["keep_cue"]),
            "clause_opener": lambda e: e["opens"],
            "place_anaphor": lambda e: (frozenset(e["kinds"]), frozenset(e.get("bare", ())),
                                        frozenset(name_key(form)[0] for form in e.get("called", ())),
                                        frozenset(e.get("beside", ())), frozenset(e.get("went_to", ())),
                                        capitals if e.get("capitals") else frozenset()),
        }.get(kind, lambda e: True)(entry)
        groups.setdefault(kind, []).extend((form, value) for form in _with_pronouns(entry["forms"], suffixes))
    for kind in ("not_trigger", "stationed_in"):  # كانت تتمركز في: not a movement, and where the force is
        groups.setdefault(kind, []).extend(groups.get("was_stationed", []))
    return Patterns(*(_phrase_set(groups.get(k, [])) for k in (
        "trigger", "kind_modifier", "force", "non_force", "hypothetical", "role", "status", "scope_break", "source",
        "own_forces", "possessed_forces", "speaker_anaphor", "speech_goes_on", "same_source", "pronoun_subject",
        "unnamed_forces", "not_trigger", "reporting_verb", "report_source", "claim", "weak_particle", "time_word",
        "stationing", "en_route", "sighting", "nearby", "clause_opener", "direction", "relative", "earlier_leg",
        "departure", "home_base", "stationed_in", "from_there", "next_leg", "unless", "next_clause", "frame",
        "retold_force", "circulated", "correction", "forecast", "any_target", "aboard", "support", "see_also", "report_noun",
        "escort")),
        list_joiners=_words(groups, "list_joiner"), move_adjectives=_words(groups, "move_adjective"),
        statement_links=_words(groups, "statement_link"), statements=_words(groups, "statement"),
        approximately=_words(groups, "approximately"), number_words=_words(groups, "number_word"),
        kilometre_markers=_words(groups, "kilometre_marker"), road_words=_words(groups, "road_word"),
        facing=_words(groups, "facing"), bare_negations=_words(groups, "bare_negation"),
        meetings=_words(groups, "meeting"),
        not_after={normalise_word(form): frozenset(normalise_word(w) for w in entry["not_after"])
                   for entry in entries if entry["type"] == "trigger" and "not_after" in entry for form in entry["forms"]},
        media=_words(groups, "media"), patrons=_words(groups, "patron"),
        speaker_stops=_words(groups, "speaker_stop"),
        that_words=_words(groups, "that_word"), skippable=_words(groups, "skippable"), to_there=_words(groups, "to_there"),
        stationed_links=_words(groups, "stationed_link"), compass=_words(groups, "compass"), capitals=capitals,
        pointers_back=_words(groups, "pointer_back"), distance_words=_words(groups, "distance_word"),
        the_rest=_words(groups, "the_rest"), subject_modifiers=_words(groups, "subject_modifier"),
        question_words=_words(groups, "question_word"), same_words=_words(groups, "same_word"),
        place_parts=_words(groups, "place_part"), carrying=_words(groups, "carrying"),
        goes_on_words=_words(groups, "goes_on_word"), until_words=_words(groups, "until_word"),
        unit_words=_words(groups, "unit_word"),
        manners=_words(groups, "manner"),
        place_anaphors={name_key(form)[0]: kinds for form, kinds in groups.get("place_anaphor", [])},
        halts=_words(groups, "halt"), crossings=_words(groups, "crossing"), plans=_words(groups, "plan"),
        plan_links=_words(groups, "plan_link"),
        flights=_flagged(entries, "flight"), pursuits=_flagged(entries, "pursuit"),
        bulletins=tuple(form for form, _ in groups.get("bulletin", [])))


def _flagged(entries: list[dict], flag: str) -> frozenset[str]:
    """The forms of the triggers that carry ``flag`` (the flight and the pursuit verbs)."""
    return frozenset(name_key(form)[0] for entry in entries if entry.get(flag) for form in entry["forms"])


def _with_pronouns(forms: list[str], suffixes: list[str]) -> list[str]:
    """``forms`` with each one that ends in + written out with every object pronoun instead (نشر+: نشره، نشرها ...)."""
    return [whole for form in forms
            for whole in ([form[:-1] + suffix for suffix in suffixes] if form.endswith("+") else [form])]


def _words(groups: dict[str, list[tuple[str, object]]], kind: str) -> frozenset[str]:
    return frozenset(name_key(form)[0] for form, _ in groups.get(kind, []))


class _Trigger(NamedTuple):  # a named tuple, immutable and built faster than a frozen dataclass
    first: int
    last: int
    kind: str
    needs_force: bool | str  # False, 'after', 'near' or 'sentence'
    future: bool
    prefix: int  # clitic letters before the trigger word (و، ب، ل ...), left out of its span


@dataclass
class _Context:
    """Everything about one article the engine looks at; built once per article."""

    text: str
    norm: Normalised
    tokens: list[Token]
    sentence_of: list[int]
    sentence_spans: list[tuple[int, int]]
    placed: dict[int, Mention]
    mention_last: dict[int, int]
    actor_lexicon: ActorLexicon
    published: str | None
    verbs: WordTest  # the words that may be a trigger: they end a unit's name

    def __post_init__(self) -> None:
        self.asides: frozenset[int] = frozenset()  # the words of a distance set off by commas (، على بعد 950 كيلومتراً،)
        self.place_tokens = sorted(self.placed)
        self.sentence_starts = [start for start, _ in self.sentence_spans]
        self.dates: dict[tuple[int, int], EventDate | None] = {}
        self.sentence_first: dict[int, int] = {}
        self.last_mover: Actor | None = None  # the named actor of the last movement found
        self.last_movement: Movement | None = None  # the last movement found
        self.passed: set[int] = set()  # the ids of the mentions movements found so far pass through (via)
        self.sentence_last: dict[int, int] = {}
        for sentence in sorted(set(self.sentence_of)):  # sentence_of is in order: each sentence is a run
            self.sentence_first[sentence] = bisect_left(self.sentence_of, sentence)
            self.sentence_last[sentence] = bisect_right(self.sentence_of, sentence) - 1

    @cached_property
    def actors(self) -> list[ActorSpan]:
        """Actor spans, found only when a trigger asks, and only up to the last sentence that names a place:
        movements are looked for there, and their actors in or before their own sentence."""
        until = self.sentence_last[self.sentence_of[self.place_tokens[-1]]] if self.place_tokens else -1
        return find_actors(self.text, self.norm.text, self.tokens, self.norm.offsets, self.placed, self.actor_lexicon,
                           until=until, words=self.norm.words, verbs=self.verbs)

    @cached_property
    def units(self) -> frozenset[Actor]:
        """The actors of the units named in the article, which the lexicon may not know (كتيبة شهداء الزاوية)."""
        return frozenset(span.actor for span in self.actors if span.kind == "unit")

    @cached_property
    def place_ends(self) -> dict[int, int]:
        """The last token of each place mention → its first."""
        return {last: first for first, last in self.mention_last.items()}

    @cached_property
    def inner_place_tokens(self) -> frozenset[int]:
        """The tokens of a place's name after its first (نجيم in أبو نجيم)."""
        return frozenset(k for first, last in self.mention_last.items() for k in range(first + 1, last + 1))

    @cached_property
    def actor_firsts(self) -> list[int]:
        return [a.first for a in self.actors]

    def date_in(self, start: int, end: int) -> EventDate | None:
        """The first date expression in the original ``text[start:end]``, found once per sentence."""
        if (start, end) not in self.dates:
            self.dates[start, end] = find_date(self.text, start, end, self.published, self.norm)
        return self.dates[start, end]

    def places_between(self, first: int, last: int) -> list[int]:
        """Tokens in first..last (inclusive) where a place mention starts, in order."""
        return self.place_tokens[bisect_left(self.place_tokens, first):bisect_right(self.place_tokens, last)]

    def actors_between(self, first: int, last: int) -> list[ActorSpan]:
        """Actor spans starting in first..last (inclusive), in order."""
        return self.actors[bisect_left(self.actor_firsts, first):bisect_right(self.actor_firsts, last)]


def extract_movements(text: str, norm: Normalised, mentions: list[Mention], patterns: Patterns,
                      actor_lexicon: ActorLexicon, published: str | None = None) -> list[Movement]:
    """Every movement of forces the article reports, plans, conditions or denies."""
    tokens = norm.tokens
    if not tokens:
        return []
    spans = sentences(norm.text)
    token_starts = norm.starts
    sentence_of = _sentence_of(token_starts, [start for start, _ in spans])
    placed: dict[int, Mention] = {}
    mention_last: dict[int, int] = {}
    host: Mention | None = None
    covered = -1  # the last token of the last place, its gloss in brackets included
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if host and mention.end <= host.end:  # the country inside a border phrase: the arrow goes to the border
            continue
        first, last = _token_at(norm, mention.start), _token_at(norm, mention.end - 1)
        if first <= covered:
            continue  # زوارة (Zuwara): the gloss names the place before it again
        placed[first] = mention
        mention_last[first] = covered = _past_gloss(norm, tokens, last)
        host = mention
    phrase_sets = [getattr(patterns, name) for name in _PATTERN_FIELDS]
    verbs = _trigger_words(patterns.triggers.index)
    *starts, trigger_words = positions(norm.words, *(p.index.may_start for p in phrase_sets), verbs)
    patterns = replace(patterns, **{name: _Memo(phrases, found, norm)  # the word sets stay as they are
                                    for name, phrases, found in zip(_PATTERN_FIELDS, phrase_sets, starts)})
    context = _Context(text, norm, tokens, sentence_of, spans, placed, mention_last, actor_lexicon, published, verbs)
    context.asides = _distance_asides(context, patterns)
    triggers = _find_triggers(context, patterns, trigger_words)
    verbless = _verbless_triggers(context, patterns, triggers)
    if verbless:
        triggers = sorted(triggers + verbless)
    movements = []
    previous = -1  # the last token of the last trigger that made a movement: status cues before it are its own
    for index, trigger in enumerate(triggers):
        following = triggers[index + 1].first if index + 1 < len(triggers) else len(tokens)
        if (index and _future_goes_on(context, triggers[index - 1], trigger, previous)
                or _then_after_a_future(context, trigger)):
            trigger = trigger._replace(future=True)
        movement = _movement(context, patterns, trigger, previous, following)
        if movement is None and _chases_a_flight(context, patterns, trigger, triggers[index + 1:index + 2]):
            movement = _chase(context, patterns, trigger, previous, triggers[index + 1],
                              triggers[index + 2].first if index + 2 < len(triggers) else len(tokens))
        if movement is None:
            continue  # موسكو تخطط لنقل معدات ... جواً: a trigger without a force or a place leaves the cue to the next
        after, previous = previous, trigger.last
        same_sentence = bool(movements) and movements[-1].evidence == movement.evidence
        if same_sentence and movement.status == "reported" and _an_alternative(context, patterns, after, trigger):
            movement = replace(movement, status=movements[-1].status)  # نفى أي نية للتقدم نحو قصر بن غشير أو دخول عين زارة
        if movements and _sets_out_where_the_last_went(context, patterns, after, trigger, movements[-1], movement):
            movement = replace(movement, origins=movements[-1].destinations[-1:])
        keeps = _joins_the_last(context, patterns, trigger, movements[-1], movement) if same_sentence else None
        if keeps is not None:
            leg, (keep_kind, keep_status) = movements.pop(), keeps
            joined = _join(leg, movement)
            movement = replace(joined, kind=leg.kind if keep_kind else joined.kind,
                               status=leg.status if keep_status else joined.status)
        elif same_sentence and _came_from(movements[-1], movement) and (
                movements[-1].status == movement.status
                and patterns.earlier_legs.ends_at(context.norm.text, tokens, trigger.first - 1)
                or patterns.departures.at(context.norm.text, tokens, trigger.first)
                or _describes_the_force(context, patterns, after, trigger, movements[-1])):
            movement = _with_origin(movements.pop(), movement)  # انتشرت في تاورغاء بعد أن تحركت من زليتن
        elif same_sentence and _subject_of_the_last(context, patterns, trigger, movements[-1], movement):
            arrival = movements.pop()  # حطت في قاعدة براك ثلاث طائرات شحن روسية قادمة من الخادم: the vehicles' force
            movement = replace(_with_origin(arrival, movement), actor=movement.actor or arrival.actor)
        elif movements and _denied_again(context, patterns, movements[-1], movement):
            movement = replace(movements.pop(), status="denied")  # عن سحب وحدات من درنة، قائلاً: «لا صحة لذلك.
            # لم نسحب أي وحدة من درنة»
        elif (same_sentence and movement.destinations and not movement.origins and movements[-1].destinations
              and _trigger_word(context, trigger) in patterns.crossings
              and (patterns.earlier_legs.ends_at(context.norm.text, tokens, trigger.first - 1)
                   or tokens[trigger.first].text[:trigger.prefix] == "و")):
            last = movements.pop()  # نشرت كتيبة من سبها في القطرون بعد أن عبرت مرزق; تحركت نحو قمينس، وعبرت بنغازي:
            # the town passed through
            movement = replace(last, via=last.via + tuple(m for m in movement.destinations if m not in last.via))
        elif (same_sentence and movement.destinations and not movement.origins and not trigger.prefix
              and tokens[trigger.first - 1].text in patterns.until_words):
            last = movements.pop()  # تحرك من مرسى مطروح، وعبر منفذ السلوم ... حتى بلغ درنة: where it ended
            movement = replace(last, destinations=movement.destinations,
                               via=last.via + tuple(m for m in last.destinations + movement.via if m not in last.via))
        elif same_sentence and _same_end(movements[-1], movement):
            movement = _with_origin(movements.pop(), movement) if movement.origins else movements.pop()
            # انطلقت أرتال نحو المخيلي، ووصلت إليها; يتمركزون في رقدالين، بعد أن انسحبوا من العجيلات إليها
        elif (same_sentence and patterns.stationing.at(context.norm.text, tokens, trigger.first)
              and not (trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].text in patterns.the_rest)):
            movement = _ends_at(movements.pop(), movement)  # وصلت إلى زليتن ... وتمركزت عند المدخل الشرقي
        elif movements and not same_sentence and _stations_the_last(context, patterns, after, trigger, movements[-1], movement):
            movement = _ends_at(movements.pop(), movement)  # وصل الرتل إلى الزاوية. وقال مصدر إن الرتل تمركز عند ...
        elif same_sentence and not movement.origins and patterns.en_route.at(context.norm.text, tokens, trigger.first):
            movement = _on_its_way(movements.pop(), movement)  # ستعبر منفذ امساعد في طريقها إلى طبرق
        elif (same_sentence and movement.via and not movement.origins and not movement.destinations
              and movements[-1].status == movement.status):  # استقدمت تعزيزات إلى بونجيم ... إن الرتل وصل مروراً بودان
            last = movements.pop()
            movement = replace(last, via=last.via + tuple(m for m in movement.via if m not in last.via))
        movements.append(movement)
        context.last_movement = movement
        context.passed.update(id(m) for m in movement.via)
        if (movement.actor is not None and movement.actor.name and movement.status != "denied"
                and _trigger_word(context, trigger) not in patterns.flights
                and not _links_elsewhere(context, patterns, _sentence_bounds(context, trigger.first)[0])):
            context.last_mover = movement.actor  # not a force said not to have moved («ونفي لتحرك رتل من الزنتان»),
            # nor one that fled (مسلحين تشاديين فرّت من محيط أم الأرانب: the pursuers are told of next)
    movements = _corrected(context, patterns, movements)
    movements = _claims_denied_later(context, patterns, _retellings_merged(context, patterns, movements))
    movements = _home_army(text, mentions, actor_lexicon, _armies_of_the_land(actor_lexicon, movements))
    return _without_headline_repeats(text, movements, patterns.bulletins)


def _chases_a_flight(context: _Context, patterns: Patterns, trigger: _Trigger, following: list[_Trigger]) -> bool:
    """Whether a pursuit verb is followed in its sentence by a flight (طاردت دورية ... قافلة فرّت من ...)."""
    return (bool(following) and _trigger_word(context, trigger) in patterns.pursuits
            and _trigger_word(context, following[0]) in patterns.flights
            and context.sentence_of[trigger.first] == context.sentence_of[following[0].first])


def _trigger_word(context: _Context, trigger: _Trigger) -> str:
    """The trigger's first word without its clitics (وطاردت: طاردت), as the trigger forms are written."""
    return context.tokens[trigger.first].text[trigger.prefix:]


def _chase(context: _Context, patterns: Patterns, trigger: _Trigger, previous: int, flight: _Trigger,
           after_flight: int) -> Movement | None:
    """A pursuit with no place before the flight it chases: it goes where the chased fled (not from where they
    fled: that is theirs), from where it set out, if the text says."""
    chase = _movement(context, patterns, trigger, previous, after_flight)
    if chase is None or not chase.destinations:
        return None
    own = tuple(m for m in chase.origins if _token_at(context.norm, m.start) < flight.first)
    return replace(chase, origins=own, via=())


def _retellings_merged(context: _Context, patterns: Patterns, movements: list[Movement]) -> list[Movement]:
    """'دفعت القيادة العامة بوحدات إلى سبها وغات وأوباري. وأوضح ... أن الأرتال انطلقت من قاعدة الجفرة ... ثم
    توزعت: السرية الأولى بغات، والثانية بأوباري': a movement the next sentence tells again in detail is one."""
    merged: list[Movement] = []
    for movement in movements:
        if merged and _retold(context, patterns, merged[-1], movement):
            movement = replace(_with_details(merged.pop(), movement), status=movement.status)  # an order, carried out
        elif any(_told_over(context, patterns, earlier, movement) for earlier in merged):
            continue  # وصل رتل إلى الجغبوب ... «وصول الرتل إلى الجغبوب سبقه نقل سرية»: the column's arrival, told over
        merged.append(movement)
    return merged


def _told_over(context: _Context, patterns: Patterns, earlier: Movement, movement: Movement) -> bool:
    """Whether a later sentence tells an earlier movement over and adds nothing: the force named again (الرتل،
    القوة) with the trigger, no origin and no way of its own, the same status and only places the earlier one went to."""
    if (movement.origins or movement.via or not movement.destinations or movement.trigger is None
            or movement.status != earlier.status or movement.evidence == earlier.evidence
            or "\n" not in context.text[:earlier.evidence.start]):  # not a headline's: the body tells it (see
        return False  # _without_headline_repeats)
    if not {_place_key(m) for m in movement.destinations} <= {_place_key(m) for m in earlier.destinations}:
        return False
    first = _token_at(context.norm, movement.trigger.start)
    last = min(len(context.tokens) - 1, first + RETOLD_AFTER)
    return _force_named_again(context, patterns, first, last, whole=True)  # وصول الرتل إلى: its subject


def _corrected(context: _Context, patterns: Patterns, movements: list[Movement]) -> list[Movement]:
    """'ذكرنا في تدوينة الساعة 11:20 أن القوات النيجرية انسحبت إلى أغاديس، والصحيح أنها انسحبت إلى ديركو': a correction
    is no movement of its own. The places it says were wrong (before والصحيح) that an earlier movement holds in the
    same role give way there to the places it says are right; a correction of nothing told before (the article was
    already amended: كما هو مثبت أعلاه) is a movement to its right places only if none told before holds them."""
    kept: list[Movement] = []
    corrections: dict[int, list[Movement]] = {}  # the token where what is right starts → the sentence's movements
    for movement in movements:
        right_from = _correction_at(context, patterns, movement)
        if right_from is None:
            kept.append(movement)
        else:
            corrections.setdefault(right_from, []).append(movement)
    for right_from, told in corrections.items():
        wrong: dict[str, list[Mention]] = {"origins": [], "destinations": []}
        right: dict[str, list[Mention]] = {"origins": [], "destinations": []}
        for movement in told:
            for role in wrong:
                for mention in getattr(movement, role):
                    (wrong if _token_at(context.norm, mention.start) < right_from else right)[role].append(mention)
        wrong_keys = {role: {_place_key(m) for m in places} for role, places in wrong.items()}
        shared = [(sum(bool(wrong_keys[role] & {_place_key(m) for m in getattr(kept[k], role)}) for role in wrong), k)
                  for k in range(len(kept)) if kept[k].evidence.start < told[0].evidence.start]
        best = max(shared, default=(0, None))  # the move that holds the most of the wrong places, the latest of them
        earlier = best[1] if best[0] else None  # (نُقلت من المرج إلى توكرة: the move from Marj to Tocra, not another
        # from Marj)
        if earlier is not None:
            kept[earlier] = _with_right_places(kept[earlier], wrong_keys, right)
        elif (right["origins"] or right["destinations"]) and not any(
                {_place_key(m) for m in right[role]} <= {_place_key(m) for m in getattr(other, role)}
                for other in kept for role in right if right[role]):
            kept.append(replace(told[-1], origins=tuple(right["origins"]), destinations=tuple(right["destinations"])))
    return sorted(kept, key=lambda m: m.evidence.start) if corrections else kept


def _correction_at(context: _Context, patterns: Patterns, movement: Movement) -> int | None:
    """The token where a correction says what is right (والصحيح أنها), in the movement's sentence."""
    if movement.trigger is None:
        return None
    s_first, s_last = _sentence_bounds(context, _token_at(context.norm, movement.trigger.start))
    return next((k for k in patterns.corrections.between(s_first, s_last)
                 if patterns.corrections.at(context.norm.text, context.tokens, k)), None)


def _with_right_places(movement: Movement, wrong: dict[str, set[str]], right: dict[str, list[Mention]]) -> Movement:
    """``movement`` with its wrong places in each role given way to the right ones (the right first)."""
    for role, places in right.items():
        if wrong[role] and places:
            keys = {_place_key(m) for m in places}
            held = tuple(m for m in getattr(movement, role) if _place_key(m) not in wrong[role] | keys)
            movement = replace(movement, **{role: tuple(places) + held})
    return movement


def _past_gloss(norm: Normalised, tokens: list[Token], last: int) -> int:
    """The last token of a place's name in Latin letters in brackets right after it (الدبداب (Debdeb) قبالة مدينة
    غدامس, as translated wire copy writes it), else ``last``: what follows the gloss follows the place."""
    normal, k = norm.text, last + 1
    if k >= len(tokens) or normal[tokens[last].end:tokens[k].start].strip() != "(":
        return last
    while k < len(tokens) and tokens[k].text.isascii() and tokens[k].text.isalpha():
        if normal[tokens[k].end:tokens[k + 1].start if k + 1 < len(tokens) else len(normal)].strip().startswith(")"):
            return k
        k += 1
    return last


def _claims_denied_later(context: _Context, patterns: Patterns, movements: list[Movement]) -> list[Movement]:
    """A movement told as a claim passed around (تداول ناشطون مقطعاً ... وادّعوا أنه يُظهر «قوات روسية تدخل اوباري») that a later
    sentence denies, naming one of its places or its force and no other (ونفى عضو في المجلس البلدي بزوارة وصول أي قطعة
    عسكرية إلى الميناء), is denied: the article's last word on it. A denial that names other places or another force
    (نفت القيادة العامة «أي وجود لعناصر تشادية» في أم الأرانب, after pages showed another force massing there)
    answers another claim."""
    denials: list[tuple[int, set[str], set[str], set[str]]] | None = None
    told: list[Movement] = []
    answered: list[tuple[int, set[str]]] = []  # (first token of the denial sentence, the claim's places)
    for movement in movements:
        claim_last = _circulated_claim(context, patterns, movement)
        if claim_last is not None:
            denials = _denial_sentences(context, patterns) if denials is None else denials
            keys = _place_keys(movement)
            name = movement.actor.name if movement.actor is not None else None
            denial = next((first for first, places, names, any_names in denials
                           if first > claim_last and (places or names) and (not places or keys & places)
                           and (not names or name in names or _same_nation(context.actor_lexicon, name, any_names))),
                          None)
            if denial is not None:
                movement = replace(movement, status="denied")
                answered.append((denial, keys))
        told.append(movement)
    if not answered:
        return told
    return [m for m in told if not any(_denies_again(context, m, first, keys) for first, keys in answered)]


def _same_nation(lexicon: ActorLexicon, name: str | None, names: set[str]) -> bool:
    """Whether the claim's force is of the nation of a force the denial names as 'any' of it (the Rapid Support
    Forces, a Sudanese armed group, and «لا صحة لدخول أي قوة سودانية»)."""
    nations = [pair for pair in lexicon.by_country.values() if name in pair]
    return any(other in pair for pair in nations for other in names)


def _denies_again(context: _Context, movement: Movement, first: int, keys: set[str]) -> bool:
    """Whether a denied movement of the denial sentence that answered a claim (starting at token ``first``) is
    that claim told again: no place the claim did not have (لا صحة لدخول أي قوة سودانية إلى الكفرة)."""
    if movement.status != "denied" or movement.trigger is None:
        return False
    trigger = _token_at(context.norm, movement.trigger.start)
    places = _place_keys(movement)
    return (_sentence_bounds(context, trigger)[0] == first and bool(movement.destinations) and not movement.origins
            and places <= keys)  # not «لم تتحرك شبراً من الشويرف»: where the force is said to have stayed


def _circulated_claim(context: _Context, patterns: Patterns, movement: Movement) -> int | None:
    """The last token of the sentence of a reported movement told after a claim passed around (تداول، ادّعوا)."""
    if movement.status != "reported" or movement.trigger is None:
        return None
    trigger = _token_at(context.norm, movement.trigger.start)
    s_first, s_last = _sentence_bounds(context, trigger)
    return s_last if _any_in(patterns.circulated, context, s_first, trigger - 1) else None


DENIALS = (("denied", "before"), ("denied", "sentence"))  # نفى ...، ... لا صحة: the cues that deny in a sentence


def _denial_sentences(context: _Context, patterns: Patterns) -> list[tuple[int, set[str], set[str], set[str]]]:
    """(first token, place keys, actor names, the names of those said as 'any' of them: أي قوة سودانية) of each
    sentence with a denial in it (نفى، لا صحة)."""
    found = []
    normal, tokens = context.norm.text, context.tokens
    for sentence, first in context.sentence_first.items():
        last = context.sentence_last[sentence]
        if not any(cue and cue[2] in DENIALS for cue in (patterns.status.at(normal, tokens, k)
                                                         for k in patterns.status.between(first, last))):
            continue  # one scan of the sentence's status cues for either kind of denial
        places = {_place_key(context.placed[k]) for k in context.places_between(first, last)}
        spans = [span for span in context.actors_between(first, last) if span.actor.name]
        names = {span.actor.name for span in spans}
        any_names = {span.actor.name for span in spans if span.first and tokens[span.first - 1].text in ANY_WORDS}
        found.append((first, places, names, any_names))
    return found


ANY_WORDS = ("اي", "ايه")  # أي، أية, normalised: 'any' force of a nation (لا صحة لدخول أي قوة سودانية)


def _home_country(text: str, mentions: list[Mention]) -> str | None:
    """The country of the article's dateline (تونس – موزاييك), the same test the geocoder votes with."""
    for mention in mentions:
        if mention.start > DATELINE_REACH:
            break
        if mention.place is not None and opens_dateline(text, mention.start, mention.end):
            return mention.place.country
    return None


def _home_army(text: str, mentions: list[Mention], lexicon: ActorLexicon, movements: list[Movement]) -> list[Movement]:
    """In an article datelined in a neighbour that names the LNA nowhere in its own words (الجيش الوطني الليبي،
    القيادة العامة، حفتر), 'the army' (الجيش الوطني) is that country's, not the LNA."""
    home = _home_country(text, mentions)
    army = lexicon.by_country.get(home, ("", ""))[0] if home and home != "LY" else ""
    if not army or any(m.actor is not None and m.actor.name == lexicon.home_army
                       and name_key(m.actor.text) not in lexicon.home_army_phrases for m in movements):
        return movements  # القاهرة – «الشرق الأوسط» over a story that names the LNA: الجيش is still the LNA
    return [replace(m, actor=Actor(m.actor.text, army))
            if m.actor is not None and (not m.actor.name or m.actor.name in lexicon.libyan_sides)  # the LNA, the side
            and name_key(m.actor.text) in lexicon.home_army_phrases else m for m in movements]  # named most, or none


HEADLINE_WORDS = 25  # a first line this short, with more text after it, is the article's headline


def _without_headline_repeats(text: str, movements: list[Movement], bulletins: tuple[str, ...]) -> list[Movement]:
    """A headline's movement that the body tells again (same status, a shared place) is one movement: the
    body's, which has the detail (origin, route, who says so) and names its actor in a whole sentence (a
    headline's is often read off a neighbouring clause: 'أرتال من مصراتة ... والأركان تنفي سحب قوات'). So is an
    urgent line's («عاجل: رتل للجيش الوطني الليبي يصل إلى غات قادماً من سبها», told again below it)."""
    lines = _headline_lines(text, bulletins) if movements else []
    if not lines:
        return movements

    def in_lines(movement: Movement) -> bool:
        return any(start <= movement.evidence.start and movement.evidence.end <= end for start, end in lines)

    body = [m for m in movements if not in_lines(m)]
    return [m for m in movements if not in_lines(m) or not any(_told_again(m, b) for b in body)]


def _headline_lines(text: str, bulletins: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of the headline (a short first line with more text after it), of the short lines standing with
    it before the body's first paragraph (a web page's breadcrumb, headline, sub-headline, dateline, photo caption)
    and of each short line that opens with an urgent word (عاجل)."""
    lines, start, heading = [], 0, True
    for number, line in enumerate(text.split("\n")):
        end = start + len(line)
        short = len(line.split(None, HEADLINE_WORDS)) <= HEADLINE_WORDS  # no need to split it all
        heading = heading and short
        if short and (number == 0 and text[end + 1:].strip() or heading or line.lstrip().startswith(bulletins)):
            lines.append((start, end))
        start = end + 1
    if heading:  # all lines short (a digest, a list of flashes): no body to set the lines above it apart from
        return lines[:1] + [(start, end) for start, end in lines[1:] if text[start:end].lstrip().startswith(bulletins)]
    return lines


def _told_again(headline: Movement, body: Movement) -> bool:
    """Same status, and a place of the headline's that the body names or, for a country or region, a body
    place lies in ('روسيا تنقل معدات من سوريا إلى شرق ليبيا' told again as Hmeimim to Al Khadim). A headline's
    bare present tells a body's plan or condition of the same kind too (الزنتان تمهل «قوات حفتر» 48 ساعة للانسحاب
    من القريات: the body says what follows if they do not), and a claim the body denies (أنباء متضاربة عن انسحاب
    نحو براك: the body's source denies the withdrawal)."""
    if headline.status != body.status and not (
            headline.status == "reported" and body.status in ("planned", "conditional", "denied")
            and headline.kind == body.kind):
        return False
    places = body.destinations + body.origins + body.via
    keys = {_place_key(m) for m in places}
    names = {normalise_word(m.text) for m in places}
    for told in headline.destinations or headline.origins or headline.via:  # تنفي دخول أسلحة عبر معبر الذهيبة
        if _place_key(told) in keys or normalise_word(told.text) in names:
            return True  # 'الجيش التشادي يعزز أدري..': the same name, however the headline's few words placed it
        area = told.place
        if area is not None and area.kind in ("country", "region") and any(
                m.place is not None and m.place.country == area.country and m.place.kind not in ("country", "region")
                for m in places):
            return True
        if area is not None and area.kind == "country" and any(  # 'نحو حدود النيجر' told again as الحدود مع النيجر
                m.place is not None and area.country.lower() in _border_countries(m.place) for m in places):
            return True
        if area is not None and area.kind == "district" and any(  # الجفرة told again as قاعدة الجفرة الجوية
                m.place is not None and distance_km(m.place, area) <= DISTRICT_REACH_KM for m in places):
            return True
        if area is not None and area.kind in AIRFIELDS and any(  # 'هبوط «بانتسير» في بنينا' (the airport) told again
                m.place is not None and m.place.kind in AIRFIELDS  # as the landing in قاعدة بنينا (the air base)
                and distance_km(m.place, area) <= SAME_AIRFIELD_KM for m in places):
            return True
        if area is not None and area.kind in ("city", "town") and headline.kind == body.kind and any(
                m.place is not None and m.place.kind in ("base", "airport", "crossing", "oilfield")
                and distance_km(m.place, area) <= TOWN_FACILITY_KM for m in places):
            return True  # 'ينقل الكتيبة جواً إلى طبرق' told again as the airlift to the air base south of Tobruk
    return False


AIRFIELDS = ("base", "airport")  # an airfield the gazetteer may hold twice: as an airport and as an air base
SAME_AIRFIELD_KM = 10.0  # an airport and an air base this near are one airfield (مطار بنينا، قاعدة بنينا الجوية)


BORDER_ID = "region:border-"  # the gazetteer's border rows: region:border-ly-ne is the Libya–Niger border
BORDER_IDS = ("region:border", "region:tripoint")  # its borders, a country's borders and border triangles


def _border_countries(place) -> list[str]:
    """The two countries (ISO codes, lower case) of a border row of the gazetteer; none for any other place."""
    return place.id[len(BORDER_ID):].split("-") if place.id.startswith(BORDER_ID) else []


def _is_border(place) -> bool:
    """A border, a country's borders or a border triangle of the gazetteer."""
    return place.id.startswith(BORDER_IDS)


def _told_in_sentence(context: _Context, movement: Movement | None, s_first: int) -> bool:
    """Whether ``movement`` was told in the sentence that starts at token ``s_first``."""
    return movement is not None and movement.evidence.start == context.norm.offsets[context.tokens[s_first].start]


def _place_key(mention: Mention) -> str:
    return mention.place.id if mention.place else mention.text


def _place_keys(movement: Movement) -> set[str]:
    """The keys of all the movement's places: where from, where to and the way."""
    return {_place_key(m) for m in movement.origins + movement.destinations + movement.via}


def _each_once(mentions) -> tuple[Mention, ...]:
    """The mentions, a place named again as written in the same role left out (ومرت بمزدة ... في بلدية مزدة; not
    جبل العوينات and المثلث الحدودي, two names the gazetteer gives one point)."""
    seen: set[tuple[str, str]] = set()
    return tuple(m for m in mentions if not ((key := (_place_key(m), m.text)) in seen or seen.add(key)))


def _sentence_of(token_starts: list[int], sentence_starts: list[int]) -> list[int]:
    """The sentence of each token: the last one starting at or before it (the first for tokens before it)."""
    sentence_of: list[int] = []
    for sentence in range(len(sentence_starts)):
        following = sentence_starts[sentence + 1] if sentence + 1 < len(sentence_starts) else None
        end = bisect_left(token_starts, following) if following is not None else len(token_starts)
        sentence_of.extend([sentence] * (end - len(sentence_of)))
    return sentence_of + [0] * (len(token_starts) - len(sentence_of))


RETOLD_SENTENCES = 2  # sentences after a movement in which its force, named again, takes up its positions
RETOLD_FORCE_BEFORE = 12  # words back from a stationing verb to the force named again (إن الرتل، المؤلف من ...، تمركز)


def _stations_the_last(context: _Context, patterns: Patterns, after: int, trigger: _Trigger, last: Movement,
                       movement: Movement) -> bool:
    """'وصل رتل ... إلى الزاوية. وقال مصدر إن الرتل، المؤلف من نحو أربعين آلية، تمركز عند البوابة الغربية للمدينة
    وفي محيط مصفاة الزاوية': the force of the movement told in one of the sentences before (``after``, its last
    trigger token), named again (الرتل، الوحدات، جزءاً منه) and taking up positions, is where that movement ended, by
    the same force, reported as it was."""
    normal, tokens = context.norm.text, context.tokens
    if (movement.origins or not movement.destinations or not last.destinations or last.status != "reported"
            or movement.status != "reported" or not patterns.stationing.at(normal, tokens, trigger.first)
            or not 0 < context.sentence_of[trigger.first] - context.sentence_of[after] <= RETOLD_SENTENCES
            or movement.actor is not None and last.actor is not None and movement.actor.name != last.actor.name):
        return False
    _, s_last = _sentence_bounds(context, trigger.first)
    return _force_named_again(context, patterns, trigger.first, min(s_last, trigger.last + 2))  # after the verb too:
    # فيما انتشرت سرية منها غرباً


RETOLD_AFTER = 2  # words after a trigger in which the force told before may be named again (وصول الرتل إلى)


def _force_named_again(context: _Context, patterns: Patterns, first: int, last: int, whole: bool = False) -> bool:
    """Whether the force of a movement told before is named again (الرتل، التعزيزات، جزءاً منه) in the sentence of the
    trigger at ``first``, from RETOLD_FORCE_BEFORE words before it up to ``last``; with ``whole``, the whole force
    as one word, و alone before it (الرتل، القوة: not سرية منه, a part, nor لحقت بالرتل, what others joined)."""
    s_first, _ = _sentence_bounds(context, first)
    normal, tokens = context.norm.text, context.tokens
    for k in range(max(s_first, first - RETOLD_FORCE_BEFORE), last + 1):
        match = patterns.retold_forces.at(normal, tokens, k)
        if match and (not whole or match[0] == 1 and tokens[k].text[:match[1]] in ("", "و")):
            return True
    return False


FUTURE_GOES_ON = 10  # words from a future verb that made no movement to the present verb that carries on its clause


def _future_goes_on(context: _Context, before: _Trigger, trigger: _Trigger, previous: int) -> bool:
    """'أنها ستدفع، خلال الساعات المقبلة، بقوة لفض النزاع تنطلق من غريان': a future verb that made no movement of
    its own (``previous``, the last trigger that did, is before it) and, a few words on in its sentence, a present
    verb (تنطلق، يتجه) that says where the force it sends comes from or goes: the plan goes on."""
    word = context.tokens[trigger.first].text
    return (before.future and not trigger.future and previous < before.first
            and 0 < trigger.first - before.last <= FUTURE_GOES_ON and word[:1] in ("ت", "ي")
            and context.sentence_of[before.first] == context.sentence_of[trigger.first])


THEN_AFTER_FUTURE = 12  # words back from 'then' to the future verb whose time it goes on in (ستبقى ... ثم تعود)


def _then_after_a_future(context: _Context, trigger: _Trigger) -> bool:
    """'الكتيبة ستبقى في المنفذ حتى ثالث أيام العيد، «ثم تعود إلى مقرها في طبرق»': a present verb right after 'then',
    a future verb a few words before it in its sentence: it happens then too."""
    tokens = context.tokens
    word = tokens[trigger.first].text[trigger.prefix:]
    if trigger.future or word[:1] not in ("ت", "ي") or trigger.first == 0 or tokens[trigger.first - 1].text != "ثم":
        return False
    sentence = context.sentence_of[trigger.first]
    for k in range(trigger.first - 2, max(-1, trigger.first - 2 - THEN_AFTER_FUTURE), -1):
        if context.sentence_of[k] != sentence:
            return False
        if _is_future_word(tokens[k].text):
            return True
    return False


def _continues(first: Movement, second: Movement, any_status: bool = False) -> bool:
    """'أقلعت من الإمارات وهبطت في قاعدة الخادم': a departure and an arrival told in one sentence."""
    return (first.evidence == second.evidence and first.origins and not first.destinations
            and second.destinations and not second.origins and (any_status or first.status == second.status))


SUBJECT_AFTER_PLACE = 3  # words from where a verb went to the vehicles named after it (ثلاث طائرات شحن)


def _subject_of_the_last(context: _Context, patterns: Patterns, trigger: _Trigger, last: Movement,
                         movement: Movement) -> bool:
    """'حطّت في قاعدة براك الجوية ثلاث طائرات شحن قادمة من قاعدة الخادم': vehicles named right after where the verb
    before them went, with nothing between, are its subject: where they came from is that movement's origin."""
    if not (last.evidence == movement.evidence and last.destinations and not last.origins and movement.origins
            and not movement.destinations and last.status == movement.status):
        return False
    end = _token_at(context.norm, last.destinations[-1].end - 1)  # a time phrase between not counted (مساء الأربعاء)
    return (trigger.first > end and _gap(context, patterns, end, trigger.first) <= SUBJECT_AFTER_PLACE
            and joined(context.norm.text, context.tokens, end, trigger.first))


ALTERNATIVE = "او"  # أو, normalised: 'or': an alternative to the movement before shares its plan, condition or denial


def _an_alternative(context: _Context, patterns: Patterns, after: int, trigger: _Trigger) -> bool:
    """Whether 'or' stands right before the trigger, the movement before it (its trigger's last token ``after``) in
    the same statement, no verb of saying between (أي نية للتقدم نحو قصر بن غشير أو دخول عين زارة)."""
    if trigger.first == 0 or context.tokens[trigger.first - 1].text != ALTERNATIVE:
        return False
    normal, tokens = context.norm.text, context.tokens
    return not any((cue := patterns.status.at(normal, tokens, k)) and cue[2][0] == "reported"
                   for k in patterns.status.between(after + 1, trigger.first - 1))


def _joins_the_last(context: _Context, patterns: Patterns, trigger: _Trigger, last: Movement,
                    movement: Movement) -> tuple[bool, bool] | None:
    """Whether ``movement`` goes on with ``last``, the movement before it in its sentence, as one movement; if so,
    whether the one joined keeps the kind and the status of ``last``:
    a verb of purpose, both (ستتحرك من طرابلس لتلتحق بالتعزيزات في الأصابعة: where the move is for);
    'by air' after where it sets out from, the status (تعتزم نقل سرية من قاعدة بنينا الجوية جواً إلى الكفرة);
    an arrival after a departure with the same status, neither (أقلعت من الإمارات وهبطت في قاعدة الخادم);
    a verb joined with و that has no status of its own, the status (رجالهم جاهزين يطلعوا من الزنتان ويجوا لتيجي لو ...)."""
    if _purpose_verb(context, trigger) and _continues(last, movement, any_status=True):
        return True, True
    if context.tokens[trigger.first].text in patterns.manners and _continues(last, movement, any_status=True):
        return False, True  # تعتزم نقل سرية من قاعدة بنينا الجوية جواً إلى الكفرة: planned, by air
    if _continues(last, movement):
        return False, False
    if movement.status == "reported" and _and_then(context, trigger) and _continues(last, movement, any_status=True):
        return False, True
    return None


def _and_then(context: _Context, trigger: _Trigger) -> bool:
    """'ويجوا', 'وتوجهت': a verb joined with و to the one before, whose status (a plan, a condition) it shares
    when it has no cue of its own."""
    return trigger.prefix > 0 and context.tokens[trigger.first].text[:1] == "و"


def _purpose_verb(context: _Context, trigger: _Trigger) -> bool:
    """'لتلتحق', 'لتنتشر': a verb of purpose (ل before a present tense), the goal of the movement before it."""
    word = context.tokens[trigger.first].text
    return word[:1] == "ل" and word[1:2] in ("ت", "ي") and len(word) >= 4


def _sets_out_where_the_last_went(context: _Context, patterns: Patterns, after: int, trigger: _Trigger,
                                  last: Movement, movement: Movement) -> bool:
    """Whether a movement that names no origin sets out from where the one before it (``last``, its last trigger
    token ``after``) went: 'from there' (ومنها نُقلت جواً إلى الجفرة; ومن هناك, in the next sentence too), or the
    next leg after 'then' or 'before' with the same status (ثم عبرت سرية منه إلى منفذ راس اجدير), or a setting out
    later in its sentence (هبوط طائرتي شحن في القاعدة نفسها، قالوا إنهما أقلعتا بعد ساعات باتجاه قاعدة براك)."""
    if movement.origins or not last.destinations:
        return False
    there = _from_there(context, patterns, after, trigger)
    if there:
        return there == "there" or last.evidence == movement.evidence
    if last.destinations[-1].text in {d.text for d in movement.destinations} or not movement.destinations:
        return False
    return ((last.status == movement.status
             and (_next_leg(context, patterns, trigger) or _sets_out_later(context, patterns, trigger, last, movement)
                  or _moves_them_on(context, trigger, last, movement)))
            or _goes_on_from_the_massing(context, patterns, trigger, last, movement))


def _goes_on_from_the_massing(context: _Context, patterns: Patterns, trigger: _Trigger, last: Movement,
                              movement: Movement) -> bool:
    """'حشدت وحدات في درج، استعداداً للتقدم نحو حقل الوفاء', 'حشد نحو 50 آلية في الزنتان، وقال أحد قادته إن القوة
    «ستتوجه إلى حقل الوفاء»': a force massed somewhere and, in the same sentence, moving on (planned or told) sets
    out from where it massed; not where another force is named between (وأن قوات بحرية ستنفذ إنزالاً), nor an
    event set beside it after a comma."""
    if not (last.kind == "mobilise" and last.evidence == movement.evidence
            and last.status in ("reported", "planned") and movement.status != "denied"
            and movement.kind != "mobilise"
            and (movement.actor is None or last.actor is not None
                 and movement.actor.name is not None and movement.actor.name == last.actor.name)):
        return False
    normal, tokens = context.norm.text, context.tokens
    if _and_then(context, trigger) and _CLAUSE_MARK.search(normal, tokens[trigger.first - 1].end,
                                                           tokens[trigger.first].start):
        return False  # اكتمال الحشد في النوفلية، ووصول زورقين: another event beside it
    massed = _token_at(context.norm, last.destinations[-1].end - 1)
    return not any(patterns.forces.at(normal, tokens, k) and not patterns.retold_forces.at(normal, tokens, k)
                   and not (k and tokens[k - 1].text in patterns.pointers_back)
                   for k in range(massed + 1, trigger.first))


OBJECT_PRONOUNS = ("ها", "هم", "هما")  # 'them' on a verb or verbal noun joined to the place before (ونقلهم)


def _moves_them_on(context: _Context, trigger: _Trigger, last: Movement, movement: Movement) -> bool:
    """'إنزال مئات المرتزقة في ميناء بنغازي ونقلهم براً إلى الكفرة': a verb joined by و right after where the movement
    before went, with 'them' on it, moves the same force on from there."""
    before = _token_at(context.norm, last.destinations[-1].end - 1)
    return (last.evidence == movement.evidence and trigger.prefix == 1 and _and_then(context, trigger)
            and context.tokens[trigger.first].text.endswith(OBJECT_PRONOUNS) and before == trigger.first - 1)


def _sets_out_later(context: _Context, patterns: Patterns, trigger: _Trigger, last: Movement, movement: Movement) -> bool:
    """A verb of setting out (أقلعتا، انطلقت) later in the sentence of the movement before, with no 'from' of its own
    between it and where it goes (not انطلقوا من الأراضي الليبية)."""
    tokens = context.tokens
    if last.evidence != movement.evidence or not patterns.departures.at(context.norm.text, tokens, trigger.first):
        return False
    goes = _token_at(context.norm, movement.destinations[0].start)
    return goes > trigger.last and all(tokens[k].text != ORIGIN_LINK for k in range(trigger.last + 1, goes))


FROM_THERE_REACH = 3  # words from 'from there' (منها) to the direction word or the verb it goes with


def _from_there(context: _Context, patterns: Patterns, after: int, trigger: _Trigger) -> str | None:
    """'ومنها نُقلت جواً إلى الجفرة', 'وهددت بالتقدم منها نحو سرت', 'ومن هناك تحركت القوة براً': 'from there' between
    the movement before (its last token ``after``) and this one's direction word, right before the verb or right
    before a direction word. 'there' for من هناك, which may follow the movement of the sentence before; 'pronoun'
    for منها، منه, which refer back within the sentence."""
    normal, tokens = context.norm.text, context.tokens
    for k in patterns.from_there.between(after + 1, min(len(tokens) - 1, trigger.last + FROM_THERE_REACH)):
        match = patterns.from_there.at(normal, tokens, k)
        if not match or k and patterns.forces.ends_at(normal, tokens, k - 1):
            continue  # 'على أن تتحرك سرية منه إلى مرتوبة': a company of the column, not 'from there'
        if context.sentence_of[k] != context.sentence_of[trigger.first]:
            continue
        end = k + match[0] - 1
        if end < trigger.first <= end + FROM_THERE_REACH - 1 or any(
                patterns.directions.at(normal, tokens, j) for j in range(end + 1, min(len(tokens), end + FROM_THERE_REACH + 1))):
            return "there" if match[0] > 1 else "pronoun"
    return None


FROM_IT = frozenset({"منها", "منه", "منهما"})  # 'from it' right after a verb of movement


def _from_it(context: _Context, trigger: _Trigger, s_first: int, roles: list) -> list:
    """'تقدمت قوات من الزنتان إلى الأصابعة، بعد أن انسحبت منها كتيبة ... باتجاه غريان', 'هدد آمر المجموعة المسلحة في
    تاجوراء بالتقدم منها نحو سوق الجمعة': 'from it' right after a verb of withdrawing or advancing is the last place
    named before the verb in its sentence, where the movement sets out from."""
    after = trigger.last + 1
    if (trigger.kind not in ("withdraw", "advance")  # سفينة إنزال راسية في ميناء زوارة وآليات تنزل منها: the ship
            or after >= len(context.tokens) or context.tokens[after].text not in FROM_IT):
        return []
    own = {first for first, _, _ in roles}
    before = [k for k in context.places_between(s_first, trigger.first - 1) if k not in own]
    return [(before[-1], context.placed[before[-1]], "origin")] if before else []


def _next_leg(context: _Context, patterns: Patterns, trigger: _Trigger) -> bool:
    """'ثم عبرت سرية منه إلى منفذ راس اجدير', 'هبطتا في قاعدة الخادم، قبل أن تتوجه إحداهما إلى قاعدة الجفرة': 'then'
    or 'before' right before the verb (a time phrase between apart) tells the next leg of the movement before: it
    sets out from where that one went."""
    k = _before_time_phrase(context, patterns, trigger.first)
    return k >= 0 and context.sentence_of[k] == context.sentence_of[trigger.first] and bool(
        patterns.next_legs.ends_at(context.norm.text, context.tokens, k))


def _before_time_phrase(context: _Context, patterns: Patterns, first: int, joined_only: bool = False) -> int:
    """The token before ``first`` and the time phrase right before it (الأسبوع المقبل، فجر السبت); with
    ``joined_only``, a time phrase with no punctuation in it or after it."""
    normal, tokens, time_words = context.norm.text, context.tokens, patterns.time_words.index
    k = first - 1
    while k >= 0 and (tokens[k].text,) in time_words and (not joined_only or joined(normal, tokens, k, k + 1)):
        k -= 1
    return k


def _came_from(first: Movement, second: Movement) -> bool:
    """'انتشرت قوة على مداخل تاورغاء، بعد أن تحركت من زليتن مروراً بمصراتة': an arrival, then in the same sentence
    where from, by the same force (or one the sentence does not name). The caller asks for a word that ties the
    two (بعد أن with the same status, or a verb of setting out: تنطلق من معسكراتها في غريان)."""
    return (first.destinations and not first.origins and second.origins and not second.destinations
            and (second.actor is None or first.actor is None or second.actor.name == first.actor.name))


RETOLD_OVERLAP = 2  # destinations a next sentence's movement shares with the one before to be it, told in detail


def _retold(context: _Context, patterns: Patterns, last: Movement, movement: Movement) -> bool:
    """A movement that one of the next sentences tells again, with the same status and the origin it lacked, is
    that movement (a plan told as carried out, too: أوعز بتحريك قوة إلى الزاوية. ... أن القوة انطلقت من طرابلس):
    told in detail in the very next sentence by the same named force, with at least RETOLD_OVERLAP
    of its destinations (the units' share-out, place by place); or told by its force named again, going nowhere
    else ('دفعت القوات المسلحة بتعزيزات إلى واحة سيوة. وقال مصدر إن التعزيزات انطلقت من قاعدة محمد نجيب، ووصلت
    إلى الواحة')."""
    text = context.text
    carried_out = last.status == "planned" and movement.status == "reported"  # أوعز بتحريك قوة ... أن القوة انطلقت
    if (last.status != movement.status and not carried_out or last.origins or not movement.origins
            or "\n" not in text[:last.evidence.start]):
        return False  # not a headline: the body tells what a headline says (_without_headline_repeats)
    keys = {_place_key(m) for m in last.destinations}
    shared = sum(_place_key(m) in keys for m in movement.destinations)
    if (last.actor is not None and movement.actor is not None and last.actor.name and not carried_out
            and last.actor.name == movement.actor.name and not text[last.evidence.end:movement.evidence.start].strip()
            and shared >= RETOLD_OVERLAP and 2 * shared >= len(movement.destinations)):
        return True
    if (movement.trigger is None or shared < len(movement.destinations)
            or movement.actor is not None and (last.actor is None or last.actor.name != movement.actor.name)):
        return False
    first, last_token = _token_at(context.norm, movement.trigger.start), _token_at(context.norm, last.evidence.end - 1)
    return (0 < context.sentence_of[first] - context.sentence_of[last_token] <= RETOLD_SENTENCES
            and _force_named_again(context, patterns, first, first - 1))


def _token_at(norm: Normalised, offset: int) -> int:
    """The token at ``offset`` of the original text."""
    return bisect_right(norm.starts, bisect_right(norm.offsets, offset) - 1) - 1


def _with_details(last: Movement, detail: Movement) -> Movement:
    """``last`` with the origin, the way and the further destinations its retelling adds."""
    keys = {_place_key(m) for m in last.destinations}
    return replace(last, origins=detail.origins, via=last.via + tuple(m for m in detail.via if m not in last.via),
                   destinations=last.destinations + tuple(m for m in detail.destinations if _place_key(m) not in keys))


def _same_end(last: Movement, movement: Movement) -> bool:
    """Whether ``movement`` ends where ``last``, told before it in its sentence, ends, by the same force (or one
    the sentence does not name), with the same status, and adds at most where it came from: one movement told
    twice."""
    return (bool(movement.destinations) and [m.text for m in movement.destinations] == [m.text for m in last.destinations]
            and (not movement.origins or not last.origins) and not movement.via and last.status == movement.status
            and movement.kind != "mobilise"
            and (movement.actor is None or last.actor is None
                 or movement.actor.name is not None and movement.actor.name == last.actor.name))


DENIED_AGAIN_SENTENCES = 3  # how far on a denial may be told again in the denier's own words


def _denied_again(context: _Context, patterns: Patterns, last: Movement, movement: Movement) -> bool:
    """'نفى المتحدث ما نشرته صفحات عن سحب وحدات من درنة، قائلاً: «لا صحة لذلك. لم نسحب أي وحدة من درنة»': a
    denial that names only places the denial right before it named, each in the same role, by the same force (or
    one not named), in its sentence or the next three, is that denial told again; so is a denial right after a claim
    passed around ('صفحات محلية تحدثت عن انسحاب كتيبتكم من تازربو. ما ردكم؟ - لم نسحب جندياً واحداً من تازربو')."""
    claimed = last.status == "reported" and _circulated_claim(context, patterns, last) is not None
    if not (last.status == "denied" or claimed) or movement.status != "denied" or (
            movement.actor and last.actor and movement.actor.name != last.actor.name):
        return False
    if not (movement.origins or movement.destinations) or any(
            not {_place_key(m) for m in mine} <= {_place_key(m) for m in named}
            for mine, named in ((movement.origins, last.origins), (movement.destinations, last.destinations),
                                (movement.via, (*last.via, *last.destinations)))):
        return False  # not 'نقل جنود روس جواً من الكفرة إلى السودان' and then 'دخول عناصر روسية إلى الكفرة
    sentence = context.sentence_of
    return 0 <= (sentence[_token_at(context.norm, movement.evidence.start)]
                 - sentence[_token_at(context.norm, last.evidence.start)]) <= DENIED_AGAIN_SENTENCES


ACTOR_GAP = 8  # characters of spaces, quotes and commas that may stand between a force's name and the verb after it


def _describes_the_force(context: _Context, patterns: Patterns, after: int, trigger: _Trigger, last: Movement) -> bool:
    """Whether the trigger, with no و before it and no other verb of movement since the ``last`` movement's (its
    last token ``after``), follows at once the force of that movement (or a force, when that one names none): a
    clause that describes it (عُزّز معبر الذهيبة بوحدات من الجيش التونسي نُقلت من تطاوين، تعزيزاً للمراكز في الدبداب
    بوحدات قدمت من ورقلة: the units came from there)."""
    tokens = context.tokens
    if trigger.prefix or not trigger.first or any(context.verbs(tokens[k].text) for k in range(after + 1, trigger.first)):
        return False
    before = trigger.first - 1
    if last.actor is not None and last.actor.text:
        start = context.norm.offsets[tokens[trigger.first].start]  # a short look back, not a copy of the article
        return context.text[max(0, start - len(last.actor.text) - ACTOR_GAP):start].rstrip().endswith(last.actor.text)
    return bool(patterns.forces.ends_at(context.norm.text, tokens, before)
                or any(span.last == before for span in context.actors_between(max(0, before - 6), before)))


def _with_origin(arrival: Movement, departure: Movement) -> Movement:
    return replace(arrival, origins=departure.origins, via=arrival.via + departure.via,
                   actor=arrival.actor or departure.actor, attributed_to=arrival.attributed_to or departure.attributed_to,
                   date=arrival.date or departure.date, confidence=min(arrival.confidence, departure.confidence))


def _ends_at(movement: Movement, stationing: Movement) -> Movement:
    """A stationing right after a movement in its sentence is where that movement ended: its places are the
    movement's last destinations, not a movement of their own."""
    seen = {m.text for m in movement.origins + movement.destinations + movement.via}
    added = tuple(m for m in stationing.destinations if m.text not in seen)
    return replace(movement, destinations=movement.destinations + added)


def _on_its_way(movement: Movement, onward: Movement) -> Movement:
    """'ستعبر منفذ امساعد في طريقها إلى طبرق': the places of the movement become its way, the onward places its
    destinations."""
    return replace(movement, destinations=onward.destinations, via=movement.via + movement.destinations + onward.via,
                   origins=movement.origins + onward.origins)


def _join(first: Movement, second: Movement) -> Movement:
    places = {m.text for m in first.origins}
    second_actor = second.actor if second.actor and second.actor.text not in places else None
    return Movement(
        kind=second.kind, status=second.status, actor=first.actor or second_actor,
        origins=first.origins, destinations=second.destinations, via=first.via + second.via,
        evidence=first.evidence, confidence=min(first.confidence, second.confidence),
        trigger=first.trigger, attributed_to=first.attributed_to or second.attributed_to,
        date=first.date or second.date,
    )


def _find_triggers(context: _Context, patterns: Patterns, candidates: list[int]) -> list[_Trigger]:
    """Triggers in text order; one that closely follows another continues it (ستنشر تركيا فرقاطة).

    Only sentences that name a place are searched (no place, no movement to map), and in them only the
    ``candidates``, the tokens the prefilter says may be a trigger.
    """
    found: list[_Trigger] = []
    tokens, normal = context.tokens, context.norm.text
    with_places = {context.sentence_of[k] for k in context.place_tokens}
    resume = 0
    for i in candidates:
        if i < resume or context.sentence_of[i] not in with_places:
            continue
        match, future = _trigger_at(patterns, normal, tokens, i)
        if not match:
            continue
        n, prefix, (kind, needs_force) = match
        role = patterns.roles.at(normal, tokens, i)
        if role and role[0] > n:  # انطلاقاً من, قادمة من: a marker of where from, not a movement of its own
            continue
        if patterns.not_triggers.at(normal, tokens, i) or _inside_not_trigger(patterns, normal, tokens, i):
            continue  # القوات المتمركزة في, أكبر تحرك من نوعه, سيارة رباعية الدفع
        if i and n == 1 and tokens[i - 1].text in patterns.not_after.get(tokens[i].text[prefix:], ()):
            continue  # سفينة شحن، رحلات شحن: a cargo ship, cargo flights, not 'shipping'
        if patterns.reporting_verbs.at(normal, tokens, i) and _reports_speech(context, patterns, i + n):
            continue  # ونقلت «الوسط» عن مصدر: reports what a source said
        trigger = _Trigger(i, i + n - 1, kind, needs_force, future, prefix)
        previous = found[-1] if found else None
        if previous and _goes_on_with(context, patterns, previous, trigger):
            continue  # للانسحاب من محيط المطار وقصر بن غشير والعودة إلى الزنتان: one movement
        if (previous and i - previous.last <= CHAIN_GAP and context.sentence_of[i] == context.sentence_of[previous.last]
                and not any(not _names_actor(context, k) for k in context.places_between(previous.last + 1, i - 1))
                and not any(_break_at(context, patterns, k)  # لن تدخل البلدة، لكنها ستواصل تقدمها: two statements
                            for k in patterns.scope_breaks.between(previous.last + 1, i - 1))
                and not _denial_between(context, patterns, previous.last + 1, i - 1)):  # تعلن النفير والتبو ينفون الحشد
            specific = kind if previous.kind == "deploy" else previous.kind
            trigger = _Trigger(previous.first, i + n - 1, specific, needs_force if previous.needs_force else False,
                               previous.future or future, previous.prefix)
            found[-1] = trigger
        else:
            found.append(trigger)
        resume = i + n
    return found


def _denial_between(context: _Context, patterns: Patterns, first: int, last: int) -> bool:
    """Whether a word of denial stands in first..last: what follows it is another statement."""
    normal, tokens = context.norm.text, context.tokens
    return any((cue := patterns.status.at(normal, tokens, k)) and cue[2][0] == "denied"
               for k in patterns.status.between(first, last))


LABEL_REACH = 6  # words a ticker's label may take before its item (عاجل |، الجانب الليبي:، - )
LABEL_MARKS = ":|"
VERBLESS_REACH = 4  # words from the force to the 'from' of its origin (رتل عسكري من سرت; تعزيزات أمنية كبيرة من)


def _verbless_triggers(context: _Context, patterns: Patterns, triggers: list[_Trigger]) -> list[_Trigger]:
    """'عاجل | رتل عسكري من قاعدة الجفرة الجوية باتجاه سرت', '- تعزيزات عسكرية من مدنين إلى بن قردان': a ticker's
    or a headline's item with no verb, a force opening it (after a label) with where it comes from and where it goes.
    Only in a sentence with no trigger of its own; the force stands for the verb."""
    normal, tokens = context.norm.text, context.tokens
    with_trigger = {context.sentence_of[t.first] for t in triggers}
    found = []
    for sentence in sorted({context.sentence_of[k] for k in context.place_tokens} - with_trigger):
        first, last = context.sentence_first[sentence], context.sentence_last[sentence]
        start = first
        for k in range(first, min(last, first + LABEL_REACH)):
            if any(mark in normal[tokens[k].end:tokens[k + 1].start] for mark in LABEL_MARKS):
                start = k + 1  # عاجل | ...، مصادر ميدانية: ...
        match = patterns.forces.at(normal, tokens, start)
        if not match or match[1]:
            continue  # not وتعزيزات: the item opens with the force itself
        n = match[0]
        origin = next((k for k in range(start + n, min(last, start + n + VERBLESS_REACH))
                       if tokens[k].text == ORIGIN_LINK and k + 1 in context.placed), None)
        if origin is None:
            continue
        after = context.mention_last[origin + 1] + 1
        toward = patterns.directions.at(normal, tokens, after) if after <= last else None
        if toward and after + toward[0] in context.placed:  # not قوات من مصراتة في سرت: where they are
            found.append(_Trigger(start, start + n - 1, "deploy", False, False, 0))
    return found


def _goes_on_with(context: _Context, patterns: Patterns, previous: _Trigger, trigger: _Trigger) -> bool:
    """'للانسحاب من محيط مطار طرابلس وقصر بن غشير والعودة إلى الزنتان': a verbal noun of movement that needs a
    force, joined by و right after the places of the movement before it in its clause, and followed right away by
    where it goes, is that movement going on: the same force, the same movement, where it ends (a verb has a subject
    of its own: ستحشد قواتها في سبها وتتقدم نحو أم الأرانب is two movements)."""
    tokens, normal = context.tokens, context.norm.text
    if (trigger.needs_force != "near" or trigger.future or not tokens[trigger.first].text.startswith("وال")
            or trigger.last + 1 >= len(tokens)
            or context.sentence_of[previous.last] != context.sentence_of[trigger.first]
            or not context.places_between(previous.last + 1, trigger.first - 1)
            or _CLAUSE_MARK.search(normal, tokens[previous.last].end, tokens[trigger.first].start)):
        return False
    role = patterns.roles.at(normal, tokens, trigger.last + 1)
    return bool(role) and role[2] == "destination"


def _inside_not_trigger(patterns: Patterns, normal: str, tokens: list[Token], i: int) -> bool:
    """The trigger word ends a phrase that starts one word before it (رباعية الدفع: four-wheel drive)."""
    match = patterns.not_triggers.at(normal, tokens, i - 1) if i else None
    return bool(match) and match[0] >= 2


REPORT_REACH = 4  # words after نقل in which عن makes it 'reported, citing'


def _reports_speech(context: _Context, patterns: Patterns, after: int) -> bool:
    """'نقلت «الوسط» عن مصدر', 'نقلت مصادر محلية أن': عن or a source word within a few words, before any
    place (but a page's or a channel's name may hold one: نقلت صفحة بلدية الشاطئ عن آمر), cites a source."""
    outlet = after < len(context.tokens) and context.tokens[after].text in patterns.media  # نقلت صفحة بلدية الشاطئ عن
    for k in range(after, min(after + REPORT_REACH, len(context.tokens))):
        if k in context.placed and not outlet:
            return False
        if patterns.report_sources.at(context.norm.text, context.tokens, k):
            return True
    return False


_TRIGGER_WORDS: dict[int, tuple[PhraseIndex, WordTest]] = {}  # the index is kept so that its id is not reused


def _trigger_words(index: PhraseIndex) -> WordTest:
    """Whether a word may be a trigger: as written, or as one of its variants (see ``_variant``)."""
    if id(index) not in _TRIGGER_WORDS:
        test = WordTest(lambda word: index.may_start(word) or _variant(index, word) is not None)
        _TRIGGER_WORDS[id(index)] = (index, test)
    return _TRIGGER_WORDS[id(index)][1]


def _trigger_at(patterns: Patterns, normal: str, tokens: list[Token], i: int):
    """(match, future) for a trigger at token i: as written, after a future س, or without a plural ending."""
    match = patterns.triggers.at(normal, tokens, i)
    if match:
        return match, False
    index = patterns.triggers.index
    variant = _variant(index, tokens[i].text)
    if variant is None:
        return None, False
    how, rest = variant
    if how == "suffix":
        return (1, 0, index[(rest,)]), False
    if how == "we":  # لن نتوغل: the speaker's own forces move; no force word is needed
        return (1, 0, (index[(rest,)][0], False)), False
    tail = tuple(t.text for t in tokens[i + 1:i + index.max_tokens])
    for n in range(len(tail) + 1, 0, -1):
        key = (rest, *tail[:n - 1])
        if key in index:
            kind, needs_force = index[key]
            return (n, 0, (kind, False if how == "we_future" else needs_force)), True
    return None, False


_VARIANTS: dict[tuple[int, str], tuple[str, str] | None] = {}


def _variant(index: PhraseIndex, word: str) -> tuple[str, str] | None:
    """How ``word`` may still be a trigger: ('future', the verb after س), ('suffix', the stem), or in the first
    person plural ('we', the third person's form: نتوغل → يتوغل, or the past's stem: دفعنا → دفع; 'we_future':
    سننسحب → ينسحب). Memoised."""
    key = (id(index), word)
    if key not in _VARIANTS:
        found = None
        for prefix in FUTURE_PREFIXES:
            rest = word[len(prefix):]
            if not (word.startswith(prefix) and rest[:1] in ("ي", "ت", "ن")):
                continue
            if rest in index.starts:
                found = ("future", rest)
                break
            third = next((form for form in ("ي" + rest[1:], "ت" + rest[1:]) if form in index.starts), None)
            if rest[:1] == "ن" and third:
                found = ("we_future", third)
                break
            stem = next((rest[:-len(suffix)] for suffix in VERB_SUFFIXES
                         if rest.endswith(suffix) and (rest[:-len(suffix)],) in index), None)
            if stem is not None:  # سيزحفون: the future of يزحف with a plural ending
                found = ("future", stem)
                break
        if found is None and word.endswith("نا") and len(word) >= 5 and (word[:-2],) in index:
            found = ("we", word[:-2])  # دفعنا بكتيبتين، أرسلنا بحراً: the past of the first person plural
        if found is None:
            for suffix in VERB_SUFFIXES:
                stem = word[:-len(suffix)]
                if word.endswith(suffix) and len(stem) >= 3 and (stem,) in index:
                    found = ("suffix", stem)
                    break
        if found is None and word[:1] == "ن" and len(word) >= 4:
            found = next((("we", form) for form in ("ي" + word[1:], "ت" + word[1:]) if (form,) in index), None)
        _VARIANTS[key] = found
    return _VARIANTS[key]


def _sentence_bounds(context: _Context, token: int) -> tuple[int, int]:
    """First and last token index of the sentence holding ``token``."""
    sentence = context.sentence_of[token]
    return context.sentence_first[sentence], context.sentence_last[sentence]


OPPOSED_REACH = 2  # words between 'facing' (قبالة، ضد) and the force faced (قبالة خطوط قوات ...)


def _opposed(context: _Context, patterns: Patterns, span: ActorSpan) -> bool:
    """Whether the force at ``span`` is the one faced or fought (قبالة خطوط قوات حكومة الوحدة، ضد ميليشيات), not
    the one that moves."""
    return _word_in(context, patterns.facing, span.first - 1 - OPPOSED_REACH, span.first - 1)


PATRON_REACH = 2  # words between a channel (قنوات، صفحات) and the word that says whom it serves (موالية ل)


def _outlets_patron(context: _Context, patterns: Patterns, first: int) -> bool:
    """Whether the force named at token ``first`` is only whom the channels before it serve (ما بثته قنوات موالية
    للقيادة العامة عن حشد قوات: the army is not the force massing)."""
    if first == 0 or context.tokens[first - 1].text not in patterns.patrons:
        return False
    return _word_in(context, patterns.media, first - 1 - PATRON_REACH, first - 2)


def _patrons_place(context: _Context, patterns: Patterns, first: int) -> bool:
    """Whether the place at token ``first`` is whom a force or a channel serves or belongs to (المرتزقة السوريين
    الموالين لتركيا، قوة حرس الحدود التابعة لطرابلس، كتائب محسوبة على مصراتة): not where anyone goes."""
    tokens = context.tokens
    if first and tokens[first - 1].text in patterns.patrons and _with_clitic(context, first, "ل"):
        return True
    return first > 1 and tokens[first - 1].text in (ON, ORIGIN_LINK) and tokens[first - 2].text in patterns.patrons


MEETING_REACH = 6  # words from a meeting (اجتماع عاجل للجنة العسكرية المشتركة في) to the place it is held in


def _meeting_place(context: _Context, patterns: Patterns, boundary: int, first: int) -> bool:
    """Whether the place at ``first`` is where a meeting, talks or a summit are held (ودعت إلى اجتماع عاجل للجنة
    العسكرية المشتركة في تونس العاصمة): a meeting word between the place before (or the trigger) and it."""
    return _word_in(context, patterns.meetings, max(boundary + 1, first - MEETING_REACH), first - 1)


def _word_in(context: _Context, words: frozenset[str], first: int, last: int) -> bool:
    """Whether one of ``words`` stands at a token in first..last (clipped to the article)."""
    return any(context.tokens[k].text in words for k in range(max(0, first), last + 1))


def _statement_follows(context: _Context, patterns: Patterns, k: int) -> bool:
    """Whether words at token k tell how something was said (في بيان، في تصريح لنا، خلال مؤتمر صحفي)."""
    tokens = context.tokens
    return k + 1 < len(tokens) and tokens[k].text in patterns.statement_links and tokens[k + 1].text in patterns.statements


def _any_in(phrases: _Memo, context: _Context, first: int, last: int):
    return phrases.first_in(context.norm.text, context.tokens, max(first, 0), min(last, len(context.tokens) - 1))


def _break_at(context: _Context, patterns: Patterns, k: int) -> bool:
    """Whether a scope break (لكن، بينما، وسط مخاوف) starts at token k."""
    return bool(patterns.scope_breaks.at(context.norm.text, context.tokens, k)) and _names_no_place(context, patterns, k)


def _names_no_place(context: _Context, patterns: Patterns, k: int) -> bool:
    """False for a break word that is also a place noun and leads to a place: 'من وسط ترهونة' is the centre of
    Tarhuna, 'وسط مخاوف' ('amid fears') a break."""
    tokens, skippable = context.tokens, patterns.skippable
    if tokens[k].text not in skippable:
        return True
    k += 1
    while k < len(tokens) and tokens[k].text in skippable:
        k += 1
    return k not in context.placed


def _movement(context: _Context, patterns: Patterns, trigger: _Trigger, previous: int, following: int) -> Movement | None:
    s_first, s_last = _sentence_bounds(context, trigger.first)
    if _asked(context, patterns, trigger, s_last):
        return None  # "هل تتحرك قوات القيادة العامة نحو غدامس أيضاً؟"
    if trigger.first and patterns.unless.ends_at(context.norm.text, context.tokens, trigger.first - 1):
        return None  # ستتقدم نحو درج «ما لم تنسحب القوة القادمة من الغرب منها»: what the threat asks for
    clause_end = min(s_last, trigger.last + WINDOW)
    for k in patterns.scope_breaks.between(trigger.last + 1, clause_end):
        if _break_at(context, patterns, k):
            clause_end = k - 1
            break
    for k in patterns.status.between(trigger.last + 1, clause_end):
        cue = patterns.status.at(context.norm.text, context.tokens, k)
        if cue and cue[2][1] == "claim":  # وهو ما نفته القيادة العامة في بنغازي: the denier's place is no movement's
            clause_end = k - 1
            break
    for k in patterns.sources.between(trigger.last + 2, clause_end):
        source = patterns.sources.at(context.norm.text, context.tokens, k)
        if source and not source[2][1] and _statement_follows(context, patterns, k + source[0]):
            clause_end = k - 1  # وقالت في بيان صدر في أنقرة: where it was said is no movement's place
            break
    if _is_not_force(context, patterns, trigger, s_first, clause_end):
        return None  # past the next trigger too: هبطت بمطار بنينا طائرة شحن ... تحمل أدوية
    end = min(following - 1, clause_end)
    goes_on = (previous >= s_first and trigger.first and not trigger.prefix
               and context.tokens[trigger.first - 1].text in patterns.goes_on_words)  # حتى بلغت: the force told of
    if trigger.needs_force and not goes_on and not _has_force(context, patterns, trigger, s_first, s_last):
        return None
    roles = _places_with_roles(context, patterns, trigger, end) or _fronted_place(context, patterns, trigger, s_first)
    if roles and trigger.kind == "naval_landing" and _ship_named_after(context, trigger):
        close = context.norm.text.find("»", context.tokens[trigger.last + 1].start)
        roles = [r for r in roles if context.tokens[r[0]].start > close]  # «غازي عنتاب»: the ship, not Gaziantep
    roles += _to_there(context, patterns, trigger, s_first, end, roles)
    roles += _the_same_place(context, patterns, trigger, end, roles)
    roles += _measured_position(context, patterns, trigger, end, roles)
    if not roles or _seen_near(context, patterns, trigger, roles):
        return None
    if ((all(role != "origin" for _, _, role in roles)
         or all(role == "origin" and mention.place is not None and mention.place.kind in VAGUE_KINDS
                for _, mention, role in roles)) and _frames_the_last(context, patterns, trigger, s_first)):
        return None  # وصلت تعزيزات إلى طبرق، في إطار ما وصفه مصدر بـ«إعادة انتشار روتينية»: the same move, named;
        # so is a plan to spread units over a region (ضمن خطة لإعادة توزيع وحداتها في شرق ليبيا)
    if all(role != "origin" for _, _, role in roles):
        roles = (_origin_before(context, patterns, trigger, s_first, max(s_first, previous + 1))
                 or _from_it(context, trigger, s_first, roles)) + roles
    if trigger.kind != "withdraw" and all(role != "destination" for _, _, role in roles):
        roles = _fronted_scene(context, patterns, trigger, s_first, roles) + roles
    if (trigger.kind == "withdraw" and not trigger.needs_force
            and all(m.place is not None and m.place.kind == "country" for _, m, _ in roles)
            and not _has_force(context, patterns, trigger._replace(needs_force="sentence"), s_first, s_last)):
        return None  # انسحاب مالي والنيجر من «إيكواس»: states leaving a bloc, no force in sight
    status = _status(context, patterns, trigger, max(s_first, previous + 1), s_last, following)
    if (status in ("conditional", "planned") and trigger.first > max(s_first, previous + 1) and not trigger.future
            and _past_verb(context, patterns, trigger)
            and patterns.relatives.at(context.norm.text, context.tokens, trigger.first - 1)):
        status = _status(context, patterns, trigger, trigger.first, s_last, following)  # «إذا انهارت الهدنة»، لدعم
        # كتيبة سبل السلام التي أعادت أمس نشر سرية: what the unit a plan or a condition names did already is done
    if (status == "reported" and trigger.first and not trigger.prefix
            and context.tokens[trigger.first - 1].text in patterns.bare_negations):
        status = "denied"  # مصدر: لا انسحاب للروس من قاعدة براك الجوية
    hypothetical = (_hypothetical_before(context, patterns, max(s_first, trigger.first - 3), trigger.first - 1)
                    or _hypothetical_target(context, patterns, trigger, roles)
                    or _forecast(context, patterns, trigger, max(s_first, previous + 1), s_first, s_last))
    if hypothetical and status != "denied":  # 'any advance towards Sirte' is a threat; 'denied sending any' is a denial
        return None
    if _any_in(patterns.any_targets, context, trigger.last + 1, min(t for t, _, _ in roles) - 1):
        return None  # 'لا ينوي التحرك نحو أي أهداف داخلية في ليبيا': no place anyone moves to, denied or not
    kind = trigger.kind
    if kind == "deploy":
        kind = _any_in(patterns.modifiers, context, trigger.first, end) or kind
    role_tokens = {token for token, _, _ in roles}
    actor, from_context = _actor(context, patterns, trigger._replace(kind=kind), s_first, end, role_tokens)
    sentence_start = context.norm.offsets[context.tokens[s_first].start]
    sentence_end = _original_sentence_end(context, s_last)
    trigger_start = context.norm.offsets[context.tokens[trigger.first].start + trigger.prefix]
    trigger_end = context.norm.offsets[context.tokens[trigger.last].end - 1] + 1
    confidence = 0.85 - (0.15 if from_context else 0) - (0.1 if trigger.needs_force else 0) - (0.2 if actor is None else 0)
    return Movement(
        kind=kind,
        status=status,
        actor=actor,
        origins=_each_once(m for _, m, role in roles if role == "origin"),
        destinations=_each_once(m for _, m, role in roles if role == "destination"),
        via=_each_once(m for _, m, role in roles if role == "via"),
        evidence=Span(sentence_start, sentence_end, context.text[sentence_start:sentence_end]),
        confidence=round(max(confidence, 0.3), 3),
        trigger=Span(trigger_start, trigger_end, context.text[trigger_start:trigger_end]),
        attributed_to=_source(context, patterns, s_first, trigger.first),
        date=context.date_in(sentence_start, sentence_end),
    )


def _shared(place) -> bool:
    """A border, a border triangle or a crossing: it belongs to the countries on both sides of it."""
    return place.kind == "crossing" or place.id.startswith(("region:border-", "region:tripoint-"))


def _armies_of_the_land(lexicon: ActorLexicon, movements: list[Movement]) -> list[Movement]:
    """A force no one names that moves only inside one neighbour whose armed groups the lexicon does not tell apart
    from its army (Egypt, Algeria, Tunisia, Niger; not Libya, Chad or Sudan) is that country's army (أعادت قوات حرس
    الحدود تمركز سريتين من سيدي براني إلى هضبة السلوم), a crossing or a border on its way shared with the next country;
    so is 'the army' read as a Libyan side that moves only inside a neighbour (الجيش ... من الدبة إلى كرب التوم).
    After the article is read: later sentences do not take the
    force so inferred as the one told of before."""
    found = []
    for movement in movements:
        countries = {m.place.country for m in (*movement.origins, *movement.destinations, *movement.via)
                     if m.place is not None and not _shared(m.place)}  # من مدنين نحو بن قردان ومعبر رأس جدير
        forces, groups = lexicon.by_country.get(countries.pop(), ("", "")) if len(countries) == 1 else ("", "")
        if forces and groups == forces and (movement.actor is None or movement.actor.name is None):
            movement = replace(movement, actor=Actor(movement.actor.text if movement.actor else "", forces))
        elif (forces and movement.actor is not None and (movement.actor.name in lexicon.libyan_sides
                                                         or movement.actor.name is None)
              and name_key(movement.actor.text) in lexicon.home_army_phrases):  # قائد متحرك الصحراء: إن الجيش يعتزم
            movement = replace(movement, actor=Actor(movement.actor.text, forces))  # الدفع بقوة من الدبة إلى كرب التوم
        found.append(movement)
    return found


def _original_sentence_end(context: _Context, s_last: int) -> int:
    """End of the sentence in the original text, closing punctuation included."""
    normal_end = context.tokens[s_last].end
    token_start = context.tokens[s_last].start
    span = bisect_right(context.sentence_starts, token_start) - 1  # spans are in order and do not overlap
    if span >= 0 and token_start < context.sentence_spans[span][1]:
        normal_end = context.sentence_spans[span][1]
    return context.norm.offsets[normal_end - 1] + 1


def _reach(context: _Context, patterns: Patterns, last: int, words: int) -> int:
    """The token ``words`` after ``last``, the words of a time phrase among them not counted (ليلة السبت), nor a
    place's name after its first word (وصلت إلى أبو نجيم، فجر الثلاثاء، أرتال), nor a place noun before a name
    (وصل إلى بلدة قطرون، مساء الإثنين، رتل عسكري من الكتيبة 87), nor a distance set off by commas
    (``context.asides``: وصلت إلى مدينة الكفرة، على بعد نحو 950 كيلومتراً جنوب شرقي بنغازي، مساء الثلاثاء، قافلة)."""
    time_words, inner, nouns, asides = patterns.time_words.index, context.inner_place_tokens, patterns.skippable, context.asides
    tokens = context.tokens
    reach = last + words + sum((tokens[k].text,) in time_words or k in inner or tokens[k].text in nouns
                               for k in range(last + 1, min(last + words + 1, len(tokens))))
    if not asides or not any(k in asides for k in range(last + 1, min(reach + 1, len(tokens)))):
        return reach
    reach, counted = last, 0  # a distance set off by commas: count words one by one, the aside's and those after
    while counted < words and reach + 1 < len(tokens):
        reach += 1
        counted += not ((tokens[reach].text,) in time_words or reach in inner or tokens[reach].text in nouns
                        or reach in asides)
    return reach


ASIDE_WORDS = 12  # words of a distance set off by commas (، على بعد نحو 950 كيلومتراً جنوب شرقي بنغازي،)


def _distance_asides(context: _Context, patterns: Patterns) -> frozenset[int]:
    """The tokens of each distance set off by commas right after a place (وصلت إلى مدينة الكفرة، على بعد نحو 950
    كيلومتراً جنوب شرقي بنغازي، مساء الثلاثاء، قافلة): words about where the place is, which do not count when
    looking for the force after the verb."""
    normal, tokens, words = context.norm.text, context.tokens, context.norm.words
    found: set[int] = set()
    for k in (i for i, word in enumerate(words) if word == "بعد"):
        if not (k > 1 and tokens[k - 1].text in patterns.distance_words
                and _CLAUSE_MARK.search(normal, tokens[k - 2].end, tokens[k - 1].start)):
            continue
        for j in range(k, min(k + ASIDE_WORDS, len(tokens) - 1)):
            if _CLAUSE_MARK.search(normal, tokens[j].end, tokens[j + 1].start):
                found.update(range(k - 1, j + 1))
                break
    return frozenset(found)


ESCORT_REACH = 3  # words from 'under the guard of' to the force that guards (تحت حراسة عربات مسلحة)


def _has_force(context: _Context, patterns: Patterns, trigger: _Trigger, s_first: int, s_last: int) -> bool:
    """Whether a force word stands where this trigger needs one (see needs_force in the patterns file)."""
    after = min(s_last, _reach(context, patterns, trigger.last, NEAR))  # عزز خلال الأيام الماضية نقاطه ... بسرية
    subject = context.actors_between(trigger.last + 1, after)
    if subject:  # نشرت رئاسة الأركان في حكومة الوحدة الوطنية ثلاث كتائب: the words of who sends them do not count
        after = min(s_last, max(after, _reach(context, patterns, subject[0].last, NEAR)))
    near = max(s_first, trigger.first - FORCE_BEFORE)
    if _and_then(context, trigger):  # تسللوا إلى الأراضي الليبية وتوغلوا نحو تازربو: the verb before's force moves on
        start = s_first if trigger.kind == "withdraw" else near  # انسحبت وحدات من «اللواء 444 قتال» ... وعادت إلى
        chained = max((k for k in patterns.triggers.between(start, trigger.first - 1)  # ترهونة: whoever withdrew
                       if patterns.triggers.at(context.norm.text, context.tokens, k)), default=None)  # goes back
        near = near if chained is None else max(s_first, chained - FORCE_BEFORE)
    before = {"after": max(s_first, trigger.first - SUBJECT_BEFORE), "near": near, "bi": near, "sentence": s_first}
    first = before.get(trigger.needs_force, s_first)
    if first > s_first and (_pronoun_subject(context, patterns, trigger)  # لن تدخل البلدة في الوقت الحالي، لكنها
                            or patterns.earlier_legs.ends_at(context.norm.text, context.tokens, trigger.first - 1)):
        first = s_first  # ستواصل تقدمها; أفرغت سفينة ... بعد أن أبحرت من مرسين: the force named earlier in the sentence
    last = context.last_movement
    if _told_in_sentence(context, last, s_first) and (
            _and_then(context, trigger) and trigger.kind != "withdraw" and last.origins and not last.destinations
            or _next_leg(context, patterns, trigger)):
        return True  # دخلت مجموعات مسلحة ... من جبال تيبستي عبر الحدود مع تشاد وتقدمت إلى محيط القطرون: the movers
        # of a journey begun in the sentence and not yet ended go on; so do they after 'then' (ثم عادت منها إلى المنفذ)
    if trigger.kind == "naval_landing" and _ship_named_after(context, trigger):
        return True  # ومن المقرر أن تبحر «غازي عنتاب» من مصراتة: a ship's quoted name right after it sails
    if (_any_in(patterns.forces, context, first, trigger.first - 1)
            or _any_in(patterns.forces, context, trigger.first + 1, trigger.last - 1)  # chained: نشرت القيادة وحدات انطلقت
            or _any_in(patterns.forces, context, trigger.last + 1, after)
            or any((span.kind == "unit" or context.tokens[span.first].text in patterns.unit_words)
                   and not trigger.first <= span.first <= trigger.last  # نفى المتحدث باسم غرفة عمليات سرت أي تحرك;
                   for span in context.actors_between(first, after))):  # ستنقل اللواء 444 قتال: a unit the lexicon knows
        return True
    for k in patterns.escorts.between(s_first, s_last):
        match = patterns.escorts.at(context.norm.text, context.tokens, k)
        if match and _any_in(patterns.forces, context, k + match[0], min(s_last, k + match[0] + ESCORT_REACH)):
            return True  # قافلة صهاريج ... تحت حراسة عربات مسلحة تابعة لكتيبة «سبل السلام»: its escort moves with it
    if trigger.needs_force != "bi":
        return False
    normal, tokens = context.norm.text, context.tokens  # دفعت رئاسة الأركان التابعة لحكومة الوحدة، الأحد، بتعزيزات
    for k in range(trigger.last + 1, min(s_last, trigger.last + WINDOW) + 1):
        match = patterns.forces.at(normal, tokens, k) if tokens[k].text[:1] == "ب" else None
        if match and tokens[k].text[:match[1]].endswith("ب"):
            return True
    return False


SHIP_NAME_WORDS = 3  # a ship's quoted name is short («غازي عنتاب», «الأدميرال غولوفكو»)


def _ship_named_after(context: _Context, trigger: _Trigger) -> bool:
    """Whether a short quoted name opens right after the trigger: the ship that sails or docks."""
    normal, tokens = context.norm.text, context.tokens
    after = trigger.last + 1
    if after >= len(tokens) or normal[tokens[trigger.last].end:tokens[after].start].strip() not in ("«", "“"):
        return False
    close = normal.find("»", tokens[after].start, tokens[after].start + 60)
    return close > 0 and len(normal[tokens[after].start:close].split()) <= SHIP_NAME_WORDS


def _pronoun_subject(context: _Context, patterns: Patterns, trigger: _Trigger) -> bool:
    """Whether 'but' with a pronoun stands right before the trigger (لكنها، لكنهم), its subject. Not 'that' with
    one (قال إنها أبحرت): too often a ship or a cargo the sentence names, not a force."""
    before = trigger.first - 1
    if before >= 0 and context.norm.text[context.tokens[before].end:context.tokens[trigger.first].start].strip(" «\"") == "":
        return bool(patterns.pronoun_subjects.at(context.norm.text, context.tokens, before))
    return False


CARRY_REACH = 8  # words from the trigger to 'carrying' (تقل، على متنها) after the vehicle
CARRIED = 3  # words from 'carrying' to what is carried (تقل 160 مهاجراً)


def _is_not_force(context, patterns, trigger, s_first, end) -> bool:
    """A visit, a trip of officials, a humanitarian flight or civilian cargo, not a movement of forces: words
    of the patterns' non_force entries within a few words of the trigger, or anywhere in its clause for the
    entries whose scope is 'clause'."""
    first = max(s_first, trigger.first - 5)
    for k in range(trigger.first - 1, first - 1, -1):
        if context.tokens[k].text in patterns.that_words:
            first = k + 1  # not who speaks: قال مسؤول إن ...
            break
    for k in patterns.non_force.between(first, min(end, trigger.last + 5)):
        match = patterns.non_force.at(context.norm.text, context.tokens, k)
        if match and (match[2][1] != "after" or k > trigger.last):
            return True  # an 'after' entry only as what the trigger leaves (انسحب من الاتفاق), not a phrase before
            # it (تنص المرحلة الثانية من الاتفاق على نقل سرية)
    for k in range(trigger.last + 1, min(end, trigger.last + CARRY_REACH) + 1):
        if (context.tokens[k].text in patterns.carrying or patterns.aboard.at(context.norm.text, context.tokens, k)) \
                and _any_in(patterns.non_force, context, k + 1, min(end, k + CARRIED)):
            return True  # أقلعت من مطار بنينا طائرة تقل 160 مهاجراً: what the plane carries is no force
    words = patterns.non_force.between(max(s_first, trigger.first - AID_BEFORE), end)
    if not words:
        return False
    normal, tokens = context.norm.text, context.tokens
    if end > trigger.last:  # the clause ends at a comma: '، ضمن خطة ... شاحنات البضائع' is not it
        mark = _CLAUSE_MARK.search(normal, tokens[trigger.last].end, tokens[end].start)
        if mark:  # punctuation stands between words only: the clause's last word is the one before the mark
            end = bisect_right(context.norm.starts, mark.start()) - 1
    for k in words:
        if k > end:
            break
        match = patterns.non_force.at(normal, tokens, k)
        if match and match[2][1] == "clause":
            return True
    return False


def _hypothetical_before(context: _Context, patterns: Patterns, first: int, last: int) -> bool:
    """'أي تقدم نحو سرت': 'any' before the trigger; not the letter of a model name («إيه 400 إم» reads as أية)."""
    tokens = context.tokens
    for k in patterns.hypothetical.between(max(first, 0), last):
        match = patterns.hypothetical.at(context.norm.text, tokens, k)
        if match and not (k + match[0] < len(tokens) and tokens[k + match[0]].text[:1].isdigit()):
            return True
    return False


FORECAST_REACH = 8  # words back from a trigger to an analyst's 'does not rule out' (يرجح الباحث علي الإدريسي أن تعيد)


def _forecast(context: _Context, patterns: Patterns, trigger: _Trigger, first: int, s_first: int, s_last: int) -> bool:
    """What analysts weigh is no movement: 'لا يستبعد مراقبون أن تدفع القيادة العامة بكتيبة', 'من المحتمل أن تدفع'
    a few words before the trigger (not past the movement before it), or a scenario in the sentence before it, or
    after it in the same statement ('والثاني أن تدفع مصراتة بكتائبها نحو سرت ...، وهو سيناريو')."""
    normal, tokens = context.norm.text, context.tokens
    for k in patterns.forecasts.between(s_first, s_last):
        match = patterns.forecasts.at(normal, tokens, k)
        if match and (max(first, trigger.first - FORECAST_REACH) <= k < trigger.first or match[2] == "sentence" and (
                k < trigger.first or not any(_break_at(context, patterns, j) or patterns.sources.at(normal, tokens, j)
                                             for j in range(trigger.last + 1, k)))):
            return True  # not past a break or a verb of saying: 'محذراً من «تكرار سيناريو 2014»' is another statement
    return False


def _hypothetical_target(context, patterns, trigger, roles) -> bool:
    """'towards any target in Libya': the place is not where anyone moves."""
    first_place = min(token for token, _, _ in roles)
    return bool(_any_in(patterns.hypothetical, context, trigger.last + 1, first_place - 1))


def _places_with_roles(context: _Context, patterns: Patterns, trigger: _Trigger, end: int) -> list[tuple[int, Mention, str]]:
    """(token, mention, role) for each place the trigger's clause ties to the movement."""
    roles: list[tuple[int, Mention, str]] = []
    boundary = trigger.last
    previous_role = None
    default_role = "origin" if trigger.kind == "withdraw" else "destination"
    opened = False  # a clause opener (إذا، بسبب، بعد اندلاع) stands between the trigger and this place
    located = -1  # the last token of a border phrase that said where the destination before it lies
    none_before = -1  # the last token of the last place that is no movement's ('ويقطعون الطريق إلى سبها')
    measured_from = -1  # the last token of the last place a distance was measured from (على بعد 60 كيلومتراً من)
    for first in context.places_between(trigger.last + 1, end):
        mention = context.placed[first]
        opens = None if opened else _clause_opens(context, patterns, boundary + 1, first - 1)
        if opens and roles:
            break  # وصلت تعزيزات إلى سبها بعد اندلاع الاشتباكات في مرزق: Murzuq is where the clashes are
        opened = opened or opens in ("clause", "time")  # not a purpose: نشر وحدات لحماية ميناء السدرة
        if _in_relative_clause(context, patterns, first, boundary):
            previous_role, boundary = None, context.mention_last[first]
            continue  # قوات حفتر، التي تسيطر على شرق ليبيا، تعزيزات ... إلى إدري
        if opened and not _directed(context, patterns, first, boundary):
            previous_role, boundary = None, context.mention_last[first]
            continue  # سيتحركون نحو بونجيم إذا تعرّض المدنيون في الجفرة: the condition's place, not where they go
        if roles and _in_an_aside(context, patterns, boundary, first):
            boundary = context.mention_last[first]
            continue  # 'من حقل الشرارة، أكبر الحقول النفطية في الجنوب الغربي، إلى أوباري': what the place before is
        distance = _distance_reference(context, patterns, first)
        if (_in_a_forces_name(context, patterns, first) or distance
                or _patrons_place(context, patterns, first) or _meeting_place(context, patterns, boundary, first)):
            previous_role, boundary = None, context.mention_last[first]
            measured_from = boundary if distance else measured_from
            continue  # على بعد 45 كيلومتراً جنوب الجميل: how far, from where; not where anyone goes
        if (roles and first == boundary + 1 and mention.place is not None and mention.place.kind == "country"
                and (roles[-1][1].place is not None and _border_countries(roles[-1][1].place) or located == boundary)
                and context.tokens[first].text.startswith("و")):
            boundary = context.mention_last[first]
            continue  # على الحدود مع النيجر ومالي: the country is the border's other side, not a destination
        role = _marker_before(context, patterns, first, boundary)
        if role is None and none_before == boundary and first == boundary + 1 and _with_clitic(context, first, "و"):
            role = "none"  # ومعظمهم من السودان وتشاد: the list goes on
        elif (measured_from == boundary and mention.place is not None and _is_border(mention.place)
              and _right_after(context, patterns, boundary, first)):
            role = "none"  # على بعد 60 كيلومتراً من معبر رأس جدير على الحدود مع تونس: where that place lies
        if role == "road":  # 'الطريق الرابط بين الجبل الغربي والجنوب الليبي': where the place before is, or where
            role = "none" if roles and not _new_leg(context, boundary, first) else "destination"  # the force goes
        if role == "leading":  # البوابة الشرقية المؤدية إلى غريان; نحو المسالك الصحراوية المؤدية إلى الحدود
            role = "none" if any(r == "destination" for _, _, r in roles) else "destination"
        if role == "none":  # 'ويقطعون الطريق إلى سبها': not where they go
            previous_role, boundary = None, context.mention_last[first]
            none_before = boundary
            continue
        if role == "stationed":  # where forces are is where they set out from; once they have set out, where
            homes = [r for r in roles if r[2] == "origin" and _names_actor(context, r[0])]
            if homes and len(homes) == sum(r[2] == "origin" for r in roles):
                roles = [r for r in roles if r not in homes]  # الكتائب القادمة من مصراتة، والمتمركزة في طرابلس: the
                # force's home town names it; where it is stationed is where it sets out from
            set_out = (any(r == "origin" for _, _, r in roles) or _purpose_verb(context, trigger)  # they join them;
                       or trigger.kind == "reinforce")  # عزز وحداته المنتشرة في الدبداب: where the forces reinforced are
            role = "destination" if set_out else "origin"
        if not roles and role == "destination" and _senders_seat(context, patterns, trigger, first, end):
            role = "origin"  # أرسلت القيادة العامة في بنغازي تعزيزات إلى سبها: where the sender sits
            last = context.mention_last[first]
            if any(patterns.roles.ends_at(context.norm.text, context.tokens, k - 1) == "origin"
                   for k in context.places_between(last + 2, end)):
                previous_role, boundary = None, last
                continue  # دفعت قيادة الناحية بورقلة بتعزيزات من إليزي إلى جانت: they set out from Illizi
        if not roles and role == "destination" and trigger.kind == "withdraw" and _left_in(context, patterns, trigger, first):
            role = "origin"  # إخلاء القوات مواقعها في أم الرزم وانسحابها باتجاه درنة: where they left
        if (role == "destination" and previous_role == "origin" and _runs_into(context, patterns, boundary, first)
                and (trigger.kind == "withdraw" or any(_directed(context, patterns, later, context.mention_last[first])
                                                       for later in context.places_between(first + 1, end)))):
            previous_role, boundary = None, context.mention_last[first]
            continue  # 'سحبت كتيبتين من أدري على الحدود مع السودان', 'قادمة من رأس جدير على الحدود مع تونس إلى
            # قرقارش': where the origin is, not where they went (ستعيد نشر وحدات من الكفرة على الحدود مع تشاد: it is)
        if (role == "destination" and previous_role == "via" and mention.place is not None
                and _is_border(mention.place) and _right_after(context, patterns, boundary, first)
                and not patterns.directions.at(context.norm.text, context.tokens, boundary + 1)):
            boundary = context.mention_last[first]
            continue  # 'عبر منطقة تومو على الحدود مع النيجر': where the place passed through is
        if (role == "destination" and previous_role == "destination" and mention.place is not None
                and _is_border(mention.place) and first == boundary + 2 and context.tokens[boundary + 1].text == ON
                and joined(context.norm.text, context.tokens, boundary, first)):
            boundary = located = context.mention_last[first]
            continue  # 'إلى منفذ التوم على الحدود مع النيجر': where the crossing is ('وعلى الحدود مع': a place of its own)
        if role == "locator":  # 'قاعدة الوطية القريبة من الحدود': where the base is, not where anyone goes
            role = None if roles and _right_after(context, patterns, boundary, first) else "destination"
            if role is None:
                previous_role = None
                boundary = context.mention_last[first]
                continue
        if (previous_role and roles and role == "destination" and _larger(mention, roles[-1][1])
                and _located_in_previous(context, boundary, first, patterns.skippable)):
            boundary = context.mention_last[first]
            continue  # 'إلى زوار في منطقة تيبستي': Tibesti says where Zouar is; the arrow goes to Zouar
        if previous_role and role is None and _coordinated(context, patterns, boundary, first):
            role = previous_role
        if role is None and previous_role == "origin" and first == boundary + 1 and _with_clitic(context, first, "ل"):
            role = "destination"  # انتقلوا من الجفرة لقاعدة براك الشاطئ: from one to the other
        after, reach = ((_mover_end(context, trigger, first), FIRST_PLACE_GAP) if not roles
                        else (_force_origin_end(context, patterns, trigger, roles), TARGET_AFTER_ORIGIN))
        if (role is None and after is not None and _gap(context, patterns, after, first) <= reach
                and not _names_actor(context, first) and not _new_subject(context, patterns, trigger, first)):
            role = default_role
        if role == "destination" and any(t.text in patterns.halts for t in context.tokens[boundary + 1:first]):
            role = "halt"
        if role is not None:
            roles.append((first, mention, role))
        previous_role = role
        boundary = context.mention_last[first]
    roles = _onward(context, patterns, _halts(context, patterns, trigger, _air_bridge(context, trigger, roles)))
    return _crossed(context, patterns, trigger, roles)


ON = "علي"  # على, normalised: 'on' the border: where the place named before it lies


BETWEEN_REACH = 3  # words from 'between' to the first place, a base's words between (بين القاعدة الجوية لبوفاريك)


def _air_bridge(context: _Context, trigger: _Trigger,
                roles: list[tuple[int, Mention, str]]) -> list[tuple[int, Mention, str]]:
    """'جسر جوي أسبوعي بين سبها وقاعدة الويغ', 'بين القاعدة الجوية لبوفاريك ومطار جانت': flights between two places
    fly from the first to the second."""
    if trigger.kind != "airlift" or len(roles) != 2 or any(role != "destination" for _, _, role in roles):
        return roles
    first, tokens = roles[0][0], context.tokens
    if not any(tokens[k].text == BETWEEN and joined(context.norm.text, tokens, k, first)
               for k in range(max(trigger.last + 1, first - BETWEEN_REACH), first)):
        return roles
    (first, mention, _), second = roles
    return [(first, mention, "origin"), second]


def _mover_end(context: _Context, trigger: _Trigger, first: int) -> int:
    """The last token of the force named right after the trigger, before the place at ``first`` (دخل مسلحون من «مجلس
    القيادة العسكرية لإنقاذ الجمهورية»، ...، بلدة زوار: the gap to the place counts from the end of the name), else
    the trigger's last token."""
    spans = context.actors_between(trigger.last + 1, min(first - 1, trigger.last + MOVER_START))
    return max([span.last for span in spans if span.last < first], default=trigger.last)


def _force_origin_end(context: _Context, patterns: Patterns, trigger: _Trigger,
                      roles: list[tuple[int, Mention, str]]) -> int | None:
    """'دخلت قوات من الزنتان، ليل الأحد، بلدة الأصابعة': where the only place so far is the origin told with the force
    right after a verb that goes somewhere ('forces from Zintan'), the last token of that origin: an unmarked target
    may follow it at TARGET_AFTER_ORIGIN (not 'من الهواري، شمال غرب الكفرة': where the origin lies). Otherwise None."""
    if len(roles) != 1 or roles[0][2] != "origin" or trigger.kind == "withdraw":
        return None
    k = roles[0][0]
    if (k - trigger.last > MOVER_START or context.tokens[k - 1].text != ORIGIN_LINK
            or not patterns.forces.ends_at(context.norm.text, context.tokens, k - 2)):
        return None
    return context.mention_last[k]


POSITION_WORDS = 5  # words from a word of direction to 'at a distance of' (إلى مواقع جديدة على بعد 40 كيلومتراً جنوب سرت)


def _measured_position(context: _Context, patterns: Patterns, trigger: _Trigger, end: int,
                       roles: list[tuple[int, Mention, str]]) -> list[tuple[int, Mention, str]]:
    """'دفعت برتل إلى مواقع جديدة على بعد 40 كيلومتراً جنوب سرت': where a move goes (or sets out from) told only as a
    distance from a place, with no place of its own in that role, is at that place, as near as the map can say."""
    normal, tokens = context.norm.text, context.tokens
    found = []
    for first in context.places_between(trigger.last + 1, end):
        if not _distance_reference(context, patterns, first):
            continue
        far = next((k for k in range(first - 1, max(trigger.last, first - DISTANCE_REACH - 1), -1)
                    if tokens[k].text == "بعد" and k and tokens[k - 1].text in patterns.distance_words), None)
        if far is None:
            continue
        for k in range(far - 2, max(trigger.last, far - 2 - POSITION_WORDS), -1):
            if _CLAUSE_MARK.search(normal, tokens[k].end, tokens[k + 1].start):
                break
            role = patterns.roles.ends_at(normal, tokens, k)
            if role in ("destination", "origin"):
                if not any(r == role for _, _, r in roles + found):
                    found.append((first, context.placed[first], role))
                break
    return found


def _to_there(context: _Context, patterns: Patterns, trigger: _Trigger, s_first: int, end: int,
              roles: list[tuple[int, Mention, str]]) -> list[tuple[int, Mention, str]]:
    """'إن مقاتليه يتمركزون في رقدالين، بعد أن كانوا قد انسحبوا من العجيلات إليها': 'to it' (feminine, as towns
    are) after the verb, in a movement with no destination, is where the movement told before it in its sentence
    went."""
    last = context.last_movement
    if (any(role == "destination" for _, _, role in roles) or last is None or not last.destinations
            or not _told_in_sentence(context, last, s_first)
            or not any(context.tokens[k].text in patterns.to_there for k in range(trigger.last + 1, end + 1))):
        return []
    there = last.destinations[-1]
    first = next((k for k in context.places_between(s_first, trigger.first - 1) if context.placed[k] is there), None)
    return [] if first is None else [(first, there, "destination")]


def _the_same_place(context: _Context, patterns: Patterns, trigger: _Trigger, end: int,
                    roles: list[tuple[int, Mention, str]]) -> list[tuple[int, Mention, str]]:
    """'نقلت شاحنات عسكرية ذخائر إلى القاعدة ذاتها من تازربو': 'the same base' (town, field ...) after a word of
    direction is the last place of that kind the article named, where the movement has no such place of its own.
    The noun alone does so in the roles of its pattern (``bare``: من المدينة), or in its ``beside`` roles where the
    movement names another place of its own (تهبط في المطار طائرة قادمة من قاعدة معيتيقة), pointing back then only
    to a place of Libya or its neighbours; not inside a condition, nor as what a distance is measured from."""
    normal, tokens = context.norm.text, context.tokens
    for k in range(trigger.last + 1, end + 1):
        kinds, bare, called, beside, went_to, names = patterns.place_anaphors.get(tokens[k].text, (None,) + ((),) * 5)
        if kinds is None:
            continue
        role = patterns.roles.ends_at(normal, tokens, k - 1)
        if role is None and k - 2 > trigger.last and tokens[k - 1].text in patterns.place_parts:
            role = patterns.roles.ends_at(normal, tokens, k - 2)  # إلى مهبط الحقل، من بوابة المعسكر: a part of it
        if role is None and k - 1 == trigger.last and roles:
            role = "origin" if trigger.kind == "withdraw" else "destination"  # غادرت المدينة متجهة إلى تراغن: what
            # a force leaves is where it sets out from; دخلت المدينة قادمة من طرابلس: what it enters, where it goes
            # (beside a place of the movement's own: not لم تغادر المدينة, a denial told again)
        same = k + 1 < len(tokens) and tokens[k + 1].text in patterns.same_words
        if not same and tokens[k - 1].text == PLACE_LINK and _facility_ends_at(context, k - 2):
            continue  # من قاعدة أبوستة البحرية في العاصمة: where the base before it is, no place of the movement
        near = not same and role not in bare and not (  # only beside a place of its own, and only a town of the
            trigger.kind == "mobilise" and role == "destination" and "town" in kinds)  # region; where forces mass
        # is a place, not a direction (حشد مقاتلين في المدينة)
        if near and (role not in beside or not roles):
            continue
        if (role not in ("destination", "origin") or any(r == role for _, _, r in roles)
                or _clause_opens(context, patterns, trigger.last + 1, k - 1) in ("clause", "time")
                or _distance_reference(context, patterns, k)):
            return []  # «إذا اقترب الرتل من المدينة»: the condition's town; على بعد 20 كيلومتراً من المعبر: a distance's
        came_from = context.last_movement.origins if context.last_movement is not None and not same else ()
        earlier = reversed(context.places_between(0, trigger.first - 1))
        if not tokens[k].text.startswith("ال"):  # مدينتها: the town in the force's own name first (تعود الكتائب
            s_first = _sentence_bounds(context, trigger.first)[0]  # القادمة من مصراتة ... إلى مدينتها)
            own = [p for p in context.places_between(s_first, k - 1)
                   if tokens[p - 1].text == ORIGIN_LINK and _names_actor(context, p)]  # كتائب (قادمة) من مصراتة
            if own:
                earlier, came_from = [*reversed(own), *earlier], ()
        if same and role in went_to and context.last_movement is not None and context.last_movement.destinations:
            # وصلت إلى ربيانة شحنة من تازربو، وتستعد لإرسال سرية إلى البلدة نفسها: where the last force went first
            ends = context.last_movement.destinations
            earlier = sorted(earlier, key=lambda first: context.placed[first] not in ends)  # stable: latest first
        for first in earlier:
            mention = _seat_of(context.placed[first], kinds)
            if (mention.place is not None and mention.place.kind in kinds and context.placed[first] not in came_from
                    and id(context.placed[first]) not in context.passed  # مروراً بجرمة والغريفة: only passed through
                    and (not called or _called(context, first, called, tokens[k].text))
                    and (not names or _named_as(mention, names))
                    and (not near or mention.place.country in NEIGHBOURHOOD)):
                return [(first, mention, role)]  # 'the town' alone is not where the last force came from
        return []
    return []


FACILITIES = frozenset({"base", "airport", "oilfield", "crossing"})  # places that stand in a town
VAGUE_KINDS = frozenset({"region", "country"})  # places too wide to be where a named move sets out from


def _facility_ends_at(context: _Context, last: int) -> bool:
    """Whether a base, an airport, a field or a crossing is named with its last word at ``last``."""
    first = context.place_ends.get(last)
    if first is None:
        return False
    place = context.placed[first].place
    return place is not None and place.kind in FACILITIES


def _seat_of(mention: Mention, kinds: frozenset[str]) -> Mention:
    """'عميد بلدية سبها ... إلى المدينة': a municipality the article named stands for its town of the same name
    (one of the mention's candidates) where 'the town' points back to it."""
    place = mention.place
    if place is None or place.kind != "district" or "district" in kinds:
        return mention
    town = next((c for c in mention.candidates if c.kind in kinds and c.name_ar == place.name_ar), None)
    return mention if town is None else replace(mention, place=town)


def _named_as(mention: Mention, names: frozenset[str]) -> bool:
    """Whether the place is one of ``names`` (normalised) as written or as the gazetteer has it (أثينا، آتن)."""
    return (normalise_word(mention.text) in names
            or mention.place is not None and normalise_word(mention.place.name_ar) in names)


def _called(context: _Context, first: int, called: frozenset[str], definite: str) -> bool:
    """Whether the article called the place at ``first`` by a noun of ``called``: within its name or right before it
    (واحة سيوة، بواحة الجغبوب), or set beside it (مرادة، الواحة الواقعة ...)."""
    tokens = context.tokens
    last = context.mention_last[first]
    before = tokens[first - 1].text if first else ""
    return (tokens[first].text in called
            or any(before.endswith(noun) and len(before) - len(noun) <= 2 for noun in called)  # و، ب، وب
            or (last + 1 < len(tokens) and tokens[last + 1].text == definite
                and not context.norm.text[tokens[last].end:tokens[last + 1].start].strip(" ،,")))


DISTANCE_REACH = 6  # words from على بعد to the place the distance is measured from (على بعد نحو 30 كيلومتراً من)


def _distance_reference(context: _Context, patterns: Patterns, first: int) -> bool:
    """Whether the place at ``first`` is what a distance is measured from (على بعد نحو 45 كيلومتراً جنوب الجميل),
    in the same clause."""
    normal, tokens = context.norm.text, context.tokens
    for k in range(first - 1, max(0, first - DISTANCE_REACH) - 1, -1):
        if _CLAUSE_MARK.search(normal, tokens[k].end, tokens[k + 1].start):
            return False
        if tokens[k].text == "بعد" and k and tokens[k - 1].text in patterns.distance_words:
            return True
        if tokens[k].text in patterns.kilometre_markers and _counted_from(context, patterns, k + 1, first):
            return True  # عند الكيلو 30 شرق طبرق، بوابة الـ50 غرب سرت: a road's marker, counted from the town
    return False


def _counted_from(context: _Context, patterns: Patterns, k: int, first: int) -> bool:
    """Whether a number (the article's ال apart: الـ50) stands at token k, with only the words of a road or a
    compass point between it and the place at ``first`` (الكيلو 30 شرق طبرق; not الكيلو 60 «ستنسحب إلى أجدابيا)."""
    tokens = context.tokens
    if k < len(tokens) and tokens[k].text == "ال":
        k += 1
    if not (k < first and tokens[k].text[:1].isdigit()):
        return False
    return all(t.text in patterns.compass or t.text in patterns.road_words for t in tokens[k + 1:first])


HALT_TO_NEXT_LEG = 2  # words from a stop to the next leg's 'before' (وتوقفت في قاعدة تمنهنط قرب سبها، قبل أن تحط)


def _halts(context: _Context, patterns: Patterns, trigger: _Trigger,
           roles: list[tuple[int, Mention, str]]) -> list[tuple[int, Mention, str]]:
    """Where the force stopped (وتوقف عند بئر الغنم) is a stop on the way when the movement goes further: another
    destination in its clause, or a leg told after its arrival (تمركزت على مشارف زوارة، بعد أن انطلقت من الزاوية ...
    وتوقفت ساعات في محيط مجمع مليتة), or a next leg right after the stop (وتوقفت في مطار بنينا قبل أن تهبط في قاعدة
    الجفرة); else it is where the movement ended."""
    if not any(role == "halt" for _, _, role in roles):
        return roles
    normal, tokens = context.norm.text, context.tokens
    after_halt = context.mention_last[max(k for k, _, role in roles if role == "halt")] + 1
    further = (any(role == "destination" for _, _, role in roles)
               or bool(patterns.earlier_legs.ends_at(normal, tokens, trigger.first - 1))
               or any(patterns.next_legs.at(normal, tokens, k)  # قرب سبها، قبل أن: a locator may stand between
                      for k in range(after_halt, min(len(tokens), after_halt + HALT_TO_NEXT_LEG + 1))))
    stop = "via" if further else "destination"
    return [(k, mention, stop if role == "halt" else role) for k, mention, role in roles]


def _onward(context: _Context, patterns: Patterns, roles: list[tuple[int, Mention, str]]) -> list[tuple[int, Mention, str]]:
    """'نُقل جواً إلى قاعدة الجفرة الجوية، ومنها إلى قاعدة براك': a destination that 'and from it' and a word of
    direction carry on from, to the next destination, is passed through."""
    normal, tokens = context.norm.text, context.tokens
    onward = set()
    for (k, _, role), (later, _, next_role) in zip(roles, roles[1:]):
        after = context.mention_last[k] + 1
        if role == next_role == "destination" and after < later - 1:
            match = patterns.from_there.at(normal, tokens, after)
            if match and patterns.directions.at(normal, tokens, after + match[0]) and after + match[0] < later:
                onward.add(k)
    return [(k, mention, "via" if k in onward else role) for k, mention, role in roles] if onward else roles


def _in_an_aside(context: _Context, patterns: Patterns, boundary: int, first: int) -> bool:
    """Whether the place at ``first`` stands in words set off by commas right after the place ending at
    ``boundary``, with no word of direction or origin of their own, and a word of direction or origin follows the
    closing comma (من حقل الشرارة، أكبر الحقول النفطية في الجنوب الغربي، إلى أوباري)."""
    normal, tokens = context.norm.text, context.tokens
    last = context.mention_last[first]
    if (boundary + 1 >= first or last + 1 >= len(tokens)
            or not _CLAUSE_MARK.search(normal, tokens[boundary].end, tokens[boundary + 1].start)
            or normal[tokens[last].end:tokens[last + 1].start].strip() != "،"):
        return False
    if any(patterns.roles.at(normal, tokens, k) and tokens[k].text != PLACE_LINK for k in range(boundary + 1, first)):
        return False
    after = patterns.roles.at(normal, tokens, last + 1)
    return bool(after) and after[2] in ("destination", "origin") and tokens[last + 1].text != PLACE_LINK


def _new_leg(context: _Context, boundary: int, first: int) -> bool:
    """Whether a word joined by و stands between the place ending at ``boundary`` and the one at ``first``
    (في بئر الغنم وعلى الطريق الواصل بين الأصابعة وككلة): a place of its own, not a locator of the one before."""
    return any(token.text[:1] == "و" for token in context.tokens[boundary + 1:first])


def _crossed(context: _Context, patterns: Patterns, trigger: _Trigger,
             roles: list[tuple[int, Mention, str]]) -> list[tuple[int, Mention, str]]:
    """'عبور وحدات مصرية الحدود مع ليبيا باتجاه البمبة', 'عبور قوات مصرية منفذ السلوم باتجاه امساعد': a border or a
    border crossing crossed (the first destination, after a crossing verb) is passed through when the movement goes
    on to another place."""
    if (len(roles) < 2 or roles[0][2] != "destination" or _trigger_word(context, trigger) not in patterns.crossings
            or roles[0][1].place is None or not (_is_border(roles[0][1].place) or roles[0][1].place.kind == "crossing")
            or not any(role == "destination" for _, _, role in roles[1:])):
        return roles
    (first, border, _), *rest = roles
    return [(first, border, "via"), *rest]


def _new_subject(context: _Context, patterns: Patterns, trigger: _Trigger, first: int) -> bool:
    """Whether the place at ``first`` is joined by و with no role word between it and the trigger: the subject of
    the next clause ('والزنتان تحشد والجزائر تراقب', 'الجزائر تعزز حدودها الجنوبية والنيجر تنفي'), not where
    anyone goes."""
    return _with_clitic(context, first, "و") and not _any_in(patterns.roles, context, trigger.last + 1, first - 1)


def _left_in(context: _Context, patterns: Patterns, trigger: _Trigger, first: int) -> bool:
    """Whether the place at ``first`` follows في with no word of direction (إلى، نحو ...) after the trigger: a
    withdrawal 'in' a place leaves it."""
    tokens = context.tokens
    if first == 0 or tokens[first - 1].text != PLACE_LINK:
        return False
    normal, roles = context.norm.text, patterns.roles
    return not any(roles.at(normal, tokens, k) and roles.at(normal, tokens, k)[2] == "destination"
                   and tokens[k].text != PLACE_LINK and not _about(context, patterns, k)
                   for k in roles.between(trigger.last + 1, first - 2))


def _about(context: _Context, patterns: Patterns, k: int) -> bool:
    """Whether the word at token k is نحو before a number: 'about' (مجموعة من نحو 300 مقاتل), not 'towards'."""
    tokens = context.tokens
    return (tokens[k].text in patterns.approximately and k + 1 < len(tokens)
            and (tokens[k + 1].text[:1].isdigit() or tokens[k + 1].text in patterns.number_words))


SEAT_GAP = 2  # words between a sender's name and its seat (قيادة الناحية العسكرية الرابعة بورقلة)
SEAT_FORCE = 3  # words from the seat to the forces sent, a time phrase not counted (، منذ مساء الخميس، بتعزيزات)


def _senders_seat(context: _Context, patterns: Patterns, trigger: _Trigger, first: int, end: int) -> bool:
    """Whether the place at ``first`` is where the sender named right after the verb sits, the forces it sends
    and where they go coming after it: 'أرسلت القيادة العامة في بنغازي تعزيزات إلى سبها', 'دفعت قيادة الناحية
    العسكرية الرابعة بورقلة بتعزيزات إلى الدبداب'. Without a place they go to, 'نشر الجيش في سبها وحدات' deploys
    in Sabha."""
    senders = context.actors_between(trigger.last + 1, trigger.last + 2)
    if not senders or not senders[0].last < first <= senders[0].last + 1 + SEAT_GAP:
        return False
    last = context.mention_last[first]
    if not _any_in(patterns.forces, context, last + 1, min(end, _reach(context, patterns, last, SEAT_FORCE))):
        return False
    normal, tokens = context.norm.text, context.tokens
    return any(patterns.directions.ends_at(normal, tokens, k - 1) for k in context.places_between(last + 2, end))


def _right_after(context: _Context, patterns: Patterns, boundary: int, first: int) -> bool:
    """Whether the role words before the place at ``first`` follow the place ending at ``boundary`` at once, place
    nouns apart ('معطن السارة قرب المثلث الحدودي', 'منفذ وازن المقابل لبلدة الذهيبة'; not 'إلى مواقع قرب تومو', where
    the positions are where they go); a nationality may stand between ('مطار أم جرس التشادي، القريب من ...')."""
    start, nisba, compass = boundary + 1, context.actor_lexicon.by_nisba, patterns.compass
    while start < first and (context.tokens[start].text in nisba or context.tokens[start].text in compass):
        start += 1  # 'مطار أم جرس التشادي، القريب من الحدود مع السودان', 'جنوب شرقي البلاد، قرب الحدود مع تشاد'
    match = patterns.roles.at(context.norm.text, context.tokens, start)
    return bool(match) and all(t.text in patterns.skippable for t in context.tokens[start + match[0]:first])


def _runs_into(context: _Context, patterns: Patterns, boundary: int, first: int) -> bool:
    """Whether role words right after the place ending at ``boundary`` run into the name of the place at ``first``
    ('أدري على الحدود مع السودان': على، then the border's own name)."""
    match = patterns.roles.at(context.norm.text, context.tokens, boundary + 1)
    return bool(match) and boundary + 1 < first < boundary + 1 + match[0]


SOURCE_ASIDE = 6  # words from 'according to' (بحسب، وفق) to the comma that closes it as an aside


def _clause_opens(context: _Context, patterns: Patterns, first: int, last: int) -> str | None:
    """How a word in first..last opens another clause: 'clause' or 'time' (a condition, a cause, a time: إذا، بسبب،
    بعد اندلاع; not a time phrase of the movement's own: بعد ظهر الأحد، قبل 3 أيام) or 'purpose' (لتأمين); else None."""
    normal, tokens = context.norm.text, context.tokens
    for k in patterns.clause_openers.between(first, last):
        match = patterns.clause_openers.at(normal, tokens, k)
        if not match or tokens[k].text[:match[1]] not in ("", "و", "ف"):  # وبعد، فإذا; not البعد ('distance')
            continue
        following = k + match[0]
        if match[2] == "time" and k and tokens[k - 1].text in patterns.distance_words:
            continue  # على بعد 45 كيلومتراً: 'at a distance', not 'after'
        if match[2] == "time" and following < len(tokens) and (
                tokens[following].text[:1].isdigit() or (tokens[following].text,) in patterns.time_words.index
                or following + 1 < len(tokens) and (tokens[following + 1].text,) in patterns.time_words.index
                or tokens[following].text in patterns.pointers_back and not match[1]):
            continue  # بعد ظهر الأحد، قبل 3 أيام، قبل أربعة أيام; بعد ذلك 'afterwards' (انطلقت القوات بعد ذلك من الكفرة; وبعد ذلك
            # opens a clause: دفع الجيش بتعزيزات إلى غات وبعد ذلك تصاعد التوتر في أوباري)
        if match[2] == "source":
            aside = min(last, following + SOURCE_ASIDE)
            if aside > following and _CLAUSE_MARK.search(normal, tokens[following].start, tokens[aside].start):
                continue  # تقدمت، وفق مصادر سودانية، من منطقة المالحة: an aside; the movement goes on after it
            return "clause"
        return match[2]
    return None


def _in_relative_clause(context: _Context, patterns: Patterns, first: int, boundary: int) -> bool:
    """Whether the place at ``first`` stands in a relative clause set off by a comma (، التي تسيطر على شرق ليبيا)
    or told of the place right before it (معبر أدري الذي يعبره لاجئون من الجنينة): a relative pronoun after a
    comma or right after that place, past ``boundary``, and no clause mark between it and the place."""
    normal, tokens = context.norm.text, context.tokens
    for k in patterns.relatives.between(boundary + 1, first - 1):
        if not patterns.relatives.at(normal, tokens, k) or not k:
            continue
        gap = normal[tokens[k - 1].end:tokens[k].start].strip()
        if (gap in ("،", ",") or not gap and k - 1 == boundary and k - 1 in context.place_ends) and not _CLAUSE_MARK.search(
                normal, tokens[k].end, tokens[first].start):
            return True
    return False


def _directed(context: _Context, patterns: Patterns, first: int, boundary: int) -> bool:
    """Whether a word of direction (إلى، نحو، باتجاه) stands right before the place at ``first`` (place nouns
    between them skipped), after ``boundary``."""
    k = first - 1
    while k > boundary and context.tokens[k].text in patterns.skippable:
        k -= 1
    return k > boundary and bool(patterns.directions.ends_at(context.norm.text, context.tokens, k))


def _gap(context: _Context, patterns: Patterns, last: int, first: int) -> int:
    """Tokens from ``last`` to ``first``, the words of a time phrase between them not counted (اعتباراً من الأسبوع
    المقبل)."""
    time_words = patterns.time_words.index
    return first - last - sum((context.tokens[k].text,) in time_words for k in range(last + 1, first))


def _fronted_place(context: _Context, patterns: Patterns, trigger: _Trigger, s_first: int) -> list:
    """'وفي مرزوق، أفاد ... بأن قوة تمركزت عند المدخل': a place put first in the sentence is where it happens; not a
    capital before a verb of saying ('وفي القاهرة، قال مصدر مصري', 'وفي أثينا، أعلنت وزارة الدفاع'): who speaks there."""
    for first in context.places_between(s_first, min(trigger.first, s_first + 3) - 1):
        after = context.mention_last[first] + 1
        if (_named_as(context.placed[first], patterns.capitals) and after < trigger.first
                and patterns.sources.at(context.norm.text, context.tokens, after)):
            return []
        k = first - 1  # 'وفي ميناء بنغازي، أنزلت سفينة ...': a place noun may stand between
        while k > s_first and context.tokens[k].text in patterns.skippable:
            k -= 1
        if patterns.roles.ends_at(context.norm.text, context.tokens, k) == "destination" or (
                context.tokens[first].text[:2] in ("في", "وف")):
            return [(first, context.placed[first], "destination")]
    return []


def _fronted_scene(context: _Context, patterns: Patterns, trigger: _Trigger, s_first: int, roles: list) -> list:
    """'الإثنين: في الأبيار، وصلت تعزيزات ... قادمة من المرج': a place put first and set off by a comma right before
    the verb is where a movement that names only its origin goes (not 'وفي روما، أعلنت الوزارة': who speaks there)."""
    scene = _fronted_place(context, patterns, trigger, s_first)
    if not scene or any(token == scene[0][0] for token, _, _ in roles):
        return []
    after = context.mention_last[scene[0][0]] + 1
    if after != trigger.first or not _CLAUSE_MARK.search(
            context.norm.text, context.tokens[after - 1].end, context.tokens[after].start):
        return []
    return scene


STATIONED_BEFORE = 8  # words back from a trigger to where the force that moves is said to be
FROM_BEFORE = 1  # words between 'forces from X' and the trigger after it, a weak particle and a time phrase not counted


def _origin_before(context: _Context, patterns: Patterns, trigger: _Trigger, s_first: int, first: int) -> list:
    """Where the force that moves is said to be, or to come from, just before the trigger: its origin.

    'كتيبة متمركزة في تقرت «ستُنقل إلى برج عمر إدريس»' (stationed in); 'أن تكون قوات من جادو ونالوت قد تحركت باتجاه
    يفرن', 'مجموعات مسلحة من مصراتة حشدت آليات قرب الهيشة' (a force word, من and the places, then the trigger)."""
    normal, tokens = context.norm.text, context.tokens
    places = context.places_between(max(first, trigger.first - STATIONED_BEFORE), trigger.first - 1)
    for index in range(len(places) - 1, -1, -1):
        place = places[index]
        k = place - 1
        if k - 2 >= first and tokens[k].text in patterns.place_parts and tokens[k - 1].text in patterns.stationed_links:
            k -= 1  # كانت تتمركز عند بوابة الوشكة: a part of the place between
        stationed = k - 1 >= first and tokens[k].text in patterns.stationed_links and (
            patterns.stationed.ends_at(normal, tokens, k - 1)
            or k - 2 >= first and tokens[k - 1].text in patterns.skippable
            and patterns.stationed.ends_at(normal, tokens, k - 2))  # متمركزة حالياً في تاجوراء
        if _CLAUSE_MARK.search(normal, tokens[context.mention_last[place]].end, tokens[trigger.first].start) and not (
                stationed and _aside(context, patterns, k, context.mention_last[place], trigger)):
            return []  # not past a comma: «... الموجودة في الأصابعة»، مشدداً
        if stationed:
            return [(place, context.placed[place], "origin")]  # كانت تتمركز قرب منفذ التوم انسحبت: from there
        if k >= first and _with_clitic(context, place, "ب") and patterns.stationed.at(normal, tokens, k):
            return [(place, context.placed[place], "origin")]  # لن تتحرك الوحدات المتمركزة بالأبيار نحو سلوق
        if (k - 1 >= first and tokens[k].text == ORIGIN_LINK and tokens[k - 1].text != ORIGIN_LINK
                and tokens[k - 1].text in patterns.subject_modifiers
                and _words_to_trigger(context, patterns, context.mention_last[place], trigger) <= FROM_BEFORE
                and (first == s_first or _CLAUSE_MARK.search(normal, tokens[first - 1].end, tokens[k].start))):
            return [(place, context.placed[place], "origin")]  # مجموعات مسلحة قادمة من الزاوية تحشدت في الكريمية
        if (k - 1 >= first and tokens[k].text == PLACE_LINK and patterns.forces.ends_at(normal, tokens, k - 1)
                and _words_to_trigger(context, patterns, context.mention_last[place], trigger) <= FROM_BEFORE
                and first == s_first and _said_of(context, patterns, s_first, k - 1)):
            return [(place, context.placed[place], "origin")]  # نفى أن يكون شباب الطوارق في اوباري قد تحركوا نحو
            # حقل الشرارة: the forces in a town, the verb's subject in what is said or denied, set out from it
        if k - 1 >= first and tokens[k].text == ORIGIN_LINK and patterns.forces.ends_at(normal, tokens, k - 1) and (
                first == s_first or _CLAUSE_MARK.search(normal, tokens[first - 1].end, tokens[k].start)):
            # not the object of the trigger before it: 'سحب وحدات من إجدابيا ونقلها إلى ميناء البريقة
            listed = [place]
            for later in places[index + 1:]:
                if not _coordinated(context, patterns, context.mention_last[listed[-1]], later):
                    return []
                listed.append(later)
            if _words_to_trigger(context, patterns, context.mention_last[listed[-1]], trigger) > FROM_BEFORE:
                return []
            return [(p, context.placed[p], "origin") for p in listed]
    return []


def _said_of(context: _Context, patterns: Patterns, s_first: int, last: int) -> bool:
    """Whether 'that' (أن، إن) stands before token ``last`` in its sentence: what follows is the content said."""
    return _word_in(context, patterns.that_words, s_first, last - 1)


ASIDE_TO_TRIGGER = 1  # words from the comma that closes an aside to the trigger (لن، لم، ستـ is the verb's own)


def _aside(context: _Context, patterns: Patterns, link: int, last: int, trigger: _Trigger) -> bool:
    """'القوة المشتركة، المتمركزة حالياً في درج، «لن تدخل غدامس»': where the force is stationed, set between commas
    right after it, then the verb: the comma that opens the aside stands right before the stationing word."""
    normal, tokens = context.norm.text, context.tokens
    word = next((j for j in range(link - 1, max(-1, link - 3), -1) if patterns.stationed.at(normal, tokens, j)), None)
    return (word is not None and word > 0 and _CLAUSE_MARK.search(normal, tokens[word - 1].end, tokens[word].start)
            is not None and _words_to_trigger(context, patterns, last, trigger) <= ASIDE_TO_TRIGGER)


def _words_to_trigger(context: _Context, patterns: Patterns, last: int, trigger: _Trigger) -> int:
    """Words from token ``last`` to the trigger, a weak particle (قد) and the words of a time phrase not counted."""
    weak = patterns.weak_particles.index
    return _gap(context, patterns, last, trigger.first) - 1 - sum(
        (t.text,) in weak for t in context.tokens[last + 1:trigger.first])


def _seen_near(context: _Context, patterns: Patterns, trigger: _Trigger, roles: list) -> bool:
    """'رصد تحركات مشبوهة لمجموعات مسلحة قرب معبر تين الكوم', '... في المثلث الحدودي': activity seen near or in a
    place (a sighting word as the trigger, every place after a nearby word or في) is no movement to it; 'تحركات ...
    نحو سرت' still is."""
    if not patterns.sightings.at(context.norm.text, context.tokens, trigger.first):
        return False
    normal, tokens, skippable = context.norm.text, context.tokens, patterns.skippable
    for first, _, _ in roles:
        k = first - 1
        while k > trigger.last and tokens[k].text in skippable:
            k -= 1
        if k <= trigger.last or not (patterns.nearby.ends_at(normal, tokens, k) or tokens[k].text == PLACE_LINK):
            return False
    return True


ACTOR_NAME_REACH = 8  # words back from a place to the start of a force's name it may stand in


def _in_a_forces_name(context: _Context, patterns: Patterns, first: int) -> bool:
    """'حشدت غرفة العمليات، التابعة لرئاسة الأركان في طرابلس، آليات في أبوقرين': a place inside the name of a force
    named before it is not where the movement goes; unless the force itself is (وصلت تعزيزات إلى المجموعات المسلحة
    في مصراتة: a role marker stands before the force), or the name says where the force comes from (تحرك قوات من
    الزنتان باتجاه جنزور: Zintan's forces, and Zintan is where they set out)."""
    for span in context.actors_between(first - ACTOR_NAME_REACH, first - 1):
        if span.first < first <= span.last:
            if context.tokens[first - 1].text == ORIGIN_LINK:
                return False
            return not (span.first > 0 and patterns.roles.ends_at(context.norm.text, context.tokens, span.first - 1))
    return False


def _names_actor(context: _Context, token: int) -> bool:
    """'نقلت تركيا ...': a country right after the verb is its subject, not where anyone goes."""
    return any(a.first <= token <= a.last for a in context.actors_between(token - ACTOR_NAME_REACH, token))


def _of_a_part(patterns: Patterns, tokens, k: int, boundary: int) -> bool:
    """Whether the word at ``k`` is لمدينة، لمنطقة ('of the town') after a part of a place, with or without its
    adjective (البوابة الشمالية لمدينة، مدخل لمنطقة): the part's town, not 'to the town'."""
    if not tokens[k].text.startswith("ل") or tokens[k].text.startswith("ال"):
        return False
    parts = patterns.place_parts
    return any(j > boundary and (tokens[j].text in parts or tokens[j].text.startswith("ال") and tokens[j].text[2:] in parts)
               for j in (k - 1, k - 2))


def _marker_before(context: _Context, patterns: Patterns, first: int, boundary: int) -> str | None:
    normal, tokens = context.norm.text, context.tokens
    if first - 1 > boundary:  # 'على الحدود مع النيجر': the role words run into the place's own name
        match = patterns.roles.at(normal, tokens, first - 1)
        if match and match[0] > 1:
            if (match[2] == "destination" and first - 2 > boundary and patterns.stationed.at(normal, tokens, first - 2)
                    and not any(patterns.roles.ends_at(normal, tokens, j) == "destination"
                                for j in range(max(boundary + 1, first - 4), first - 2))):
                return "stationed"  # الوحدات التي كانت منتشرة على الحدود مع ليبيا: where they set out from; not إلى
                # النقاط المنتشرة على الحدود مع مصر, the points a force goes to
            return match[2]
    for k in range(first - 1, max(boundary, first - 1 - ROLE_LOOKBACK), -1):
        role = patterns.roles.ends_at(normal, tokens, k)
        if role == "destination" and k == first - 1 and _of_a_part(patterns, tokens, k, boundary):
            continue  # من البوابة الشمالية لمدينة بني وليد: 'of', the part's town; the word before the part says the role
        if role == "destination" and tokens[k].text == PLACE_LINK and k - 1 > boundary and (
                patterns.stationed.ends_at(normal, tokens, k - 1) or _home_base_before(context, patterns, boundary, k)):
            return "stationed"  # تنطلق من معسكراتها في غريان، الوحدات المنتشرة في أوباري: where it sets out from
        start = patterns.roles.start_of(normal, tokens, k) if role in ("destination", "locator") else None
        if (start is not None and tokens[start].text in patterns.stationed_links and start - 1 > boundary
                and patterns.stationed.ends_at(normal, tokens, start - 1)):
            return "stationed"  # الوحدات المرابطة عند سرت، كانت متمركزة في محيط شحات: where it sets out from
        if role == "locator" and _home_base_before(context, patterns, boundary, start):
            return "stationed"  # انسحبوا من مواقعهم قرب أرليت إلى ليبيا: where they set out from
        if role:
            return role
        if k < first - 1 and patterns.stationed.at(normal, tokens, k):
            return "stationed"  # كتائبه المرابطة غرب سرت: a compass word between, where they set out from
        if (tokens[k].text in patterns.stationed_links and k - 1 > boundary
                and patterns.stationed.ends_at(normal, tokens, k - 1)):
            return "stationed"  # من الكتيبة المكلفة بحماية حقل الشرارة: the place it guards, where it sets out from
        if tokens[k].text not in patterns.skippable and not (
                tokens[k].text[:2] == "ال" and tokens[k].text in context.actor_lexicon.by_nisba):
            break  # a place noun and its nationality stand between too: هبطتا في العاصمة النيجرية نيامى
    if _with_clitic(context, first, "م"):
        return "origin"  # جاو مالعوينات: spoken 'from the'
    prefix = tokens[first].text[:1]
    if prefix in ("ب", "ل") and _with_clitic(context, first, prefix) and boundary < first - 1:
        if prefix == "ب" and patterns.stationed.at(normal, tokens, first - 1):
            return "stationed"  # الوحدات المتمركزة بالأبيار: where they set out from
        if prefix == "ب" and any(tokens[k].text == ORIGIN_LINK for k in range(max(boundary + 1, first - 4), first)):
            return "origin"  # من الثكنة الجهوية بتطاوين: the barracks in Tataouine is where they come from
        return "destination"
    return None


HOME_BASE_NAME = 5  # words of a base's own name between it and في (من مستودع شركة البريقة في سبها;
# من مقر الناحية العسكرية السادسة في تمنراست)


def _home_base_before(context: _Context, patterns: Patterns, boundary: int, link: int) -> bool:
    """'من معسكراتها في غريان', 'من مستودع شركة البريقة في سبها': من, a word for a force's base or depot (and a
    few words of its name), then في at token ``link``: the place after it is where the force sets out from."""
    normal, tokens = context.norm.text, context.tokens
    for k in range(link - 1, max(boundary + 1, link - 1 - HOME_BASE_NAME), -1):
        if not joined(normal, tokens, k, link):
            return False
        if tokens[k - 1].text == ORIGIN_LINK and patterns.home_bases.at(normal, tokens, k):
            return True
    return False


def _with_clitic(context: _Context, first: int, letter: str) -> bool:
    """Whether the place mention at token ``first`` is written with ``letter`` (ب، ل) joined before it, a tatweel
    between them or not (لـزليتن)."""
    start = context.norm.offsets[context.tokens[first].start]
    return context.text[start:context.placed[first].start].rstrip(TATWEEL).endswith(letter)


def _located_in_previous(context: _Context, boundary: int, first: int, skippable: frozenset[str]) -> bool:
    """'قاعدة حميميم في سوريا', 'زوار في منطقة تيبستي', 'مطار معيتيقة بطرابلس', 'قاعدة أوغستا البحرية في صقلية':
    the second place locates the first."""
    between = [t.text for t in context.tokens[boundary + 1:first]]
    while between[:1] != ["في"] and between and between[0] in skippable:
        between = between[1:]  # the rest of a facility's name the gazetteer does not hold (البحرية، الجوية)
    word = context.tokens[first].text
    return (between[:1] == ["في"] and all(w in skippable for w in between[1:])
            or not between and word[:1] == "ب" and first == boundary + 1)


PLACE_RANKS = {"village": 1, "town": 2, "city": 3, "district": 4, "region": 5, "country": 6}  # facilities: 0


def _larger(mention: Mention, previous: Mention) -> bool:
    """Whether ``mention`` may locate the place named before it ('قاعدة حميميم في سوريا', 'مطار معيتيقة بطرابلس'):
    it is larger. 'قادمة من مصراتة في قاعدة براك الجوية' or 'من مصراتة في سبها' name where the movement goes."""
    if previous.place is None or mention.place is None:
        return True
    return PLACE_RANKS.get(mention.place.kind, 0) > PLACE_RANKS.get(previous.place.kind, 0)


def _coordinated(context: _Context, patterns: Patterns, boundary: int, first: int) -> bool:
    """'سبها وغات', 'سبها، غات' or 'بتراغن فالقطرون': the place continues the previous one's list; so does one
    after place nouns joined with و (بن قردان ومحيط معبر راس جدير), أو or ثم."""
    tokens, skippable = context.tokens, patterns.skippable
    if first != boundary + 1:
        between = [t.text for t in tokens[boundary + 1:first]]
        if between[0] in patterns.list_joiners:  # 'نحو ميناء السدرة أو راس لانوف', 'مروراً بسبها ثم جرمة'
            return all(w in skippable for w in between[1:])
        return (between[0][:1] == "و" and all(w in skippable for w in (between[0][1:], *between[1:]))
                and joined(context.norm.text, tokens, boundary, first))
    gap = context.norm.text[context.tokens[boundary].end:context.tokens[first].start]
    if tokens[boundary].text.isascii():  # أرليت (Arlit) وأغاديز: past the gloss that ends the place before
        gap = gap.strip().removeprefix(")")
    return gap.strip() in ("", "،", ",") and (context.tokens[first].text.startswith("و") or gap.strip() in ("،", ",")
                                             or _with_clitic(context, first, "ف"))  # مروراً بتراغن فالقطرون


def _status(context: _Context, patterns: Patterns, trigger: _Trigger, scope_first: int, s_last: int,
            following: int) -> str:
    """denied > conditional > planned > reported.

    Cues before the trigger count back to a reporting verb, a scope break (لكن، بينما) or the previous
    trigger; conditions and denials that close a clause (عارية عن الصحة) count in the trigger's segment, but a
    condition past the next trigger (``following``) and its places is that one's when nothing planned this one
    (تقدمت من أبوقرين نحو سرت ... ملوحاً بدخول الجيش المصري إلى ليبيا إذا تجاوزته);
    a plain negation (لن تغادر ... إلا إذا) gives way to a condition; a denial in the previous sentence
    that names no place of its own covers the claim this sentence quotes.
    """
    normal, tokens = context.norm.text, context.tokens
    seen: set[str] = set()
    segment_first = scope_first
    cue_ends = {*patterns.scope_breaks.ends_between(scope_first, trigger.first - 1),
                *patterns.status.ends_between(scope_first, trigger.first - 1)}  # elsewhere neither kind of cue ends
    for k in sorted(cue_ends, reverse=True):
        if patterns.scope_breaks.ends_at(normal, tokens, k) and _names_no_place(context, patterns, k):
            segment_first = k + 1
            break
        cue = patterns.status.ends_at(normal, tokens, k)
        if cue and cue[1] != "time":  # a time counts only near the trigger (below)
            status, scope = cue
            if scope == "order" and not (trigger.prefix and context.tokens[trigger.first].text[trigger.prefix - 1] == "ب"):
                continue  # كلفت القوات الجوية بنقل كتيبة: an order to move; not السرية التي كُلفت بتأمين المنفذ انسحبت
            if scope == "if_future" and not trigger.future:
                continue  # عندها ستتقدم وحداتنا: then, if so; حينها انسحبت القوات: at that time
            if status == "reported":
                segment_first = k + 1
                break
            seen.add(status)
    segment_last = s_last
    for k in patterns.scope_breaks.between(trigger.last + 1, s_last):
        if _break_at(context, patterns, k):
            segment_last = k - 1
            break
    for k in patterns.next_clauses.between(trigger.last + 1, segment_last):
        if patterns.next_clauses.at(normal, tokens, k):
            segment_last = k - 1  # من المقرر أن تنتقل سرية إلى العوينات، على أن تُنقل أخرى إلى غات إذا ...
            break
    statement_last = segment_last  # وأكد المصدر أن «قواتنا لن تتقدم ... إلا إذا»: a verb of saying (not a source's
    for k in patterns.sources.between(trigger.last + 1, segment_last):  # name, بحسب مصدر, nor one that denies) starts
        source, cue = patterns.sources.at(normal, tokens, k), patterns.status.at(normal, tokens, k)  # another statement,
        if source and not source[2][1] and (cue is None or cue[2][0] == "reported"):  # with its own condition or plan
            statement_last = k - 1  # (what it denies is still this one's: وقال إن ما يُتداول «لا أساس له»)
            break
    for k in patterns.status.between(segment_first, segment_last):
        cue = patterns.status.at(normal, tokens, k)
        if cue and cue[2][1] in ("sentence", "anaphoric"):
            if k > statement_last and cue[2][0] in ("conditional", "planned"):
                continue
            if (k > following and cue[2][0] == "conditional" and not trigger.future and "planned" not in seen
                    and context.places_between(following, k - 1)):
                continue
            if cue[2][0] == "planned" and not trigger.last < k <= trigger.last + EXPECTED_REACH:
                continue  # 'إنزال مرتقب': 'expected' qualifies the noun right before it, not the whole sentence
            seen.add(cue[2][0])
        elif cue and cue[2][1] == "time":
            if ((trigger.last < k <= trigger.last + TIME_AFTER and k < following
                 and _clause_opens(context, patterns, trigger.last + 1, k - 1) not in ("purpose", "clause")  # تمهيداً لدفعها خلال
                 or trigger.first - TIME_BEFORE <= k < trigger.first and not _CLAUSE_MARK.search(
                     normal, tokens[k].end, tokens[trigger.first].start))
                    and not _past_verb(context, patterns, trigger)):
                seen.add(cue[2][0])  # طائرتا نقل ستقلان غداً سرية ...; تصل إلى المرج الأسبوع المقبل شحنة
        elif cue and cue[2][1] == "claim" and k > trigger.last:
            s_first, _ = _sentence_bounds(context, trigger.first)
            if _any_in(patterns.claims, context, s_first, trigger.first - 1):
                seen.add(cue[2][0])  # اتهم نجامينا بالسماح بهبوط طائرات ... وهو ما نفته الحكومة
    for k in patterns.status.between(segment_last + 1, s_last):  # past a scope break: مضيفاً «لا صحة لذلك»
        cue = patterns.status.at(normal, tokens, k)
        if cue and cue[2][1] == "anaphoric":
            seen.add(cue[2][0])
        elif cue and cue[2] == ("denied", "before") and any(
                tokens[j].text in patterns.pointers_back for j in range(k + cue[0], min(s_last, k + POINTER_REACH) + 1)):
            seen.add("denied")  # فيما نفت وزارة الدفاع في طرابلس ذلك: the denier named between the verb and 'that'
    if trigger.future or _future_verb_before(context, patterns, trigger.first):
        seen.add("planned")
    if _denial_before(context, patterns, trigger) or _denied_in_next(context, patterns, trigger):
        seen.add("denied")
    if "planned" in seen and _conditioned_in_next(context, patterns, trigger):
        seen.add("conditional")
    if "as_soon_as" in seen and ("planned" in seen or not _past_verb(context, patterns, trigger)):
        seen.add("conditional")  # ستنسحب بمجرد وصول قوة الفصل; انسحبت فور دخول المحتجين tells when it happened
    if "negated" in seen:
        seen.add("conditional" if "conditional" in seen or "exception" in seen else "denied")
    for status in ("denied", "conditional", "planned"):
        if status in seen:
            return status
    return "reported"


def _past_verb(context: _Context, patterns: Patterns, trigger: _Trigger) -> bool:
    """Whether the trigger is a verb in the past: a feminine or plural ending (انسحبت، تحركوا, not تحركات or
    يتحركوا), or after قد (the patterns' weak particles: وقد انسحب). A masculine past is not told from a verbal
    noun (دفع، تقدم): not counted."""
    word = context.tokens[trigger.first].text
    if trigger.first and patterns.weak_particles.at(context.norm.text, context.tokens, trigger.first - 1):
        return True
    if word.endswith("ت"):
        return not word.endswith("ات")
    return word.endswith("وا") and word[:1] not in ("ي", "ت")


def _future_verb_before(context: _Context, patterns: Patterns, first: int) -> bool:
    """'ستواصل إرسال', 'سيتم نقل': a future verb right before a verbal noun makes it planned, a time phrase between
    apart ('ستنفذ الأسبوع المقبل إنزالاً'); so does a plan (خطة لنشر، خطة تشمل نقل), not one before a verb (ضمن خطة
    أمنية، انتشرت: what the plan did)."""
    normal, tokens = context.norm.text, context.tokens
    k = _before_time_phrase(context, patterns, first, joined_only=True)
    if k < 0 or not joined(normal, tokens, k, k + 1):
        return False
    word = tokens[k].text
    if word in patterns.plans or k and word in patterns.plan_links and tokens[k - 1].text in patterns.plans:
        return True
    return _is_future_word(word)


def _is_future_word(word: str) -> bool:
    """'ستواصل', 'وسيتم', 'فسننسحب': the future particle on a present verb (a person prefix and two letters more)."""
    return any(word.startswith(prefix) and word[len(prefix):len(prefix) + 1] in ("ي", "ت", "ن")
               and len(word) >= len(prefix) + 3 for prefix in FUTURE_PREFIXES)


POINTER_REACH = 6  # words from a verb of denial to the 'that' which points back to what it denies (نفت الوزارة ذلك)
NEXT_DENIAL_REACH = 8  # words into the next sentence for a denial that points back (غير أن المتحدث باسم اللواء نفى ذلك)


def _denied_in_next(context: _Context, patterns: Patterns, trigger: _Trigger) -> bool:
    """'أفادت مصادر محلية بوصول رتل ... إلى البلدة. غير أن المتحدث باسم اللواء نفى ذلك': a denial that points back
    (نفى ذلك، لا صحة لذلك) early in a next sentence that opens with a scope break ('but', 'he added': غير أن، لكن،
    وأضاف), with no place before it there, denies this sentence's claim."""
    _, s_last = _sentence_bounds(context, trigger.first)
    if s_last + 1 >= len(context.tokens):
        return False
    n_first, n_last = _sentence_bounds(context, s_last + 1)
    if not (patterns.scope_breaks.at(context.norm.text, context.tokens, n_first)
            or _any_in(patterns.report_nouns, context, _sentence_bounds(context, trigger.first)[0], trigger.first - 1)):
        return False  # not «وورفلة: اتهامات لا أساس لها» after a headline's threat: a denial of something else; but
        # 'سألناه عن تقارير عن نقل مرتزقة ... . قال: «لا صحة لذلك»': the reports it points back to
    k = _first_cue(context, patterns, n_first, min(n_last, n_first + NEXT_DENIAL_REACH), ("denied", "anaphoric"))
    return k is not None and not context.places_between(n_first, k - 1)


def _conditioned_in_next(context: _Context, patterns: Patterns, trigger: _Trigger) -> bool:
    """'... إن وحداتها ستنتشر على الحدود مع تشاد. وأضاف أن ذلك سيتم «إذا حاول المسلحون العودة»', 'لكنه أوضح أن
    ذلك «مرهون بفشل المفاوضات»': a next sentence that opens with 'he added' or 'but' and points back (ذلك، هذا)
    before a condition, with no place before it, makes this sentence's plan conditional."""
    _, s_last = _sentence_bounds(context, trigger.first)
    if s_last + 1 >= len(context.tokens):
        return False
    n_first, n_last = _sentence_bounds(context, s_last + 1)
    normal, tokens = context.norm.text, context.tokens
    if not (patterns.scope_breaks.at(normal, tokens, n_first) or patterns.speech_goes_on.at(normal, tokens, n_first)):
        return False
    pointer = next((k for k in range(n_first, min(n_last, n_first + NEXT_DENIAL_REACH) + 1)
                    if tokens[k].text in patterns.pointers_back), None)
    if pointer is None or context.places_between(n_first, pointer):
        return False
    k = _first_cue(context, patterns, pointer + 1, min(n_last, pointer + NEXT_DENIAL_REACH), ("conditional", "sentence"))
    return k is not None and not context.places_between(pointer, k - 1)


def _first_cue(context: _Context, patterns: Patterns, first: int, last: int, wanted: tuple[str, str]) -> int | None:
    """The first token in first..last where a status cue of this (status, scope) starts."""
    for k in patterns.status.between(first, last):
        cue = patterns.status.at(context.norm.text, context.tokens, k)
        if cue and cue[2] == wanted:
            return k
    return None


def _denial_before(context: _Context, patterns: Patterns, trigger: _Trigger) -> bool:
    """'نفى المجلس ما أوردته وسائل إعلام. وكانت تلك الوسائل قد نقلت: «...»': the first trigger of a
    sentence that quotes a claim the previous sentence denied, without naming a place itself."""
    s_first, _ = _sentence_bounds(context, trigger.first)
    if s_first == 0 or context.places_between(s_first, trigger.first - 1):
        return False
    if patterns.scope_breaks.ends_between(s_first, trigger.first - 1):
        return False  # 'غير أن المصدر ذاته قال إن القيادة تعتزم سحب سريتين': 'but' sets it against the denial
    p_first, p_last = _sentence_bounds(context, s_first - 1)
    if context.places_between(p_first, p_last):
        return False
    return _first_cue(context, patterns, p_first, p_last, ("denied", "before")) is not None


def _actor(context: _Context, patterns: Patterns, trigger: _Trigger, s_first: int, end: int,
           role_tokens: set[int]) -> tuple[Actor | None, bool]:
    """The moving force: right after the trigger, else before it in the sentence, else named earlier.

    A name that is one of the movement's places (عبر تركيا) or the speaker of the sentence (نفت أنقرة)
    is not the force that moves.
    """
    speaks_of_own = bool(_any_in(patterns.own_forces, context, s_first, end))

    def eligible(span: ActorSpan) -> bool:
        if span.first in role_tokens or _outlets_patron(context, patterns, span.first) or _opposed(context, patterns, span):
            return False  # the place itself (عبر تركيا), not 'armed groups in <place>'; not whom a channel serves,
            # nor the force faced (قبالة خطوط قوات حكومة الوحدة الوطنية)
        speaker = span.first > 0 and patterns.sources.ends_at(context.norm.text, context.tokens, span.first - 1)
        return not (speaker and span.kind == "state" and not speaks_of_own)

    after_end = min(end, _reach(context, patterns, trigger.last, ACTOR_AFTER))  # وصلت ليلة السبت تعزيزات من الجيش
    links = context.actor_lexicon.unit_owner_links
    owned = next((k for k in range(trigger.last + 1, min(end, after_end + OWNER_AFTER) + 1)
                  if context.tokens[k].text in links), None)
    if owned is not None:  # وصلت إلى جالو، ظهر الخميس، تعزيزات عسكرية تابعة لـ«كتيبة شهداء تازربو»: whose they are
        after_end = min(end, max(after_end, owned + OWNER_AFTER))
    for k in patterns.status.between(trigger.last + 1, after_end):
        cue = patterns.status.at(context.norm.text, context.tokens, k)
        if cue and cue[2][0] == "conditional":  # 'إلا إذا طلبت حكومة ...': the condition's subject
            after_end = k - 1
            break
    after = [a for a in context.actors_between(trigger.first, after_end) if eligible(a)]
    before = [a for a in context.actors_between(s_first, trigger.first - 1) if eligible(a)]
    if len(before) + len(after) > 1:  # the rest only chooses between forces
        before = [a for i, a in enumerate(before) if not (i and _told_of_in_relative(context, patterns, before[i - 1], a))]
        supporting = [a for a in before + after
                      if a.first and patterns.supporters.ends_at(context.norm.text, context.tokens, a.first - 1)]
        if supporting and len(supporting) < len(before) + len(after):  # رتل من الجيش تسانده عناصر «الفيلق الأفريقي»:
            before = [a for a in before if a not in supporting]  # the army's column moves; those who support it do not
            after = [a for a in after if a not in supporting]
    if before and trigger.kind == "shipment":
        # نقل أسلحة إلى «الدعم السريع»: who receives a shipment is not who sends it when a sender stands before the
        # verb (reinforcements that reach the armed groups in Misrata are Misrata's own: not a shipment)
        after = [a for a in after if not _received(context, patterns, a)]
    if after:
        commander = _commander(context, patterns, trigger, after[0], before)
        if commander is not None:
            return Actor(after[0].actor.text, commander), False
        return _side_of_unit(context, patterns, after[0], s_first, [*reversed(before), *after])
    unnamed = _unnamed_subject(context, patterns, trigger) or _nation_of_the_move(context, patterns, trigger, end)
    if unnamed:
        return unnamed, False
    if before:
        return _side_of_unit(context, patterns, before[-1], s_first, before[::-1])
    if context.actors_between(s_first, trigger.first - 1):
        return None, False  # the sentence names only who speaks of the movement
    own = _speakers_forces(context, patterns, trigger, s_first, end)
    if own is not None:
        return own, False
    aboard = _aboard(context, patterns, trigger, end)
    if aboard is not None:
        return aboard, False
    told = _earlier_force(context, patterns, s_first)
    if told is not None and _foreign(context.actor_lexicon, told):
        told = _libyan_unit(context, patterns, trigger, s_first) or told
    return told, told is not None


def _foreign(lexicon: ActorLexicon, actor: Actor) -> bool:
    """Whether a named force is a foreign one: neither Libyan side, nor a Libyan town's own forces."""
    return (bool(actor.name) and actor.name not in lexicon.libyan_sides and actor.name not in lexicon.town_forces
            and not actor.name.startswith("Armed groups in"))


UNIT_NEAR = 3  # words around the trigger in which a unit noun is the force that moves (ستصل سرية من سبها)


def _libyan_unit(context: _Context, patterns: Patterns, trigger: _Trigger, s_first: int) -> Actor | None:
    """'وكانت سفن إنزال روسية قد أفرغت عناصر في ميناء طبرق ... . ستصل سرية من سبها إلى براك': a company or a
    battalion the sentence names without an owner, among Libyan places only, after a foreign force was told of, is
    the Libyan side the article named last, not that foreign force (which news names by its nationality each time)."""
    lexicon = context.actor_lexicon
    if not _word_in(context, patterns.unit_words, max(s_first, trigger.first - UNIT_NEAR),
                    min(len(context.tokens) - 1, trigger.last + UNIT_NEAR)):
        return None
    _, s_last = _sentence_bounds(context, trigger.first)
    places = [context.placed[k].place for k in context.places_between(s_first, s_last)]
    if not places or any(p is None or p.country != lexicon.home_country for p in places):
        return None
    return next((span.actor for span in reversed(context.actors_between(0, s_first - 1))
                 if span.actor.name in lexicon.libyan_sides), None)


ABOARD_REACH = 4  # words from 'on board' (على متنها) to the force carried


def _aboard(context: _Context, patterns: Patterns, trigger: _Trigger, end: int) -> Actor | None:
    """'هبطت في قاعدة تمنهنت ثلاث طائرات شحن ...، على متنها عناصر من اللواء طارق بن زياد': the named force a
    vehicle carries, told after 'on board' in the movement's clause, is the one that moves."""
    for cue in patterns.aboard.between(trigger.last + 1, end):
        match = patterns.aboard.at(context.norm.text, context.tokens, cue)
        if match:
            after = cue + match[0]
            return next((a.actor for a in context.actors_between(after, min(end, after + ABOARD_REACH))
                         if a.actor.name and a.kind != "state"), None)
    return None


RELATIVE_SUBJECT = 3  # words from a relative pronoun to the subject of its verb (الذين استقدمتهم تركيا)


def _told_of_in_relative(context: _Context, patterns: Patterns, head: ActorSpan, span: ActorSpan) -> bool:
    """'المرتزقة السوريين الذين استقدمتهم تركيا ... غادرت': a force named in a relative clause that describes the
    force before it (the relative pronoun right after that force) is not the one that moves."""
    k = head.last + 1
    return (k < span.first <= k + RELATIVE_SUBJECT
            and bool(patterns.relatives.at(context.norm.text, context.tokens, k)))


POSSESSED_BEFORE = 4  # words back from the verb to forces 'of his' that move (من أن وحداته «ستتحرك»)


def _speakers_forces(context: _Context, patterns: Patterns, trigger: _Trigger, s_first: int, end: int) -> Actor | None:
    """'قال آمر إحدى المجموعات إن رجاله سيدخلون جنزور': forces that are the speaker's own (قواته، مقاتليه، عناصرنا),
    in a sentence that names who speaks, are the speaker's, not the force told of before. A town with forces of its
    own named before them in the sentence is whose they are (وفي الزنتان، حذّر قائد ميداني من أن وحداته ...);
    otherwise they have no name the lexicon knows. None when no such forces move here, no speaker is named, or the
    speaker is a force named before (آمر الكتيبة، نفت الجبهة): the force told of before is then the right one."""
    normal, tokens, possessed = context.norm.text, context.tokens, patterns.possessed_forces
    first = next((k for k in possessed.between(max(s_first, trigger.first - POSSESSED_BEFORE), min(end, trigger.last + 2))
                  if possessed.at(normal, tokens, k)), None)
    if first is None or _source(context, patterns, s_first, first) is None:
        return None
    offsets = context.norm.offsets
    last = first + possessed.at(normal, tokens, first)[0] - 1
    said = context.text[offsets[tokens[first].start]:offsets[tokens[last].end - 1] + 1]
    for k in reversed(context.places_between(s_first, first - 1)):
        place = context.placed[k].place
        town = own_forces(context.actor_lexicon, place) if place is not None and place.kind in ("city", "town") else None
        if town:
            return Actor(said, town)
    for k in patterns.speaker_anaphors.between(s_first, first - 1):
        match = patterns.speaker_anaphors.at(normal, tokens, k)
        end_of_name = k + match[0] - 1 if match else -1
        if match and (not joined(normal, tokens, end_of_name, end_of_name + 1)
                      or tokens[end_of_name + 1].text in patterns.speaker_stops):
            return None  # 'آمر الكتيبة، العقيد ...': the battalion named before
    return Actor(said, None)


def _speaker_goes_on(context: _Context, patterns: Patterns, s_first: int) -> Actor | None:
    """'نفى المتحدث باسم «اللواء 128 معزز» ... . وأضاف أن سرية «ستعيد تمركزها ...»': a sentence that goes on with
    the words of the one who spoke in the sentence before speaks of that speaker's force (the force his title names),
    not of the last force that moved."""
    normal, tokens = context.norm.text, context.tokens
    opener = patterns.speech_goes_on.at(normal, tokens, s_first)
    if not opener or s_first == 0:
        return None
    k = s_first + opener[0]
    same = patterns.same_sources.at(normal, tokens, k) if k < len(tokens) else None
    k += same[0] if same else 0  # وأضاف المصدر ذاته أن
    if k >= len(tokens) or not (tokens[k].text in patterns.that_words or _quoted_speech(normal, tokens, k)):
        return None
    before_first, before_last = _sentence_bounds(context, s_first - 1)
    sources = patterns.sources
    for span in context.actors_between(before_first, before_last):
        at = span.first - 1 - (span.first > 1 and tokens[span.first - 1].text == PLACE_LINK)  # مصدر في «X»
        if span.actor.name and span.kind != "state" and at >= before_first and sources.ends_at(normal, tokens, at):
            return span.actor  # the force of one who spoke for it: المتحدث باسم «اللواء 128»، مصدر في المجلس العسكري
    return None


def _quoted_speech(normal: str, tokens: list[Token], k: int) -> bool:
    """'وأضاف: «لا نية لدينا ...»': words quoted right after a verb of saying (a colon or an opening quote before
    token k)."""
    gap = normal[tokens[k - 1].end:tokens[k].start]
    return ":" in gap or any(c in gap for c in "«\"“")


def _received(context: _Context, patterns: Patterns, span: ActorSpan) -> bool:
    """Whether the actor follows a word of direction (إلى، نحو), not في: what is sent goes to it."""
    return (span.first > 0 and context.tokens[span.first - 1].text != PLACE_LINK
            and patterns.roles.ends_at(context.norm.text, context.tokens, span.first - 1) == "destination")


def _commander(context: _Context, patterns: Patterns, trigger: _Trigger, unit: ActorSpan,
               before: list[ActorSpan]) -> str | None:
    """The side of the body that moves forces 'from' a unit, named right before the verb, where the lexicon gives
    the unit another (القيادة العامة تحشد وحدات من «اللواء 166 مشاة»); not planes or troops that carry others
    (طائرات روسية نقلت عناصر من فاغنر: Wagner's men)."""
    if not before or unit.first < 2:
        return None
    normal, tokens, commander = context.norm.text, context.tokens, before[-1]
    if (commander.last == trigger.first - 1 and commander.actor.name and commander.kind != "state"
            and unit.actor.name != commander.actor.name and not patterns.forces.at(normal, tokens, commander.first)
            and tokens[unit.first - 1].text == ORIGIN_LINK and patterns.forces.at(normal, tokens, unit.first - 2)):
        return commander.actor.name
    return None


_LIST_ITEM = re.compile(r"[0-9٠-٩]{1,2}\s*[-–.)]")  # a sentence that opens with a list number ('3- ')


def _told_before(context: _Context, patterns: Patterns, s_first: int) -> Actor | None:
    """The force of the movement told before (جزء من الرتل سيتوجه: the column's), else the last force named
    before the sentence (a state named as such apart). Not across the items of a numbered list (a bulletin's
    '3- رست في ميناء الحريقة سفينة شحن ...' is a report of its own), nor into a link to another story (اقرأ أيضاً)."""
    if _LIST_ITEM.match(context.norm.text, context.tokens[s_first].start) or _links_elsewhere(context, patterns, s_first):
        return None
    if context.last_mover is not None:
        return context.last_mover
    for span in reversed(context.actors_between(0, s_first - 1)):
        if span.last < s_first and span.actor.name and span.kind != "state":
            return span.actor
    return None


def _links_elsewhere(context: _Context, patterns: Patterns, s_first: int) -> bool:
    """Whether the sentence opening at token ``s_first`` is a link to another story («اقرأ أيضاً: جسر جوي روسي من
    قاعدة حميميم إلى الجفرة»): its force is not the one told of before it, nor the one told of after it."""
    return bool(patterns.see_also.at(context.norm.text, context.tokens, s_first))


def _earlier_force(context: _Context, patterns: Patterns, s_first: int) -> Actor | None:
    """The force an unnamed mover is, from the sentences before: the one the last speaker spoke for when this sentence
    goes on with his words, else the force told of before."""
    return _speaker_goes_on(context, patterns, s_first) or _told_before(context, patterns, s_first)


def _side_of_unit(context: _Context, patterns: Patterns, span: ActorSpan, s_first: int,
                  nearest: list[ActorSpan]) -> tuple[Actor, bool]:
    """(actor, from context). A unit the lexicon does not know and no owner names (الكتيبة 116) keeps its own words
    and takes the name of the force its sentence names, nearest first (أعلنت القيادة العامة نشر وحدات من الكتيبة
    116), else of the force the article told of before, as a sentence without an actor would; not a town's own
    guard (قوة حماية مرزق), which is no side's."""
    actor = span.actor
    if actor.name or actor not in context.units or _town_guard(context, span):
        return actor, False
    side = next((span.actor for span in nearest if span.actor.name and span.kind not in ("state", "unit")), None)
    if side is not None:
        return Actor(actor.text, side.name), False
    told = _earlier_force(context, patterns, s_first)
    return (Actor(actor.text, told.name), True) if told is not None else (actor, False)


def _town_guard(context: _Context, span: ActorSpan) -> bool:
    """'قوة حماية مرزق', 'كتيبة حماية غدامس': a unit named for guarding the town after the guard word."""
    lexicon, tokens = context.actor_lexicon, context.tokens
    return any(tokens[k].text in lexicon.local_guard_words and tokens[k + 1].text in lexicon.towns
               for k in range(span.first, span.last))


def _unnamed_subject(context: _Context, patterns: Patterns, trigger: _Trigger) -> Actor | None:
    """'أن المسلحين انسحبوا', 'انسحب مسلحون': gunmen or militias the text does not name, right before or
    right after the verb, are the movers; not the body that reports their move (Actor without a name)."""
    normal, tokens = context.norm.text, context.tokens
    span = None
    match = patterns.unnamed_forces.at(normal, tokens, trigger.last + 1) if trigger.last + 1 < len(tokens) else None
    if match:
        span = (trigger.last + 1, trigger.last + match[0])
    else:
        last = trigger.first - 1
        if last >= 0 and (tokens[last].text,) in patterns.weak_particles.index:
            last -= 1
        for first in patterns.unnamed_forces.between(max(0, last - 2), last):
            match = patterns.unnamed_forces.at(normal, tokens, first)
            if match and first + match[0] - 1 == last:
                span = (first, last)
                break
        else:
            span = _modified_subject(context, patterns, last)
    if span is None:
        return None
    offsets = context.norm.offsets
    start, end = offsets[tokens[span[0]].start], offsets[tokens[span[1]].end - 1] + 1
    return Actor(context.text[start:end], None)


def _nation_of_the_move(context: _Context, patterns: Patterns, trigger: _Trigger, end: int) -> Actor | None:
    """'جسر جوي روسي', 'إنزال بحري تركي': a nationality right after the noun of the movement, its adjectives
    between (data/movement_patterns.jsonl move_adjective), names the forces that move; not one without a single
    army (ليبي)."""
    tokens, nations = context.tokens, context.actor_lexicon.by_nisba
    for k in range(trigger.last + 1, min(end, len(tokens) - 1) + 1):
        armies = nations.get(tokens[k].text)
        if armies is not None:
            if not armies[0]:
                return None
            offsets = context.norm.offsets
            return Actor(context.text[offsets[tokens[k].start]:offsets[tokens[k].end - 1] + 1], armies[0])
        if tokens[k].text not in patterns.move_adjectives and not patterns.forces.at(context.norm.text, tokens, k):
            return None  # وصول تعزيزات جزائرية: the force word between too
    return None


FRAME_REACH = 6  # words from a frame (في إطار) to the trigger it puts the movement before under


def _frames_the_last(context: _Context, patterns: Patterns, trigger: _Trigger, s_first: int) -> bool:
    """'وصلت إلى طبرق تعزيزات قادمة من المرج، في إطار ما وصفه مصدر عسكري بـ«إعادة انتشار روتينية»': a trigger a
    few words after a frame (في إطار، ضمن خطة، في أكبر عملية), no comma between, in a sentence that has told a
    movement already, names that movement again; it is no movement of its own when it names no origin (ضمن خطة تشمل
    نقل كتيبة من براك الشاطئ إلى قاعدة الجفرة is one)."""
    last = context.last_movement
    if not _told_in_sentence(context, last, s_first):
        return False
    normal, tokens = context.norm.text, context.tokens
    for k in range(trigger.first - 1, max(s_first, trigger.first - 1 - FRAME_REACH) - 1, -1):
        if _CLAUSE_MARK.search(normal, tokens[k].end, tokens[k + 1].start):
            return False  # ضمن مناورات «درع طرابلس»، على أن تبحر سفينة الإنزال: a clause of its own
        if patterns.frames.ends_at(normal, tokens, k):
            return True
    return False


QUESTION_REACH = 2  # words from a question word (هل) to the verb it asks about


def _asked(context: _Context, patterns: Patterns, trigger: _Trigger, s_last: int) -> bool:
    """'هل تتحرك قوات القيادة العامة نحو غدامس أيضاً؟': a question word right before the verb and a question mark
    after it in its sentence ask whether a move happens; they do not report one."""
    normal, tokens = context.norm.text, context.tokens
    asks = next((k for k in range(trigger.first - 1, max(-1, trigger.first - 1 - QUESTION_REACH), -1)
                 if tokens[k].text in patterns.question_words), None)
    if asks is None or not joined(normal, tokens, asks, trigger.first):
        return False
    after = normal[tokens[trigger.last].end:tokens[s_last + 1].start if s_last + 1 < len(tokens) else len(normal)]
    return "؟" in after or "?" in after


MODIFIED_SUBJECT = 4  # words that may say whose unnamed movers are, between them and their verb


def _modified_subject(context: _Context, patterns: Patterns, last: int) -> tuple[int, int] | None:
    """'بأن مسلحين محسوبين على ورشفانة حشدوا', 'مجموعات مسلحة قادمة من الزاوية تحشدت': unnamed movers, then a few
    words that say whose or whence they are (data: subject_modifier), then the verb at last + 1; their tokens."""
    normal, tokens = context.norm.text, context.tokens
    for opener in range(last, max(0, last - MODIFIED_SUBJECT), -1):
        if tokens[opener].text not in patterns.subject_modifiers:
            continue
        if not joined(normal, tokens, opener - 1, last) or normal[tokens[last].end:tokens[last + 1].start].strip(" «\"“"):
            return None  # only spaces, or a quote that opens the verb's words («النفير العام»), before the verb
        for first in patterns.unnamed_forces.between(max(0, opener - 3), opener - 1):
            match = patterns.unnamed_forces.at(normal, tokens, first)
            if match and first + match[0] == opener:  # مسلحين من المعارضة التشادية: named after all
                return None if context.actors_between(first, last) else (first, opener - 1)
    return None


def _source(context: _Context, patterns: Patterns, s_first: int, trigger_first: int) -> str | None:
    """Who says so: 'المتحدث باسم ...' or 'مصدر عسكري' first, else the speaker after قال/نفى; a few words after
    the cue, and to the end of a force named in them."""
    normal, tokens = context.norm.text, context.tokens
    matches = []
    for k in patterns.sources.between(s_first, trigger_first - 1):
        match = patterns.sources.at(normal, tokens, k)
        if match:
            n, _, (take, keep_cue) = match
            matches.append((not keep_cue, k, n, take, keep_cue))
    for _, k, n, take, keep_cue in sorted(matches):
        last = k + n - 1
        while (last + 1 < trigger_first and last - (k + n - 1) < take and tokens[last + 1].text not in patterns.speaker_stops
               and joined(normal, tokens, last, last + 1)):
            last += 1
        # the cue and, in quotes, the force it speaks for (المتحدث باسم «الكتيبة 77 مشاة», آمر «قوة حماية مرزق»)
        named = context.actors_between(k + n, last)  # المتحدث باسم الجيش السوداني «القيادة العامة»: named already
        quoted = None if named else _quoted_force_after(context, last, trigger_first)
        last = quoted.last if quoted else last
        if last == k + n - 1:
            continue
        for span in context.actors_between(k + n, last):  # a force named in the speaker's words is named whole:
            if last < span.last < trigger_first:  # المتحدث باسم غرفة عمليات سرت الجفرة, not ... سرت
                last = span.last
        first = k if keep_cue else k + n
        start = context.norm.offsets[tokens[first].start]
        stop = context.norm.offsets[tokens[last].end - 1] + 1
        if quoted and quoted.first > first and context.text[stop:stop + 1] in QUOTE_CHARS:
            stop += 1  # the quote opened inside the words taken closes
        return context.text[start:stop]
    return None


def _quoted_force_after(context: _Context, last: int, trigger_first: int) -> ActorSpan | None:
    """A force named in quotes right after token ``last`` (آمر «قوة حماية مرزق»), ending before the trigger."""
    if last + 1 >= trigger_first or not quote_before(context.norm.text, context.tokens, last + 1, QUOTE_CHARS):
        return None
    after = context.actors_between(last + 1, last + 1)
    return after[0] if after and after[0].last < trigger_first else None
