"""Excerpt → map in the real app: "Show on map" under an excerpt frames its place (or its movement) on the map,
rings it, and puts the place in the URL."""
from __future__ import annotations

from components.corrections import control_key
from tests.conftest import ARTIFACTS
from tests.test_browser import READY, map_frame, open_app, shown_articles

BOUNDS = "() => { const b = window.map.getBounds(); return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; }"


def click(page, key: str) -> None:
    """Click the button with this widget key (Streamlit draws a tertiary button with a help text twice), paging the
    panel (›) to the page of 10 excerpts that holds it."""
    button = page.locator(f".st-key-{key} button:visible")
    for _ in range(10):
        if button.count():
            break
        page.locator(".st-key-page-None-next button:visible").click()
        page.wait_for_timeout(500)
        page.wait_for_selector(READY, timeout=60_000)
    button.click()


def test_browser_show_on_map_frames_the_excerpts_place_then_its_movement(browser, app_url, app_store_path):
    articles = shown_articles(app_store_path)
    article = articles[3]
    movement = article.movements[0]  # LNA reinforces Sirte and Jufra
    sirte = movement.destinations[0].place
    assert (sirte.name, sirte.area) == ("Sirte", None)
    context, page, foreign = open_app(browser, app_url, 1920, 1080)
    frame = map_frame(page)
    south, west, north, east = frame.evaluate(BOUNDS)
    assert south <= 19.5 and north >= 33.5  # the whole of Libya to begin with
    whole = north - south
    assert frame.locator(".place-focus").count() == 0

    click(page, control_key("onmap-place", article.id, 0, sirte.id))
    page.wait_for_url(f"**place={sirte.id.replace(':', '%3A')}*", timeout=60_000)
    page.wait_for_selector(READY, timeout=60_000)
    frame = map_frame(page)
    frame.wait_for_function("() => document.querySelectorAll('.place-focus').length === 1", timeout=30_000)
    page.wait_for_timeout(1000)  # the map's fit to the place
    south, west, north, east = frame.evaluate(BOUNDS)
    assert south < sirte.lat < north and west < sirte.lon < east
    assert north - south < 5 and east - west < 7  # zoomed in on Sirte, no longer the whole country
    focus = frame.locator(".place-focus").bounding_box()
    container = frame.locator(".leaflet-container").bounding_box()
    assert abs(focus["x"] + focus["width"] / 2 - (container["x"] + container["width"] / 2)) < 20  # centred on it
    assert sirte.name in page.locator(".st-key-excerpts .selection-title").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "show-on-map-place-1920x1080.png"))

    # The movement's own "Show on map": drawn highlighted over the faded others, framed on its two destinations.
    click(page, control_key("onmap", article.id, 0))
    page.wait_for_function("() => !window.location.search.includes('place=')", timeout=60_000)
    page.wait_for_selector(READY, timeout=60_000)
    frame = map_frame(page)
    frame.wait_for_function("() => document.querySelectorAll('.movement-highlight').length >= 1", timeout=30_000)
    assert frame.locator(".place-focus").count() == 0
    page.wait_for_timeout(1000)
    south, west, north, east = frame.evaluate(BOUNDS)
    for place in (m.place for m in movement.destinations):
        assert south < place.lat < north and west < place.lon < east
    assert north - south < whole * 0.6  # closer than the whole country, not as close as one town
    assert page.locator(".st-key-excerpts .movement-label").all_inner_texts() == ["4.1"]
    page.screenshot(path=str(ARTIFACTS / "show-on-map-movement-1920x1080.png"))
    context.close()
    assert foreign == []
