"""Phrase matching over normalised tokens: clitic peeling and longest multi-word match.

Shared by place recognition, actor lookup and movement patterns, so that every
list of Arabic phrases is matched the same way.
"""
from __future__ import annotations

from functools import lru_cache

from components.prefilter import WordTest
from components.text import Token


class PhraseIndex(dict):
    """A dict from normalised token tuples to values that also knows, for each first word,
    the lengths of the phrases starting with it, so a lookup tries only lengths that can match."""

    def __init__(self, entries=(), spoken: bool = False) -> None:
        super().__init__(entries)
        self.spoken = spoken  # also read spoken م before ال (مالعوينات: 'from the'): the gazetteer's names only
        lengths: dict[str, set[int]] = {}
        seconds: dict[str, set[str]] = {}
        for key in self:
            lengths.setdefault(key[0], set()).add(len(key))
            if len(key) > 1:
                seconds.setdefault(key[0], set()).add(key[1])
        self.seconds = {word: frozenset(found) for word, found in seconds.items()}  # the second words after each first
        self.lengths = {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}  # longest first
        self.starts: dict[str, int] = {word: found[0] for word, found in self.lengths.items()}
        self.max_tokens = max(self.starts.values(), default=1)
        self.may_start = WordTest(self._openings, spoken_rests if spoken else peeled_rests, self.lengths)
        self.plan = WordTest(self._plan)
        self.reach = WordTest(self._reach)

    def _openings(self, word: str) -> tuple[tuple[int, str, tuple[int, ...]], ...]:
        """The clitic readings (prefix, rest) of ``word`` whose rest begins a phrase, with the phrases' lengths;
        empty (false) when none does. Memoised in ``may_start``: news reuses its words."""
        readings = peel(word) + spoken_from(word) if self.spoken else peel(word)
        return tuple((prefix, rest, self.lengths[rest]) for prefix, rest in readings if rest in self.lengths)

    def _plan(self, word: str) -> tuple[tuple[int, int, tuple[str]] | None, tuple[tuple[int, int, str], ...],
                                        frozenset[str]]:
        """How ``longest_match`` tries ``word``: (its one-word match, or None; its longer phrases to try; the words
        that may follow it in one of them).

        The one-word match is (1, prefix, (rest,)) for the least peeled reading that is a phrase by itself;
        the longer ones are (n, prefix, rest), longest first, the least peeled first for the same length,
        so the first that matches is the answer; a next word not among the followers rules them all out at once
        (most do: في before anything but a phrase's second word). Memoised in ``plan``, like ``may_start``.
        """
        openings = self.may_start(word) or ()
        single = next(((1, prefix, (rest,)) for prefix, rest, lengths in openings if 1 in lengths), None)
        longer = sorted(((n, order, prefix, rest) for order, (prefix, rest, lengths) in enumerate(openings)
                         for n in lengths if n > 1), key=lambda t: (-t[0], t[1]))
        followers = frozenset().union(*(self.seconds[rest] for _, _, _, rest in longer))
        return single, tuple((n, prefix, rest) for n, _, prefix, rest in longer), followers

    def _reach(self, word: str) -> tuple[int, ...]:
        """How many tokens past ``word`` the phrases it may begin end (0 for a one-word phrase); memoised in ``reach``."""
        return tuple(sorted({n - 1 for _, _, lengths in self.may_start(word) or () for n in lengths}))

    def positions(self, words: list[str]) -> list[int]:
        """Indices of the words where a phrase may start: the only places ``longest_match`` can succeed."""
        return self.may_start.positions(words)

    def opens(self, word: str) -> bool:
        """Whether a phrase may start at ``word``: ``may_start``'s yes or no, its readings looked up at C speed and
        nothing memoised (for a test that memoises its own answer: ``trigger_word_test``)."""
        return not self.lengths.keys().isdisjoint(spoken_rests(word) if self.spoken else peeled_rests(word))

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")


@lru_cache(maxsize=131072)
def peel(word: str) -> tuple[tuple[int, str], ...]:
    """Readings of a normalised word as (clitic prefix length, remainder), least peeled first.

    Handles و ف then ب ل ك, stacked (وبسبها، فبمرزق), and ل + ال written لل
    (للزنتان → الزنتان with the span starting after لل; للواء → اللواء, a word that opens with ل itself, with the
    span starting after the first ل).
    """
    readings = [(0, word)]
    for conj in ("", *CONJUNCTIONS):
        if not word.startswith(conj):
            continue
        after_conj = word[len(conj):]
        for prep in ("", *PREPOSITIONS):
            if not after_conj.startswith(prep) or (not conj and not prep):
                continue
            rest = after_conj[len(prep):]
            cut = len(conj) + len(prep)
            if len(rest) >= 2:
                readings.append((cut, rest))
            if prep == "ل" and rest.startswith("ل") and len(rest) >= 3:
                readings.append((cut + 1, "ا" + rest))
                readings.append((cut, "ال" + rest))  # للواء → اللواء: the article's lam and the word's own are one
    seen, unique = set(), []
    for reading in readings:
        if reading[1] not in seen:
            seen.add(reading[1])
            unique.append(reading)
    return tuple(unique)


@lru_cache(maxsize=131072)
def peeled_rests(word: str) -> tuple[str, ...]:
    """The remainders of ``peel(word)``'s readings: the words a phrase of an index may start with (``may_start``)."""
    return tuple(rest for _, rest in peel(word))


@lru_cache(maxsize=131072)
def spoken_rests(word: str) -> tuple[str, ...]:
    """``peeled_rests``, and the word after a spoken م before ال (مالعوينات → العوينات): for the gazetteer's names."""
    return tuple(rest for _, rest in peel(word) + spoken_from(word))


SPOKEN_FROM = "مال"  # م + ال: 'from the' in Libyan and Maghrebi speech (جاو مالعوينات)


def spoken_from(word: str) -> tuple[tuple[int, str], ...]:
    """The reading of a word as spoken م ('from') before ال, و before it or not (مالعوينات، ومالجفرة), or ()."""
    cut = 1 if word.startswith("و") else 0
    if word.startswith(SPOKEN_FROM, cut) and len(word) - cut >= 5:
        return ((cut + 1, word[cut + 1:]),)
    return ()


BLANKS = " \t\n\r\f\v\u00a0_"  # what may stand between the words of a name: spaces, and a hashtag's _ (#الجنوب_الليبي)


def joined(normal: str, tokens: list[Token], first: int, last: int, blanks: str = BLANKS) -> bool:
    """True when tokens first..last are separated by spaces only (no punctuation; a hashtag's _ is a space), or by
    the characters of ``blanks``."""
    for k in range(first, last):  # noqa: SIM110 (a loop: all() would make a generator on this hot path)
        if normal[tokens[k].end:tokens[k + 1].start].strip(blanks):
            return False
    return True


def quote_before(normal: str, tokens: list[Token], first: int, quotes: str) -> bool:
    """Whether one of ``quotes`` is the last character before token ``first`` (حشدت «كتيبة ...)."""
    before = normal[tokens[first - 1].end if first else 0:tokens[first].start].strip()
    return before != "" and before[-1] in quotes


def quote_after(normal: str, tokens: list[Token], last: int, quotes: str) -> bool:
    """Whether one of ``quotes`` is the first character after token ``last``."""
    after = normal[tokens[last].end:tokens[last + 1].start if last + 1 < len(tokens) else len(normal)].strip()
    return after != "" and after[0] in quotes


def longest_match(index: PhraseIndex, normal: str, tokens: list[Token], i: int, blanks: str = BLANKS):
    """The longest (n, prefix, key) whose first word, clitics peeled, starts a phrase in ``index``, its words apart
    by the characters of ``blanks`` only (see ``joined``).

    Longer phrases win; for the same length, the reading that peels the fewest letters.
    """
    word = tokens[i].text
    plan = index.plan.known.get(word)  # the memo read directly: this is the hottest lookup
    single, longer, followers = index.plan(word) if plan is None else plan
    if longer and i + 1 < len(tokens) and (second := tokens[i + 1].text) in followers:
        seconds, size = index.seconds, len(tokens)
        for n, prefix, rest in longer:
            if i + n <= size and second in seconds[rest]:  # most readings fail on the second word: no key built
                key = (rest, second) if n == 2 else (rest, *[t.text for t in tokens[i + 1:i + n]])
                if key in index and joined(normal, tokens, i, i + n - 1, blanks):
                    return n, prefix, key
    return single
