"""Briefing mode and filters in the real app: a link opens them, the sentence is large, Next steps through the
movements, a status filter changes the markers, and nothing leaves the machine."""
from __future__ import annotations

from components.views import View, apply_view
from tests.conftest import ARTIFACTS
from tests.test_browser import MAP_FRAME, READY, map_frame, open_app, place_pins, shown_articles


def drawn_map(page):
    """The map iframe once Leaflet has laid it out (a briefing step may show only an area, no point marker)."""
    page.wait_for_selector(READY, timeout=90_000)
    container = page.frame_locator(MAP_FRAME).locator(".leaflet-container")
    container.wait_for(timeout=60_000)
    frame = container.element_handle().owner_frame()
    frame.wait_for_function("() => document.querySelector('.leaflet-container').getBoundingClientRect().height > 0")
    return frame


def highlighted(frame) -> str:
    """The drawn shape of the current movement: exactly one is highlighted, over the faded others."""
    frame.wait_for_function("() => document.querySelectorAll('path.movement-highlight').length === 1")
    return frame.evaluate("() => document.querySelector('path.movement-highlight').getAttribute('d')")


def test_briefing_fits_a_1366_screen(browser, app_url):
    context, page, foreign = open_app(browser, f"{app_url}/?briefing=1&step=4", 1366, 768)
    drawn_map(page)
    box = page.locator(MAP_FRAME).bounding_box()
    assert box is not None and box["y"] + box["height"] <= 768
    assert page.locator(".st-key-briefing-sentence").bounding_box()["y"] < 768
    page.wait_for_timeout(1000)
    page.screenshot(path=str(ARTIFACTS / "briefing-1366x768.png"))
    context.close()
    assert foreign == []


def test_briefing_mode_from_the_url_steps_through_movements(browser, app_url, app_store_path):
    articles = shown_articles(app_store_path)
    total = sum(len(a.movements) for a in articles)
    context, page, foreign = open_app(browser, f"{app_url}/?briefing=1", 1920, 1080)
    frame = drawn_map(page)
    first_highlight = highlighted(frame)
    sentence = page.locator(".st-key-briefing-sentence")
    size = sentence.evaluate("e => parseFloat(getComputedStyle(e.querySelector('p, div') || e).fontSize)")
    assert size >= 24
    assert page.get_by_text(f"Movement 1 of {total}").is_visible()
    assert page.get_by_role("heading", name="Add articles").count() == 0  # no editing chrome
    first = sentence.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "briefing-1920x1080.png"))

    page.get_by_role("button", name="Next ▶").click()
    page.wait_for_function(f"() => document.body.innerText.includes('Movement 2 of {total}')", timeout=60_000)
    page.wait_for_selector(READY, timeout=60_000)
    assert sentence.inner_text() != first
    assert "step=2" in page.url and "briefing=1" in page.url
    frame = drawn_map(page)
    frame.wait_for_function("(before) => { const h = document.querySelector('path.movement-highlight');"
                            " return h && h.getAttribute('d') !== before; }", arg=first_highlight, timeout=30_000)
    assert highlighted(frame) != first_highlight
    page.wait_for_timeout(1000)  # the map's fly to the new movement
    page.screenshot(path=str(ARTIFACTS / "briefing-1920x1080-step2.png"))
    context.close()
    assert foreign == []


def test_briefing_status_filter_changes_the_markers(browser, app_url, app_store_path):
    articles = shown_articles(app_store_path)
    denied = apply_view(articles, View(statuses=("denied",)))
    expected = len({m.place.id for a in denied for m in a.mentions if m.place is not None})
    context, page, foreign = open_app(browser, app_url, 1920, 1080)
    everything = len(place_pins(map_frame(page)))
    context.close()
    context, page, foreign_filtered = open_app(browser, f"{app_url}/?status=denied", 1920, 1080)
    frame = map_frame(page)
    assert len(place_pins(frame)) == expected
    assert expected < everything
    page.screenshot(path=str(ARTIFACTS / "filter-denied-1920x1080.png"))
    context.close()
    assert foreign == [] and foreign_filtered == []


def test_the_legend_leaves_the_map_visible_on_a_1920_screen(browser, app_url):
    context, page, foreign = open_app(browser, app_url, 1920, 1080)
    frame = drawn_map(page)
    frame.wait_for_selector(".map-legend details")
    covered = frame.evaluate("""() => {
        const legend = document.querySelector('.map-legend').getBoundingClientRect();
        const map = document.querySelector('.leaflet-container').getBoundingClientRect();
        return legend.width * legend.height / (map.width * map.height); }""")
    assert covered < 0.05  # folded: the south-east corner (Kufra, the Sudan border) stays visible
    frame.click(".map-legend summary")  # one click opens it
    assert frame.evaluate("() => document.querySelector('.map-legend details').open")
    context.close()
    assert foreign == []
