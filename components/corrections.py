"""Pure helpers behind correcting movements from the panel: the choices the forms offer (statuses, actors,
kinds, the article's place mentions and sentences), the change to store from the answers, validated, and one
line per stored edit for the undo list.

No Streamlit here: app.py wires these to widgets and the store; tests/test_corrections.py calls them directly.
"""
from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from components.gazetteer import DATA
from components.panel import one_line, sentence_bounds
from components.records import STATUSES, Article, Mention, Movement, Span, mention_to_json, span_to_json
from components.store import MovementEdit, MovementRef
from components.views import UNKNOWN_ACTOR, actor_name

EVIDENCE_CHARS = 70


@lru_cache(maxsize=1)
def movement_kinds(data_dir: Path = DATA) -> tuple[str, ...]:
    """The kinds of movement the extractor knows (``data/movement_patterns.jsonl``), in alphabetical order."""
    kinds = set()
    for line in (data_dir / "movement_patterns.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip() and (kind := json.loads(line).get("kind")):
            kinds.add(kind)
    return tuple(sorted(kinds))


@lru_cache(maxsize=1)
def known_actors(data_dir: Path = DATA) -> tuple[str, ...]:
    """The canonical actor names of ``data/actors.csv``."""
    with (data_dir / "actors.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(row["name"] for row in csv.DictReader(handle) if row.get("name"))


def actor_choices(articles: Iterable[Article]) -> list[str]:
    """"unknown actor", then every canonical actor and every actor the articles name, alphabetically."""
    named = {actor_name(m) for a in articles for m in a.movements} | set(known_actors())
    return [UNKNOWN_ACTOR, *sorted(named - {UNKNOWN_ACTOR})]


def mention_key(mention: Mention) -> str:
    """A mention's position in its article, which tells two mentions of the same name apart."""
    return f"{mention.start}:{mention.end}"


def mention_label(mention: Mention) -> str:
    """One line for a picker: the words of the article and the place they were resolved to."""
    where = mention.place.name if mention.place is not None else "not placed"
    return f"{mention.text} · {where}"


def _inside(mention: Mention, span: Span | None) -> bool:
    return span is not None and span.start <= mention.start and mention.end <= span.end


def mention_choices(article: Article, *, sentence: Span | None = None,
                    current: Iterable[Mention] = ()) -> dict[str, Mention]:
    """The places an analyst can pick for a movement's origins and destinations, by ``mention_key``: the mentions
    it names already (``current``), then those in its sentence, then one mention of each other name in the article."""
    chosen: dict[str, Mention] = {}
    names: set[tuple[str, str | None]] = set()
    mentions = sorted(article.mentions, key=lambda m: (not _inside(m, sentence), m.start))
    for mention in (*current, *mentions):
        name = (mention.text, mention.place.id if mention.place is not None else None)
        if mention_key(mention) in chosen or (name in names and not _inside(mention, sentence)):
            continue
        chosen[mention_key(mention)] = mention
        names.add(name)
    return chosen


def article_sentences(article: Article) -> list[Span]:
    """The article's sentences in order, as spans of its text (what an added movement's evidence is picked from)."""
    sentences, cursor = [], 0
    text = article.text
    while cursor < len(text):
        while cursor < len(text) and text[cursor].isspace():
            cursor += 1
        if cursor >= len(text):
            break
        start, end = sentence_bounds(text, cursor, cursor)
        end = max(end, cursor + 1)
        if text[start:end].strip():
            sentences.append(Span(start, end, text[start:end]))
        cursor = end
    return sentences


def sentence_label(sentence: Span, *, places: int = 0) -> str:
    text = one_line(sentence.text)
    short = text if len(text) <= EVIDENCE_CHARS else text[: EVIDENCE_CHARS - 1] + "…"
    return f"{short} ({places} place{'s' if places != 1 else ''})" if places else short


def _actor_json(actor: str) -> dict | None:
    return None if actor == UNKNOWN_ACTOR else {"text": actor, "name": actor}


def _check(status: str, origins: Sequence[Mention], destinations: Sequence[Mention]) -> None:
    if status not in STATUSES:
        raise ValueError(f"Status must be one of {', '.join(STATUSES)}.")
    if not origins and not destinations:
        raise ValueError("A movement needs at least an origin or a destination.")


def movement_changes(movement: Movement, *, status: str, actor: str, origins: Sequence[Mention],
                     destinations: Sequence[Mention]) -> dict:
    """The fields to store for the analyst's answers about ``movement``: only those that differ from it.

    Raises ValueError, with a sentence for the analyst, when the answers are invalid or change nothing.
    """
    _check(status, origins, destinations)
    changes: dict = {}
    if status != movement.status:
        changes["status"] = status
    if actor != actor_name(movement):
        changes["actor"] = _actor_json(actor)
    for field, picked, before in (("origins", origins, movement.origins),
                                  ("destinations", destinations, movement.destinations)):
        if [mention_key(m) for m in picked] != [mention_key(m) for m in before]:
            changes[field] = [mention_to_json(m) for m in picked]
    if not changes:
        raise ValueError("Nothing changed: pick a different status, actor, origin or destination.")
    return changes


def new_movement(article: Article, *, evidence: Span | None, kind: str, status: str, actor: str,
                 origins: Sequence[Mention], destinations: Sequence[Mention]) -> dict:
    """The movement to store for one the extractor missed, from the add form's answers.

    Raises ValueError, with a sentence for the analyst, when the answers are missing or invalid.
    """
    if evidence is None:
        raise ValueError("Pick the sentence that reports the movement.")
    if article.text[evidence.start:evidence.end] != evidence.text:
        raise ValueError("The evidence is not a span of this article.")
    if kind not in movement_kinds():
        raise ValueError(f"Kind must be one of {', '.join(movement_kinds())}.")
    _check(status, origins, destinations)
    return {
        "kind": kind, "status": status, "actor": _actor_json(actor),
        "origins": [mention_to_json(m) for m in origins], "destinations": [mention_to_json(m) for m in destinations],
        "evidence": span_to_json(evidence), "confidence": 1.0,
    }


def movement_ref(articles: Sequence[Article], refs: dict[str, list[MovementRef]], article_id: str,
                 movement: Movement) -> MovementRef | None:
    """Where a shown movement comes from in the store. ``articles`` are the corrected articles before any view
    narrowed them (a view keeps the same Movement objects), ``refs`` their ``Store.movement_refs``."""
    article = next((a for a in articles if a.id == article_id), None)
    if article is None:
        return None
    index = next((i for i, candidate in enumerate(article.movements) if candidate is movement), None)
    known = refs.get(article_id, [])
    return known[index] if index is not None and index < len(known) else None


def correction_note(ref: MovementRef | None) -> str:
    """What the panel says of a movement an analyst touched: "added", "corrected" or nothing."""
    if ref is None or not ref.corrected:
        return ""
    return "added" if ref.added else "corrected"


def _places(mentions: Iterable[dict]) -> str:
    names = [(m.get("place") or {}).get("name") or m.get("text", "?") for m in mentions]
    return ", ".join(names) if names else "—"


def edit_summary(edit: MovementEdit) -> str:
    """One line for the list of corrections an analyst can undo."""
    if edit.action == "add":
        movement = edit.payload["movement"]
        return (f"added: {movement.get('kind')} ({movement.get('status', 'reported')}) "
                f"{_places(movement.get('origins') or [])} → {_places(movement.get('destinations') or [])}")
    kind = edit.payload.get("target", ["movement"])[0]
    if edit.action == "delete":
        return f"deleted: {kind} movement {edit.movement_index + 1} of the extraction"
    parts = []
    for field, value in edit.payload["changes"].items():
        if field in ("origins", "destinations", "via"):
            parts.append(f"{field} → {_places(value)}")
        elif field == "actor":
            parts.append(f"actor → {value['name'] if value else UNKNOWN_ACTOR}")
        else:
            parts.append(f"{field} → {value}")
    return f"{kind} movement {edit.movement_index + 1}: " + ", ".join(parts)


def control_key(prefix: str, article_id: str, index: int, extra: str = "") -> str:
    """A widget key for a control under one movement of the panel: stable, and safe as a CSS class whatever the
    article's id or the place's id holds."""
    digest = hashlib.sha256(f"{article_id}\0{extra}".encode()).hexdigest()[:10]
    return f"{prefix}-{digest}-{index}"


def highlighted_movement(key: tuple[str, str] | None) -> tuple[str, int] | None:
    """(article id, movement index) of a panel or map key naming one movement, for ``build_map(highlight=...)``."""
    if key is None or key[0] != "movement":
        return None
    article_id, _, index = key[1].rpartition("#")
    return (article_id, int(index)) if index.isdigit() else None
