"""The app's script runs end to end on the seeds (AppTest: the map itself is an opaque component)."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components.forms import is_not_placed, stored_articles
from components.records import Article
from components.store import Store
from tests.conftest import ROOT, seeded_store


@pytest.fixture
def store_path(tmp_path, monkeypatch) -> Path:
    """A fresh store holding the seeds; the app reads it through LIBYA_MAP_DATA_DIR."""
    monkeypatch.setenv("LIBYA_MAP_DATA_DIR", str(tmp_path))
    return seeded_store(tmp_path)


def shown_articles(store_path: Path) -> list[Article]:
    with Store.open(store_path) as store:
        return stored_articles(store)


def run_app() -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    return app.run()


def test_app_runs_and_lists_movements_and_unresolved(store_path):
    app = run_app()
    assert not app.exception
    articles = shown_articles(store_path)
    movements = sum(len(article.movements) for article in articles)
    unresolved = sum(1 for article in articles for mention in article.mentions if is_not_placed(mention))
    headings = [element.value for element in app.markdown]
    assert f"#### Movements ({movements})" in headings
    assert f"#### Not placed ({unresolved})" in headings
    html = "".join(headings)
    assert html.count('<span class="movement-label">') == movements
    if unresolved:
        assert html.count('<li class="unresolved-item">not placed: ') >= 1
    else:
        assert '<p class="panel-empty">Every mention was placed.</p>' in html


def test_app_article_selector_narrows_the_panel(store_path):
    app = run_app()
    articles = shown_articles(store_path)
    first = articles[0]
    app.selectbox(key="focus").select(first.id).run()
    assert not app.exception
    html = "".join(element.value for element in app.markdown)
    assert f"#### Movements ({len(first.movements)})" in html
    assert html.count('<span class="movement-label">') == len(first.movements)
    assert all(f"<code>{other.id}</code>" not in html for other in articles[1:])
