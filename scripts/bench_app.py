"""The app with N articles in its store, measured in a real browser (Debian's chromium). Figures only.

    python scripts/bench_app.py [--articles 1000] [--keep DIR]

Prints: the time to load the store's articles and build and render the map in-process; then, with the app
over that store started as README says (`python -m components app`, warmed up) and as `streamlit run app.py`,
the time from opening the page to the map drawn (Leaflet container with height and its place markers) in
headless Chromium, on the first visit after the start and on a second one, and the bytes the app sent over its
websocket for the page, map included.
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

from components.bench import APP_COMMANDS, fill_store, in_browser, read_and_draw  # noqa: E402


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
        for command in APP_COMMANDS:
            for visit, seconds, received in in_browser(path, command):
                if visit.startswith("warm-up"):
                    print(f"`{command}`: up and warmed up {seconds:.2f} s after starting")
                    continue
                print(f"browser, `{command}`, {visit}: map drawn {seconds:.2f} s after opening the page; "
                      f"{received / 1e6:.2f} MB received over the app's websocket")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
