"""The app's script runs end to end on the seeds (AppTest: the map itself is an opaque component)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components.forms import add_pasted, is_not_placed
from components.panel import PAGE_SIZE
from components.store import Store
from tests.conftest import ROOT, page_text_elements, read_back


def run_app() -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    return app.run()


def test_app_runs_and_lists_movements_and_unresolved(store_path):
    app = run_app()
    assert not app.exception
    articles = read_back(store_path)
    movements = sum(len(article.movements) for article in articles)
    unresolved = sum(1 for article in articles for mention in article.mentions if is_not_placed(mention))
    headings = [element.value for element in page_text_elements(app)]
    assert f"#### Movements ({movements})" in headings
    assert f"#### Not placed ({unresolved})" in headings
    html = "".join(headings)
    assert html.count('<span class="movement-label">') == min(movements, PAGE_SIZE)  # the first page
    if unresolved:
        assert html.count('<li class="unresolved-item">not placed: ') >= 1
    else:
        assert '<p class="panel-empty">Every mention was placed.</p>' in html


def test_app_article_selector_narrows_the_panel(store_path):
    app = run_app()
    articles = read_back(store_path)
    first = articles[0]
    app.selectbox(key="focus").select(first.id).run()
    assert not app.exception
    html = "".join(element.value for element in page_text_elements(app))
    assert f"#### Movements ({len(first.movements)})" in html
    assert html.count('<span class="movement-label">') == min(len(first.movements), PAGE_SIZE)
    assert all(f"<code>{other.id}</code>" not in html for other in articles[1:])


@pytest.fixture
def dated_store(store_path) -> Path:
    """The seeds (undated) and two articles published a week apart."""
    with Store.open(store_path) as store:
        add_pasted(store, text="وصلت قوات الجيش الوطني الليبي إلى سبها أمس.", title="LNA in Sabha",
                   published="2020-06-12", source_url=None)
        add_pasted(store, text="وصلت قوات الوفاق إلى سرت قادمة من مصراتة.", title="GNA in Sirte",
                   published="2020-06-19", source_url=None)
    return store_path


def panel_movements(app: AppTest) -> str:
    return next(e.value for e in page_text_elements(app) if e.value.startswith("#### Movements"))


def test_app_time_step_and_date_range_narrow_the_view(dated_store):
    app = run_app()
    assert not app.exception
    total = sum(len(a.movements) for a in read_back(dated_store))
    assert panel_movements(app) == f"#### Movements ({total})"
    slider = app.select_slider(key="time-step")
    assert list(slider.options) == ["2020-06-11", "2020-06-19"]  # أمس: the day before publication
    slider.set_value("2020-06-11").run()
    assert not app.exception
    assert panel_movements(app) == "#### Movements (1)"  # undated seeds drop out once time is narrowed
    assert app.query_params["until"] in ("2020-06-11", ["2020-06-11"])
    assert not app.date_input  # the Filters popover builds its fields only when opened
    app.session_state["filters"] = True  # as an analyst opens it
    app.run()
    app.date_input(key="filter-dates").set_value((dt.date(2020, 6, 13), dt.date(2020, 6, 19))).run()
    assert not app.exception
    # one day left in the range: no slider, and its movement shows
    assert not app.select_slider
    assert panel_movements(app) == "#### Movements (1)"
    assert "until" not in app.query_params and app.query_params["from"] in ("2020-06-13", ["2020-06-13"])


def test_app_opens_the_view_a_url_names(dated_store):
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.query_params["from"] = "2020-06-15"
    app.query_params["status"] = "reported"
    app.run()
    assert not app.exception
    assert panel_movements(app) == "#### Movements (1)"
    app.session_state["filters"] = True  # opened, the Filters popover shows what the URL asked for
    app.run()
    assert app.multiselect(key="filter-status").value == ["reported"]
    assert panel_movements(app) == "#### Movements (1)"


def test_app_briefing_from_the_url_hides_the_editing_chrome(store_path):
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.query_params["briefing"] = "1"
    app.query_params["step"] = "2"
    app.run()
    assert not app.exception
    total = sum(len(a.movements) for a in read_back(store_path))
    html = "".join(e.value for e in page_text_elements(app))
    assert f"Movement 2 of {total}" in html
    assert "Add articles" not in [h.value for h in app.header]
    assert app.toggle(key="briefing").value
    app.button(key="briefing-next").click().run()
    assert f"Movement 3 of {total}" in "".join(e.value for e in page_text_elements(app))


def test_app_pages_a_long_list_of_movements_with_labels_that_filters_keep(store_path):
    """With more movements than a page holds, the panel shows 10 at a time with ‹ ›; a filter keeps each
    movement's label (the number it has among all of its article's movements)."""
    from components.bench import corpus

    with Store.open(store_path) as store:
        for number, text in enumerate(corpus(12, seed=3)):
            store.add_article(text=text, source=f"generated-{number}.txt")
    articles = read_back(store_path)
    total = sum(len(a.movements) for a in articles)
    assert total > 40
    app = run_app()
    assert not app.exception
    captions = [c.value for c in app.caption]
    assert PAGE_SIZE == 10
    assert f"1–10 of {total} · page 1 of {-(-total // 10)}" in captions
    app.button(key="page-None-next").click().run()
    assert f"11–20 of {total} · page 2 of {-(-total // 10)}" in [c.value for c in app.caption]
    blocks = [m.value for m in page_text_elements(app) if m.value.startswith('<div class="excerpt">')]
    assert len(blocks) == 10

    # Filtered to denied moves, the first one keeps the label it has in the unfiltered list.
    denied = [(n, i) for n, a in enumerate(articles, start=1) for i, m in enumerate(a.movements) if m.status == "denied"]
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.query_params["status"] = "denied"
    app.run()
    assert any(index > 0 for _, index in denied)  # so the filtered positions differ from the labels
    shown_html = "".join(m.value for m in page_text_elements(app))
    assert all(f">{n}.{index + 1}<" in shown_html for n, index in denied[:PAGE_SIZE])
