"""Across articles: the same movement reported by several articles becomes one event.

Two movements are the same event when they have the same actor (or one has
none), share a destination (or, with none, an origin) and are close in time.
An event some sources report and another denies is contested.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter

from components.records import Article, Event, EventSource, Movement

CLOSE_DAYS = 3


def _place_ids(movement: Movement) -> frozenset[str]:
    mentions = movement.destinations or movement.origins
    return frozenset(m.place.id for m in mentions if m.place is not None)


def _day(article: Article, movement: Movement) -> dt.date | None:
    value = movement.date.value if movement.date and movement.date.value else article.published
    return dt.date.fromisoformat(value[:10]) if value else None


def _close(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= CLOSE_DAYS


def merge_events(articles: list[Article]) -> list[Event]:
    """Events in order of first report; each lists every article that reports or denies it."""
    groups: list[dict] = []
    by_place: dict[str, list[int]] = {}  # place id → the groups naming it, oldest first
    for article in articles:
        for index, movement in enumerate(article.movements):
            places = _place_ids(movement)
            actor = movement.actor.name if movement.actor else None
            day = _day(article, movement)
            sharing = sorted({number for place in places for number in by_place.get(place, ())})
            group = next((groups[n] for n in sharing if _close(groups[n]["day"], day)
                          and (actor is None or groups[n]["actor"] is None or actor == groups[n]["actor"])), None)
            if group is None:
                group = {"places": set(), "actor": actor, "day": day, "members": [], "number": len(groups)}
                groups.append(group)
            for place in places - group["places"]:
                by_place.setdefault(place, []).append(group["number"])
            group["places"] |= places
            group["actor"] = group["actor"] or actor
            group["members"].append((article.id, index, movement))
    return [_event(g) for g in groups]


def _event(group: dict) -> Event:
    members = group["members"]
    statuses = Counter(m.status for _, _, m in members)
    affirmed = [s for s in ("reported", "planned", "conditional") if statuses[s]]
    contested = bool(statuses["denied"]) and bool(affirmed) and len({a for a, _, _ in members}) > 1
    status = max(affirmed, key=lambda s: statuses[s]) if affirmed else "denied"
    kinds = Counter(m.kind for _, _, m in members)
    return Event(
        kind=kinds.most_common(1)[0][0],
        status=status,
        actor=group["actor"],
        destination_ids=tuple(sorted(group["places"])),
        sources=tuple(EventSource(a, i, m.status) for a, i, m in members),
        contested=contested,
    )
