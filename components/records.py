"""Records that flow between pipeline stages, and their one JSON form.

Every record is a small frozen dataclass; ``to_json`` is the only place that
turns them into the extraction contract's dictionaries. The records an article makes by the
dozen (Mention, Span, Actor, EventDate, Movement) have a hand-written ``__init__`` that sets the instance's
``__dict__`` in one call: the generated one of a frozen dataclass calls ``object.__setattr__`` once per field,
two to three times as slow. It takes the same arguments, with the same defaults.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

PLACE_KINDS = (
    "city", "town", "village", "airport", "base", "oilfield", "crossing",
    "district", "region", "country",
)
STATUSES = ("reported", "planned", "conditional", "denied")
_set = object.__setattr__  # how a frozen dataclass's own __init__ sets its fields (all at once, as its __dict__)



SETTLEMENT_KINDS = frozenset({"city", "town", "village"})  # the gazetteer's kinds of inhabited place

@dataclass(frozen=True)
class Place:
    """One gazetteer entry: a point, and for an area the id of its polygon."""

    id: str
    name: str
    name_ar: str
    kind: str
    country: str
    lat: float
    lon: float
    area: str | None = None
    population: int = 0


@dataclass(frozen=True, init=False)
class Span:
    """A stretch of the original article text: ``text == article[start:end]``."""

    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str) -> None:
        _set(self, "__dict__", {"start": start, "end": end, "text": text})


@dataclass(frozen=True, init=False)
class Mention:
    """A place name found in an article, resolved to a place or not (then ``place`` is None)."""

    start: int
    end: int
    text: str
    place: Place | None
    confidence: float
    reason: str
    candidates: tuple[Place, ...] = ()

    def __init__(self, start: int, end: int, text: str, place: Place | None, confidence: float, reason: str,
                 candidates: tuple[Place, ...] = ()) -> None:
        _set(self, "__dict__", {
            "start": start, "end": end, "text": text, "place": place, "confidence": confidence, "reason": reason,
            "candidates": candidates
        })

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


@dataclass(frozen=True, init=False)
class Actor:
    """The force that moves: the words of the article and the canonical name (None when unknown)."""

    text: str
    name: str | None

    def __init__(self, text: str, name: str | None) -> None:
        _set(self, "__dict__", {"text": text, "name": name})


@dataclass(frozen=True, init=False)
class EventDate:
    """A date expression in the text and, when it can be worked out, the ISO date it means."""

    start: int
    end: int
    text: str
    value: str | None

    def __init__(self, start: int, end: int, text: str, value: str | None) -> None:
        _set(self, "__dict__", {"start": start, "end": end, "text": text, "value": value})


@dataclass(frozen=True, init=False)
class Movement:
    """A movement of forces read from one sentence."""

    kind: str
    status: str
    actor: Actor | None
    origins: tuple[Mention, ...]
    destinations: tuple[Mention, ...]
    via: tuple[Mention, ...]
    evidence: Span
    confidence: float
    trigger: Span | None = None
    attributed_to: str | None = None
    date: EventDate | None = None

    def __init__(self, kind: str, status: str, actor: Actor | None, origins: tuple[Mention, ...],
                 destinations: tuple[Mention, ...], via: tuple[Mention, ...], evidence: Span, confidence: float,
                 trigger: Span | None = None, attributed_to: str | None = None, date: EventDate | None = None) -> None:
        _set(self, "__dict__", {
            "kind": kind, "status": status, "actor": actor, "origins": origins, "destinations": destinations,
            "via": via, "evidence": evidence, "confidence": confidence, "trigger": trigger,
            "attributed_to": attributed_to, "date": date
        })


@dataclass(frozen=True)
class Article:
    """One article and what the extractor found in it."""

    id: str
    source: str
    text: str
    mentions: tuple[Mention, ...] = field(default_factory=tuple)
    movements: tuple[Movement, ...] = field(default_factory=tuple)
    published: str | None = None  # the article's publication date (ISO), when known; not an event date


def place_to_json(place: Place | None) -> dict | None:
    if place is None:
        return None
    return {
        "id": place.id, "name": place.name, "name_ar": place.name_ar, "kind": place.kind,
        "country": place.country, "lat": place.lat, "lon": place.lon, "area": place.area,
    }


def mention_to_json(mention: Mention) -> dict:
    data = {
        "start": mention.start, "end": mention.end, "text": mention.text,
        "place": place_to_json(mention.place),
        "confidence": round(mention.confidence, 3), "reason": mention.reason,
    }
    if mention.place is None and mention.candidates:  # what an analyst can pick from
        data["candidates"] = [place_to_json(p) for p in mention.candidates]
    return data


def span_to_json(span: Span | None) -> dict | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text}


def movement_to_json(movement: Movement) -> dict:
    return {
        "kind": movement.kind,
        "status": movement.status,
        "actor": None if movement.actor is None else {"text": movement.actor.text, "name": movement.actor.name},
        "origins": [mention_to_json(m) for m in movement.origins],
        "destinations": [mention_to_json(m) for m in movement.destinations],
        "via": [mention_to_json(m) for m in movement.via],
        "evidence": span_to_json(movement.evidence),
        "trigger": span_to_json(movement.trigger),
        "attributed_to": movement.attributed_to,
        "date": None if movement.date is None else {
            "start": movement.date.start, "end": movement.date.end, "text": movement.date.text, "value": movement.date.value},
        "confidence": round(movement.confidence, 3),
    }


def article_to_json(article: Article) -> dict:
    return {
        "id": article.id,
        "source": article.source,
        "published": article.published,
        "text": article.text,
        "mentions": [mention_to_json(m) for m in article.mentions],
        "movements": [movement_to_json(m) for m in article.movements],
    }


_string = json.encoder.encode_basestring  # what json.dumps(..., ensure_ascii=False) writes for a str (C when built)
_PLACE_LINES: dict[int, tuple[Place, str]] = {}  # by id(place); the place is kept, so its id is not reused while known
MAX_PLACE_LINES = 100_000


def _number(value: float) -> str:
    """How json.dumps writes a number: its repr, but NaN and Infinity as JSON's extension spells them."""
    return repr(value) if value - value == 0 else json.dumps(value)


def _optional(value: str | None) -> str:
    return "null" if value is None else _string(value)


def _place_line(place: Place | None) -> str:
    """``json.dumps(place_to_json(place), ensure_ascii=False)``, memoised: the same places recur in every article."""
    if place is None:
        return "null"
    known = _PLACE_LINES.get(id(place))
    if known is not None and known[0] is place:
        return known[1]
    if len(_PLACE_LINES) > MAX_PLACE_LINES:
        _PLACE_LINES.clear()
    line = (f'{{"id": {_string(place.id)}, "name": {_string(place.name)}, "name_ar": {_string(place.name_ar)}, '
            f'"kind": {_string(place.kind)}, "country": {_string(place.country)}, "lat": {json.dumps(place.lat)}, '
            f'"lon": {json.dumps(place.lon)}, "area": {_optional(place.area)}}}')
    _PLACE_LINES[id(place)] = (place, line)
    return line


def _mention_line(mention: Mention) -> str:
    candidates = ""
    if mention.place is None and mention.candidates:
        candidates = f', "candidates": [{", ".join(map(_place_line, mention.candidates))}]'
    return (f'{{"start": {mention.start!r}, "end": {mention.end!r}, "text": {_string(mention.text)}, '
            f'"place": {_place_line(mention.place)}, "confidence": {_number(round(mention.confidence, 3))}, '
            f'"reason": {_string(mention.reason)}{candidates}}}')


def _span_line(span: Span | None) -> str:
    if span is None:
        return "null"
    return f'{{"start": {span.start!r}, "end": {span.end!r}, "text": {_string(span.text)}}}'


def _movement_line(movement: Movement, mention_lines: dict[int, str]) -> str:
    def mentions(found: tuple[Mention, ...]) -> str:
        return f'[{", ".join(mention_lines.get(id(m)) or _mention_line(m) for m in found)}]'

    actor, date = movement.actor, movement.date
    actor_line = "null" if actor is None else f'{{"text": {_string(actor.text)}, "name": {_optional(actor.name)}}}'
    date_line = "null" if date is None else (f'{{"start": {date.start!r}, "end": {date.end!r}, '
                                             f'"text": {_string(date.text)}, "value": {_optional(date.value)}}}')
    return (f'{{"kind": {_string(movement.kind)}, "status": {_string(movement.status)}, "actor": {actor_line}, '
            f'"origins": {mentions(movement.origins)}, "destinations": {mentions(movement.destinations)}, '
            f'"via": {mentions(movement.via)}, "evidence": {_span_line(movement.evidence)}, '
            f'"trigger": {_span_line(movement.trigger)}, "attributed_to": {_optional(movement.attributed_to)}, '
            f'"date": {date_line}, "confidence": {_number(round(movement.confidence, 3))}}}')


def article_json_line(article: Article) -> str:
    """``json.dumps(article_to_json(article), ensure_ascii=False)``, the same string, written from precomputed
    pieces: each place's JSON once per process, each mention's once per article (movements repeat them)."""
    mention_lines = {id(m): _mention_line(m) for m in article.mentions}
    mentions = ", ".join(mention_lines.values()) if len(mention_lines) == len(article.mentions) else \
        ", ".join(mention_lines[id(m)] for m in article.mentions)
    movements = ", ".join(_movement_line(m, mention_lines) for m in article.movements)
    return (f'{{"id": {_string(article.id)}, "source": {_string(article.source)}, '
            f'"published": {_optional(article.published)}, "text": {_string(article.text)}, '
            f'"mentions": [{mentions}], "movements": [{movements}]}}')


def to_json(articles: list[Article]) -> dict:
    return {"articles": [article_to_json(a) for a in articles]}


@dataclass(frozen=True)
class EventSource:
    """One article's report of an event: which movement of which article."""

    article_id: str
    movement_index: int
    status: str


@dataclass(frozen=True)
class Event:
    """The same movement as reported by one or more articles (same actor, same destination, close in time)."""

    kind: str
    status: str
    actor: str | None
    destination_ids: tuple[str, ...]
    sources: tuple[EventSource, ...]
    contested: bool

    @property
    def count(self) -> int:
        return len({s.article_id for s in self.sources})


def place_from_json(data: dict | None) -> Place | None:
    if data is None:
        return None
    return Place(id=data["id"], name=data["name"], name_ar=data.get("name_ar", ""), kind=data["kind"],
                 country=data.get("country", ""), lat=float(data["lat"]), lon=float(data["lon"]), area=data.get("area"))


def mention_from_json(data: dict) -> Mention:
    return Mention(data["start"], data["end"], data["text"], place_from_json(data.get("place")),
                   float(data.get("confidence", 0.0)), data.get("reason", ""),
                   tuple(place_from_json(p) for p in data.get("candidates", ())))


def _span_from_json(data: dict | None) -> Span | None:
    return None if data is None else Span(data["start"], data["end"], data["text"])


def movement_from_json(data: dict, known: dict[tuple[int, int], tuple[dict, Mention]] | None = None) -> Movement:
    """The inverse of ``movement_to_json``; ``known`` maps the article's mentions, by span, to (their JSON, the Mention
    read from it): a place of the movement whose JSON is the same is that Mention, not a second copy."""
    actor = data.get("actor")
    date = data.get("date")

    def mention(found: dict) -> Mention:
        same = known.get((found["start"], found["end"])) if known else None
        return same[1] if same is not None and same[0] == found else mention_from_json(found)

    return Movement(
        kind=data["kind"], status=data["status"],
        actor=None if actor is None else Actor(actor.get("text", ""), actor.get("name")),
        origins=tuple(mention(m) for m in data.get("origins", ())),
        destinations=tuple(mention(m) for m in data.get("destinations", ())),
        via=tuple(mention(m) for m in data.get("via", ())),
        evidence=_span_from_json(data["evidence"]), confidence=float(data.get("confidence", 0.0)),
        trigger=_span_from_json(data.get("trigger")), attributed_to=data.get("attributed_to"),
        date=None if date is None else EventDate(date["start"], date["end"], date["text"], date.get("value")),
    )


def article_from_json(data: dict) -> Article:
    """The inverse of ``article_to_json`` (fields the JSON lacks, such as population, take defaults)."""
    found = data.get("mentions", ())
    mentions = tuple(mention_from_json(m) for m in found)
    known = {(m["start"], m["end"]): (m, mention) for m, mention in zip(found, mentions)}
    return Article(data["id"], data["source"], data["text"], mentions,
                   tuple(movement_from_json(m, known) for m in data.get("movements", ())),
                   data.get("published"))
