"""The benchmark prints every figure (on a tiny corpus here: figures are read, never asserted as timings)."""
from components.bench import corpus, run


def test_bench_corpus_is_reproducible_arabic_articles():
    first, second = corpus(5), corpus(5)
    assert first == second
    assert all(any("\u0621" <= ch <= "\u064a" for ch in text) for text in first)


def test_bench_prints_every_figure():
    report = run(12, 4)
    for label in ("code: ", "corpus:", "start-up", "extract (`python -m components extract FOLDER --out FILE`'s code",
                  "read ", "floor (bare Aho-Corasick", "ratio extract / floor",
                  "stages (µs per article", "normalise", "tokens", "candidates", "ranking", "movements", "JSON",
                  "five times it", "peak memory", "app with 4 articles in its SQLite store", "map built and rendered",
                  "MB sent to the browser", "the base geometry, ", "--browser: the same in Chromium)"):
        assert label in report


def test_bench_times_batch_extraction_alone_and_on_a_local_dask_cluster():
    report = run(6, 2, dask_workers=2, batch_count=5)
    [line] = [line for line in report.splitlines() if line.startswith("batch over a folder of 5 files: ")]
    assert "one process" in line and "Dask LocalCluster of 2 single-threaded workers" in line


def test_bench_times_the_apps_first_map_in_chromium_started_both_ways(chromium_path):
    report = run(6, 6, browser=True)
    lines = [line for line in report.splitlines() if line.startswith("app in Chromium with 6 articles in its store, ")]
    assert [(line.split(", ")[1], line.split(", ")[2].split(":")[0]) for line in lines] == [
        ("started by `python -m components app`", "first visit"),
        ("started by `python -m components app`", "second visit"),
        ("started by `streamlit run app.py`", "first visit"),
        ("started by `streamlit run app.py`", "second visit"),
    ]
    assert all(" s after opening the page; " in line and "MB received over the app's websocket" in line for line in lines)
    [warmed] = [line for line in report.splitlines() if line.startswith("app started by `")]
    assert warmed.startswith("app started by `python -m components app`: up and warmed up ")
    assert "(Warmed up in " in warmed and "store read and map ready for the first visitor.)" in warmed
