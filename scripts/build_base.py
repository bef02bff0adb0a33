"""Write static/base.json: the map's base geometry (land, borders, Libya's districts) as the app's maps fetch
it, made from data/boundaries/ by components.mapview (clipped to the map's reach, simplified by ~1 km).

    python scripts/build_base.py

Run it after rebuilding the boundaries or changing how mapview prepares them; tests/test_mapview.py checks
that the committed file is what this writes.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from components.boundaries import load_countries, load_districts  # noqa: E402
from components.mapview import BASE_FILE, base_json  # noqa: E402


def main() -> None:
    BASE_FILE.write_text(base_json(load_countries(), load_districts()), encoding="utf-8")
    print(f"wrote {BASE_FILE.relative_to(ROOT)} ({BASE_FILE.stat().st_size / 1000:.0f} KB)")


if __name__ == "__main__":
    main()
