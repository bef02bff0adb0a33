"""Shared fixtures: a tiny hand-made article set and boundary frames, and a running app for the browser."""
from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import box

from components.forms import ingest_seeds
from components.records import Actor, Article, Mention, Movement, Place, Span
from components.store import Store

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"

SABHA = Place("sabha", "Sabha", "سبها", "city", "LY", 27.03766, 14.42832)
UBARI = Place("ubari", "Ubari", "أوباري", "town", "LY", 26.59034, 12.77511)
GHAT = Place("ghat", "Ghat", "غات", "town", "LY", 24.96334, 10.18003)
SIRTE = Place("sirte", "Sirte", "سرت", "city", "LY", 31.20892, 16.58866)
MISRATA = Place("misrata", "Misrata", "مصراتة", "city", "LY", 32.37535, 15.09254)
GHADAMES = Place("ghadames", "Ghadames", "غدامس", "town", "LY", 30.13366, 9.50072)
WADI_SHATI = Place("ly-ws", "Wadi al Shatii", "الشاطئ", "district", "LY", 27.7, 13.6, area="LY-WS")

EVIL = "<script>alert(1)</script> <img src=x onerror=alert(1)> `${alert(1)}` \\x {{ 'sst' ~ 'i!' }} {% if 1 %}jinja{% endif %}"


def mention(text: str, surface: str, place: Place | None, *, occurrence: int = 0, reason: str = "gazetteer") -> Mention:
    """A mention of ``surface`` at its ``occurrence``-th position in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, place, 0.9 if place else 0.0, reason)


def span(text: str, surface: str) -> Span:
    start = text.index(surface)
    return Span(start, start + len(surface), surface)


def sentence(text: str, first_words: str) -> Span:
    start = text.index(first_words)
    end = text.index(".", start) + 1
    return Span(start, end, text[start:end])


def make_articles() -> list[Article]:
    text_a = (
        "تحركات في الجنوب\n"
        "وصلت القوات من أوباري إلى سبها أمس. "
        "وتخطط الوحدات للتقدم من مصراتة نحو سرت. "
        "ونفى المتحدث التوجه إلى غدامس. "
        "وانتشرت وحدات في الشاطئ وسبها وأبوكماش."
    )
    sabha_1 = mention(text_a, "سبها", SABHA)
    sabha_2 = mention(text_a, "سبها", SABHA, occurrence=1)
    ubari = mention(text_a, "أوباري", UBARI)
    misrata = mention(text_a, "مصراتة", MISRATA)
    sirte = mention(text_a, "سرت", SIRTE)
    ghadames = mention(text_a, "غدامس", GHADAMES)
    shati = mention(text_a, "الشاطئ", WADI_SHATI)
    unknown = mention(text_a, "أبوكماش", None, reason="no gazetteer entry")
    article_a = Article(
        id="a1", source="fixture", text=text_a,
        mentions=(ubari, sabha_1, misrata, sirte, ghadames, shati, sabha_2, unknown),
        movements=(
            Movement("deploy", "reported", Actor("القوات", "LNA"), (ubari,), (sabha_1,), (),
                     sentence(text_a, "وصلت"), 0.9, span(text_a, "وصلت")),
            Movement("advance", "planned", Actor("الوحدات", None), (misrata,), (sirte,), (),
                     sentence(text_a, "وتخطط"), 0.8, span(text_a, "وتخطط")),
            Movement("advance", "denied", None, (), (ghadames,), (),
                     sentence(text_a, "ونفى"), 0.7, span(text_a, "ونفى")),
        ),
    )

    text_b = f"خبر عاجل {EVIL}\nوصلت تعزيزات من سبها إلى غات ({EVIL})."
    sabha_b = mention(text_b, "سبها", SABHA)
    ghat_b = mention(text_b, "غات", GHAT)
    hostile_place = Place("evil", EVIL, EVIL, "town", "LY", 25.5, 17.0)
    evil_start = text_b.index(EVIL)
    evil_mention = Mention(evil_start, evil_start + len(EVIL), EVIL, hostile_place, 0.5, EVIL)
    evil_unresolved = Mention(evil_start, evil_start + len(EVIL), EVIL, None, 0.0, f"reason {EVIL}")
    article_b = Article(
        id="b2", source="fixture", text=text_b,
        mentions=(evil_mention, sabha_b, ghat_b, evil_unresolved),
        movements=(
            Movement("deploy", "conditional", Actor(EVIL, None), (sabha_b,), (ghat_b,), (),
                     sentence(text_b, "وصلت"), 0.6, span(text_b, "وصلت"), attributed_to=EVIL),
        ),
    )
    return [article_a, article_b]


@pytest.fixture
def articles() -> list[Article]:
    return make_articles()


@pytest.fixture
def boundaries() -> dict[str, gpd.GeoDataFrame]:
    countries = gpd.GeoDataFrame(
        {"id": ["LY", "DZ"], "name": ["Libya", "Algeria"], "name_ar": ["ليبيا", "الجزائر"],
         "iso_a2": ["LY", "DZ"]},
        geometry=[box(9.3, 19.5, 25.2, 33.2), box(-8.7, 19.0, 9.3, 37.1)], crs="EPSG:4326",
    )
    districts = gpd.GeoDataFrame(
        {"id": ["LY-SB", "LY-WS"], "name": ["Sabha", "Wadi al Shatii"], "name_ar": ["سبها", "الشاطئ"]},
        geometry=[box(13.0, 25.5, 16.0, 27.3), box(11.0, 27.3, 15.5, 28.5)], crs="EPSG:4326",
    )
    areas = districts.set_index("id", drop=False)
    return {"countries": countries, "districts": districts, "areas": areas}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_app(data_dir: Path, log_name: str = "streamlit.log", *, address: str | None = "127.0.0.1",
                env: dict[str, str] | None = None):
    """The app started as README says (``python -m components app``: ``streamlit run app.py``, warmed up) on a
    free port over the store in ``data_dir``; yields its URL, stops it after.

    ``address=None`` listens on every interface, as README's command does; ``env`` adds to its environment."""
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LIBYA_MAP_DATA_DIR": str(data_dir), **(env or {})}
    ARTIFACTS.mkdir(exist_ok=True)
    log = open(ARTIFACTS / log_name, "w", encoding="utf-8")  # noqa: SIM115 (closed below)
    process = subprocess.Popen(
        [sys.executable, "-m", "components", "app", "--server.headless", "true", "--server.port", str(port),
         *(("--server.address", address) if address else ())],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never through a proxy ``env`` names
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with direct.open(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                output = (ARTIFACTS / log_name).read_text(encoding="utf-8")
                pytest.fail(f"streamlit did not come up on {url}:\n{output}")
            time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def seeded_store(data_dir: Path) -> Path:
    """A store in ``data_dir`` holding the seeds exactly as the app adds them; returns the store's path."""
    path = data_dir / "store.sqlite3"
    with Store.open(path) as store:
        ingest_seeds(store, sorted(ROOT.glob("seeds/*.txt")))
    return path


@pytest.fixture(scope="session")
def app_store_path(tmp_path_factory) -> Path:
    """The store the session's app reads: a fresh one with the seeds, never the developer's ./.data."""
    return seeded_store(tmp_path_factory.mktemp("app-data"))


@pytest.fixture(scope="session")
def app_url(app_store_path):
    """The app over ``app_store_path``, stopped after the session."""
    with running_app(app_store_path.parent) as url:
        yield url


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium")
    assert path, "Debian's chromium is required: apt-get install -y chromium fonts-noto-core"
    return path


CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]


@pytest.fixture(scope="module")
def browser(chromium_path):
    """Debian's chromium driven by Playwright, one per test module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def restarted_app(timeout: float = 90):
    """A new session of the app with nothing cached (store, articles), as after ``streamlit run`` restarts."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    st.cache_data.clear()
    st.cache_resource.clear()
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout).run()
    assert not app.exception
    return app


@pytest.fixture
def store_path(tmp_path, monkeypatch) -> Path:
    """A fresh store holding the seeds, which the app under AppTest reads through LIBYA_MAP_DATA_DIR."""
    monkeypatch.setenv("LIBYA_MAP_DATA_DIR", str(tmp_path))
    return seeded_store(tmp_path)


def read_back(store_path: Path) -> list[Article]:
    """The articles the app shows from the store at ``store_path``: corrections applied."""
    from components.forms import stored_articles

    with Store.open(store_path) as store:
        return stored_articles(store)


def page_text_elements(app) -> list:
    """The page's Markdown and HTML elements in the order they are drawn (the panel's excerpts are HTML
    elements; headings and notes are Markdown)."""
    found = []

    def walk(node) -> None:
        for child in getattr(node, "children", {}).values():
            if getattr(child, "type", None) in ("markdown", "html"):
                found.append(child)
            walk(child)

    walk(app.main)
    walk(app.sidebar)
    return found
