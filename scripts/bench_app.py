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
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from components.bench import fill_store, in_browser, read_and_draw  # noqa: E402


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
        read, drawn, size, movements = read_and_draw(path)
        seconds = read + drawn
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
