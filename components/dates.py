"""Event dates: the date words of a sentence (اليوم، أمس، الخميس الماضي، 23 يناير 2020),
resolved against the article's publication date when one is known.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from components.gazetteer import DATA
from components.prefilter import WordTest
from components.records import EventDate
from components.text import Normalised, normalise, normalise_word


@dataclass(frozen=True)
class DateCues:
    pattern: re.Pattern
    relative: dict[str, int]
    weekdays: dict[str, int]
    months: dict[str, int]
    past: frozenset[str]
    upcoming: frozenset[str]
    may_date: WordTest | None = None  # whether a word holds a word of a month, weekday or relative day


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=2)
def load_cues(data_dir: Path = DATA) -> DateCues:
    raw = json.loads((data_dir / "date_cues.json").read_text(encoding="utf-8"))

    def table(key):
        return {normalise_word(k): v for k, v in raw[key].items()}

    relative, weekdays, months = table("relative_days"), table("weekdays"), table("months")
    past = frozenset(normalise_word(w) for w in raw["past_markers"])
    upcoming = frozenset(normalise_word(w) for w in raw["next_markers"])
    markers = _alternation(past | upcoming)
    pattern = re.compile(
        rf"(?P<day>\d{{1,2}})\s+(?P<month>{_alternation(months)})(?:\s+(?P<year>\d{{4}})|\s+(?P<month_marker>{markers}))?"
        rf"|(?P<weekday>{_alternation(weekdays)})(?:\s+(?P<weekday_marker>{markers}))?"
        rf"|(?P<relative>{_alternation(relative)})"
        r"(?![\u0621-\u064a])"
    )
    # Every match holds a whole month, weekday or relative day; each of their words is a run of letters, so it lies
    # inside one token of the text: a sentence none of whose tokens holds one of these words has no date.
    parts = frozenset(part for phrase in (*relative, *weekdays, *months) for part in phrase.split())
    letters_only = all(re.fullmatch("[\u0621-\u064a]+", part) for part in parts)  # else no shortcut: regex only
    may_date = WordTest(lambda word: any(part in word for part in parts)) if letters_only else None
    return DateCues(pattern, relative, weekdays, months, past, upcoming, may_date)


def find_date(text: str, start: int, end: int, published: str | None, norm: Normalised | None = None) -> EventDate | None:
    """The first date expression in ``text[start:end]``; ``value`` needs ``published`` unless the year is written.

    ``norm`` is ``normalise(text)`` when the caller already has it (the pipeline does).
    """
    cues = load_cues()
    if norm is None:
        norm = normalise(text)
    low, high = bisect_left(norm.offsets, start), bisect_left(norm.offsets, end)
    if cues.may_date is not None:
        starts = norm.starts
        if not cues.may_date.any_of(norm.words[max(bisect_right(starts, low) - 1, 0):bisect_left(starts, high)]):
            return None  # no token there holds a date word (the regex would scan the sentence for nothing)
    for match in cues.pattern.finditer(norm.text, low, high):
        if match.start() > low and "\u0621" <= norm.text[match.start() - 1] <= "\u064a" and norm.text[match.start() - 1] != "و":
            continue
        first, last = norm.original_span(match.start(), match.end())
        return EventDate(first, last, text[first:last], _resolve(match, cues, published))
    return None


def _resolve(match: re.Match, cues: DateCues, published: str | None) -> str | None:
    base = dt.date.fromisoformat(published[:10]) if published else None
    if match.group("day"):
        month = cues.months[match.group("month")]
        day = int(match.group("day"))
        if match.group("year"):
            year = int(match.group("year"))
        elif base is None:
            return None
        else:
            year = base.year if (month, day) <= (base.month, base.day) else base.year - 1
            if match.group("month_marker") in cues.upcoming:
                year = base.year if (month, day) >= (base.month, base.day) else base.year + 1
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    if base is None:
        return None
    if match.group("relative"):
        return (base + dt.timedelta(days=cues.relative[match.group("relative")])).isoformat()
    weekday = cues.weekdays[match.group("weekday")]
    if match.group("weekday_marker") in cues.upcoming:
        return (base + dt.timedelta(days=(weekday - base.weekday()) % 7 or 7)).isoformat()
    return (base - dt.timedelta(days=(base.weekday() - weekday) % 7)).isoformat()
