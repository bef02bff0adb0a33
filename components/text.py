"""Arabic text normalisation with a map back to original offsets, tokens and sentences.

Matching works on a normalised copy of the article (harakat and tatweel
removed, alef/ya/ta-marbuta forms unified); every span the program reports is
mapped back through ``Normalised.offsets`` to the original text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate, repeat
from typing import NamedTuple

# Characters dropped from the normalised text: harakat, superscript alef,
# tatweel, Quranic marks, and invisible bidi/format controls.
_DROPPED = (
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)
_REPLACED = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه",
    "ک": "ك", "ی": "ي", "ڤ": "ق", "ڨ": "ق", "گ": "ك", "ڭ": "ك",  # ڤ and ڨ are the Maghreb's g (ورڤلة، ورڨلة =
    # ورقلة; الڨوارشة = القوارشة), ڭ Morocco's (أڭادير = أكادير)
    "پ": "ب", "چ": "ج",
    **dict(zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")),  # Arabic-Indic and Persian digits: اللواء ٤٤٤ = اللواء 444
}
# Latin letters with accents, folded one for one, so that a name written in Latin letters keeps its letters
# together (Ghadamès, Gabès, Aïn): the word is one token, matched against data/latin_names.csv
_LATIN_FOLDED = dict(zip("àáâäãåèéêëìíîïòóôöõùúûüçñÀÁÂÄÃÅÈÉÊËÌÍÎÏÒÓÔÖÕÙÚÛÜÇÑ",
                         "aaaaaaeeeeiiiiooooouuuucnAAAAAAEEEEIIIIOOOOOUUUUCN"))
_LATIN_ACCENTED = re.compile("[" + "".join(_LATIN_FOLDED) + "]")
_LATIN_TABLE = str.maketrans(_LATIN_FOLDED)
_TABLE = str.maketrans({**{c: None for c in _DROPPED}, **_REPLACED, **_LATIN_FOLDED})

ARABIC_LETTERS = "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي"
_TOKEN_SPLIT = re.compile(r"(?=[\u0621-\u064AA-Za-z\d])([\u0621-\u064A]++|[A-Za-z]++|\d++)")
# The words: runs of Arabic letters, Latin letters or digits ([\u0621-\u064A]+|[A-Za-z]+|\d+); split() keeps them:
# gap, word, gap, word ... gap. Written so that the regex runs a sixth fewer instructions: the lookahead asks once, as
# one class, whether a word starts at a character of a gap (not each kind in turn), and ++ gives no letter of a
# matched word back (nothing after it could need one)


@dataclass(frozen=True)
class Normalised:
    """A normalised copy of a text; ``offsets[i]`` is the original index of ``text[i]``.

    ``offsets`` has one extra entry, the original length, so that an end
    offset maps too.
    """

    text: str
    offsets: tuple[int, ...]

    @cached_property
    def tokens(self) -> list[Token]:
        """The words of the normalised text, computed once per article."""
        return _new_tokens(zip(self.words, self.starts, self._bounds[2::2]))

    @cached_property
    def words(self) -> list[str]:
        """The text of each token, for the prefilters."""
        return self._pieces[1::2]

    @cached_property
    def starts(self) -> list[int]:
        """The start of each token (``tokens[i].start``), in order: what a bisect needs."""
        return self._bounds[1:-1:2]

    @cached_property
    def _pieces(self) -> list[str]:
        return _TOKEN_SPLIT.split(self.text)

    @cached_property
    def _bounds(self) -> list[int]:
        """Offsets where the pieces begin: gap, word, gap, word ..."""
        return list(accumulate(map(len, self._pieces), initial=0))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised slice ``text[start:end]``."""
        return self.offsets[start], self.offsets[end - 1] + 1


class Token(NamedTuple):
    """A word of the normalised text, with its normalised offsets.

    Immutable like the records, but a named tuple: an article has hundreds of tokens, and a
    tuple is built at C speed (see ``tokenize``).
    """

    text: str
    start: int
    end: int


_DROPPED_RE = re.compile("[" + "".join(re.escape(c) for c in _DROPPED) + "]")
# A ya or alif maqsura that carries a hamza written after it instead of on it (الشاطىء, شاطيء: الشاطئ) is dropped
# too, and the hamza read as ي (``_YA_HAMZA``), so that the word's span still ends on it. Looked for only where a
# hamza stands: a second pattern, as one alternation in _DROPPED_RE would slow every article's scan fourfold.
_YA_BEFORE_HAMZA = re.compile("[\u064a\u0649](?=\u0621)")
_YA_HAMZA = re.compile("[\u064a\u0649]\u0621")


def _unify(text: str) -> str:
    """``text.translate(_TABLE)``: dropped characters removed, letter forms unified (a hamza after ya: ya), Latin
    accents folded.

    Done as one regex substitution and one ``str.replace`` per letter form, which scan at C speed;
    ``translate`` looks every character of Arabic text up in a dict and is several times slower.
    No replacement produces a letter that another one replaces, so the order does not matter.
    """
    if "\u064a\u0621" in text or "\u0649\u0621" in text:
        text = _YA_HAMZA.sub("\u064a", text)
    return _unify_letters(_DROPPED_RE.sub("", text))


def _unify_letters(text: str) -> str:
    """``_unify`` of a text with no dropped characters left (and no hamza after a ya)."""
    for old, new in _REPLACED.items():
        if old in text:
            text = text.replace(old, new)
    if _LATIN_ACCENTED.search(text):  # rare in Arabic news: one scan, not one per accented letter
        text = text.translate(_LATIN_TABLE)
    return text


def normalise_word(word: str) -> str:
    """Normalise a short string (a name or a cue word) the same way as an article."""
    return _unify(word).lower()


def normalise(text: str) -> Normalised:
    """Normalise ``text`` in one pass and keep the map back to original offsets."""
    kept: list[int] = []
    pieces: list[str] = []  # the text between the drops: joined, what the drops leave (_DROPPED_RE.sub, one scan)
    previous = 0
    dropped = _DROPPED_RE.finditer(text)
    ya_hamza = "\u064a\u0621" in text or "\u0649\u0621" in text
    if ya_hamza:  # rare: only then are the two kinds of drop merged
        dropped = sorted([*dropped, *_YA_BEFORE_HAMZA.finditer(text)], key=lambda match: match.start())
    for match in dropped:
        kept.extend(range(previous, match.start()))
        pieces.append(text[previous:match.start()])
        previous = match.end()
    kept.extend(range(previous, len(text)))
    pieces.append(text[previous:])
    normal = (_unify(text) if ya_hamza else _unify_letters("".join(pieces))).lower()
    if len(normal) != len(kept):  # lower() can expand rare characters (e.g. 'İ')
        normal = "".join("\u064a" if text[i] == "\u0621" and i and text[i - 1] in "\u064a\u0649" else _single(text[i])
                         for i in kept)
    kept.append(len(text))
    return Normalised(normal, tuple(kept))


def _single(ch: str) -> str:
    lowered = ch.translate(_TABLE).lower()
    return lowered if len(lowered) == 1 else ch.translate(_TABLE)


def _new_tokens(triples) -> list[Token]:
    """Tokens from (text, start, end) tuples, each made by ``tuple.__new__`` at C speed, without a Python-level call
    (and without a ``partial`` around it, which costs a fifth more)."""
    return list(map(tuple.__new__, repeat(Token), triples))


def tokenize(normal: str) -> list[Token]:
    """Words of a normalised text: runs of Arabic letters, Latin letters or digits."""
    return _tokens(_TOKEN_SPLIT.split(normal))


def _tokens(pieces: list[str]) -> list[Token]:
    """Tokens from the pieces ``_TOKEN_SPLIT.split`` returns: gap, word, gap, word ... gap."""
    bounds = list(accumulate(map(len, pieces), initial=0))
    return _new_tokens(zip(pieces[1::2], bounds[1::2], bounds[2::2]))


@lru_cache(maxsize=4096)
def name_key(name: str) -> tuple[str, ...]:
    """The token tuple a name is indexed under."""
    return tuple(t.text for t in tokenize(normalise_word(name)))


# Sentence ends: . ! ? ؟ ؛ and newlines; a full stop followed by a digit is a decimal point (2.5),
# one after a digit still ends a sentence (عام 2020.).
_SENTENCE_END = re.compile(
    r"(?:[!?؟؛]+|(?:(?<![\s(][\u0621-\u064a])|(?<=\d [مهص])|(?<=\d[مهص]))\.+(?!\d)"
    r"|(?<=\s[\u0621-\u064a])(?<!\sد)\.+(?![\d)\]])(?!\s*[\u0621-\u064a]\.))[\"'”’»)\]]*|\n+")
# A letter alone before a full stop ends no sentence when it is an initial or a title: inside a bracket (المحامي (ع.
# ش.)), before another initial (أ. د.) or a closing bracket, or the doctor's د (د. محمد); after a space and before
# a word it may end one (الخطة ب. ووصلت), and after digits it is a year's era or the morning (عام 2020 م.، الساعة 6 ص.)
SENTENCE_END_CHARS = "!?؟؛.\n"  # where a sentence end may begin
SENTENCE_END_CHAR = re.compile(r"[!?؟؛.\n]")  # one of them: what a short stretch of text is searched for


def char_positions(text: str, chars: str) -> list[int]:
    """Where any of ``chars`` stands in ``text``, in order. Each character is looked for with ``str.find``, which
    scans Arabic text for one character many times faster than a regex tries a character class at each position:
    for a few characters that are rare in a text (sentence ends, quotes) a dozen finds cost less than one regex scan."""
    found: list[int] = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1)
    found.sort()
    return found


def finditer_at(pattern: re.Pattern, text: str, chars: str):
    """``pattern.finditer(text)`` for a pattern whose every match begins with one of ``chars`` (and is not empty):
    the pattern is tried only where one of them stands (``char_positions``), not at every position of the text."""
    match, resume = pattern.match, 0
    for at in char_positions(text, chars):
        if at < resume:
            continue  # inside the match found last (؟!، «...»)
        found = match(text, at)
        if found:
            yield found
            resume = found.end()


def _sentence_ends(text: str):
    """The matches of ``_SENTENCE_END`` in ``text``, left to right, as ``finditer`` gives them,
    tried only where an end character stands."""
    return finditer_at(_SENTENCE_END, text, SENTENCE_END_CHARS)


_ALNUM = re.compile(r"[^\W_]")  # a character for which str.isalnum() holds
MAX_SENTENCE_CHARS = 600  # longer runs are cut at commas: bounds the work per sentence on run-on text


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets of ``text``, surrounding whitespace trimmed.

    Closing quotes after a full stop stay with their sentence; a full stop glued
    to the next word (".وفي") still ends the sentence, as scraped news often has it.
    A run-on longer than ``MAX_SENTENCE_CHARS`` is cut after a comma (or a space).
    """
    ends = [match.end() for match in _sentence_ends(text)]
    ends.append(len(text))
    trimmed = []
    start = 0
    for end in ends:
        for begin, stop in _cut(text, start, end) if end - start > MAX_SENTENCE_CHARS else ((start, end),):
            piece = text[begin:stop]
            kept = piece.strip()  # strip() removes exactly the characters isspace() accepts
            if _ALNUM.search(kept):
                begin += len(piece) - len(piece.lstrip())
                trimmed.append((begin, begin + len(kept)))
        start = end
    return trimmed


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        window = text[start + MAX_SENTENCE_CHARS // 2:start + MAX_SENTENCE_CHARS]
        commas = [m.end() for m in re.finditer(r"[،,;:]\s", window)]
        spaces = [m.end() for m in re.finditer(r"\s", window)]
        cut = (commas or spaces or [len(window)])[-1] + start + MAX_SENTENCE_CHARS // 2
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces
