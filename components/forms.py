"""Pure helpers behind the app's forms: seeding the store, reading its articles back, adding pasted or
uploaded articles, the queue of names not placed, and the places an analyst can pick for a name.

No Streamlit here: app.py wires these to widgets; tests/test_app_store.py calls them directly too.
"""
from __future__ import annotations

import gc
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from components.ingest import IngestError, accept_text, decode_article
from components.panel import is_corrected
from components.records import PLACE_KINDS, Article, Mention, Place, article_from_json, place_to_json
from components.store import IngestOutcome, MovementRef, Store, StoredArticle, surface_key
from components.text import normalise_word

# CommonMark lets a backslash escape any ASCII punctuation; Streamlit also reads $…$ as LaTeX.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def plain(text: object) -> str:
    """``text`` for st.success/st.info/st.error/st.caption, which render Markdown: every markup character
    escaped, so a file named ``![x](http://host/x.png)`` shows as that name and loads nothing."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def ingest_seeds(store: Store, paths: Iterable[Path]) -> list[IngestOutcome]:
    """Add the bundled seed articles under their file stems as ids; a seed already stored is a duplicate."""
    outcomes = []
    for path in paths:
        try:
            decoded = decode_article(path.read_bytes(), filename=path.name)
            try:
                result = store.add_article(text=decoded.text, source=f"seeds/{path.name}", title=decoded.title,
                                           article_id=path.stem)
            except ValueError:  # the id is taken by an earlier version of this seed: keep both
                result = store.add_article(text=decoded.text, source=f"seeds/{path.name}", title=decoded.title)
        except IngestError as error:
            outcomes.append(IngestOutcome(str(path), "rejected", None, error.message, error.code))
            continue
        outcomes.append(IngestOutcome(str(path), result.status, result.article_id, "", None, result.warnings))
    return outcomes


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a whole store is read. The records read hold no reference cycles
    (reference counting frees them as before), and every full collection during the read walked every object read
    so far: 60% of reading 10,000 articles. Re-enabled after, unless something else had paused it."""
    paused_here = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused_here:
            gc.enable()


def stored_articles(store: Store) -> list[Article]:
    """Every stored article, oldest first, with the analysts' corrections applied."""
    with _collector_paused():
        return [article_from_json(corrected) for _, corrected, _ in store.corrected_extractions()]


def stored_movement_refs(store: Store) -> dict[str, list[MovementRef]]:
    """For every stored article, where each of its corrected movements comes from (see ``Store.movement_refs``)."""
    return {article_id: refs for article_id, _, refs in store.corrected_extractions()}


def stored_articles_and_refs(store: Store, ids: Sequence[str] | None = None,
                             ) -> tuple[list[Article], dict[str, list[MovementRef]]]:
    """``stored_articles`` and ``stored_movement_refs`` from one read of the store (of the articles ``ids`` only,
    when given)."""
    articles, refs = [], {}
    with _collector_paused():
        for article_id, corrected, movement_refs in store.corrected_extractions(ids=ids):  # each JSON dropped once read
            articles.append(article_from_json(corrected))
            refs[article_id] = movement_refs
    return articles, refs


def store_revision(store: Store, stored: Sequence[StoredArticle] | None = None) -> tuple:
    """Changes whenever an article, a place resolution or a movement edit is added or removed: a cache key for
    the articles. ``stored``: ``store.articles()`` when the caller has just read it (one query fewer)."""
    resolutions = store.place_resolutions()
    return (tuple(article.id for article in (store.articles() if stored is None else stored)), len(resolutions),
            resolutions[-1].id if resolutions else 0, store.movement_edits_revision())


def iso_date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def add_upload(
    store: Store, *, name: str, data: bytes, title: str | None = None, published: str | None = None,
    source_url: str | None = None,
) -> IngestOutcome:
    """Decode and store one uploaded file; a refused or failing file becomes an outcome, never an exception."""
    try:
        decoded = decode_article(data, filename=name)
        result = store.add_article(text=decoded.text, source=name, title=title or decoded.title,
                                   published=published, source_url=source_url)
    except IngestError as error:
        return IngestOutcome(name, "rejected", None, error.message, error.code)
    except Exception as error:  # one faulty file must not stop the others; the analyst is told which failed
        return IngestOutcome(name, "rejected", None, f"{name} could not be added: {error}", "failed")
    return _outcome(name, result, decoded.warnings)


def add_pasted(
    store: Store, *, text: str, title: str | None = None, published: str | None = None, source_url: str | None = None,
) -> IngestOutcome:
    """Store pasted text; the outcome says added, duplicate (with the stored id) or rejected (with why)."""
    name = "The pasted text"
    try:
        accept_text(text, filename=name)  # refused here, the message names "the pasted text", not a source id
        result = store.add_article(text=text, source="pasted", title=title or None, published=published,
                                   source_url=source_url or None)
    except IngestError as error:
        return IngestOutcome(name, "rejected", None, error.message, error.code)
    return _outcome(name, result, ())


def _outcome(name: str, result, warnings: Sequence[str]) -> IngestOutcome:
    if result.status == "duplicate":
        message = f"{name}: already stored as {result.existing_id}; not added again."
    else:
        message = f"{name}: added as {result.article_id}."
    return IngestOutcome(name, result.status, result.article_id, message, None,
                         tuple(dict.fromkeys((*warnings, *result.warnings))))


def is_not_placed(mention: Mention) -> bool:
    """Unresolved and waiting for an analyst (a name the analyst marked "not a place" is settled)."""
    return mention.place is None and not is_corrected(mention)


@dataclass(frozen=True)
class QueueItem:
    """The mentions of one name, grouped by the normalised form resolutions are stored under."""

    key: str
    text: str
    reason: str
    article_ids: tuple[str, ...]
    count: int
    candidates: tuple[Place, ...]


def not_placed_queue(articles: Sequence[Article]) -> list[QueueItem]:
    """Names not placed, most frequent first; each with its first reason, its articles and any candidates."""
    groups: dict[str, list[tuple[str, Mention]]] = {}
    for article in articles:
        for mention in article.mentions:
            if is_not_placed(mention):
                groups.setdefault(surface_key(mention.text), []).append((article.id, mention))
    items = []
    for key, found in groups.items():
        candidates = {p.id: p for _, m in found for p in m.candidates}
        items.append(QueueItem(
            key=key, text=found[0][1].text, reason=found[0][1].reason,
            article_ids=tuple(dict.fromkeys(article_id for article_id, _ in found)),
            count=len(found), candidates=tuple(candidates.values()),
        ))
    return sorted(items, key=lambda item: (-item.count, item.key))


def place_choices(text: str, candidates: Sequence[Place], places: Iterable[Place]) -> list[Place]:
    """What the analyst picks from: the extractor's candidates, then gazetteer places whose Arabic or English
    name contains the name (or the name contains theirs), then every other place, Libya's first."""
    wanted = normalise_word(text).replace(" ", "")
    bare = wanted.removeprefix("ال")

    def matches(place: Place) -> bool:
        arabic = normalise_word(place.name_ar).replace(" ", "")
        english = place.name.lower()
        return bool(bare) and (bare in arabic or (len(arabic) >= 3 and arabic.removeprefix("ال") in wanted)
                               or bare.lower() in english)

    seen = {p.id for p in candidates}
    rest = sorted((p for p in places if p.id not in seen),
                  key=lambda p: (not matches(p), p.country != "LY", -p.population, p.name))
    return [*candidates, *rest]


def place_label(place: Place) -> str:
    """One line for a picker: names, kind, country and coordinates, so two Sabhas can be told apart."""
    return f"{place.name_ar} · {place.name} ({place.kind}, {place.country}) {place.lat:.3f}, {place.lon:.3f}"


def resolution(
    surface: str, *, picked: Place | None = None, not_a_place: bool = False, lat: float | None = None,
    lon: float | None = None, name: str = "", kind: str = "town", country: str = "LY",
) -> dict | None:
    """The place to store for ``surface`` from the form's answers (None: not a place).

    Raises ValueError, with a sentence for the analyst, when the answers are missing or contradict each other.
    """
    coordinates = lat is not None or lon is not None
    if sum((picked is not None, not_a_place, coordinates)) != 1:
        raise ValueError("Choose one: a place from the list, coordinates, or 'not a place'.")
    if not_a_place:
        return None
    if picked is not None:
        return place_to_json(picked)
    if lat is None or lon is None:
        raise ValueError("Enter both latitude and longitude.")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"{lat}, {lon} is not a position on Earth.")
    if kind not in PLACE_KINDS:
        raise ValueError(f"Kind must be one of {', '.join(PLACE_KINDS)}.")
    digest = hashlib.sha256(f"{surface_key(surface)}|{lat:.5f}|{lon:.5f}".encode()).hexdigest()[:10]
    return {
        "id": f"analyst:{digest}", "name": name.strip() or surface, "name_ar": surface, "kind": kind,
        "country": country.strip().upper() or "LY", "lat": round(lat, 5), "lon": round(lon, 5), "area": None,
    }
