"""Phrase matching over normalised tokens: clitic peeling and longest multi-word match.

Shared by place recognition, actor lookup and movement patterns, so that every
list of Arabic phrases is matched the same way.
"""
from __future__ import annotations

from components.text import Token

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")


def peel(word: str) -> list[tuple[int, str]]:
    """Readings of a normalised word as (clitic prefix length, remainder), least peeled first.

    Handles و ف then ب ل ك, stacked (وبسبها، فبمرزق), and ل + ال written لل
    (للزنتان → الزنتان with the span starting after لل).
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
    seen, unique = set(), []
    for reading in readings:
        if reading[1] not in seen:
            seen.add(reading[1])
            unique.append(reading)
    return unique


def joined(normal: str, tokens: list[Token], first: int, last: int) -> bool:
    """True when tokens first..last are separated by spaces only (no punctuation)."""
    return all(normal[tokens[k].end:tokens[k + 1].start].strip() == "" for k in range(first, last))


def longest_match(index, max_len: int, normal: str, tokens: list[Token], i: int):
    """The longest (n, prefix, key) whose first word, clitics peeled, starts a name in ``index``."""
    for n in range(min(max_len, len(tokens) - i), 0, -1):
        if n > 1 and not joined(normal, tokens, i, i + n - 1):
            continue
        tail = tuple(t.text for t in tokens[i + 1:i + n])
        for prefix, rest in peel(tokens[i].text):
            key = (rest, *tail)
            if key in index:
                return n, prefix, key
    return None
