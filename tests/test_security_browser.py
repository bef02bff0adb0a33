"""Hostile article text, titles, file names and analyst notes stay text: nothing runs in the page or in the
map's iframe after tooltips are opened and markers clicked, and the markup shows literally in the panel."""
from __future__ import annotations

import re

import pytest

from components import forms
from components.store import Store
from tests.conftest import ARTIFACTS, ROOT, running_app
from tests.test_browser import MAP_FRAME, READY, map_frame, open_add_articles, open_app, show_pin

RLO, PDF = "\u202e", "\u202c"
HOSTILE_TEXT = (
    f"خبر عاجل {RLO}<script>window.__pwned=1</script>{PDF}\n"
    'وصلت قوات إلى سبها <script>window.__pwned=1</script> <img src=x onerror="window.__pwned=2"> '
    f"`${{window.__pwned=3}}` {RLO}من الجنوب{PDF}\n"
    'وانتشرت وحدات في بلدة تازروك <img src=x onerror="window.__pwned=4">\n'
    "وتقدمت دورية نحو بلدة زلوعة `${window.__pwned=10}` <script>window.__pwned=11</script>\n"
)
HOSTILE_FILE = '<img src=x onerror="window.__pwned=9">.txt'
HOSTILE_PLACE = {
    "id": 'evil"><img src=x onerror="window.__pwned=5">', "name": '<img src=x onerror="window.__pwned=5">`${window.__pwned=6}`',
    "name_ar": "<script>window.__pwned=7</script>{{ 'sst' ~ 'i!' }}", "kind": "town", "country": "LY", "lat": 26.0, "lon": 12.0,
}
HOSTILE_NOTE = "<script>window.__pwned=8</script>"
UPLOADED_NAME = '![x](x.png) [go](javascript:window.__pwned=12) <img src=x onerror=window.__pwned=13> :red[$x$].txt'
REFUSED_NAME = "<script>window.__pwned=14</script> **bold**.txt"
PWNED = "() => typeof window.__pwned === 'undefined' && !document.querySelector('img[src=\"x\"]')"


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("hostile-data")
    with Store.open(data_dir / "store.sqlite3") as store:
        outcome = forms.add_upload(store, name=HOSTILE_FILE, data=HOSTILE_TEXT.encode("utf-8"))
        assert outcome.status == "added"
        assert any("bidirectional" in warning for warning in outcome.warnings)  # the overrides were removed
        store.resolve_place("تازروك", HOSTILE_PLACE, note=HOSTILE_NOTE)
        forms.ingest_seeds(store, sorted(ROOT.glob("seeds/*.txt")))
    with running_app(data_dir, "streamlit-hostile.log") as url:
        yield url



def click_marker(page, frame, css_class: str, title: str) -> None:
    show_pin(frame, css_class)
    frame.locator(f".place-marker.{css_class}").dispatch_event("click")
    page.locator(".st-key-excerpts .selection-title", has_text=title).wait_for(timeout=60_000)
    page.wait_for_selector(READY, timeout=60_000)


def test_security_browser_hostile_text_never_runs_and_shows_as_text(browser, hostile_app):
    context, page, foreign = open_app(browser, hostile_app, 1920, 1080)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    frame = map_frame(page)
    assert page.evaluate(PWNED) and frame.evaluate(PWNED)

    # Every tooltip opened, the hostile place's included; its name shows as literal markup.
    markers = frame.locator(".place-marker")
    for index in range(markers.count()):
        markers.nth(index).dispatch_event("mouseover")
        markers.nth(index).dispatch_event("mouseout")
    evil_class = "place-" + re.sub(r"[^a-z0-9_-]", "-", HOSTILE_PLACE["id"].lower())
    show_pin(frame, evil_class)
    evil = frame.locator(f".place-marker.{evil_class}")
    evil.dispatch_event("mouseover")
    tooltip = frame.locator(".leaflet-tooltip").last.inner_text()
    assert HOSTILE_PLACE["name"] in tooltip and HOSTILE_PLACE["name_ar"] in tooltip
    assert HOSTILE_PLACE["name_ar"] in frame.locator(f".place-label:has-text('{HOSTILE_PLACE['name']}')").inner_text()
    assert frame.evaluate(PWNED)

    # The overview lists the hostile movement; the article's excerpt shows "<script>" as text.
    excerpts = page.locator(".st-key-excerpts").inner_text()
    assert "<script>window." in excerpts

    click_marker(page, frame, evil_class, HOSTILE_PLACE["name_ar"])
    panel = page.locator(".st-key-excerpts").inner_text()
    assert f"corrected by an analyst: {HOSTILE_NOTE}" in panel
    assert '<img src=x onerror="window.' in panel
    assert page.locator(".st-key-excerpts mark.hl-corrected").count() >= 1

    click_marker(page, frame, "place-gn-2212775", "Sabha")
    panel = page.locator(".st-key-excerpts").inner_text()
    assert "سبها <script>window." in panel
    page.screenshot(path=str(ARTIFACTS / "security-1920x1080.png"))

    # The queue in the sidebar shows the unplaced name's sentence, markup and template literal as text.
    page.locator('[data-testid="stExpandSidebarButton"]').click()
    page.locator(".st-key-queue-name").wait_for(state="visible", timeout=30_000)
    page.wait_for_timeout(500)  # the sidebar slides in
    page.locator(".st-key-queue-name").get_by_role("combobox").click()
    page.keyboard.type("زلوعة")
    page.keyboard.press("Enter")
    page.locator(".st-key-queue-excerpt", has_text="زلوعة").wait_for(timeout=30_000)
    page.wait_for_selector(READY, timeout=60_000)
    queue = page.locator(".st-key-queue-excerpt").inner_text()
    assert "زلوعة `${window." in queue  # the sentence ends at the first full stop, inside the hostile text
    assert "خبر عاجل <script>window.__pwned=1</script>" in queue  # the title, its bidi overrides removed
    # The article picker lists the hostile title as text.
    page.locator(".st-key-focus").get_by_role("combobox").click()
    page.get_by_role("option").first.wait_for(timeout=10_000)
    assert page.get_by_role("option").filter(has_text="<script>window.__pwned=1</script>").count() == 1
    page.keyboard.press("Escape")
    page.screenshot(path=str(ARTIFACTS / "security-sidebar-1920x1080.png"))

    # Hostile file names through the uploader: each file gets its message, shown as text, not markup.
    # (No double quote in the names: the browser sends it as %22 in the upload.)
    open_add_articles(page)
    page.locator(".st-key-upload-files input[type=file]").set_input_files([
        {"name": UPLOADED_NAME, "mimeType": "text/plain", "buffer": "وصلت دورية إلى غات.".encode()},
        {"name": REFUSED_NAME, "mimeType": "text/plain", "buffer": b"\x89PNG\r\n\x1a\n" + bytes(64)},
        {"name": "copy.txt", "mimeType": "text/plain", "buffer": "وصلت دورية إلى غات.".encode()},
    ])
    page.locator(".st-key-upload-add button").click()
    alerts = page.locator('[data-testid="stAlert"]')
    alerts.nth(2).wait_for(timeout=60_000)
    texts = alerts.locator('[data-testid="stMarkdownContainer"]').all_inner_texts()  # without the icon
    assert len(texts) == 3
    assert texts[0].startswith(f"{UPLOADED_NAME}: added as ")
    assert texts[1] == f"{REFUSED_NAME} is a PNG image, not article text."
    assert texts[2].startswith("copy.txt: already stored as ")
    assert alerts.locator("img, a, script").count() == 0
    page.screenshot(path=str(ARTIFACTS / "security-upload-1920x1080.png"))
    page.wait_for_selector(READY, timeout=60_000)
    page.locator(".st-key-focus").get_by_role("combobox").click()
    page.get_by_role("option").first.wait_for(timeout=10_000)
    assert page.get_by_role("option").count() == 1 + 7  # "all", the hostile article, five seeds, the upload
    page.keyboard.press("Escape")

    assert page.evaluate(PWNED) and page.frame_locator(MAP_FRAME).locator("body").evaluate(
        "() => typeof window.__pwned === 'undefined' && !document.querySelector('img[src=\"x\"]')"
    )
    assert dialogs == []
    context.close()
    assert foreign == []
