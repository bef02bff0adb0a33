"""The app's script runs end to end on the seeds (AppTest: the map itself is an opaque component)."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from components.pipeline import extract_files

ROOT = Path(__file__).resolve().parent.parent


def run_app() -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    return app.run()


def test_app_runs_and_lists_movements_and_unresolved():
    app = run_app()
    assert not app.exception
    articles = extract_files(sorted(str(path) for path in ROOT.glob("seeds/*.txt")))
    movements = sum(len(article.movements) for article in articles)
    unresolved = sum(1 for article in articles for mention in article.mentions if mention.place is None)
    headings = [element.value for element in app.markdown]
    assert f"#### Movements ({movements})" in headings
    assert f"#### Not placed ({unresolved})" in headings
    html = "".join(headings)
    assert html.count('<span class="movement-label">') == movements
    if unresolved:
        assert html.count('<li class="unresolved-item">not placed: ') >= 1
    else:
        assert '<p class="panel-empty">Every mention was placed.</p>' in html


def test_app_article_selector_narrows_the_panel():
    app = run_app()
    articles = extract_files(sorted(str(path) for path in ROOT.glob("seeds/*.txt")))
    first = articles[0]
    app.selectbox(key="focus").select(first.id).run()
    assert not app.exception
    html = "".join(element.value for element in app.markdown)
    assert f"#### Movements ({len(first.movements)})" in html
    assert html.count('<span class="movement-label">') == len(first.movements)
    assert all(f"<code>{other.id}</code>" not in html for other in articles[1:])
