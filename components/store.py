"""The persistent store: articles, their extractions and the analysts' corrections, in one SQLite file
(the default) or a PostgreSQL database (``postgresql://user@host:port/dbname``, needs ``requirements-postgres.txt``).

Every write is one transaction, so a crash leaves either the old state or the
whole new change. Corrections live in their own tables and are applied on
read (``apply_corrections``), so re-running the extractor never loses them.
"""
from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import lru_cache
from itertools import tee
from pathlib import Path
from urllib.parse import unquote, urlparse

from components.gazetteer import DATA
from components.ingest import (
    DEFAULT_MAX_BYTES,
    IngestError,
    accept_text,
    content_key,
    decode_article,
    each_article_file,
    read_limited,
)
from components.pipeline import extract_text, extraction_line
from components.records import STATUSES, article_to_json
from components.text import normalise_word

SCHEMA_VERSION = 1
SCHEMA = (
    "CREATE TABLE IF NOT EXISTS schema_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)",
    """CREATE TABLE IF NOT EXISTS articles (
        id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT, published TEXT NULL, source_url TEXT NULL,
        text TEXT NOT NULL, content_key TEXT NOT NULL UNIQUE, added_at TEXT NOT NULL{article_order_column})""",
    """CREATE TABLE IF NOT EXISTS extractions (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        json TEXT NOT NULL, extractor_version TEXT NOT NULL, extracted_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS place_resolutions (
        id {identity}, surface_key TEXT NOT NULL,
        article_id TEXT NULL REFERENCES articles (id) ON DELETE CASCADE,
        place_json TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS place_resolutions_by_surface ON place_resolutions (surface_key)",
    """CREATE TABLE IF NOT EXISTS movement_edits (
        id {identity}, article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        movement_index INTEGER NULL, action TEXT NOT NULL CHECK (action IN ('edit', 'delete', 'add')),
        payload_json TEXT NOT NULL, created_at TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS movement_edits_by_article ON movement_edits (article_id)",
)

MOVEMENT_DEFAULTS = {
    "kind": None, "status": "reported", "actor": None, "origins": [], "destinations": [], "via": [],
    "evidence": None, "trigger": None, "attributed_to": None, "date": None, "confidence": 1.0,
}
MENTION_LISTS = ("origins", "destinations", "via")
TITLE_LENGTH = 120


@dataclass(frozen=True)
class Prepared:
    """An article cleaned and extracted, ready to store: what a cluster's worker sends back (``prepare_file``)."""

    text: str
    key: str  # content_key(text): how a repeat is recognised
    article_id: str  # the id its extraction was made under
    extraction_json: str
    warnings: tuple[str, ...]
    source: str
    title: str
    published: str | None = None
    source_url: str | None = None


@dataclass(frozen=True)
class AddResult:
    """What happened to one article: ``added``, or ``duplicate`` of the stored ``existing_id`` (then also ``article_id``)."""

    article_id: str
    status: str
    existing_id: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoredArticle:
    """An article as listed for the analyst."""

    id: str
    title: str | None
    source: str
    published: str | None
    source_url: str | None
    added_at: str

    @property
    def day(self) -> str:
        """Its publication date, else the day it was added (ISO): what the app's period counts by."""
        return self.published or self.added_at[:10]


@dataclass(frozen=True)
class PlaceResolution:
    """An analyst's choice of place (None: not a place) for a name, in one article or (``article_id`` None) in all."""

    id: int
    surface_key: str
    article_id: str | None
    place: dict | None
    note: str
    created_at: str


@dataclass(frozen=True)
class MovementEdit:
    """An analyst's change to an article's movements; ``movement_index`` points into the extractor's list."""

    id: int
    article_id: str
    movement_index: int | None
    action: str
    payload: dict
    created_at: str


@dataclass(frozen=True)
class MovementRef:
    """Where a corrected movement comes from: the extractor's movement ``index`` with the ids of the edits applied
    to it, or (``index`` None) a movement an analyst added, ``edit_ids`` holding that addition's id."""

    index: int | None
    edit_ids: tuple[int, ...] = ()

    @property
    def added(self) -> bool:
        return self.index is None

    @property
    def corrected(self) -> bool:
        return bool(self.edit_ids)


@dataclass(frozen=True)
class IngestOutcome:
    """One file's fate: ``added``, ``duplicate`` or ``rejected`` (then ``code`` says why)."""

    path: str
    status: str
    article_id: str | None
    message: str
    code: str | None = None
    warnings: tuple[str, ...] = ()


def default_store_path() -> Path:
    """``$LIBYA_MAP_DATA_DIR/store.sqlite3``, or ``./.data/store.sqlite3``."""
    return Path(os.environ.get("LIBYA_MAP_DATA_DIR") or ".data") / "store.sqlite3"


def default_store_location() -> str:
    """``$LIBYA_MAP_STORE`` (a path, ``sqlite:///`` or ``postgresql://`` URL), else the default SQLite file."""
    return os.environ.get("LIBYA_MAP_STORE") or str(default_store_path().resolve())


EXTRACTOR_CODE = ("text", "phrases", "gazetteer", "mentions", "geocode", "actors", "movement_patterns", "movement_context",
                  "movement_triggers", "movement_roles", "movement_status", "movement_actors", "movement_chains",
                  "movement_retellings", "movements", "dates", "pipeline", "records")


@lru_cache(maxsize=1)
def extractor_version(data_dir: Path = DATA) -> str:
    """A fingerprint of the knowledge files and the code the extractor runs, so a stale extraction is recognised."""
    digest = hashlib.sha256()
    for path in sorted(p for p in data_dir.iterdir() if p.is_file() and p.suffix in (".csv", ".json", ".jsonl", ".txt")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for name in EXTRACTOR_CODE:
        digest.update((Path(__file__).parent / f"{name}.py").read_bytes())
    return f"data-{digest.hexdigest()[:12]}"


@dataclass(frozen=True)
class Dialect:
    """The little that differs between SQLite and PostgreSQL in the store's SQL."""

    name: str
    placeholder: str  # how a parameter is written: SQL here is written with ``?``
    identity: str  # an auto-numbered integer primary key
    article_order: str  # the column that keeps articles in the order they were added
    article_order_column: str  # its definition, where it is not built in (SQLite's rowid is)
    returning_id: bool  # whether an insert reports its new id with RETURNING rather than ``lastrowid``
    schema_lock: str  # the first statement of the schema transaction, so concurrent openers wait for each other
    integrity_errors: tuple[type[Exception], ...]

    def sql(self, statement: str) -> str:
        return statement if self.placeholder == "?" else statement.replace("?", self.placeholder)


SQLITE = Dialect(
    "sqlite", "?", "INTEGER PRIMARY KEY", "rowid", "", False, "BEGIN IMMEDIATE", (sqlite3.IntegrityError,),
)


def _postgres_dialect(psycopg) -> Dialect:
    return Dialect(
        "postgresql", "%s", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "seq",
        ", seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE", True,
        "SELECT pg_advisory_xact_lock(7316021)",  # any fixed number: the store's schema lock
        (psycopg.IntegrityError,),
    )


class Store:
    """Articles, extractions and corrections. Safe to share between threads (one lock around the connection)."""

    def __init__(
        self, connection, *, checkpoint: Callable[[str], None] | None = None, dialect: Dialect = SQLITE,
    ) -> None:
        # ``connection`` is a ``sqlite3.Connection``, or a psycopg one in autocommit mode with ``dialect`` PostgreSQL.
        # ``checkpoint`` is called inside a write transaction, between its statements: a seam for crash tests.
        self._conn = connection
        self._checkpoint = checkpoint
        self._dialect = dialect
        self._lock = threading.RLock()

    @classmethod
    def open(cls, path_or_url: str | Path | None = None, *, checkpoint: Callable[[str], None] | None = None) -> Store:
        """Open (creating if needed) the store at a path, ``sqlite:///abs/path.db``, ``postgresql://user@host:port/db``
        (or ``postgres://``), or the default location: ``$LIBYA_MAP_STORE``, as the app reads it, else the default
        SQLite file."""
        location = default_store_location() if path_or_url is None else path_or_url
        if _is_postgres_url(str(location)):
            psycopg = _import_psycopg()
            connection = psycopg.connect(str(location), autocommit=True)
            store = cls(connection, checkpoint=checkpoint, dialect=_postgres_dialect(psycopg))
            try:
                store._create_schema(_redacted(str(location)))
            except BaseException:
                connection.close()
                raise
            return store
        path = _store_path(location)
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, timeout=10, check_same_thread=False)
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA journal_mode = WAL")
        store = cls(connection, checkpoint=checkpoint)
        store._create_schema(path)
        return store

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _execute(self, statement: str, parameters: tuple = ()):
        """Run one statement written with ``?`` placeholders; returns the cursor."""
        return self._conn.execute(self._dialect.sql(statement), parameters)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction: committed at the end of the block, rolled back if it raises."""
        if self._dialect.name == "sqlite":
            with self._conn:
                yield
        else:
            with self._conn.transaction():
                yield

    def _insert(self, statement: str, parameters: tuple) -> int:
        """Run an INSERT into a table with an ``id`` identity column; returns the new id."""
        if self._dialect.returning_id:
            return self._execute(statement + " RETURNING id", parameters).fetchone()[0]
        return self._execute(statement, parameters).lastrowid

    def _create_schema(self, path: str) -> None:
        words = {"identity": self._dialect.identity, "article_order_column": self._dialect.article_order_column}
        with self._lock, self._transaction():
            self._conn.execute(self._dialect.schema_lock)
            for statement in SCHEMA:
                self._conn.execute(statement.format(**words))
            self._execute("INSERT INTO schema_version (id, version) VALUES (1, ?) ON CONFLICT (id) DO NOTHING",
                          (SCHEMA_VERSION,))
        (version,) = self._conn.execute("SELECT version FROM schema_version").fetchone()
        if version != SCHEMA_VERSION:
            raise ValueError(f"The store {path} has schema version {version}; this program reads version {SCHEMA_VERSION}.")

    # Articles

    def add_article(
        self, *, text: str, source: str, title: str | None = None, published: str | None = None,
        source_url: str | None = None, article_id: str | None = None,
    ) -> AddResult:
        """Clean, extract and store one article with its extraction in one transaction; a repeat is not stored."""
        accepted = accept_text(text, filename=source)
        key = content_key(accepted.text)
        with self._lock:
            if existing := self._id_for_key(key):
                return AddResult(existing, "duplicate", existing, accepted.warnings)
            if article_id is not None and self._has_article(article_id):
                raise ValueError(f"An article with id {article_id!r} is already stored.")
            article_id = article_id or self._new_id(source, key)
            extraction = extraction_line(accepted.text, article_id=article_id, source=source, published=published)
            return self._insert_article(Prepared(accepted.text, key, article_id, extraction, accepted.warnings, source,
                                                 title or _title_from(accepted.text), published, source_url))

    def add_prepared(self, prepared: Prepared) -> AddResult:
        """Store an article ``prepare_file`` cleaned and extracted (on a cluster's worker, say); a repeat is not
        stored. If its id is taken meanwhile, it gets the next free one and is extracted again under it."""
        with self._lock:
            if existing := self._id_for_key(prepared.key):
                return AddResult(existing, "duplicate", existing, prepared.warnings)
            article_id = self._new_id(prepared.source, prepared.key)
            if article_id != prepared.article_id:
                prepared = replace(prepared, article_id=article_id, extraction_json=extraction_line(
                    prepared.text, article_id=article_id, source=prepared.source, published=prepared.published))
            return self._insert_article(prepared)

    def _insert_article(self, prepared: Prepared) -> AddResult:
        """Insert the article and its extraction in one transaction (the caller holds the lock)."""
        now = _now()
        try:
            with self._transaction():
                self._execute(
                    "INSERT INTO articles (id, source, title, published, source_url, text, content_key, added_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (prepared.article_id, prepared.source, prepared.title, prepared.published, prepared.source_url,
                     prepared.text, prepared.key, now),
                )
                if self._checkpoint:
                    self._checkpoint("article written")
                self._write_extraction(prepared.article_id, prepared.extraction_json, now)
        except self._dialect.integrity_errors:
            if existing := self._id_for_key(prepared.key):  # another process stored the same text meanwhile
                return AddResult(existing, "duplicate", existing, prepared.warnings)
            raise
        return AddResult(prepared.article_id, "added", None, prepared.warnings)

    def articles(self) -> list[StoredArticle]:
        """All stored articles, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                f"SELECT id, title, source, published, source_url, added_at FROM articles ORDER BY {self._dialect.article_order}"
            ).fetchall()
        return [StoredArticle(*row) for row in rows]

    def extraction(self, article_id: str) -> dict:
        """The stored extraction of one article, as ``article_to_json`` made it (no corrections applied)."""
        with self._lock:
            row = self._execute("SELECT json FROM extractions WHERE article_id = ?", (article_id,)).fetchone()
        if row is None:
            raise KeyError(f"No extraction stored for article {article_id!r}.")
        return json.loads(row[0])

    def corrected_extraction(self, article_id: str) -> dict:
        """The stored extraction with the analysts' corrections applied: what the map should show."""
        return self._corrected(self.extraction(article_id), self._resolutions_for(article_id),
                               self.movement_edits(article_id))[0]

    def corrected_extractions(self, batch: int = 500, ids: Sequence[str] | None = None,
                              ) -> Iterator[tuple[str, dict, list[MovementRef]]]:
        """Every stored article's id, ``corrected_extraction`` and ``movement_refs``, oldest article first (or
        those of ``ids``, in that order: the app's period).

        The same as asking article by article, read in a few queries (resolutions, edits, then the extractions
        ``batch`` articles at a time) instead of several per article: the app reads every article at start. One at
        a time, so a caller that keeps only what it builds from each never holds every article's JSON at once; an
        article deleted meanwhile is left out.
        """
        with self._lock:
            if ids is None:
                ids = [article_id for (article_id,) in self._conn.execute(
                    f"SELECT id FROM articles ORDER BY {self._dialect.article_order}")]
            resolutions = self._conn.execute(
                "SELECT surface_key, article_id, place_json, note FROM place_resolutions ORDER BY id").fetchall()
        common: dict[str, tuple[str, str]] = {}
        own: dict[str, dict[str, tuple[str, str]]] = {}
        for key, article_id, place_json, note in resolutions:  # the order of ``_resolutions_for``
            (common if article_id is None else own.setdefault(article_id, {}))[key] = (place_json, note)
        edits: dict[str, list[MovementEdit]] = {}
        for edit in self.movement_edits():
            edits.setdefault(edit.article_id, []).append(edit)
        for article_id, text in self._in_order(
                "SELECT a.id, e.json FROM articles a LEFT JOIN extractions e ON e.article_id = a.id WHERE a.id IN ({})",
                ids, batch):
            if text is None:
                raise KeyError(f"No extraction stored for article {article_id!r}.")
            yield (article_id, *self._corrected(json.loads(text), {**common, **own.get(article_id, {})},
                                                edits.get(article_id, [])))

    def _in_order(self, query: str, ids: Sequence[str], batch: int) -> Iterator[tuple]:
        """The rows of ``query`` (its first column an article id, ``{}`` where the ids go) for ``ids``, in that order,
        ``batch`` ids a query; an article deleted meanwhile is left out. The lock is held per query only."""
        for first in range(0, len(ids), batch):
            wanted = ids[first:first + batch]
            with self._lock:
                rows = self._execute(query.format(", ".join("?" * len(wanted))), tuple(wanted)).fetchall()
            found = {row[0]: tuple(row) for row in rows}
            yield from (found[article_id] for article_id in wanted if article_id in found)

    def delete_article(self, article_id: str) -> bool:
        """Delete an article with its extraction and its own corrections; global resolutions stay."""
        with self._lock, self._transaction():
            return self._execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount > 0

    def reextract(self, extract: Callable = extract_text, *, only_stale: bool = False,
                  spread: Callable[[Iterable[tuple]], Iterable[tuple[str, str]]] | None = None,
                  among: Iterable[str] | None = None) -> int:
        """Re-run extraction on every stored article (or only those extracted by another version of the
        extractor; only those of ``among``, when given), one transaction each; corrections are untouched. Returns
        how many were re-run.

        ``extract`` is called like ``extract_text(text, article_id=..., source=..., published=...)``. With
        ``spread`` (e.g. ``batch.extractions_on(client)``, a Dask cluster), extraction runs there instead: it is given the
        articles as (id, source, text, published) and yields (id, extraction JSON) in the same order. The
        articles are read a batch at a time, so a big store never sits in memory whole.
        """
        with self._lock:
            rows = self._conn.execute(
                f"SELECT a.id, e.extractor_version FROM articles a "
                f"LEFT JOIN extractions e ON e.article_id = a.id ORDER BY a.{self._dialect.article_order}").fetchall()
        current = extractor_version()
        wanted = None if among is None else set(among)
        ids = [article_id for article_id, version in rows
               if (not only_stale or version != current) and (wanted is None or article_id in wanted)]
        records = self._records(ids)
        extracted = spread(records) if spread else (
            (article_id, json.dumps(article_to_json(extract(text, article_id=article_id, source=source,
                                                            published=published)), ensure_ascii=False))
            for article_id, source, text, published in records)
        count = 0
        for article_id, line in extracted:
            with self._lock, self._transaction():
                self._write_extraction(article_id, line, _now())
            count += 1
        return count

    def _records(self, ids: list[str], batch: int = 200) -> Iterator[tuple[str, str, str, str | None]]:
        """(id, source, text, published) of the articles ``ids``, in that order, read ``batch`` at a time; one
        deleted meanwhile is left out."""
        return self._in_order("SELECT id, source, text, published FROM articles WHERE id IN ({})", ids, batch)

    def ingest_paths(self, paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[IngestOutcome]:
        """Add files, and the article files inside folders (sorted); every file gets an outcome, none stops the rest."""
        return list(self.ingest_each(paths, max_bytes=max_bytes))

    def ingest_each(self, paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES,
                    spread: Callable[[Iterable[str]], Iterable[Prepared | IngestError]] | None = None,
                    ) -> Iterator[IngestOutcome]:
        """``ingest_paths`` one file at a time: each outcome as soon as its file is stored. With ``spread`` (e.g.
        ``batch.prepared_on(client)``, a Dask cluster) the files are read and extracted there (``prepare_file``, results
        in the same order) and only stored here."""
        files = self._files(paths)
        if spread is None:
            yield from (file if isinstance(file, IngestOutcome) else self._ingest_file(file, max_bytes) for file in files)
            return
        files, names = tee(files)
        ready = spread(file for file in files if not isinstance(file, IngestOutcome))
        for name in names:
            yield name if isinstance(name, IngestOutcome) else self._outcome(name, next(ready))

    @staticmethod
    def _files(paths: Iterable[str | Path]) -> Iterator[str | IngestOutcome]:
        for path, why in each_article_file(paths):
            yield IngestOutcome(path, "rejected", None, why, "no_files") if why else path

    def _ingest_file(self, name: str, max_bytes: int) -> IngestOutcome:
        try:
            decoded = decode_article(read_limited(name, max_bytes), filename=name, max_bytes=max_bytes)
            result = self.add_article(text=decoded.text, source=name, title=decoded.title)
        except IngestError as error:
            return IngestOutcome(name, "rejected", None, error.message, error.code)
        except Exception as error:  # one faulty file must not stop a batch; the analyst is told what failed
            return IngestOutcome(name, "rejected", None, f"{name} could not be added: {error}", "failed")
        return _added(name, result, decoded.warnings)

    def _outcome(self, name: str, prepared: Prepared | IngestError) -> IngestOutcome:
        if isinstance(prepared, IngestError):
            return IngestOutcome(name, "rejected", None, prepared.message, prepared.code)
        try:
            result = self.add_prepared(prepared)
        except Exception as error:  # as in _ingest_file
            return IngestOutcome(name, "rejected", None, f"{name} could not be added: {error}", "failed")
        return _added(name, result, ())

    # Place resolutions

    def resolve_place(self, surface: str, place: dict | None, *, article_id: str | None = None, note: str = "") -> int:
        """Record the analyst's place for a name (None: not a place); the latest choice wins. Returns its id."""
        if place is not None:
            _check_place(place)
        with self._lock, self._transaction():
            return self._insert(
                "INSERT INTO place_resolutions (surface_key, article_id, place_json, note, created_at) VALUES (?, ?, ?, ?, ?)",
                (surface_key(surface), article_id, json.dumps(place, ensure_ascii=False), note, _now()),
            )

    def place_resolutions(self) -> list[PlaceResolution]:
        """Every resolution recorded, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, surface_key, article_id, place_json, note, created_at FROM place_resolutions ORDER BY id"
            ).fetchall()
        return [PlaceResolution(id_, key, article, json.loads(place), note, at) for id_, key, article, place, note, at in rows]

    def delete_resolution(self, resolution_id: int) -> bool:
        with self._lock, self._transaction():
            return self._execute("DELETE FROM place_resolutions WHERE id = ?", (resolution_id,)).rowcount > 0

    # Movement edits

    def edit_movement(self, article_id: str, index: int, changes: dict) -> int:
        """Replace fields of the extractor's movement ``index``. Returns the edit's id."""
        unknown = set(changes) - set(MOVEMENT_DEFAULTS)
        if unknown:
            raise ValueError(f"Unknown movement fields: {', '.join(sorted(unknown))}.")
        _check_movement(changes)
        return self._record_edit(article_id, index, "edit", {"changes": changes})

    def delete_movement(self, article_id: str, index: int) -> int:
        """Hide the extractor's movement ``index``. Returns the edit's id."""
        return self._record_edit(article_id, index, "delete", {})

    def add_movement(self, article_id: str, movement: dict) -> int:
        """Add a movement the extractor missed. Returns the edit's id (undo it with ``undo_movement_edit``)."""
        unknown = set(movement) - set(MOVEMENT_DEFAULTS)
        if unknown or not movement.get("kind"):
            raise ValueError(f"A movement needs a kind and only these fields: {', '.join(MOVEMENT_DEFAULTS)}.")
        _check_movement(movement)
        if not self._has_article(article_id):
            raise KeyError(f"No article {article_id!r}.")
        with self._lock, self._transaction():
            return self._insert(
                "INSERT INTO movement_edits (article_id, movement_index, action, payload_json, created_at)"
                " VALUES (?, NULL, 'add', ?, ?)",
                (article_id, json.dumps({"movement": movement}, ensure_ascii=False), _now()),
            )

    def movement_edits(self, article_id: str | None = None) -> list[MovementEdit]:
        """The edits of one article's movements (of every article when ``article_id`` is None), oldest first."""
        select = "SELECT id, article_id, movement_index, action, payload_json, created_at FROM movement_edits"
        with self._lock:
            if article_id is None:
                rows = self._execute(f"{select} ORDER BY id").fetchall()
            else:
                rows = self._execute(f"{select} WHERE article_id = ? ORDER BY id", (article_id,)).fetchall()
        return [MovementEdit(*row[:4], json.loads(row[4]), row[5]) for row in rows]

    def movement_edits_revision(self) -> tuple[int, int]:
        """How many movement edits are stored and the newest one's id: changes with every edit and undo."""
        with self._lock:
            count, newest = self._execute("SELECT COUNT(*), MAX(id) FROM movement_edits").fetchone()
        return int(count), int(newest or 0)

    def undo_movement_edit(self, edit_id: int) -> bool:
        with self._lock, self._transaction():
            return self._execute("DELETE FROM movement_edits WHERE id = ?", (edit_id,)).rowcount > 0

    def _record_edit(self, article_id: str, index: int, action: str, payload: dict) -> int:
        movements = self.extraction(article_id)["movements"]
        if not 0 <= index < len(movements):
            raise IndexError(f"Article {article_id!r} has {len(movements)} extracted movements; there is no number {index}.")
        # The movement is remembered by its evidence too, so a re-extraction that reorders movements cannot
        # redirect the edit to a different one.
        payload = {**payload, "target": _movement_target(movements[index])}
        with self._lock, self._transaction():
            return self._insert(
                "INSERT INTO movement_edits (article_id, movement_index, action, payload_json, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (article_id, index, action, json.dumps(payload, ensure_ascii=False), _now()),
            )

    # Corrections

    def apply_corrections(self, article_json: dict) -> dict:
        """A copy of an extraction with the analysts' place resolutions and movement edits applied.

        Article-specific resolutions win over global ones, and later over earlier. Corrected mentions and
        movements carry ``"corrected": true``. An edit whose movement the extractor no longer finds is not applied.
        """
        article_id = article_json.get("id")
        edits = self.movement_edits(article_id) if article_id is not None else []
        return self._corrected(copy.deepcopy(article_json), self._resolutions_for(article_id), edits)[0]

    def _corrected(self, corrected: dict, resolutions: dict[str, tuple[str, str]],
                   edits: list[MovementEdit]) -> tuple[dict, list[MovementRef]]:
        """``apply_corrections`` in place on a freshly read extraction, given its resolutions and movement edits;
        with the ``movement_refs`` of its corrected movements."""
        # Movements first, so a name placed by an analyst is placed in edited and added movements too.
        applied = self._edits_applied(edits, corrected.get("movements", []))
        corrected["movements"] = [movement for movement, _ in applied]
        for mention in _all_mentions(corrected) if resolutions else ():
            if (found := resolutions.get(surface_key(mention["text"]))) is not None:
                place_json, note = found
                mention.update(
                    place=json.loads(place_json), confidence=1.0, corrected=True,
                    reason=f"analyst: {note or 'resolved by analyst'}",
                )
        return corrected, [ref for _, ref in applied]

    def _resolutions_for(self, article_id: str | None) -> dict[str, tuple[str, str]]:
        with self._lock:
            rows = self._execute(
                "SELECT surface_key, place_json, note FROM place_resolutions WHERE article_id IS NULL OR article_id = ?"
                " ORDER BY article_id IS NOT NULL, id", (article_id,),
            ).fetchall()
        return {key: (place_json, note) for key, place_json, note in rows}

    def movement_refs(self, article_id: str) -> list[MovementRef]:
        """Where each movement of ``corrected_extraction(article_id)`` comes from, in the same order: what an
        analyst's next edit of it, or an undo, must name."""
        return [ref for _, ref in self._edits_applied(self.movement_edits(article_id),
                                                      self.extraction(article_id)["movements"])]

    @staticmethod
    def _edits_applied(edits: list[MovementEdit], movements: list[dict]) -> list[tuple[dict, MovementRef]]:
        targets = [_movement_target(movement) for movement in movements]
        applied: dict[int, list[int]] = {}
        deleted: set[int] = set()
        added = []
        for edit in edits:
            if edit.action == "add":
                movement = {**MOVEMENT_DEFAULTS, **edit.payload["movement"], "corrected": True}
                added.append((movement, MovementRef(None, (edit.id,))))
                continue
            position = _locate(targets, edit.movement_index, edit.payload["target"])
            if position is None:
                continue
            if edit.action == "delete":
                deleted.add(position)
            else:
                movements[position].update(edit.payload["changes"], corrected=True)
                applied.setdefault(position, []).append(edit.id)
        kept = [(m, MovementRef(i, tuple(applied.get(i, ())))) for i, m in enumerate(movements) if i not in deleted]
        return kept + added

    # Helpers

    def _write_extraction(self, article_id: str, extraction_json: str, now: str) -> None:
        self._execute(
            "INSERT INTO extractions (article_id, json, extractor_version, extracted_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (article_id) DO UPDATE SET json = excluded.json,"
            " extractor_version = excluded.extractor_version, extracted_at = excluded.extracted_at",
            (article_id, extraction_json, extractor_version(), now),
        )

    def _id_for_key(self, key: str) -> str | None:
        row = self._execute("SELECT id FROM articles WHERE content_key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _has_article(self, article_id: str) -> bool:
        with self._lock:
            return self._execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def _new_id(self, source: str, key: str) -> str:
        first = candidate = _first_id(source, key)
        number = 1
        while self._has_article(candidate):
            number += 1
            candidate = f"{first}-{number}"
        return candidate


def prepare_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Prepared | IngestError:
    """A file read, cleaned and extracted as ``Store.ingest_paths`` would store it, without a store: on a worker.
    Its id is the one a store gives a new article of that source and text (``Store.add_prepared`` checks)."""
    try:
        decoded = decode_article(read_limited(path, max_bytes), filename=path, max_bytes=max_bytes)
        accepted = accept_text(decoded.text, filename=path)
        key = content_key(accepted.text)
        article_id = _first_id(path, key)
        return Prepared(accepted.text, key, article_id, extraction_line(accepted.text, article_id=article_id, source=path),
                        tuple(dict.fromkeys((*decoded.warnings, *accepted.warnings))), path,
                        decoded.title or _title_from(accepted.text))
    except IngestError as error:
        return error
    except Exception as error:  # as Store.ingest_paths: one faulty file must not stop the batch
        return IngestError("failed", f"{path} could not be added: {error}")


def _first_id(source: str, key: str) -> str:
    """A new article's id: its file name's slug and the start of its content key."""
    slug = re.sub(r"\W+", "-", Path(source).stem.lower()).strip("-")[:40] or "article"
    return f"{slug}-{key[:8]}"


def _added(name: str, result: AddResult, warnings: tuple[str, ...]) -> IngestOutcome:
    if result.status == "duplicate":
        message = f"{name} is the same article as {result.existing_id}; it was not added again."
    else:
        message = f"{name} added as {result.article_id}."
    return IngestOutcome(name, result.status, result.article_id, message, None,
                         tuple(dict.fromkeys((*warnings, *result.warnings))))


def surface_key(surface: str) -> str:
    """The form a name is resolved under: normalised as the extractor does, spaces collapsed."""
    return " ".join(normalise_word(surface).split())


def _store_path(path_or_url: str | Path) -> str:
    text = str(path_or_url)
    if "://" not in text:
        return text
    url = urlparse(text)
    if url.scheme != "sqlite":
        raise ValueError(
            f"Unsupported store address {_redacted(text)!r}; use a file path, sqlite:///absolute/path.db"
            " or postgresql://user@host:port/dbname.")
    path = unquote(url.path)
    if not path:
        return ":memory:"
    return "/" + path.lstrip("/")  # sqlite:///abs and SQLAlchemy's sqlite:////abs both mean /abs


def _is_postgres_url(text: str) -> bool:
    return text.lower().startswith(("postgresql://", "postgres://"))


def _redacted(url: str) -> str:
    """The address without its password, for messages."""
    return re.sub(r"(://[^/:@]*):[^/@]*@", r"\1:***@", url)


def _import_psycopg():
    try:
        import psycopg
    except ImportError as error:
        raise ImportError(
            "A PostgreSQL store needs psycopg 3: pip install -r requirements-postgres.txt") from error
    return psycopg


def _all_mentions(article_json: dict) -> Iterable[dict]:
    yield from article_json.get("mentions", [])
    for movement in article_json.get("movements", []):
        for field in MENTION_LISTS:
            yield from movement.get(field) or []


def _movement_target(movement: dict) -> list:
    evidence = movement.get("evidence") or {}
    trigger = movement.get("trigger") or {}
    return [movement.get("kind"), evidence.get("start"), evidence.get("end"), trigger.get("start")]


def _locate(targets: list[list], index: int | None, target: list) -> int | None:
    if index is not None and index < len(targets) and targets[index] == target:
        return index
    return next((i for i, candidate in enumerate(targets) if candidate == target), None)


def _check_place(place: dict) -> None:
    missing = {"id", "name", "lat", "lon"} - set(place)
    if missing:
        raise ValueError(f"A place needs {', '.join(sorted(missing))}.")
    if not (-90 <= float(place["lat"]) <= 90 and -180 <= float(place["lon"]) <= 180):
        raise ValueError(f"Coordinates {place['lat']}, {place['lon']} are not on Earth.")


def _check_movement(movement: dict) -> None:
    if "status" in movement and movement["status"] not in STATUSES:
        raise ValueError(f"Status must be one of {', '.join(STATUSES)}.")


def _title_from(text: str) -> str:
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    return first if len(first) <= TITLE_LENGTH else first[: TITLE_LENGTH - 1] + "…"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
