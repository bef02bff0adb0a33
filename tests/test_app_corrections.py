"""Correcting movements from the panel, and an excerpt's "Show on map", in the app (AppTest over the seeds).

The edits go through the real store; the map is checked through the script the app hands to st_folium."""
from __future__ import annotations

import json
from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest

from components.corrections import article_sentences, control_key
from components.forms import plain, stored_articles
from components.store import Store
from tests.conftest import ROOT, page_text_elements, read_back, restarted_app

NOTE_CORRECTED = '<div class="corrected-note movement-corrected" dir="ltr">✎ corrected by an analyst</div>'
NOTE_ADDED = '<div class="corrected-note movement-corrected" dir="ltr">✎ added by an analyst</div>'


def corrected_movements(store_path: Path, article_id: str) -> list[dict]:
    with Store.open(store_path) as store:
        return store.corrected_extraction(article_id)["movements"]


def control(app: AppTest, key: str):
    """The button ``key`` under a movement's excerpt, paging the panel (›) to the page that holds it."""
    for _ in range(50):
        if any(button.key == key for button in app.button):
            return app.button(key=key)
        app.button(key="page-None-next").click().run()
    raise KeyError(key)


def panel_html(app: AppTest) -> str:
    return "".join(element.value for element in page_text_elements(app))


def movement_block(app: AppTest, label: str) -> str:
    """The panel's excerpt block of the movement labelled ``label`` (e.g. "1.1")."""
    marker = f'<span class="movement-label">{label}</span>'
    for _ in range(50):  # paging the panel (›) to the page that holds it
        if found := next((element.value for element in page_text_elements(app) if marker in element.value), None):
            return found
        app.button(key="page-None-next").click().run()
    raise LookupError(label)


def map_script(app: AppTest) -> str:
    """The Leaflet script the app gave st_folium (AppTest sees the map only as a component's arguments)."""
    maps = [element for element in app.get("component_instance") if "map_div" in element.proto.json_args]
    assert len(maps) == 1
    return json.loads(maps[0].proto.json_args)["script"]


def fix_key(article_id: str, index: int) -> str:
    return control_key("fix", article_id, index)


def test_app_corrects_a_movements_status_shown_as_corrected_and_stored(store_path):
    app = restarted_app()
    first = read_back(store_path)[0]
    assert first.movements[0].status == "reported" and first.movements[0].kind == "mobilise"
    assert NOTE_CORRECTED not in movement_block(app, "1.1")

    control(app, control_key("correct", first.id, 0)).click().run()
    assert not app.exception
    assert "#### Movement selected" in [element.value for element in page_text_elements(app)]
    app.selectbox(key=f"{fix_key(first.id, 0)}-status").select("denied")
    app.button(key=f"{fix_key(first.id, 0)}-save").click().run()
    assert not app.exception

    movement = corrected_movements(store_path, first.id)[0]
    assert (movement["kind"], movement["status"], movement.get("corrected")) == ("mobilise", "denied", True)
    with Store.open(store_path) as store:
        assert [(e.action, e.movement_index, e.payload["changes"]) for e in store.movement_edits()] == [
            ("edit", 0, {"status": "denied"})]
    block = movement_block(app, "1.1")
    assert NOTE_CORRECTED in block and '<span class="badge badge-denied">' in block
    assert [element.value for element in app.success] == [plain("Movement 1.1 corrected: status.")]
    assert app.query_params.get("place") is None

    # A restart reads the correction back from the store.
    again = restarted_app()
    block = movement_block(again, "1.1")
    assert NOTE_CORRECTED in block and '<span class="badge badge-denied">' in block

    # Undo, from the message shown after saving.
    app.button(key="undo-last").click().run()
    assert not app.exception
    assert corrected_movements(store_path, first.id)[0]["status"] == "reported"
    assert "corrected" not in corrected_movements(store_path, first.id)[0]
    assert NOTE_CORRECTED not in movement_block(app, "1.1")


def test_app_changes_a_movements_actor_and_destination(store_path):
    app = restarted_app()
    article = read_back(store_path)[3]  # reinforce, LNA → Sirte and Jufra
    assert [m.text for m in article.movements[0].destinations] == ["سرت", "الجفرة"]
    sirte = article.movements[0].destinations[0]
    control(app, control_key("correct", article.id, 0)).click().run()
    fix = fix_key(article.id, 0)
    app.selectbox(key=f"{fix}-actor").select("GNA forces")
    app.multiselect(key=f"{fix}-destinations").set_value([f"{sirte.start}:{sirte.end}"])
    app.button(key=f"{fix}-save").click().run()
    assert not app.exception
    movement = corrected_movements(store_path, article.id)[0]
    assert movement["actor"] == {"text": "GNA forces", "name": "GNA forces"}
    assert [(d["text"], d["start"], d["place"]["id"]) for d in movement["destinations"]] == [
        ("سرت", sirte.start, sirte.place.id)]
    block = movement_block(app, "4.1")
    assert NOTE_CORRECTED in block and "GNA forces" in block


def test_app_deletes_a_false_movement_and_undoes_it_from_the_sidebar(store_path):
    app = restarted_app()
    articles = read_back(store_path)
    total = sum(len(a.movements) for a in articles)
    article = articles[4]
    kinds = [m.kind for m in article.movements]
    assert kinds == ["deploy", "deploy", "naval_landing"]
    control(app, control_key("correct", article.id, 1)).click().run()
    app.button(key=f"{fix_key(article.id, 1)}-delete").click().run()
    assert not app.exception
    assert [m["kind"] for m in corrected_movements(store_path, article.id)] == ["deploy", "naval_landing"]
    assert f"#### Movements ({total - 1})" in [element.value for element in page_text_elements(app)]
    assert [element.value for element in app.success] == [plain("Movement 5.2 deleted.")]
    assert "Movement corrections (1)" in [element.value for element in app.header]

    restarted = restarted_app()  # still deleted after a restart; undone from the sidebar's list
    assert f"#### Movements ({total - 1})" in [element.value for element in page_text_elements(restarted)]
    with Store.open(store_path) as store:
        (edit,) = store.movement_edits()
    restarted.button(key=f"undo-edit-{edit.id}").click().run()
    assert not restarted.exception
    assert [m["kind"] for m in corrected_movements(store_path, article.id)] == kinds
    assert f"#### Movements ({total})" in [element.value for element in page_text_elements(restarted)]
    assert "Movement corrections (0)" in [element.value for element in restarted.header]


def test_app_adds_a_missed_movement_with_its_evidence(store_path):
    app = restarted_app()
    articles = read_back(store_path)
    total = sum(len(a.movements) for a in articles)
    article = articles[2]  # the seed the extractor finds no movement in
    assert article.movements == ()
    sentences = article_sentences(article)
    position, sentence = next((i, s) for i, s in enumerate(sentences)
                              if any(s.start <= m.start < s.end and m.place is not None for m in article.mentions))
    destination = next(m for m in article.mentions if sentence.start <= m.start < sentence.end and m.place is not None)

    add = control_key("add", article.id, 0)
    app.session_state["add-movement"] = True  # the analyst opens "Add movement"
    app.run()
    app.selectbox(key="add-article").select(article.id).run()
    app.selectbox(key=f"{add}-sentence").select(position).run()
    app.selectbox(key=f"{add}-kind").select("advance")
    app.selectbox(key=f"{add}-status").select("planned")
    app.selectbox(key=f"{add}-actor").select("GNA forces")
    app.multiselect(key=f"{add}-destinations").set_value([f"{destination.start}:{destination.end}"])
    app.button(key=f"{add}-save").click().run()
    assert not app.exception

    (added,) = corrected_movements(store_path, article.id)
    assert (added["kind"], added["status"], added["actor"]["name"], added["corrected"]) == (
        "advance", "planned", "GNA forces", True)
    assert added["evidence"] == {"start": sentence.start, "end": sentence.end, "text": sentence.text}
    assert [(d["text"], d["place"]["id"]) for d in added["destinations"]] == [(destination.text, destination.place.id)]
    assert f"#### Movements ({total + 1})" in [element.value for element in page_text_elements(app)]
    block = movement_block(app, "3.1")
    assert NOTE_ADDED in block and '<span class="badge badge-planned">' in block


def test_app_corrections_survive_reextraction(store_path):
    app = restarted_app()
    articles = read_back(store_path)
    first, last = articles[0], articles[4]
    control(app, control_key("correct", first.id, 1)).click().run()
    app.selectbox(key=f"{fix_key(first.id, 1)}-status").select("planned")
    app.button(key=f"{fix_key(first.id, 1)}-save").click().run()
    app.button(key="show-all").click().run()
    control(app, control_key("correct", last.id, 2)).click().run()
    app.button(key=f"{fix_key(last.id, 2)}-delete").click().run()
    assert not app.exception
    expected_first = [m["status"] for m in corrected_movements(store_path, first.id)]
    expected_last = [m["kind"] for m in corrected_movements(store_path, last.id)]
    assert expected_first[1] == "planned" and expected_last == ["deploy", "deploy"]

    with Store.open(store_path) as store:
        assert store.reextract() == 5
    assert [m["status"] for m in corrected_movements(store_path, first.id)] == expected_first
    assert [m["kind"] for m in corrected_movements(store_path, last.id)] == expected_last
    again = restarted_app()
    block = movement_block(again, "1.2")
    assert NOTE_CORRECTED in block and '<span class="badge badge-planned">' in block
    assert "naval_landing" not in panel_html(again)


def test_app_show_on_map_frames_a_place_and_puts_it_in_the_url(store_path):
    app = restarted_app()
    assert "place-focus" not in map_script(app)
    article = read_back(store_path)[3]
    sirte = article.movements[0].destinations[0].place
    control(app, control_key("onmap-place", article.id, 0, sirte.id)).click().run()
    assert not app.exception
    assert app.query_params["place"] in (sirte.id, [sirte.id])
    assert "#### Place selected" in [element.value for element in page_text_elements(app)]
    assert sirte.name in next(e.value for e in page_text_elements(app) if 'class="selection-title"' in e.value)
    script = map_script(app)
    assert script.count('"className": "place-focus"') == 1
    assert f"[[{sirte.lat - 0.75}, {sirte.lon - 0.75}], [{sirte.lat + 0.75}, {sirte.lon + 0.75}]]" in script

    app.button(key="show-all").click().run()  # back to every movement and the whole map
    assert "place" not in app.query_params
    assert "place-focus" not in map_script(app)


def test_app_show_on_map_frames_a_movement(store_path):
    app = restarted_app()
    article = read_back(store_path)[1]
    movement = article.movements[4]  # foreign fighters, Syria → Libya
    assert [m.text for m in (*movement.origins, *movement.destinations)] == ["سوريا", "ليبيا"]
    control(app, control_key("onmap", article.id, 4)).click().run()
    assert not app.exception
    assert "#### Movement selected" in [element.value for element in page_text_elements(app)]
    assert '<span class="movement-label">2.5</span>' in panel_html(app)
    assert '<span class="movement-label">2.4</span>' not in panel_html(app)
    script = map_script(app)
    assert script.count('"className": "movement-highlight"') == 1
    assert "[[19.0, 7.0], [34.0, 26.0]]" not in script  # framed on the movement, not the default view


def test_app_briefing_has_no_correction_or_show_on_map_controls(store_path):
    with Store.open(store_path) as store:
        article = stored_articles(store)[0]
        store.edit_movement(article.id, 0, {"status": "denied"})
    st.cache_data.clear()
    st.cache_resource.clear()
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.query_params["briefing"] = "1"
    app.run()
    assert not app.exception
    assert "Movement corrections (1)" not in [element.value for element in app.header]
    assert [button.key for button in app.button] == ["briefing-previous", "briefing-next"]
    assert not app.get("popover") and not app.expander
