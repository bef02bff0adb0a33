"""Benchmark: prints throughput, memory and the Aho-Corasick floor. Figures only, no pass/fail.

    python -m components bench [--articles N] [--map-articles M]

The corpus is generated from the project's own sentences (seeds and golden set),
shuffled with a fixed seed into articles of 6–14 sentences.
"""
from __future__ import annotations

import json
import random
import resource
import time
from pathlib import Path

from components.text import normalise, sentences

ROOT = Path(__file__).resolve().parent.parent


def corpus(count: int, seed: int = 7) -> list[str]:
    """``count`` articles made of sentences from the seeds and the golden set."""
    pool: list[str] = []
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for name in ("places.jsonl", "movements.jsonl"):
        path = ROOT / "tests" / "golden" / name
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for text in texts:
        pool += [text[a:b] for a, b in sentences(text)]
    rng = random.Random(seed)
    return [" ".join(rng.choice(pool) for _ in range(rng.randint(6, 14))) for _ in range(count)]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _startup() -> float:
    from components.actors import load_actors
    from components.gazetteer import load
    from components.mentions import load_lexicon
    from components.movement_patterns import load_patterns

    began = time.perf_counter()
    load()
    load_lexicon()
    load_patterns()
    load_actors()
    return time.perf_counter() - began


def _floor(articles: list[str]) -> tuple[float, float]:
    """Seconds (wall clock, CPU) for a bare Aho-Corasick pass over the gazetteer's normalised names."""
    import ahocorasick

    from components.gazetteer import load

    automaton = ahocorasick.Automaton()
    for key in load().index:
        name = " ".join(key)
        automaton.add_word(name, name)
    automaton.make_automaton()
    began, cpu = time.perf_counter(), time.process_time()
    for text in articles:
        for _ in automaton.iter(normalise(text).text):
            pass
    return time.perf_counter() - began, max(time.process_time() - cpu, 1e-6)


def _extract(articles: list[str], folder: Path, out: Path, timings: dict[str, float]) -> tuple[float, float]:
    """Seconds (wall clock, CPU) that ``python -m components extract FOLDER --out OUT`` takes over ``articles``
    saved as files in ``folder``: the same functions, in this process (its start-up apart); the seconds of each
    stage (reading, ``pipeline.STAGES``, the JSON) are added to ``timings``."""
    import sys

    from components.batch import article_items, rendered, write_articles

    _save(articles, folder)
    began, cpu = time.perf_counter(), time.process_time()
    with out.open("w", encoding="utf-8") as handle:
        write_articles((rendered(item, timings) for item in article_items([str(folder)])), handle, sys.stderr)
    return time.perf_counter() - began, max(time.process_time() - cpu, 1e-6)


def _save(articles: list[str], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number, text in enumerate(articles):
        (folder / f"{number:06d}.txt").write_text(text, encoding="utf-8")


def _stage_line(timings: dict[str, float], count: int, floor: float) -> str:
    """Where extraction's time goes, in µs per article, against the floor's and five times it."""
    spent = sum(timings.values())
    stages = ", ".join(f"{stage} {seconds / count * 1e6:.0f} ({seconds / spent:.0%})" for stage, seconds in timings.items())
    return (f"stages (µs per article, wall clock): {stages}; the floor takes {floor / count * 1e6:.0f}, "
            f"five times it {5 * floor / count * 1e6:.0f}")


def _map(articles: list[str], store_url: str | None = None) -> tuple[float, float, int]:
    """The app's first map with ``articles`` in its store: seconds to read them back from the store
    (corrections applied, as the app does), seconds to build and render the map, and its size.

    The store is a fresh SQLite file, or ``store_url`` (e.g. postgresql://...), which must hold no articles:
    the ones added here are deleted again after."""
    import tempfile

    from components.store import Store

    with tempfile.TemporaryDirectory() as folder:
        url = store_url or str(Path(folder) / "store.sqlite")
        with Store.open(url) as store:
            if store.articles():
                raise SystemExit(f"bench: the store at {url.split('@')[-1]} already holds articles; give an empty one")
            for number, text in enumerate(articles):
                store.add_article(text=text, source=f"map-{number}.txt")
        try:
            read, drawn, size, _ = read_and_draw(url)
        finally:
            if store_url:
                with Store.open(url) as store:
                    for article in store.articles():
                        store.delete_article(article.id)
    return read, drawn, size


def read_and_draw(url: str | Path) -> tuple[float, float, int, int]:
    """What the app does first with the store at ``url``: seconds to read its articles back (corrections applied),
    seconds to build and render the map, the map's bytes, and how many movements it holds."""
    from components.boundaries import load_areas, load_countries, load_districts
    from components.forms import stored_articles
    from components.mapview import BASE_URL, build_map
    from components.store import Store

    countries, districts, areas = load_countries(), load_districts(), load_areas()
    began = time.perf_counter()
    with Store.open(url) as store:
        stored = stored_articles(store)
    read = time.perf_counter() - began
    began = time.perf_counter()
    folium_map, _ = build_map(stored, countries=countries, districts=districts, areas=areas, base_url=BASE_URL)
    html = folium_map.get_root().render()
    return read, time.perf_counter() - began, len(html.encode("utf-8")), sum(len(a.movements) for a in stored)


def _batch(articles: list[str], workers: int) -> str:
    """Batch extraction of ``articles`` saved as files in a folder (``python -m components extract FOLDER``):
    in this process, then on a Dask LocalCluster of ``workers`` single-threaded processes."""
    import os
    import tempfile

    from components.batch import CHUNK, article_items, dask_client, extract_on, extract_stream, write_articles

    with tempfile.TemporaryDirectory() as folder:
        _save(articles, Path(folder))
        with open(os.devnull, "w", encoding="utf-8") as sink:
            began = time.perf_counter()
            write_articles(extract_stream(article_items([folder])), sink, sink)
            alone = time.perf_counter() - began
            began = time.perf_counter()
            with dask_client(workers=workers) as client:
                started = time.perf_counter() - began
                began = time.perf_counter()
                write_articles(extract_on(client, article_items([folder]), CHUNK), sink, sink)
                spread = time.perf_counter() - began
    count = len(articles)
    return (f"batch over a folder of {count} files: one process {count / alone:.0f} articles/s; Dask LocalCluster of "
            f"{workers} single-threaded workers {count / spread:.0f} articles/s ({alone / spread:.2f}x; chunks of "
            f"{CHUNK} files; the cluster started in {started:.1f} s, not counted)")


def run(count: int = 10_000, map_count: int = 1_000, *, store_url: str | None = None, dask_workers: int = 0,
        batch_count: int = 2_000, browser: bool = False) -> str:
    import tempfile

    startup = _startup()
    articles = corpus(count)
    chars = sum(len(a) for a in articles)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "extraction.json"
        timings: dict[str, float] = {}
        seconds, cpu = _extract(articles, Path(folder) / "articles", out, timings)
        written = out.stat().st_size
    floor, floor_cpu = _floor(articles)
    read_seconds, map_seconds, map_bytes = _map(articles[:map_count], store_url)
    rate = count / seconds
    import components

    code = (f"compiled with Cython ({len(components.COMPILED)} modules; LIBYA_MAP_PURE=1 for pure Python)"
            if components.COMPILED else "pure Python (python scripts/accelerate.py compiles the extractor)")
    lines = [
        f"code: {code}",
        f"corpus: {count} articles, {chars / count:.0f} characters each on average",
        f"start-up (gazetteer, lexicons, patterns): {startup:.3f} s",
        f"extract (`python -m components extract FOLDER --out FILE`'s code: files read, JSON written, one core): "
        f"{rate:.0f} articles/s, {chars / seconds / 1e6:.2f} M chars/s ({seconds:.1f} s, {written / 1e6:.1f} MB of JSON); "
        f"by CPU time {count / cpu:.0f} articles/s",
        f"floor (bare Aho-Corasick over normalised text): {count / floor:.0f} articles/s ({floor:.2f} s); "
        f"by CPU time {count / floor_cpu:.0f} articles/s",
        f"ratio extract / floor: {seconds / floor:.1f}x slower (by CPU time {cpu / floor_cpu:.1f}x; "
        "CPU time is steadier when other jobs share the machine)",
        _stage_line(timings, count, floor),
        f"peak memory (max RSS of this process): {_peak_mb():.0f} MB",
        f"app with {map_count} articles in its {_store_kind(store_url)} store: "
        f"read back in {read_seconds:.2f} s (once, then cached); "
        f"map built and rendered in {map_seconds:.2f} s, {map_bytes / 1e6:.2f} MB sent to the browser "
        f"(and the base geometry, {_base_kb():.0f} KB, fetched once and kept; --browser: the same in Chromium)",
    ]
    if dask_workers:
        lines.append(_batch(articles[:batch_count], dask_workers))
    if browser:
        lines += _browser_lines(map_count)
    return "\n".join(lines)


def _base_kb() -> float:
    from components.mapview import BASE_FILE

    return BASE_FILE.stat().st_size / 1000


def _store_kind(store_url: str | None) -> str:
    return store_url.split(":", 1)[0] if store_url and "://" in store_url else "SQLite"


READY = '[data-testid="stApp"][data-test-script-state="notRunning"]'
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
DRAWN = """() => { const c = document.querySelector('.leaflet-container');
    return c && c.getBoundingClientRect().height > 100 && document.querySelectorAll('.place-pin-icon').length > 0; }"""


def fill_store(path: Path, count: int) -> int:
    """The seeds plus generated articles (dated over 60 days) up to ``count`` articles; how many it holds."""
    from components.forms import ingest_seeds
    from components.store import Store

    with Store.open(path) as store:
        ingest_seeds(store, sorted((ROOT / "seeds").glob("*.txt")))
        for number, text in enumerate(corpus(max(0, count - 5))):
            published = f"2026-{9 + number % 2:02d}-{1 + number % 28:02d}"
            store.add_article(text=text, source=f"bench-{number}.txt", published=published)
        return len(store.articles())


APP_COMMANDS = {  # how the app is started: as README says, and Streamlit's own command, which does not warm up
    "python -m components app": ["-m", "components", "app"],
    "streamlit run app.py": ["-m", "streamlit", "run", "app.py"],
}


def in_browser(path: Path, command: str = "python -m components app") -> list[tuple[str, float, int]]:
    """The app started by ``command`` (one of APP_COMMANDS) over the store at ``path`` and, once it is up (and
    warmed up, for README's command), opened twice in headless Chromium (Debian's ``chromium``, with playwright
    from the dev requirements): for each visit, the seconds from opening the page to the map drawn (Leaflet
    container with height and its place markers) and the bytes received over the app's websocket (the page, map
    included). A first line gives the warm-up's seconds, where there was one."""
    import os
    import shutil
    import socket
    import subprocess
    import sys
    import threading
    import urllib.request

    from playwright.sync_api import sync_playwright

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = subprocess.Popen(
        [sys.executable, *APP_COMMANDS[command], "--server.headless", "true", "--server.port", str(port)],
        cwd=ROOT, env={**os.environ, "LIBYA_MAP_STORE": str(path)}, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, encoding="utf-8",
    )
    printed: list[str] = []
    reader = threading.Thread(target=lambda: printed.extend(app.stdout), daemon=True)  # drained: never blocks
    reader.start()
    figures = []
    try:
        began = time.perf_counter()
        for _ in range(300):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        if command == "python -m components app":
            while not any("Warm" in line for line in printed) and time.perf_counter() - began < 300:
                time.sleep(0.1)
            said = next((line.strip() for line in printed if "Warm" in line), "no word of the warm-up")
            figures.append((f"warm-up: {said}", time.perf_counter() - began, 0))
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=shutil.which("chromium"),
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
            )
            for visit in ("first visit", "second visit"):
                page = browser.new_page(viewport={"width": 1920, "height": 1080})
                received = [0]
                page.on("websocket", lambda ws, got=received: ws.on(
                    "framereceived", lambda payload: got.__setitem__(0, got[0] + len(
                        payload if isinstance(payload, bytes) else payload.encode()))))
                began = time.perf_counter()
                page.goto(f"http://127.0.0.1:{port}/")
                page.wait_for_selector(MAP_FRAME, timeout=300_000)
                frame = page.frame_locator(MAP_FRAME).locator("body").element_handle(timeout=300_000).owner_frame()
                frame.wait_for_function(DRAWN, timeout=300_000)
                seconds = time.perf_counter() - began
                page.wait_for_selector(READY, timeout=300_000)
                figures.append((visit, seconds, received[0]))
                page.close()
            browser.close()
    finally:
        app.terminate()
        app.wait(timeout=30)
    return figures


def _browser_lines(count: int) -> list[str]:
    import tempfile

    lines = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "store.sqlite"
        stored = fill_store(path, count)
        for command in APP_COMMANDS:
            for visit, seconds, received in in_browser(path, command):
                if visit.startswith("warm-up"):
                    lines.append(f"app started by `{command}`: up and warmed up {seconds:.2f} s after starting "
                                 f"({visit.split(': ', 1)[1]})")
                else:
                    lines.append(f"app in Chromium with {stored} articles in its store, started by `{command}`, "
                                 f"{visit}: map drawn {seconds:.2f} s after opening the page; {received / 1e6:.2f} "
                                 "MB received over the app's websocket")
    return lines
