"""What the analyst is looking at: filters over articles, the briefing's steps, and both kept in the URL.

Pure functions: the app turns widgets and ``st.query_params`` into a ``View`` and back.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from components.records import Article, Mention, Movement
from components.text import normalise_word

UNKNOWN_ACTOR = "unknown actor"


@dataclass(frozen=True)
class View:
    """Filters (empty means all), the article picked, the place whose sentences the panel shows, the
    briefing mode and its step. Dates are ISO days, ends included."""

    article: str | None = None
    statuses: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    place_kinds: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    until: str | None = None  # the time step-through: movements up to this day
    place: str | None = None
    briefing: bool = False
    step: int = 0

    @property
    def filters_movements(self) -> bool:
        return bool(self.statuses or self.actors or self.kinds or self.dated)

    @property
    def dated(self) -> bool:
        return bool(self.date_from or self.date_to or self.until)


def actor_name(movement: Movement) -> str:
    if movement.actor is None:
        return UNKNOWN_ACTOR
    return movement.actor.name or movement.actor.text


def movement_day(article: Article, movement: Movement) -> str | None:
    """The day a movement happened as far as the text says: its own date, else the article's publication."""
    value = movement.date.value if movement.date and movement.date.value else article.published
    return value[:10] if value else None


def _in_dates(day: str | None, view: View) -> bool:
    if not view.dated:
        return True
    # An undated movement cannot be placed inside a range, so a date filter leaves it out.
    return day is not None and (view.date_from or day) <= day <= min(view.date_to or day, view.until or day)


def keep_movement(movement: Movement, view: View, day: str | None = None) -> bool:
    """``day`` is ``movement_day`` of the movement, needed only when the view has a date range."""
    return ((not view.statuses or movement.status in view.statuses)
            and (not view.actors or actor_name(movement) in view.actors)
            and (not view.kinds or movement.kind in view.kinds)
            and _in_dates(day, view))


def _keep_mention(mention: Mention, view: View, tied: set[tuple[int, int]]) -> bool:
    if view.place_kinds and (mention.place is None or mention.place.kind not in view.place_kinds):
        return False
    return not view.filters_movements or (mention.start, mention.end) in tied


def apply_view(articles: list[Article], view: View) -> list[Article]:
    """The articles as the view shows them: the picked article, the movements that pass the filters and,
    when movements are filtered, only the places those movements name."""
    if not view.filters_movements and not view.place_kinds:
        # Nothing to narrow inside the articles: the same objects, with no copy.
        return [article for article in articles if not view.article or article.id == view.article]
    shown = []
    for article in articles:
        if view.article and article.id != view.article:
            continue
        movements = tuple(m for m in article.movements if keep_movement(m, view, movement_day(article, m)))
        tied = {(p.start, p.end) for m in movements for p in m.origins + m.destinations + m.via}
        mentions = tuple(m for m in article.mentions if _keep_mention(m, view, tied))
        shown.append(replace(article, mentions=mentions, movements=movements))
    return shown


def briefing_steps(articles: list[Article]) -> list[tuple[str, int]]:
    """Every shown movement in reading order: (article id, movement index)."""
    return [(article.id, index) for article in articles for index in range(len(article.movements))]


def movement_days(articles: list[Article]) -> list[str]:
    """The distinct days the shown movements carry, in order: the stops of a time step-through."""
    return sorted({day for a in articles for m in a.movements if (day := movement_day(a, m)) is not None})


def to_query(view: View) -> dict[str, str]:
    """URL parameters for the view: a briefer can share the exact screen."""
    query = {}
    if view.article:
        query["article"] = view.article
    for key, values in (("status", view.statuses), ("actor", view.actors), ("kind", view.kinds),
                        ("place_kind", view.place_kinds)):
        if values:
            query[key] = ",".join(values)
    for key, value in (("from", view.date_from), ("to", view.date_to), ("until", view.until), ("place", view.place)):
        if value:
            query[key] = value
    if view.briefing:
        query["briefing"] = "1"
        query["step"] = str(view.step + 1)
    return query


def from_query(params) -> View:
    """The view a URL asks for (unknown or malformed values are ignored)."""
    def values(key: str) -> tuple[str, ...]:
        raw = params.get(key) or ""
        return tuple(v for v in (part.strip() for part in str(raw).split(",")) if v)

    def day(key: str) -> str | None:
        raw = str(params.get(key) or "").strip()
        try:
            return dt.date.fromisoformat(raw).isoformat()
        except ValueError:
            return None

    step = str(params.get("step") or "1")
    return View(
        article=params.get("article") or None,
        statuses=values("status"), actors=values("actor"), kinds=values("kind"), place_kinds=values("place_kind"),
        date_from=day("from"), date_to=day("to"), until=day("until"), place=params.get("place") or None,
        briefing=str(params.get("briefing") or "") in ("1", "true", "yes"),
        step=max(int(step) - 1, 0) if step.isdigit() else 0,
    )


PICKER_LIMIT = 300  # articles a picker lists at once: past this it asks for a number or words of a title first


def find_articles(query: str, ids: Sequence[str], label: Callable[[str], str], limit: int = PICKER_LIMIT) -> list[str]:
    """What an article picker offers for ``query``, in order and at most ``limit``: the first ``limit`` for an empty
    query, else the article numbered ``query`` first (labels read "12 · title"), then those whose title holds every
    word of it, Arabic letter forms unified as in the extractor (اجدابيا finds أجدابيا)."""
    words = normalise_word(query).split()
    if not words:
        return list(ids[:limit])
    labels = [label(i).split(" · ", 1) for i in ids]
    exact = [i for i, parts in zip(ids, labels) if parts[0] == query.strip()]
    found = [i for i, parts in zip(ids, labels)
             if i not in exact and all(w in normalise_word(parts[-1]) for w in words)]
    return (exact + found)[:limit]


PERIOD_ABOVE = 3_000  # stored articles past which the app reads a period of them, not every one (memory, time)
PERIODS = (90, 365, 0)  # the periods offered, the first by default: days up to the newest article; 0, every article


def period_ids(days: Sequence[tuple[str, str]], period: int) -> list[str] | None:
    """The ids, in order, of the articles whose day (``(id, ISO day)`` pairs: publication, else when added) falls
    within ``period`` days up to the newest; None (read every article) when ``period`` is 0."""
    if not period or not days:
        return None
    newest = max(day for _, day in days)
    try:
        since = (dt.date.fromisoformat(newest) - dt.timedelta(days=period - 1)).isoformat()
    except ValueError:  # not a date: read every article rather than guess
        return None
    return [article_id for article_id, day in days if day >= since]
