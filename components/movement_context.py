"""What the movement engine knows of one article, and the small questions every part of it asks.

``Context`` holds the tokens, sentences, place mentions and (found when first asked for) actor spans;
``Trigger`` is a word or phrase that may open a movement. The helpers answer questions of position:
which sentence a token is in, how far a word reaches past a time phrase, where a clause opens.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cached_property
from typing import NamedTuple

from components.actors import ORIGIN_LINK, ActorLexicon, ActorSpan, find_actors
from components.dates import find_date
from components.movement_patterns import ArticlePhrases, Patterns
from components.phrases import CONJUNCTIONS
from components.prefilter import WordTest
from components.records import SETTLEMENT_KINDS, Actor, EventDate, Mention, Movement, Place
from components.text import Normalised, Token, char_positions

CLAUSE_MARKS = ("،", ",", "؛", ";", ".")
CLAUSE_MARK_CHARS = "".join(CLAUSE_MARKS)
ARABIC_COMMA = CLAUSE_MARKS[0]
FUTURE_PREFIXES = ("س", "وس", "فس")
PRESENT_PREFIXES = ("ت", "ي")  # a present verb's third person: تنسحب، يتقدم
VERB_SUFFIXES = ("ون", "وا", "ا", "ن")
DUAL_SUFFIXES = ("ان", *VERB_SUFFIXES)  # and the present's dual (ستعودان، تتمركزان): only after a person prefix (not شحنتان)


class Trigger(NamedTuple):  # a named tuple, immutable and built faster than a frozen dataclass
    first: int
    last: int
    kind: str
    needs_force: bool | str  # False, 'after', 'near' or 'sentence'
    future: bool
    prefix: int  # clitic letters before the trigger word (و، ب، ل ...), left out of its span


@dataclass
class Context:
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
        self.measured_from: dict[int, bool] = {}  # a place's token → whether a distance is measured from it
        self.reaches: dict[tuple[int, int], int] = {}  # (token, words) → reach_past's answer
        self.sentence_first: dict[int, int] = {}
        self.last_mover: Actor | None = None  # the named actor of the last movement found
        self.last_movement: Movement | None = None  # the last movement found
        self.passed: set[int] = set()  # the ids of the mentions movements found so far pass through (via)
        self.verb_tokens: list[int] = []  # the tokens that may be a trigger (the prefilter's candidates), in order
        self.feed_items: list[int] | None = None  # see feed_item_start
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

    def future_verb_at(self, k: int) -> bool:
        """Whether token k is a verb in the future (is_future_word), not a place whose name reads like one (سيوة،
        سيدي براني)."""
        return is_future_word(self.tokens[k].text) and k not in self.placed and k not in self.inner_place_tokens

    @cached_property
    def actor_firsts(self) -> list[int]:
        return [a.first for a in self.actors]

    @cached_property
    def _mark_positions(self) -> list[int]:
        """Where the article's clause marks stand, in order: found once per article, with one scan per mark."""
        return char_positions(self.norm.text, CLAUSE_MARK_CHARS)

    @cached_property
    def mark_gaps(self) -> list[int]:
        """The tokens a clause mark (CLAUSE_MARKS) follows before the next word, in order (punctuation stands
        between words only: no token holds one)."""
        return _gaps_at(self.norm, self._mark_positions)

    @cached_property
    def comma_gaps(self) -> list[int]:
        """The tokens an Arabic comma follows before the next word, in order."""
        text = self.norm.text
        return _gaps_at(self.norm, [at for at in self._mark_positions if text[at] == ARABIC_COMMA])

    @cached_property
    def _marked(self) -> frozenset[int]:
        return frozenset(self.mark_gaps)

    @cached_property
    def _commas(self) -> frozenset[int]:
        return frozenset(self.comma_gaps)

    def mark_after(self, k: int) -> bool:
        """Whether a clause mark stands between token ``k`` and the next."""
        return k in self._marked

    def comma_after(self, k: int) -> bool:
        """Whether an Arabic comma stands between token ``k`` and the next."""
        return k in self._commas

    def first_mark(self, first: int, last: int) -> int | None:
        """The first token in first..last-1 a clause mark follows (where the clause that runs from token ``first``
        ends before token ``last``), else None."""
        gaps = self.mark_gaps
        i = bisect_left(gaps, first)
        return gaps[i] if i < len(gaps) and gaps[i] < last else None

    def marked(self, first: int, last: int) -> bool:
        """Whether a clause mark stands between token ``first`` and token ``last``."""
        return self.first_mark(first, last) is not None

    def aside_end(self, first: int, words: int, commas_only: bool = False) -> int | None:
        """The last word of an aside that opens at token ``first`` and runs to at most ``words`` words: the first
        token from ``first`` a clause mark follows (an Arabic comma only, if ``commas_only``), a word at least
        standing after it; else None (، على بعد نحو 950 كيلومتراً جنوب شرقي بنغازي، ; ، اللواء إدريس المهدوي،)."""
        gaps = self.comma_gaps if commas_only else self.mark_gaps
        i = bisect_left(gaps, first)
        return gaps[i] if i < len(gaps) and gaps[i] < min(first + words, len(self.tokens) - 1) else None

    def aside_start(self, last: int, words: int, commas_only: bool = False) -> int | None:
        """The token before an aside that ends at token ``last`` (a clause mark right after it) and runs to at most
        ``words`` words back: the last token before ``last`` a clause mark follows; else None (طالبوا، في اجتماعهم
        الأخير في الجزائر العاصمة، بخروج)."""
        gaps = self.comma_gaps if commas_only else self.mark_gaps
        i = bisect_left(gaps, last)
        return gaps[i - 1] if i and gaps[i - 1] >= last - words else None

    def aside_around(self, k: int, first: int, floor: int) -> int | None:
        """The token before the opening comma of an aside set off by commas that holds token ``k``, closes before
        token ``first`` and opens at ``floor`` or after it (رئاسة الأركان، وفق ما أبلغه به ضابط ...، تعتزم; مقاتلي
        «فاغنر»، الذين رفضوا الانضمام إلى الفيلق، «لن يغادروا), else None: the aside's first word follows it."""
        closing = self.aside_end(k, first - k, commas_only=True)  # the first comma at or after k, before first
        return None if closing is None else self.aside_start(closing, closing - floor, commas_only=True)

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


def _gaps_at(norm: Normalised, positions: list[int]) -> list[int]:
    """The tokens the marks at ``positions`` (in order) follow before the next word, in order."""
    starts, gaps = norm.starts, []
    for at in positions:
        k = bisect_right(starts, at) - 1
        if k >= 0 and (not gaps or gaps[-1] != k):
            gaps.append(k)
    return gaps


def trigger_word(context: Context, trigger: Trigger) -> str:
    """The trigger's first word without its clitics (وطاردت: طاردت), as the trigger forms are written."""
    return context.tokens[trigger.first].text[trigger.prefix:]


def present_word(context: Context, trigger: Trigger) -> str:
    """The trigger's first word without its clitics and its future س (ستواصل: تواصل)."""
    word = trigger_word(context, trigger)
    return word[1:] if trigger.future and word[:1] == "س" else word


def place_key(mention: Mention) -> str:
    return mention.place.id if mention.place else mention.text


def token_at(norm: Normalised, offset: int) -> int:
    """The token at ``offset`` of the original text."""
    return bisect_right(norm.starts, bisect_right(norm.offsets, offset) - 1) - 1


def told_with(context: Context, movement: Movement, words: frozenset[str]) -> bool:
    """Whether a word of the movement's trigger, و or the future's س before it or not, is one of ``words`` (طائرات
    شحن هبطت، وعبرت، ستعبر)."""
    if movement.trigger is None:
        return False
    first, last = token_at(context.norm, movement.trigger.start), token_at(context.norm, movement.trigger.end - 1)
    return any(word in words or word[:1] == CONJUNCTIONS[0] and word[1:] in words
               or is_future_word(word) and word[word.index("س") + 1:] in words
               for word in (token.text for token in context.tokens[first:last + 1]))


def bounds_of_sentence(context: Context, token: int) -> tuple[int, int]:
    """First and last token index of the sentence holding ``token``."""
    sentence = context.sentence_of[token]
    return context.sentence_first[sentence], context.sentence_last[sentence]


def word_in(context: Context, words: frozenset[str], first: int, last: int) -> bool:
    """Whether one of ``words`` stands at a token in first..last (clipped to the article): the window's words looked
    up at C speed."""
    return not words.isdisjoint(context.norm.words[max(0, first):last + 1])


def any_in(phrases: ArticlePhrases, context: Context, first: int, last: int):
    return phrases.first_in(context.norm.text, context.tokens, max(first, 0), min(last, len(context.tokens) - 1))


def reach_past(context: Context, patterns: Patterns, last: int, words: int) -> int:
    """The token ``words`` after ``last``, the words of a time phrase among them not counted (ليلة السبت، 11 فبراير 2026), nor a
    place's name after its first word (وصلت إلى أبو نجيم، فجر الثلاثاء، أرتال), nor a place noun before a name
    (وصل إلى بلدة قطرون، مساء الإثنين، رتل عسكري من الكتيبة 87), nor a distance set off by commas
    (``context.asides``: وصلت إلى مدينة الكفرة، على بعد نحو 950 كيلومتراً جنوب شرقي بنغازي، مساء الثلاثاء، قافلة).
    Found once per token and count (``context.reaches``): a trigger's force and its mover ask the same."""
    reach = context.reaches.get((last, words))
    if reach is None:
        reach = context.reaches[last, words] = _reach_past(context, patterns, last, words)
    return reach


def _reach_past(context: Context, patterns: Patterns, last: int, count: int) -> int:
    """``reach_past``, counted."""
    time_words, inner, nouns, asides = patterns.time_words.index, context.inner_place_tokens, patterns.skippable, context.asides
    words = context.norm.words
    reach, counted = last, 0  # words counted one by one, so that those skipped further on are skipped too
    about, adverbs = patterns.approximately, patterns.adverbs
    while counted < count and reach + 1 < len(words):
        reach += 1
        word = words[reach]
        counted += not ((word,) in time_words or reach in inner or word in nouns or word in adverbs
                        or reach in asides or word.isdigit()  # مساء الأربعاء 11 فبراير 2026
                        or word in about and reach + 1 < len(words) and words[reach + 1].isdigit()  # رتل من نحو 40
                        or words[reach - 1].isdigit())  # آلية: a number, 'about' before it and what it counts
    return reach


SOURCE_ASIDE = 10  # words from 'according to' (بحسب، وفق) to the comma that closes it as an aside


SPAN_WORDS = 4  # words of a span of time after 'about' (بعد نحو عام ونصف من)


def clause_opens(context: Context, patterns: Patterns, first: int, last: int) -> str | None:
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
        if match[2] == "time" and following < len(tokens) and tokens[following].text in patterns.approximately:
            since = next((j for j in range(following + 1, min(following + SPAN_WORDS, len(tokens) - 1) + 1)
                          if tokens[j].text == ORIGIN_LINK), None)  # بعد نحو ثلاث ساعات: 'after about' a span of time, the
            if since is None or since + 1 in context.placed:  # movement's own; بعد نحو عام ونصف من تقليص: since what
                continue  # else happened (as an after_span opener)
            return "clause"
        if match[2] == "time" and following < len(tokens) and (
                tokens[following].text[:1].isdigit() or (tokens[following].text,) in patterns.time_words.index
                or following + 1 < len(tokens) and (tokens[following + 1].text,) in patterns.time_words.index
                or tokens[following].text in patterns.pointers_back and not match[1]
                or tokens[following].text in patterns.journey_words):
            continue  # بعد ظهر الأحد، قبل 3 أيام، قبل أربعة أيام; بعد ذلك 'afterwards' (انطلقت القوات بعد ذلك من الكفرة; وبعد ذلك
            # opens a clause: دفع الجيش بتعزيزات إلى غات وبعد ذلك تصاعد التوتر في أوباري); بعد رحلة: the journey's own
        if match[2] == "after_span":
            if following in context.placed:
                continue  # خرج بعد ساعات من القاعدة: 'hours later, from the base'
            return "clause"  # بعد يومين من اشتباكات: what else happened
        if match[2] == "explanation":
            if following < len(tokens) and patterns.triggers.at(normal, tokens, following):
                continue  # أعادت تموضع إحدى كتائبها، إذ نقلتها إلى مدينة براك: the same move told in detail
            return "clause"
        if match[2] == "source":
            aside = min(last, following + SOURCE_ASIDE)
            if aside > following and context.marked(following, aside):
                continue  # تقدمت، وفق مصادر سودانية، من منطقة المالحة: an aside; the movement goes on after it
            return "clause"
        return match[2]
    return None


def joins_word(patterns, word: str) -> bool:
    """Whether ``word`` is a verb of joining a force (التحقت، ستلتحق), with و or ف before it or not."""
    return word in patterns.joining or word[:1] in ("و", "ف") and word[1:] in patterns.joining


def is_future_word(word: str) -> bool:
    """'ستواصل', 'وسيتم', 'فسننسحب': the future particle on a present verb (a person prefix and two letters more)."""
    return any(word.startswith(prefix) and word[len(prefix):len(prefix) + 1] in ("ي", "ت", "ن")
               and len(word) >= len(prefix) + 3 for prefix in FUTURE_PREFIXES)


def shared_by_neighbours(place: Place) -> bool:
    """A border, a border triangle or a crossing: it belongs to the countries on both sides of it."""
    return place.kind == "crossing" or place.id.startswith(("region:border-", "region:tripoint-"))


def countries_of(mentions) -> set[str]:
    """The countries the placed ``mentions`` lie in, borders, border triangles and crossings (which both sides
    share) aside."""
    return {m.place.country for m in mentions if m.place is not None and not shared_by_neighbours(m.place)}


def seat_of(mention: Mention, kinds: frozenset[str]) -> Mention:
    """'عميد بلدية سبها ... إلى المدينة': a municipality the article named stands for its town of the same name
    (one of the mention's candidates) where 'the town' points back to it."""
    place = mention.place
    if place is None or place.kind != "district" or "district" in kinds:
        return mention
    town = next((c for c in mention.candidates if c.kind in kinds and c.name_ar == place.name_ar), None)
    return mention if town is None else replace(mention, place=town)


TOWN_KINDS = SETTLEMENT_KINDS


FEED_ITEMS = 3  # lines opening with a section's tag and a bar that make an article a feed of separate items
_FEED_TAG = re.compile(r"^([^\n|0-9٠-٩]{1,30})\s\|\s(?:[^\s|]+[ \t]+){3}[^\n|]*$", re.MULTILINE)  # 'ليبيا | '
# + a headline of four words or more and no other bar: not a breadcrumb nor a share bar (الرئيسية | محليات | الجنوب)


def feed_item_start(context: Context, live_tags: frozenset[str], k: int) -> int | None:
    """The first token of the news-feed item that token ``k`` stands in: a feed (a ticker, a digest of headlines)
    is an article with at least FEED_ITEMS lines that open with a section's tag and a bar (ليبيا | قوات حفتر تنشر
    كتيبتين ...، تشاد | متمردون يحتشدون ...), with two tags or more; each item is a report of its own. Not a live
    page's updates (عاجل | ...، متابعة | ...: ``live_tags``), which go on with one story."""
    if context.feed_items is None:
        normal = context.norm.text
        items = []
        tags = set()
        if normal.count("|") >= FEED_ITEMS:
            for tag in _FEED_TAG.finditer(normal):
                if not live_tags.intersection(tag.group(1).split()):
                    items.append(bisect_left(context.norm.starts, tag.start()))
                    tags.add(tag.group(1).strip())
        context.feed_items = items if len(items) >= FEED_ITEMS and len(tags) > 1 else []
    at = bisect_right(context.feed_items, k) - 1
    return context.feed_items[at] if at >= 0 else None
