"""Prefilter: the tokens of an article where a lexicon may match, found in one pass over its words.

A matcher (place names, actors, triggers ...) asks a yes/no question of each word, e.g. "does any
clitic reading of this word begin a phrase?". ``WordTest`` answers it once per distinct word and
remembers the answer (news reuses its words); ``positions`` answers several tests together with one
dictionary lookup per word of the article, at C speed. The matchers then run their full, slower
logic only on the few tokens returned.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from itertools import compress

MAX_REMEMBERED = 50_000  # distinct words kept per test; the memory is cleared past this (bounded on endless news)


class WordTest:
    """A memoised question about a word, answered for every word of an article at once.

    The answer may be any value (what the matcher will need about the word); a true one means yes.

    With ``readings`` and ``words``, the test holds exactly when one of ``readings(word)`` is among ``words`` (a
    phrase index's first words, clitics peeled: وبسبها → سبها): ``positions`` and ``flagged`` then answer all the
    tests of one ``readings`` for a new word with one lookup per reading, not one call per test.
    """

    def __init__(self, test: Callable[[str], bool], readings: Callable[[str], Sequence[str]] | None = None,
                 words: Collection[str] = ()) -> None:
        self.test = test
        self.readings = readings
        self.words = words
        self.known: dict[str, object] = {}

    def __call__(self, word: str) -> bool:
        known = self.known.get(word)
        if known is None:
            self._forget_if_full()
            known = self.known[word] = self.test(word)
        return known

    def positions(self, words: Sequence[str]) -> list[int]:
        """Indices of ``words`` for which the test holds, in order."""
        try:
            answers = list(map(self.known.__getitem__, words))
        except KeyError:  # a word not seen before: learn the article's new words, then answer
            self._forget_if_full()
            for word in set(words).difference(self.known):
                self.known[word] = self.test(word)
            answers = list(map(self.known.__getitem__, words))
        return list(compress(range(len(words)), answers))

    def any_of(self, words: Sequence[str]) -> bool:
        """Whether the test holds for any of ``words`` (one lookup per word at C speed once they are known)."""
        try:
            return any(map(self.known.__getitem__, words))
        except KeyError:  # a word not seen before: ask each (the answers are remembered)
            return any(map(self, words))

    def _forget_if_full(self) -> None:
        if len(self.known) > MAX_REMEMBERED:
            self.known.clear()


class _Combined:
    """Several WordTests answered together: each word's answers memoised as one bit mask."""

    def __init__(self, tests: tuple[WordTest, ...]) -> None:
        self.tests = tests
        self.known: dict[str, int] = {}
        self.holding: dict[int, tuple[int, ...]] = {}  # a mask → the tests it says hold (few masks occur)
        by_readings: dict[Callable[[str], Sequence[str]], dict[str, int]] = {}
        self.asked: list[tuple[int, WordTest]] = []  # (bit, test) for the tests asked one by one
        for bit, test in enumerate(tests):
            if test.readings is None:
                self.asked.append((1 << bit, test))
                continue
            bits = by_readings.setdefault(test.readings, {})  # a reading → the bits of the tests it makes hold
            for word in test.words:
                bits[word] = bits.get(word, 0) | 1 << bit
        self.by_readings = tuple(by_readings.items())

    def _mask(self, word: str) -> int:
        mask = 0
        for readings, bits in self.by_readings:
            for reading in readings(word):
                mask |= bits.get(reading, 0)
        for bit, test in self.asked:
            if test(word):
                mask |= bit
        return mask

    def masks(self, words: Sequence[str]) -> list[int]:
        """Each word's mask: bit k set when ``tests[k]`` holds."""
        try:
            return list(map(self.known.__getitem__, words))
        except KeyError:  # a word not seen before: learn the article's new words, then answer
            if len(self.known) > MAX_REMEMBERED:
                self.known.clear()
            for word in set(words).difference(self.known):
                self.known[word] = self._mask(word)
            return list(map(self.known.__getitem__, words))

    def flagged(self, words: Sequence[str]) -> list[tuple[int, int]]:
        masks = self.masks(words)
        return list(zip(compress(range(len(words)), masks), compress(masks, masks)))  # at C speed

    def positions(self, words: Sequence[str]) -> list[list[int]]:
        masks = self.masks(words)
        found: list[list[int]] = [[] for _ in self.tests]
        holding = self.holding
        for i in compress(range(len(words)), masks):  # the few words where some test holds
            tests = holding.get(masks[i])
            if tests is None:
                tests = holding[masks[i]] = tuple(bit for bit in range(len(self.tests)) if masks[i] >> bit & 1)
            for test in tests:
                found[test].append(i)
        return found


_COMBINED: dict[tuple[int, ...], _Combined] = {}  # by the ids of its tests, which it keeps alive


def positions(words: Sequence[str], *tests: WordTest) -> list[list[int]]:
    """For each test, the indices of ``words`` where it holds, in order: one lookup per word for all of them."""
    key = tuple(map(id, tests))
    if key not in _COMBINED:
        _COMBINED[key] = _Combined(tests)
    return _COMBINED[key].positions(words)


def flagged(words: Sequence[str], *tests: WordTest) -> list[tuple[int, int]]:
    """(index, mask) for each word where some test holds, in order; bit k of the mask is set when ``tests[k]``
    holds. For a matcher that walks the union of the tests' positions: no per-test lists to build and merge."""
    key = tuple(map(id, tests))
    if key not in _COMBINED:
        _COMBINED[key] = _Combined(tests)
    return _COMBINED[key].flagged(words)
