"""The app over the persistent store (AppTest): seeds on first start, pasting articles, and the queue of
names not placed, whose answers survive a restart and apply to later articles. Plus the pure form helpers."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components import forms
from components.panel import selection_html
from components.records import Place
from components.store import Store, surface_key
from tests.conftest import ROOT, restarted_app

SEED_IDS = sorted(path.stem for path in ROOT.glob("seeds/*.txt"))
TAZRUK_ARTICLE = "وصلت قوات إلى بلدة تازروك أمس."
LATER_ARTICLE = "وانسحبت الوحدات من بلدة تازروك صباح اليوم."


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("LIBYA_MAP_DATA_DIR", str(tmp_path))
    return tmp_path


def paste(app: AppTest, text: str) -> AppTest:
    """Open the sidebar's 'Add articles' popover (its forms are built only then), paste ``text`` and add it."""
    app.session_state["add-articles"] = True
    app.run()
    app.text_area(key="paste-text").input(text)
    app.button(key="paste-add").click().run()
    assert not app.exception
    return app


def stored(data_dir: Path) -> Store:
    return Store.open(data_dir / "store.sqlite3")


TAZRUK_IN_QUEUE = "تازروك ×1 · no gazetteer entry"


def queue_form(app: AppTest, name: str = TAZRUK_IN_QUEUE) -> str:
    """Choose ``name`` in the queue; returns the prefix of its form's widget keys."""
    names = app.selectbox(key="queue-name")
    names.select_index(names.options.index(name)).run()
    app.session_state["queue-place"] = True  # open 'Place this name…': its form is built only then
    app.run()
    assert not app.exception
    (key,) = [box.key[: -len("-place")] for box in app.selectbox if box.key.startswith("queue-") and box.key.endswith("-place")]
    return key


def not_placed(data_dir: Path) -> int:
    """How many names the queue should list for the stored articles."""
    with stored(data_dir) as store:
        return len(forms.not_placed_queue(forms.stored_articles(store)))


def test_app_store_opens_on_the_five_seeds(data_dir):
    app = restarted_app()
    options = app.selectbox(key="focus").options
    assert options[0] == "All articles"
    assert [option.split(" · ", 1)[0] for option in options[1:]] == ["1", "2", "3", "4", "5"]
    with stored(data_dir) as store:
        assert [article.id for article in store.articles()] == SEED_IDS
    assert app.caption[0].value.startswith("5 article(s) · ")


def test_app_store_seeds_are_added_once(data_dir):
    restarted_app()
    restarted_app()
    with stored(data_dir) as store:
        assert [article.id for article in store.articles()] == SEED_IDS


def test_app_store_paste_adds_then_recognises_the_duplicate(data_dir):
    app = paste(restarted_app(), TAZRUK_ARTICLE)
    with stored(data_dir) as store:
        articles = store.articles()
    assert len(articles) == 6
    new_id = articles[-1].id
    assert [message.value for message in app.success] == [forms.plain(f"The pasted text: added as {new_id}.")]
    assert len(app.selectbox(key="focus").options) == 1 + 6
    assert app.selectbox(key="focus").options[-1] == f"6 · {TAZRUK_ARTICLE}"
    assert app.caption[0].value.startswith("6 article(s) · ")

    paste(app, TAZRUK_ARTICLE)
    assert [message.value for message in app.info] == [
        forms.plain(f"The pasted text: already stored as {new_id}; not added again.")
    ]
    assert app.success.len == 0
    with stored(data_dir) as store:
        assert len(store.articles()) == 6


def test_app_store_paste_without_arabic_is_refused(data_dir):
    app = paste(restarted_app(), "<script>alert(1)</script> no Arabic here")
    assert [message.value for message in app.error] == [
        forms.plain("The pasted text contains no Arabic text; this tool reads Arabic news.")
    ]
    with stored(data_dir) as store:
        assert len(store.articles()) == 5


def test_app_store_queue_resolution_survives_restart_and_applies_to_later_articles(data_dir):
    app = restarted_app()
    seeds_not_placed = not_placed(data_dir)
    paste(app, TAZRUK_ARTICLE)
    assert [header.value for header in app.header] == [
        "Add articles", f"Not placed ({seeds_not_placed + 1})", "Movement corrections (0)"]
    assert TAZRUK_IN_QUEUE in app.selectbox(key="queue-name").options
    form = queue_form(app)
    app.number_input(key=f"{form}-lat").set_value(26.25)
    app.number_input(key=f"{form}-lon").set_value(13.5)
    app.text_input(key=f"{form}-name").input("Tazruk")
    app.text_input(key=f"{form}-note").input("field report")
    app.button(key=f"{form}-save").click().run()
    assert not app.exception
    assert [message.value for message in app.toast] == [forms.plain("Saved: تازروك → Tazruk.")]
    assert [header.value for header in app.header] == ["Add articles", f"Not placed ({seeds_not_placed})",
                                                       "Movement corrections (0)"]
    assert TAZRUK_IN_QUEUE not in app.selectbox(key="queue-name").options

    with stored(data_dir) as store:
        (resolution,) = store.place_resolutions()
    assert (resolution.surface_key, resolution.article_id, resolution.note) == (surface_key("تازروك"), None, "field report")
    assert {key: resolution.place[key] for key in ("name", "name_ar", "kind", "country", "lat", "lon")} == {
        "name": "Tazruk", "name_ar": "تازروك", "kind": "town", "country": "LY", "lat": 26.25, "lon": 13.5,
    }

    app = restarted_app()  # restart: nothing cached
    assert [header.value for header in app.header] == ["Add articles", f"Not placed ({seeds_not_placed})",
                                                       "Movement corrections (0)"]
    paste(app, LATER_ARTICLE)
    assert [header.value for header in app.header] == ["Add articles", f"Not placed ({seeds_not_placed})",
                                                       "Movement corrections (0)"]
    with stored(data_dir) as store:
        later = forms.stored_articles(store)[-1]
    assert later.text == LATER_ARTICLE
    (mention,) = later.mentions
    assert (mention.text, mention.place.name, mention.place.lat, mention.place.lon, mention.reason) == (
        "تازروك", "Tazruk", 26.25, 13.5, "analyst: field report",
    )
    assert later.movements and later.movements[0].origins[0].place.name == "Tazruk"


def test_app_store_queue_refuses_an_empty_answer(data_dir):
    app = paste(restarted_app(), TAZRUK_ARTICLE)
    form = queue_form(app)
    app.button(key=f"{form}-save").click().run()
    assert [message.value for message in app.error] == [
        forms.plain("Choose one: a place from the list, coordinates, or 'not a place'.")
    ]
    with stored(data_dir) as store:
        assert store.place_resolutions() == []


def test_app_store_queue_picks_a_gazetteer_place_for_one_article_only(data_dir):
    app = paste(restarted_app(), TAZRUK_ARTICLE)
    form = queue_form(app)
    picker = app.selectbox(key=f"{form}-place")
    sabha = next(option for option in picker.options if option.startswith("سبها · Sabha (city"))
    picker.select_index(picker.options.index(sabha))  # options are shown as labels; the value is the place id
    with stored(data_dir) as store:
        new_id = store.articles()[-1].id
    app.selectbox(key=f"{form}-scope").select(new_id)
    app.button(key=f"{form}-save").click().run()
    assert not app.exception
    with stored(data_dir) as store:
        (resolution,) = store.place_resolutions()
        assert (resolution.article_id, resolution.place["name"]) == (new_id, "Sabha")
        store.add_article(text=LATER_ARTICLE, source="later")
        later = forms.stored_articles(store)[-1]
    assert later.mentions[0].place is None  # the answer was for one article only


def test_app_store_panel_marks_a_corrected_place(data_dir):
    with stored(data_dir) as store:
        forms.ingest_seeds(store, sorted(ROOT.glob("seeds/*.txt")))
        articles = forms.stored_articles(store)
        place = next(m.place for a in articles for m in a.mentions if m.place is not None and m.place.kind == "city")
        surface = next(m.text for a in articles for m in a.mentions if m.place == place)
        store.resolve_place(surface, {**forms.place_to_json(place), "id": "corrected"}, note="checked <b>map</b>")
        corrected = forms.stored_articles(store)
    numbers = {article.id: position for position, article in enumerate(corrected, start=1)}
    html = selection_html(corrected, ("place", "corrected"), numbers)
    assert '<div class="corrected-note" dir="ltr">✎ corrected by an analyst: checked &lt;b&gt;map&lt;/b&gt;</div>' in html
    assert '<mark class="hl-focus hl-corrected">' in html


# Pure helpers


@pytest.mark.parametrize("text, shown", [
    ("![x](http://example.com/x.png).txt", r"\!\[x\]\(http\:\/\/example\.com\/x\.png\)\.txt".replace(r"\/", "/")),
    ("<b>bold</b> $x$ `code`", r"\<b\>bold\<\/b\> \$x\$ \`code\`".replace(r"\/", "/")),
    (":red[alert] line\nbreak", r"\:red\[alert\] line break"),
])
def test_forms_plain_escapes_markdown(text, shown):
    assert forms.plain(text) == shown


def test_forms_resolution_from_coordinates_and_refusals():
    place = forms.resolution("تازروك", lat=26.25, lon=13.5, name=" Tazruk ", kind="village")
    assert {k: place[k] for k in ("name", "name_ar", "kind", "country", "lat", "lon", "area")} == {
        "name": "Tazruk", "name_ar": "تازروك", "kind": "village", "country": "LY", "lat": 26.25, "lon": 13.5, "area": None,
    }
    assert re.fullmatch(r"analyst:[0-9a-f]{10}", place["id"])
    assert forms.resolution("تازروك", not_a_place=True) is None
    with pytest.raises(ValueError, match="Enter both latitude and longitude"):
        forms.resolution("تازروك", lat=26.0)
    with pytest.raises(ValueError, match="Choose one"):
        forms.resolution("تازروك", not_a_place=True, lat=26.0, lon=13.0)


def test_forms_place_choices_puts_candidates_then_matching_names_first():
    ghat = Place("ghat", "Ghat", "غات", "town", "LY", 24.96, 10.18)
    sabha = Place("sabha", "Sabha", "سبها", "city", "LY", 27.03, 14.42)
    sabha_district = Place("district:LY-SB", "Sabha", "سبها", "district", "LY", 27.0, 15.0)
    lyon = Place("lyon", "Lyon", "ليون", "city", "FR", 45.7, 4.8, population=500_000)
    choices = forms.place_choices("بسبها", (sabha_district,), [ghat, lyon, sabha, sabha_district])
    assert [place.id for place in choices] == ["district:LY-SB", "sabha", "ghat", "lyon"]


def test_forms_add_upload_reports_every_file_and_goes_on_after_a_bad_one(tmp_path):
    with Store.open(tmp_path / "store.sqlite3") as store:
        good = forms.add_upload(store, name="report.txt", data="وصلت قوات إلى سبها.".encode(), published="2026-11-01")
        image = forms.add_upload(store, name="<img src=x>.png.txt", data=b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
        again = forms.add_upload(store, name="copy.txt", data="وصلت  قوات إلى سبها.".encode())
        html = forms.add_upload(store, name="page.html", data="<html><title>عنوان</title><p>انسحبت القوات من غات</p>".encode())
        assert [(o.status, o.message) for o in (good, image, again)] == [
            ("added", f"report.txt: added as {good.article_id}."),
            ("rejected", "<img src=x>.png.txt is a PNG image, not article text."),
            ("duplicate", f"copy.txt: already stored as {good.article_id}; not added again."),
        ]
        assert html.status == "added"
        listed = {article.id: article for article in store.articles()}
    assert listed[good.article_id].published == "2026-11-01"
    assert listed[html.article_id].title == "عنوان"


def test_forms_iso_date():
    assert forms.iso_date(date(2026, 11, 23)) == "2026-11-23"
    assert forms.iso_date(None) is None


def test_app_store_article_pickers_search_past_their_limit(data_dir):
    """Past PICKER_LIMIT articles the pickers list the first ones and a search field finds the others (by number or
    words of the title), so the page does not carry every title; the choice works as from the full list."""
    from components.views import PICKER_LIMIT

    with stored(data_dir) as store:
        for k in range(PICKER_LIMIT + 1):
            store.add_article(text=f"وصلت قوات إلى سبها مع الدفعة رقم {k}.", source=f"batch-{k}.txt")
    app = restarted_app(timeout=180)
    assert app.selectbox(key="focus").options[:2] == ["All articles", "1 · وصلت قوات إلى سبها مع الدفعة رقم 0."]
    assert len(app.selectbox(key="focus").options) == 1 + PICKER_LIMIT
    assert "add-article" not in [box.key for box in app.selectbox]  # built only when its popover opens
    app.session_state["add-movement"] = True  # the "Add movement" popover builds its form when opened
    app.run()
    assert len(app.selectbox(key="add-article").options) == PICKER_LIMIT
    assert app.text_input(key="focus-find").label == f"Find ({PICKER_LIMIT + 6:,} articles)"

    app.text_input(key="focus-find").input(str(PICKER_LIMIT + 1)).run()
    last = f"{PICKER_LIMIT + 1} · وصلت قوات إلى سبها مع الدفعة رقم {PICKER_LIMIT}."
    assert app.selectbox(key="focus").options == ["All articles", last]
    app.selectbox(key="focus").select_index(1).run()
    assert not app.exception
    assert app.caption[0].value.startswith("1 article(s) · ")

    app.text_input(key="focus-find").input("الدفعه رقم 29").run()  # written without the ta marbuta
    numbers = [option.split(" · ")[0] for option in app.selectbox(key="focus").options]
    assert numbers == ["All articles", f"{PICKER_LIMIT + 1}",  # the current choice stays
                       "30", "130", "230", *map(str, range(291, 301))]  # titles with 29, 129, 229, 290-299


def test_reading_the_store_pauses_the_cycle_collector_only_while_it_reads(data_dir, monkeypatch):
    import gc

    with stored(data_dir) as store:
        forms.ingest_seeds(store, sorted(ROOT.glob("seeds/*.txt")))
        read, seen = store.corrected_extractions, []
        monkeypatch.setattr(store, "corrected_extractions", lambda **kw: seen.append(gc.isenabled()) or read(**kw))
        assert len(forms.stored_articles(store)) == 5 and len(forms.stored_articles_and_refs(store)[0]) == 5
        assert seen == [False, False] and gc.isenabled()
        monkeypatch.setattr(store, "corrected_extractions", lambda **kw: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            forms.stored_articles(store)
        assert gc.isenabled()  # back on after a failed read
        gc.disable()  # paused by someone else: left paused
        try:
            with pytest.raises(ZeroDivisionError):
                forms.stored_articles(store)
            assert not gc.isenabled()
        finally:
            gc.enable()


def test_app_store_reads_a_big_collection_a_period_at_a_time(data_dir, monkeypatch):
    """Past views.PERIOD_ABOVE stored articles the app reads the last 90 days up to the newest article (Filters ›
    Period changes it); articles keep their numbers among all stored articles."""
    from components import views

    monkeypatch.setattr(views, "PERIOD_ABOVE", 6)
    with stored(data_dir) as store:
        store.add_article(text=TAZRUK_ARTICLE, source="old.txt", published="2024-01-05")
        store.add_article(text=LATER_ARTICLE, source="recent.txt", published="2024-12-20")
    app = restarted_app()  # + the 5 seeds, added today: 7 articles
    with stored(data_dir) as store:
        newest = max(article.day for article in store.articles())
    options = app.selectbox(key="focus").options
    assert [option.split(" · ")[0] for option in options] == ["All articles", "3", "4", "5", "6", "7"]
    assert app.caption[0].value.startswith(f"The last 90 days to {newest}: 5 of 7 stored articles (Filters › Period)")
    app.session_state["filters"] = True  # the analyst opens Filters
    app.run()
    assert app.selectbox(key="period-choice").value == 90

    app.selectbox(key="period-choice").select(0).run()  # every article
    assert not app.exception
    assert [option.split(" · ")[0] for option in app.selectbox(key="focus").options] == [
        "All articles", "1", "2", "3", "4", "5", "6", "7"]
    assert app.caption[0].value.startswith("7 article(s) · ")
    app.toggle(key="briefing").set_value(True).run()  # the briefing hides the filters; the period stays
    app.toggle(key="briefing").set_value(False).run()
    assert not app.exception
    assert len(app.selectbox(key="focus").options) == 8


def test_app_store_reads_again_what_an_older_extractor_read_in_the_period_only(data_dir, monkeypatch):
    import sqlite3

    from components import views

    monkeypatch.setattr(views, "PERIOD_ABOVE", 6)
    with stored(data_dir) as store:
        forms.ingest_seeds(store, sorted(ROOT.glob("seeds/*.txt")))
        old = store.add_article(text=TAZRUK_ARTICLE, source="old.txt", published="2024-01-05").article_id
        later = store.add_article(text=LATER_ARTICLE, source="later.txt", published="2024-12-20").article_id
    with sqlite3.connect(data_dir / "store.sqlite3") as connection:
        connection.execute("UPDATE extractions SET extractor_version = 'older'")

    def versions():
        with sqlite3.connect(data_dir / "store.sqlite3") as connection:
            return dict(connection.execute("SELECT article_id, extractor_version FROM extractions").fetchall())

    app = restarted_app()  # the last 90 days up to the seeds, added today: the five seeds only
    assert sorted(article_id for article_id, version in versions().items() if version == "older") == sorted([old, later])
    assert not app.exception
    app.session_state["filters"] = True
    app.run()
    app.selectbox(key="period-choice").select(0).run()  # every article: the old one is read again too
    assert "older" not in versions().values()
