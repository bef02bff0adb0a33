"""Batch extraction: folders and lists of files, streamed in input order; on a Dask LocalCluster exactly the
single-process output."""
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from components import batch
from components.batch import article_items, extract_one, extract_stream, rendered, write_articles

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "seeds").glob("*.txt"))


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "components", "extract", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=300)


def _as_written(article: dict) -> str:
    """An article's line in the output."""
    return json.dumps(article, ensure_ascii=False)


def test_batch_local_cluster_matches_single_process_chunk_by_chunk(monkeypatch):
    monkeypatch.chdir(ROOT)
    # 5 seeds in chunks of 2: three tasks, results put back in input order
    expected = [_as_written(extract_one(p)) for p in SEEDS]
    assert list(extract_stream(SEEDS, engine="dask", workers=2, chunk=2)) == list(extract_stream(SEEDS)) == expected


def test_a_local_cluster_whose_worker_dies_while_starting_is_started_again_saying_so(monkeypatch, tmp_path, capsys):
    import distributed

    tries = []

    class Flaky:  # Dask's LocalCluster, failing as it did once in CI the first time only
        def __init__(self, **kwargs):
            tries.append(kwargs)
            if len(tries) == 1:
                raise RuntimeError("Nanny failed to start.")

    monkeypatch.setattr(distributed, "LocalCluster", Flaky)
    assert isinstance(batch.local_cluster(2, str(tmp_path)), Flaky)
    assert len(tries) == 2 and tries[1]["local_directory"] == str(tmp_path) and tries[1]["n_workers"] == 2
    assert "Dask: a worker failed to start (Nanny failed to start.); starting the local cluster again (2 of 3)" \
        in capsys.readouterr().err
    tries.clear()
    with pytest.raises(RuntimeError, match="Nanny failed to start"):
        batch.local_cluster(2, str(tmp_path), starts=1)
    assert len(tries) == 1


def test_batch_cli_engine_dask_on_a_folder_writes_the_same_json_as_the_files_one_by_one(tmp_path):
    single, dask = tmp_path / "single.json", tmp_path / "dask.json"
    assert _cli(*SEEDS, "--out", str(single)).returncode == 0
    result = _cli("seeds", "--engine", "dask", "--chunk", "2", "--out", str(dask))
    assert result.returncode == 0, result.stderr
    assert single.read_bytes() == dask.read_bytes()
    assert [a["source"] for a in json.loads(single.read_text(encoding="utf-8"))["articles"]] == SEEDS
    assert not list(tmp_path.glob("*.partial"))


def test_extract_reads_a_list_of_files_from_a_file_or_standard_input(tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text("\n".join(SEEDS[:2]) + "\n\n", encoding="utf-8")
    from_file = _cli("--list", str(listing))
    from_stdin = _cli("--list", "-", stdin="\n".join(SEEDS[:2]))
    assert from_file.returncode == from_stdin.returncode == 0
    assert from_file.stdout == from_stdin.stdout == _cli(*SEEDS[:2]).stdout
    assert [a["source"] for a in json.loads(from_file.stdout)["articles"]] == SEEDS[:2]


def test_extract_with_nothing_to_read_says_so():
    result = _cli()
    assert result.returncode == 2
    assert "no files" in result.stderr


def test_article_items_expand_folders_in_order_and_name_an_empty_one(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b" / "1.html").write_text("x", encoding="utf-8")
    (tmp_path / "b" / "notes.csv").write_text("x", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    items = list(article_items([str(tmp_path / "a.txt"), str(tmp_path / "empty"), str(tmp_path / "b")]))
    assert items == [
        str(tmp_path / "a.txt"),
        {"error": f"{tmp_path / 'empty'} holds no article files (.txt, .html, .htm, .docx)."},
        str(tmp_path / "b" / "1.html"),
        str(tmp_path / "b" / "2.txt"),
    ]


def test_unreadable_files_become_error_records_that_name_them(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert extract_one(str(tmp_path / "empty.txt")) == {"error": f"{tmp_path / 'empty.txt'} is empty (0 bytes)."}
    assert extract_one(str(tmp_path / "missing.txt"))["error"].startswith(f"{tmp_path / 'missing.txt'} could not be read")
    assert rendered(str(tmp_path / "empty.txt")) == extract_one(str(tmp_path / "empty.txt"))


def test_write_articles_streams_valid_json_one_article_a_line():
    articles = [{"id": "a", "places": [], "text": "سطر\nآخر «$`{}»"}, {"id": "b", "n": [1, {"x": None}]}, {"id": "c"}]
    for count in (0, 1, 3):
        out, errors = io.StringIO(), io.StringIO()
        results = [{"error": "first.txt is empty (0 bytes)."}, *map(_as_written, articles[:count]), {"error": "last"}]
        assert write_articles(results, out, errors) == (count, 2)
        assert json.loads(out.getvalue()) == {"articles": articles[:count]}
        lines = out.getvalue().splitlines()
        assert lines[0] == '{"articles": [' and lines[-1] == "]}"
        assert [json.loads(line.removesuffix(",")) for line in lines[1:-1]] == articles[:count]
        assert errors.getvalue() == "error: first.txt is empty (0 bytes).\nerror: last\n"


class _Future:
    def __init__(self, client, part):
        self.client, self.part = client, part

    def result(self):
        return [f"done {item}" for item in self.part]

    def release(self):
        self.client.in_flight -= 1


class _Client:
    """Records how many chunks were in flight at most; results in the order of submission."""

    def __init__(self, threads):
        self.threads, self.in_flight, self.most, self.parts = threads, 0, 0, []

    def nthreads(self):
        return {f"worker-{n}": 1 for n in range(self.threads)}

    def submit(self, function, part, pure):
        assert function is batch.extract_chunk and pure is False
        self.in_flight += 1
        self.most = max(self.most, self.in_flight)
        self.parts.append(part)
        return _Future(self, part)


def test_dask_stream_keeps_a_bounded_window_of_chunks_in_flight_and_the_input_order():
    client = _Client(threads=2)
    items = (f"{n}.txt" for n in range(1000))  # a generator: the input is never held whole
    results = list(batch.extract_on(client, items, chunk=7))
    assert results == [f"done {n}.txt" for n in range(1000)]
    assert [len(part) for part in client.parts] == [7] * 142 + [6]
    assert client.most == batch.WINDOW * 2
    assert client.in_flight == 0


def test_extract_on_a_running_dask_scheduler_and_workers_started_as_the_readme_says(tmp_path):
    """`dask scheduler` and `dask worker` as separate processes (what a team runs on its machines)."""
    info = tmp_path / "scheduler.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # the scheduler and the workers import components
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    scheduler = subprocess.Popen([*dask, "--port", "0", "--dashboard-address", ":0", "--scheduler-file", str(info)],
                                 cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = []
    try:
        for _ in range(600):
            if info.exists() and info.stat().st_size:
                break
            time.sleep(0.1)
        address = json.loads(info.read_text(encoding="utf-8"))["address"]
        workers = [subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", address, "--nthreads", "1", "--no-dashboard",
             "--local-directory", str(tmp_path / f"worker-{n}")],
            cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for n in range(2)]
        out = tmp_path / "dask.json"
        result = _cli(str(ROOT / "seeds"), "--engine", "dask", "--scheduler", address, "--chunk", "2", "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert out.read_text(encoding="utf-8") == _cli(*(str(ROOT / p) for p in SEEDS)).stdout
    finally:
        for process in (*workers, scheduler):
            process.terminate()
        for process in (*workers, scheduler):
            process.wait(timeout=60)


def test_reextract_on_a_local_dask_cluster_stores_the_same_extractions(tmp_path):
    from components.store import Store

    store = tmp_path / "store.sqlite3"
    with Store.open(store) as opened:
        opened.ingest_paths([str(ROOT / "seeds")])
        ids = [a.id for a in opened.articles()]
        before = [opened.extraction(i) for i in ids]
    result = subprocess.run([sys.executable, "-m", "components", "reextract", "--store", str(store), "--engine", "dask",
                             "--chunk", "2"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Re-extracted 5 article(s); analysts' corrections kept."
    with Store.open(store) as opened:
        assert [opened.extraction(i) for i in ids] == before
    stale = subprocess.run([sys.executable, "-m", "components", "reextract", "--store", str(store), "--stale"],
                           cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert stale.stdout.strip() == "Re-extracted 0 article(s); analysts' corrections kept."


def test_ingest_on_a_local_dask_cluster_stores_what_ingesting_here_stores(tmp_path):
    from components.store import Store

    stored = []
    for engine in ("local", "dask"):
        store = tmp_path / f"{engine}.sqlite3"
        result = subprocess.run([sys.executable, "-m", "components", "ingest", "seeds", str(tmp_path / "none.txt"),
                                 "--store", str(store), "--engine", engine, "--chunk", "2"],
                                cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert result.returncode == 1  # none.txt
        with Store.open(store) as opened:
            stored.append((result.stdout, [(a.id, a.title, a.source) for a in opened.articles()],
                           [opened.extraction(a.id) for a in opened.articles()]))
    assert stored[0] == stored[1]
    assert stored[0][0].splitlines()[-1] == "5 added, 0 already stored, 1 rejected."
