"""The app with N articles in its store, measured in a real browser (Debian's chromium). Figures only.

    python scripts/bench_app.py [--articles 1000] [--keep DIR]

Prints: the time to load the store's articles and build and render the map in-process; then, with
`streamlit run app.py` over that store, the time from opening the page to the map drawn (Leaflet
container with height and its place markers) in headless Chromium, cold (first visit after start)
and warm (a second visit), and the bytes the app sent over its websocket for the page, map included.
Needs the dev requirements (playwright) and chromium, like the browser tests.
"""
from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from components.bench import corpus  # noqa: E402
from components.boundaries import load_areas, load_countries, load_districts  # noqa: E402
from components.forms import ingest_seeds, stored_articles  # noqa: E402
from components.mapview import build_map  # noqa: E402
from components.store import Store  # noqa: E402

READY = '[data-testid="stApp"][data-test-script-state="notRunning"]'
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
DRAWN = """() => { const c = document.querySelector('.leaflet-container');
    return c && c.getBoundingClientRect().height > 100 && document.querySelectorAll('.place-pin-icon').length > 0; }"""


def fill_store(path: Path, count: int) -> int:
    """The seeds plus generated articles (dated over 60 days) up to ``count`` articles."""
    with Store.open(path) as store:
        ingest_seeds(store, sorted((ROOT / "seeds").glob("*.txt")))
        for number, text in enumerate(corpus(count - 5)):
            published = f"2026-{9 + number % 2:02d}-{1 + number % 28:02d}"
            store.add_article(text=text, source=f"bench-{number}.txt", published=published)
        return len(store.articles())


def in_process(path: Path) -> tuple[float, int, int]:
    began = time.perf_counter()
    with Store.open(path) as store:
        articles = stored_articles(store)
    folium_map, _ = build_map(articles, countries=load_countries(), districts=load_districts(), areas=load_areas())
    html = folium_map.get_root().render()
    return time.perf_counter() - began, len(html.encode("utf-8")), sum(len(a.movements) for a in articles)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _Counter:
    """Bytes of the websocket frames the page received."""

    def __init__(self):
        self.bytes = 0

    def add(self, payload) -> None:
        self.bytes += len(payload if isinstance(payload, bytes) else payload.encode())


def in_browser(path: Path) -> list[tuple[str, float, int]]:
    from playwright.sync_api import sync_playwright

    port = _free_port()
    env = {**os.environ, "LIBYA_MAP_STORE": str(path)}
    app = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    figures = []
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=shutil.which("chromium"),
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
            )
            for visit in ("cold (first visit: the server opens the store)", "warm (second visit)"):
                page = browser.new_page(viewport={"width": 1920, "height": 1080})
                received = _Counter()
                page.on("websocket", lambda ws, counter=received: ws.on("framereceived", counter.add))
                began = time.perf_counter()
                page.goto(f"http://127.0.0.1:{port}/")
                page.wait_for_selector(MAP_FRAME, timeout=300_000)
                frame = page.frame_locator(MAP_FRAME).locator("body").element_handle(timeout=300_000).owner_frame()
                frame.wait_for_function(DRAWN, timeout=300_000)
                seconds = time.perf_counter() - began
                page.wait_for_selector(READY, timeout=300_000)
                figures.append((visit, seconds, received.bytes))
                page.close()
            browser.close()
    finally:
        app.terminate()
        app.wait(timeout=30)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="build the store in this folder and keep it")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-app-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "store.sqlite"
    try:
        began = time.perf_counter()
        stored = fill_store(path, args.articles) if not path.exists() else None
        if stored is not None:
            print(f"store: {stored} articles added and extracted in {time.perf_counter() - began:.1f} s")
        seconds, size, movements = in_process(path)
        print(f"in-process: store read + map built and rendered in {seconds:.2f} s; map HTML {size / 1e6:.2f} MB "
              f"for {movements} movements")
        for visit, seconds, received in in_browser(path):
            print(f"browser, {visit}: map drawn {seconds:.2f} s after opening the page; "
                  f"{received / 1e6:.2f} MB received over the app's websocket")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
