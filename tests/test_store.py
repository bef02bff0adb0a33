"""The persistent store: articles survive reopening, duplicates and bad files change nothing,
corrections persist, and a crash leaves no half-written article.

Every test taking ``store_url`` or ``store`` runs twice: on a SQLite file and on a fresh database of a real
PostgreSQL server (Debian's, started once per session by scripts/postgres.sh). Those never skip: if the server
cannot be started, the postgres tests fail saying why.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from pathlib import Path

import pytest

from components.ingest import content_key
from components.pipeline import extract_text
from components.records import Article, article_to_json
from components.store import IngestOutcome, MovementRef, Store, StoredArticle, default_store_path

ROOT = Path(__file__).resolve().parent.parent
SABHA_TEXT = "وصلت تعزيزات عسكرية إلى مدينة سبها أمس."
TWO_MOVES = "انسحبت القوات من سرت نحو مصراتة. وصلت تعزيزات عسكرية إلى مدينة سبها أمس."
LATER_TEXT = "أفادت مصادر بأن رتلا تحرك نحو سبها صباح اليوم."
ANALYST_PLACE = {"id": "analyst:sabha-base", "name": "Tamanhint base", "name_ar": "قاعدة تمنهنت", "kind": "base",
                 "country": "LY", "lat": 27.24, "lon": 14.65, "area": None}
SIRTE_DISTRICT = {"id": "ly-sr", "name": "Sirte district", "name_ar": "سرت", "kind": "district",
                  "country": "LY", "lat": 30.5, "lon": 17.0, "area": "LY-SR"}


POSTGRES_SCRIPT = ROOT / "scripts" / "postgres.sh"
# The server is thrown away after the tests: it need not survive a power cut, so it need not wait for the disk.
POSTGRES_TEST_OPTS = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"


def _psycopg():
    try:
        import psycopg
    except ImportError:
        pytest.fail("The postgres store tests need psycopg: pip install -r requirements-postgres.txt", pytrace=False)
    return psycopg


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def is_postgres(location: str | Path) -> bool:
    return str(location).startswith("postgresql://")


@pytest.fixture(scope="session")
def postgres_server():
    """One PostgreSQL cluster in a temporary folder for the session: ``(url, None)``, or ``(None, why it failed)``."""
    folder = tempfile.mkdtemp(prefix="store-postgres-")  # in /tmp: the server's user must reach it
    port = str(_free_port())
    try:
        started = subprocess.run(
            ["bash", str(POSTGRES_SCRIPT), "start", folder, port], capture_output=True, text=True, timeout=600,
            env={**os.environ, "POSTGRES_OPTS": POSTGRES_TEST_OPTS},
        )
        if started.returncode == 0:
            yield started.stdout.strip().splitlines()[-1], None
        else:
            yield None, (f"PostgreSQL could not be started by {POSTGRES_SCRIPT.name} (exit {started.returncode}); "
                         f"install it with `bash scripts/postgres.sh install`.\n{started.stdout}{started.stderr}")
    finally:
        subprocess.run(["bash", str(POSTGRES_SCRIPT), "stop", folder, port], capture_output=True, timeout=120)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_database(postgres_server) -> str:
    """The URL of a new, empty database on the session's server."""
    server, error = postgres_server
    if error:
        pytest.fail(error, pytrace=False)
    name = f"t_{uuid.uuid4().hex}"
    with _psycopg().connect(server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    return f"{server.rsplit('/', 1)[0]}/{name}"


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path) -> str | Path:
    """Where a test's store lives: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return tmp_path / "store.sqlite3"
    return request.getfixturevalue("postgres_database")


@pytest.fixture
def store(store_url):
    with Store.open(store_url) as opened:
        yield opened


def dump(location: str | Path) -> list:
    """Everything stored: SQLite's own dump of the file, or every row of every PostgreSQL table."""
    if not is_postgres(location):
        with sqlite3.connect(location) as connection:
            return list(connection.iterdump())
    with _psycopg().connect(str(location)) as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name")]
        assert {"articles", "extractions", "place_resolutions", "movement_edits", "schema_version"} <= set(tables)
        return [(table, sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)) for table in tables]


def mention_places(article_json: dict) -> list[tuple]:
    return [(m["text"], (m["place"] or {}).get("id"), m["reason"], m.get("corrected", False)) for m in article_json["mentions"]]


def test_store_add_then_reopen_keeps_article_and_extraction(store_url):
    with Store.open(store_url) as store:
        result = store.add_article(text=SABHA_TEXT, source="reports/sabha.txt", published="2024-05-01")
    assert (result.article_id, result.status, result.existing_id) == (f"sabha-{content_key(SABHA_TEXT)[:8]}", "added", None)
    with Store.open(store_url) as reopened:
        [stored] = reopened.articles()
        assert stored == StoredArticle(result.article_id, SABHA_TEXT, "reports/sabha.txt", "2024-05-01", None, stored.added_at)
        expected = article_to_json(
            extract_text(SABHA_TEXT, article_id=result.article_id, source="reports/sabha.txt", published="2024-05-01"))
        assert reopened.extraction(result.article_id) == expected


def test_store_opens_sqlite_url_and_default_path(tmp_path, monkeypatch):
    with Store.open(f"sqlite:///{tmp_path}/via-url.db") as store:
        store.add_article(text=SABHA_TEXT, source="a.txt", article_id="a")
    assert (tmp_path / "via-url.db").is_file()
    monkeypatch.setenv("LIBYA_MAP_DATA_DIR", str(tmp_path / "data"))
    assert default_store_path() == tmp_path / "data" / "store.sqlite3"
    monkeypatch.delenv("LIBYA_MAP_DATA_DIR")
    assert default_store_path() == Path(".data") / "store.sqlite3"


def test_store_opens_where_the_app_reads_when_no_location_is_given(tmp_path, monkeypatch):
    """``ingest`` and ``reextract`` without --store write the store the app reads: $LIBYA_MAP_STORE first."""
    monkeypatch.setenv("LIBYA_MAP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LIBYA_MAP_STORE", str(tmp_path / "team.sqlite"))
    with Store.open() as store:
        store.add_article(text=SABHA_TEXT, source="a.txt", article_id="a")
    with Store.open(tmp_path / "team.sqlite") as store:
        assert [a.id for a in store.articles()] == ["a"]
    assert not (tmp_path / "data").exists()


def test_store_opens_postgres_and_postgresql_urls(postgres_database):
    short = postgres_database.replace("postgresql://", "postgres://", 1)
    with Store.open(short) as store:
        store.add_article(text=SABHA_TEXT, source="a.txt", article_id="a")
    with Store.open(postgres_database) as store:
        assert [article.id for article in store.articles()] == ["a"]


def test_store_needs_psycopg_only_for_postgres(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if it were not installed
    with Store.open(tmp_path / "store.sqlite3") as store:
        assert store.add_article(text=SABHA_TEXT, source="a.txt").status == "added"
    with pytest.raises(ImportError, match="requirements-postgres.txt"):
        Store.open("postgresql://nobody@127.0.0.1:1/nothing")
    with pytest.raises(ValueError, match="postgresql://") as refused:
        Store.open("mysql://someone:secret@127.0.0.1/db")
    assert "secret" not in str(refused.value)


def test_store_duplicate_is_not_stored_again(store):
    first = store.add_article(text=SABHA_TEXT, source="a.txt", article_id="a")
    again = store.add_article(text="  وصلت   تعزيزاتٌ عسكريـة\nإلى مدينةِ سبها أمس. ", source="b.txt")
    assert (first.status, again.article_id, again.status, again.existing_id) == ("added", "a", "duplicate", "a")
    assert [article.id for article in store.articles()] == ["a"]


def test_store_ingest_paths_rejects_bad_files_without_touching_the_store(store, store_url, tmp_path):
    store.add_article(text=SABHA_TEXT, source="a.txt", article_id="a")
    before = dump(store_url)
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "1-empty.txt").write_bytes(b"")
    (folder / "2-blank.txt").write_bytes(b"  \n ")
    (folder / "3-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x01" * 100)
    (folder / "4-latin1.txt").write_bytes("Arrivées à Sebha".encode("latin-1"))
    (folder / "5-english.txt").write_bytes(b"Forces arrived in Sabha.")
    (folder / "6-big.txt").write_bytes(("سبها " * 300).encode())
    (folder / "7-duplicate.txt").write_bytes(SABHA_TEXT.encode())
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")  # not an article file type: not picked up from a folder
    outcomes = store.ingest_paths([folder, tmp_path / "missing.txt"], max_bytes=1024)
    assert [(Path(o.path).name, o.status, o.code) for o in outcomes] == [
        ("1-empty.txt", "rejected", "empty"),
        ("2-blank.txt", "rejected", "blank"),
        ("3-image.txt", "rejected", "binary"),
        ("4-latin1.txt", "rejected", "bad_encoding"),
        ("5-english.txt", "rejected", "no_arabic"),
        ("6-big.txt", "rejected", "too_large"),
        ("7-duplicate.txt", "duplicate", None),
        ("missing.txt", "rejected", "unreadable"),
    ]
    assert outcomes[6].message == f"{folder / '7-duplicate.txt'} is the same article as a; it was not added again."
    assert dump(store_url) == before


def test_store_ingest_each_spread_elsewhere_stores_what_ingesting_here_stores(store_url, tmp_path):
    from components.store import _first_id, prepare_file

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "1-empty.txt").write_bytes(b"")
    (folder / "2-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x01" * 100)
    (folder / "3-cp1256.txt").write_bytes(TWO_MOVES.encode("cp1256"))
    (folder / "4-again.txt").write_bytes(TWO_MOVES.encode())
    (folder / "5-taken.txt").write_text(LATER_TEXT, encoding="utf-8")
    (folder / "6-page.html").write_bytes(f"<title>عاجل</title><p>{SABHA_TEXT}</p>".encode())
    (tmp_path / "empty").mkdir()
    taken = _first_id(str(folder / "5-taken.txt"), content_key(LATER_TEXT))  # the id 5-taken.txt would get
    given = []

    def on_a_cluster(paths):  # what batch.prepared_on does, without the cluster
        for path in paths:
            given.append(path)
            yield prepare_file(path)

    stored = {}
    for spread, location in ((None, tmp_path / "here.sqlite3"), (on_a_cluster, store_url)):
        with Store.open(location) as store:
            store.add_article(text=SABHA_TEXT.replace("أمس", "اليوم"), source="other.txt", article_id=taken)
            outcomes = list(store.ingest_each([folder, tmp_path / "empty"], spread=spread))
            articles = [(a.id, a.title, a.source, a.published) for a in store.articles()]
            stored[spread] = (outcomes, articles, [store.extraction(a[0]) for a in articles])
    assert stored[on_a_cluster] == stored[None]
    outcomes, articles, extractions = stored[None]
    assert [(Path(o.path).name, o.status, o.code) for o in outcomes] == [
        ("1-empty.txt", "rejected", "empty"), ("2-image.txt", "rejected", "binary"), ("3-cp1256.txt", "added", None),
        ("4-again.txt", "duplicate", None), ("5-taken.txt", "added", None), ("6-page.html", "added", None),
        ("empty", "rejected", "no_files")]
    assert outcomes[2].warnings == ("Read as Windows-1256 (Arabic) because the file is not UTF-8.",)
    assert outcomes[4].article_id == extractions[2]["id"] == f"{taken}-2"  # extracted again under its new id
    assert articles[3][1] == "عاجل"
    assert given == [str(p) for p in sorted(folder.iterdir())]


def test_store_ingest_paths_adds_files_and_nested_folders_in_order(store, tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "b.txt").write_bytes(TWO_MOVES.encode("cp1256"))
    (tmp_path / "in" / "sub" / "a.html").write_bytes(f"<title>عاجل</title><p>{SABHA_TEXT}</p>".encode())
    (tmp_path / "empty-folder").mkdir()
    outcomes = store.ingest_paths([tmp_path / "in", tmp_path / "empty-folder"])
    b_id, a_id = outcomes[0].article_id, outcomes[1].article_id
    assert outcomes == [
        IngestOutcome(str(tmp_path / "in" / "b.txt"), "added", b_id, f"{tmp_path / 'in' / 'b.txt'} added as {b_id}.",
                      None, ("Read as Windows-1256 (Arabic) because the file is not UTF-8.",)),
        IngestOutcome(str(tmp_path / "in" / "sub" / "a.html"), "added", a_id,
                      f"{tmp_path / 'in' / 'sub' / 'a.html'} added as {a_id}."),
        IngestOutcome(str(tmp_path / "empty-folder"), "rejected", None,
                      f"{tmp_path / 'empty-folder'} holds no article files (.txt, .html, .htm, .docx).", "no_files"),
    ]
    assert [(a.id, a.title) for a in store.articles()] == [(b_id, TWO_MOVES), (a_id, "عاجل")]
    assert (b_id[:2], a_id[:2]) == ("b-", "a-")


def test_store_place_resolution_survives_reopen_and_applies_to_later_articles(store_url):
    with Store.open(store_url) as store:
        store.add_article(text=SABHA_TEXT, source="a.txt", article_id="a")
        store.resolve_place("سبها", ANALYST_PLACE, note="the base, not the city")
    with Store.open(store_url) as store:
        [resolution] = store.place_resolutions()
        assert (resolution.surface_key, resolution.article_id, resolution.place, resolution.note) == (
            "سبها", None, ANALYST_PLACE, "the base, not the city")
        corrected = store.corrected_extraction("a")
        assert mention_places(corrected) == [("سبها", "analyst:sabha-base", "analyst: the base, not the city", True)]
        destination = corrected["movements"][0]["destinations"][0]
        assert (destination["place"], destination["confidence"], destination["corrected"]) == (ANALYST_PLACE, 1.0, True)
        store.add_article(text=LATER_TEXT, source="later.txt", article_id="later")
        assert mention_places(store.corrected_extraction("later")) == [
            ("سبها", "analyst:sabha-base", "analyst: the base, not the city", True)]
        assert mention_places(store.extraction("later"))[0][1] == "gn:2212775"  # the stored extraction is untouched


def test_store_article_specific_resolution_wins_over_global(store):
    store.add_article(text=SABHA_TEXT, source="a.txt", article_id="a")
    store.add_article(text=LATER_TEXT, source="later.txt", article_id="later")
    store.resolve_place("سبها", ANALYST_PLACE)
    store.resolve_place("سَبها", None, article_id="a", note="a person's name here")
    assert mention_places(store.corrected_extraction("a")) == [("سبها", None, "analyst: a person's name here", True)]
    assert mention_places(store.corrected_extraction("later")) == [
        ("سبها", "analyst:sabha-base", "analyst: resolved by analyst", True)]


def test_store_corrected_extractions_read_every_article_as_one_by_one(store):
    store.add_article(text=TWO_MOVES, source="a.txt", article_id="a")
    store.add_article(text=SABHA_TEXT, source="b.txt", article_id="b")
    store.add_article(text=LATER_TEXT, source="later.txt", article_id="later")
    store.resolve_place("سبها", ANALYST_PLACE)
    store.resolve_place("سَبها", None, article_id="b", note="a person's name here")
    store.resolve_place("سرت", SIRTE_DISTRICT, article_id="a")
    store.edit_movement("a", 0, {"status": "denied"})
    store.delete_movement("a", 1)
    store.add_movement("a", {"kind": "deploy", "destinations": [{"text": "سبها"}]})
    store.edit_movement("b", 0, {"status": "planned"})
    assert list(store.corrected_extractions()) == [
        (stored.id, store.corrected_extraction(stored.id), store.movement_refs(stored.id))
        for stored in store.articles()
    ]
    assert store.apply_corrections(store.extraction("a")) == store.corrected_extraction("a")


def test_store_corrected_extractions_come_a_batch_at_a_time_without_an_article_deleted_meanwhile(store):
    for n in range(5):
        store.add_article(text=f"وصلت قوات إلى سبها في اليوم {n}.", source=f"{n}.txt", article_id=f"n{n}")
    whole = list(store.corrected_extractions())
    assert [article_id for article_id, _, _ in whole] == ["n0", "n1", "n2", "n3", "n4"]
    read = store.corrected_extractions(batch=2)
    first = next(read)  # the ids and the first batch read; the store is free to change meanwhile
    store.delete_article("n3")
    assert [first, *read] == [row for row in whole if row[0] != "n3"]
    assert list(store.corrected_extractions(batch=2, ids=["n4", "n0", "n3", "n9"])) == [whole[4], whole[0]]


def test_store_analyst_corrects_a_wrong_resolution(store):
    store.add_article(text=TWO_MOVES, source="a.txt", article_id="a")
    assert mention_places(store.corrected_extraction("a"))[0][:2] == ("سرت", "gn:2210554")
    store.resolve_place("سرت", ANALYST_PLACE, article_id="a")
    store.resolve_place("سرت", SIRTE_DISTRICT, article_id="a", note="the district is meant")
    corrected = store.corrected_extraction("a")
    assert mention_places(corrected)[0] == ("سرت", "ly-sr", "analyst: the district is meant", True)
    assert corrected["movements"][0]["origins"][0]["place"] == SIRTE_DISTRICT
    assert mention_places(corrected)[1:] == [
        ("مصراتة", "gn:2214846", "town rather than the district of the same name", False),
        ("سبها", "gn:2212775", "town rather than the district of the same name", False),
    ]


def test_store_movement_edit_delete_and_add(store):
    store.add_article(text=TWO_MOVES, source="a.txt", article_id="a")
    assert [m["kind"] for m in store.extraction("a")["movements"]] == ["withdraw", "reinforce"]
    store.edit_movement("a", 0, {"status": "denied", "attributed_to": "المتحدث"})
    store.delete_movement("a", 1)
    store.add_movement("a", {"kind": "deploy", "destinations": [{"text": "غات"}]})
    movements = store.corrected_extraction("a")["movements"]
    assert [(m["kind"], m["status"], m["attributed_to"], m.get("corrected")) for m in movements] == [
        ("withdraw", "denied", "المتحدث", True),
        ("deploy", "reported", None, True),
    ]
    assert movements[1] == {
        "kind": "deploy", "status": "reported", "actor": None, "origins": [], "destinations": [{"text": "غات"}],
        "via": [], "evidence": None, "trigger": None, "attributed_to": None, "date": None, "confidence": 1.0,
        "corrected": True,
    }
    with pytest.raises(IndexError):
        store.delete_movement("a", 2)
    with pytest.raises(ValueError):
        store.edit_movement("a", 0, {"status": "rumoured"})


def test_store_movement_refs_name_the_source_of_each_corrected_movement(store):
    store.add_article(text=TWO_MOVES, source="a.txt", article_id="a")
    store.add_article(text=SABHA_TEXT, source="b.txt", article_id="b")
    assert store.movement_refs("a") == [MovementRef(0), MovementRef(1)]
    assert store.movement_edits_revision() == (0, 0)
    deleted = store.delete_movement("a", 0)
    edited = store.edit_movement("a", 1, {"status": "planned"})
    added = store.add_movement("a", {"kind": "deploy", "destinations": [{"text": "غات"}]})
    refs = store.movement_refs("a")
    assert refs == [MovementRef(1, (edited,)), MovementRef(None, (added,))]
    assert [(ref.added, ref.corrected) for ref in refs] == [(False, True), (True, True)]
    assert [m["kind"] for m in store.corrected_extraction("a")["movements"]] == ["reinforce", "deploy"]
    assert store.movement_edits_revision() == (3, added)
    assert [edit.id for edit in store.movement_edits()] == [deleted, edited, added]
    assert store.undo_movement_edit(added) is True
    assert store.movement_edits_revision() == (2, edited)


def test_store_place_resolution_reaches_edited_and_added_movements(store):
    store.add_article(text=TWO_MOVES, source="a.txt", article_id="a")
    sabha = next(m for m in store.extraction("a")["mentions"] if m["text"] == "سبها")
    store.edit_movement("a", 0, {"destinations": [sabha]})
    store.add_movement("a", {"kind": "deploy", "destinations": [sabha]})
    store.resolve_place("سبها", ANALYST_PLACE, note="the base, not the town")
    movements = store.corrected_extraction("a")["movements"]
    assert [(m["destinations"][0]["place"]["id"], m["destinations"][0]["reason"]) for m in (movements[0], movements[2])] == [
        ("analyst:sabha-base", "analyst: the base, not the town")] * 2


def test_store_reextract_keeps_corrections(store):
    store.add_article(text=TWO_MOVES, source="a.txt", article_id="a")
    store.add_article(text=LATER_TEXT, source="later.txt", article_id="later")
    store.resolve_place("سبها", ANALYST_PLACE)
    store.delete_movement("a", 0)
    assert store.reextract() == 2
    corrected = store.corrected_extraction("a")
    assert mention_places(corrected)[2] == ("سبها", "analyst:sabha-base", "analyst: resolved by analyst", True)
    assert [m["kind"] for m in corrected["movements"]] == ["reinforce"]
    assert len(store.place_resolutions()) == 1

    def finds_nothing(text: str, *, article_id: str, source: str, published: str | None) -> Article:
        return Article(article_id, source, text, published=published)

    assert store.reextract(finds_nothing) == 2
    assert store.extraction("a") == {
        "id": "a", "source": "a.txt", "published": None, "text": TWO_MOVES, "mentions": [], "movements": []}
    assert store.corrected_extraction("a")["movements"] == []  # the deletion finds no movement to act on
    assert len(store.place_resolutions()) == 1


def test_store_delete_article_removes_its_extraction_and_own_corrections(store):
    store.add_article(text=SABHA_TEXT, source="a.txt", article_id="a")
    store.resolve_place("سبها", ANALYST_PLACE)
    store.resolve_place("سبها", SIRTE_DISTRICT, article_id="a")
    store.delete_movement("a", 0)
    assert store.delete_article("a") is True
    assert store.articles() == []
    with pytest.raises(KeyError):
        store.extraction("a")
    assert [(r.surface_key, r.article_id) for r in store.place_resolutions()] == [("سبها", None)]
    assert store.movement_edits("a") == []


CHILD = textwrap.dedent("""
    import sys, time
    from components.store import Store

    def pause(stage):
        print(stage, flush=True)
        time.sleep(float(sys.argv[3]))

    store = Store.open(sys.argv[1], checkpoint=pause)
    if sys.argv[2] == "one":
        store.add_article(text=sys.argv[4], source="killed.txt")
    else:
        store.ingest_paths([sys.argv[2]])
""")


def run_child(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, *args], cwd=ROOT, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


ORPHANS = ("SELECT count(*) FROM articles LEFT JOIN extractions ON extractions.article_id = articles.id"
           " WHERE extractions.article_id IS NULL")


def assert_whole(location: str | Path) -> None:
    if not is_postgres(location):
        with sqlite3.connect(location) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert connection.execute(ORPHANS).fetchone() == (0,)
        return
    with _psycopg().connect(str(location), autocommit=True) as connection:
        # Wait until the server has ended the killed writer's session, so its transaction is really rolled
        # back rather than just not yet committed.
        deadline = time.monotonic() + 20
        while connection.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchone() != (0,):
            assert time.monotonic() < deadline, "the killed writer's session is still open on the server"
            time.sleep(0.05)
        assert connection.execute(ORPHANS).fetchone() == (0,)


def test_store_kill_9_mid_write_leaves_no_half_article(store_url):
    with Store.open(store_url) as store:
        store.add_article(text=SABHA_TEXT, source="a.txt", article_id="a")
    before = dump(store_url)
    child = run_child(str(store_url), "one", "60", TWO_MOVES)
    try:
        assert child.stdout.readline() == "article written\n"  # the article row is in, its extraction not yet
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert_whole(store_url)
    assert dump(store_url) == before
    with Store.open(store_url) as store:
        assert store.add_article(text=TWO_MOVES, source="again.txt").status == "added"
        assert len(store.articles()) == 2


def test_store_kill_9_during_folder_ingest_leaves_only_whole_articles(store_url, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(200):
        (folder / f"{number:03}.txt").write_text(f"وصلت تعزيزات عسكرية إلى مدينة سبها في اليوم رقم {number}.", "utf-8")
    Store.open(store_url).close()
    child = run_child(str(store_url), str(folder), "0.001")
    try:
        for _ in range(50):
            assert child.stdout.readline() == "article written\n"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
    assert_whole(store_url)
    with Store.open(store_url) as store:
        stored = store.articles()
        assert 49 <= len(stored) < 200
        assert [a.id for a in stored] == sorted(a.id for a in stored)
        assert all(store.extraction(a.id)["text"].startswith("وصلت") for a in stored)


def test_store_reextract_only_stale_skips_current_extractions(tmp_path):
    from components.store import Store

    with Store.open(tmp_path / "s.sqlite3") as store:
        store.add_article(text="وصلت قوات إلى سبها أمس.", source="a.txt")
        assert store.reextract(only_stale=True) == 0
        assert store.reextract() == 1
        other = store.add_article(text=LATER_TEXT, source="b.txt").article_id
        assert store.reextract(among=[other]) == 1 and store.reextract(among=[]) == 0


def test_store_reextract_spread_elsewhere_stores_what_extracting_here_stores(store_url):
    from components.batch import extraction

    texts = {"a": TWO_MOVES, "later": LATER_TEXT, "sabha": SABHA_TEXT}
    with Store.open(store_url) as store:
        for article_id, text in texts.items():
            store.add_article(text=text, source=f"{article_id}.txt", article_id=article_id, published="2024-05-01")
        here = {article_id: store.extraction(article_id) for article_id in texts}
        given = []

        def on_a_cluster(records):  # what batch.extractions_on does, without the cluster
            for record in records:
                given.append(record)
                yield extraction(record)

        assert store.reextract(spread=on_a_cluster) == 3
        assert [record[0] for record in given] == [a.id for a in store.articles()]
        assert given[0] == ("a", "a.txt", TWO_MOVES, "2024-05-01")
        assert {article_id: store.extraction(article_id) for article_id in texts} == here


def test_store_reads_articles_for_reextraction_a_batch_at_a_time_in_order(store):
    for n in range(5):
        store.add_article(text=f"وصلت قوات إلى سبها في اليوم {n}.", source=f"{n}.txt", article_id=f"n{n}")
    store.delete_article("n2")
    records = store._records(["n4", "n0", "n2", "n3", "n1"], batch=2)
    assert [record[0] for record in records] == ["n4", "n0", "n3", "n1"]


def test_bench_measures_the_app_on_a_store_url_and_leaves_it_empty(store_url):
    from components.bench import _map, corpus

    read, built, size = _map(corpus(3), str(store_url))
    assert read >= 0 and built >= 0 and size > 50_000  # the district labels, the towns, the three articles
    with Store.open(store_url) as store:
        assert store.articles() == []
        store.add_article(text=SABHA_TEXT, source="reports/sabha.txt")
    with pytest.raises(SystemExit, match="already holds articles; give an empty one"):
        _map(corpus(1), str(store_url))
    with Store.open(store_url) as store:
        assert [a.source for a in store.articles()] == ["reports/sabha.txt"]
