"""The real app in a real browser (Debian's chromium): the map draws every place and arrow of the
articles the app reads from its store (the seeds), nothing is fetched from another host, and a click fills the panel."""
from __future__ import annotations

import contextlib
import json
import re
import socket
import threading
import urllib.parse
from pathlib import Path

from playwright.sync_api import Page

from components.boundaries import load_areas
from components.forms import stored_articles
from components.mapview import BASE_FILE
from components.records import Article, Place
from components.store import Store
from tests.conftest import ARTIFACTS, running_app, seeded_store

READY = '[data-testid="stApp"][data-test-script-state="notRunning"]'
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
ZWJ = "\u200d"


def shown_articles(store_path: Path) -> list[Article]:
    """The articles the app shows: read back from the same store, corrections applied."""
    with Store.open(store_path) as store:
        return stored_articles(store)


def point_places(articles: list[Article]) -> dict[str, Place]:
    """Resolved places drawn as points: no area, or an area with no polygon."""
    areas = load_areas()
    places = {}
    for article in articles:
        mentions = [*article.mentions, *(m for mv in article.movements for m in (*mv.origins, *mv.destinations, *mv.via))]
        for mention in mentions:
            place = mention.place
            if place is not None and (place.area is None or place.area not in areas.index):
                places[place.id] = place
    return places


def css_class(place_id: str) -> str:
    """The CSS class naming a place's pin (components.mapview._place_class)."""
    return "place-" + re.sub(r"[^a-z0-9_-]", "-", place_id.lower())


def movement_routes(articles: list[Article]) -> list[tuple[Place, Place]]:
    """One (origin, destination) per arrow: each movement's distinct resolved pairs of two places."""
    routes = []
    for article in articles:
        for movement in article.movements:
            origins = {m.place.id: m.place for m in movement.origins if m.place is not None}
            destinations = {m.place.id: m.place for m in movement.destinations if m.place is not None}
            routes += [(o, d) for o in origins.values() for d in destinations.values() if o.id != d.id]
    return routes


def visible_count(frame, selector: str) -> int:
    """Elements matching ``selector`` drawn with a non-zero box inside the map's container."""
    return frame.evaluate(
        """(selector) => {
            const box = document.querySelector('.leaflet-container').getBoundingClientRect();
            return [...document.querySelectorAll(selector)].filter((element) => {
                const r = element.getBoundingClientRect();
                const x = r.left + r.width / 2, y = r.top + r.height / 2;
                return r.width > 0 && r.height > 0 && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
            }).length;
        }""",
        selector,
    )


# Place pins live in one markercluster group (a global named marker_cluster_<hash> in the map's frame).
CLUSTER = "Object.keys(window).filter((k) => k.startsWith('marker_cluster_')).map((k) => window[k])[0]"


def place_pins(frame, kind: str = "place-marker") -> dict[str, str]:
    """Every pin of ``kind`` in the map, drawn or not: its place class → "shown" when drawn on its own
    in the current view, "clustered" when inside a drawn cluster, "away" when out of view."""
    return frame.evaluate(
        """([kind, cluster]) => {
            const group = eval(cluster), bounds = window.map.getBounds(), pins = {};
            for (const marker of group.getLayers()) {
                const match = marker.options.icon.options.html.match(/class="([a-z-]+) (place-[a-z0-9_-]+)"/);
                if (!match || match[1] !== kind) continue;
                const parent = group.getVisibleParent(marker);
                pins[match[2]] = !parent || !bounds.contains(parent.getLatLng()) ? 'away'
                    : parent === marker ? 'shown' : 'clustered';
            }
            return pins;
        }""",
        [kind, CLUSTER],
    )


def show_pin(frame, css_class: str) -> None:
    """Zoom (or spiderfy) until the pin of ``css_class`` is drawn on its own."""
    frame.evaluate(
        """([css, cluster]) => new Promise((done) => {
            const group = eval(cluster);
            const marker = group.getLayers().find((m) => m.options.icon.options.html.includes(css + '"'));
            group.zoomToShowLayer(marker, () => setTimeout(done, 400));
        })""",
        [css_class, CLUSTER],
    )


def overlapping_labels(frame) -> list[list[str]]:
    """Pairs of drawn place or district names whose boxes overlap (the map hides the less important)."""
    return frame.evaluate(
        """() => {
            const boxes = [...document.querySelectorAll('.place-label, .district-label')]
                .filter((e) => getComputedStyle(e).visibility !== 'hidden' && e.getBoundingClientRect().width > 0)
                .map((e) => [e.innerText.replace(/\\s+/g, ' '), e.getBoundingClientRect()]);
            const pairs = [];
            boxes.forEach(([a, r], i) => boxes.slice(i + 1).forEach(([b, q]) => {
                const apart = r.left >= q.right - 1 || r.right <= q.left + 1 || r.top >= q.bottom - 1 || r.bottom <= q.top + 1;
                if (!apart) pairs.push([a, b]);
            }));
            return pairs;
        }"""
    )


def map_frame(page: Page):
    page.wait_for_selector(READY, timeout=90_000)
    page.frame_locator(MAP_FRAME).locator(".leaflet-container").wait_for(timeout=60_000)
    frame = page.frame_locator(MAP_FRAME).locator(".leaflet-container").element_handle().owner_frame()
    frame.wait_for_function("() => document.querySelector('.leaflet-container').getBoundingClientRect().height > 0")
    frame.wait_for_function("() => document.querySelectorAll('.place-marker').length > 0")
    page.wait_for_timeout(1500)  # fonts and the fitBounds animation settle
    return frame



def open_add_articles(page: Page) -> None:
    """Open the sidebar's 'Add articles' popover, as an analyst does, and wait for its forms (built only then)."""
    page.locator(".st-key-add-articles button").first.click()
    page.locator(".st-key-upload-files input[type=file]").wait_for(state="attached", timeout=60_000)


def open_app(browser, app_url: str, width: int, height: int, own_hosts: frozenset[str] = frozenset(LOCAL_HOSTS)):
    context = browser.new_context(viewport={"width": width, "height": height})
    foreign: list[str] = []

    def record(request) -> None:
        url = urllib.parse.urlparse(request.url)
        if url.scheme not in ("data", "blob") and url.hostname not in own_hosts:
            foreign.append(request.url)

    context.on("request", record)
    page = context.new_page()
    page.goto(app_url)
    return context, page, foreign


def test_browser_map_shows_every_place_and_arrow_and_a_click_fills_the_panel(browser, app_url, app_store_path):
    ARTIFACTS.mkdir(exist_ok=True)
    articles = shown_articles(app_store_path)
    assert len(articles) == 5  # the seeds
    places = point_places(articles)
    routes = movement_routes(articles)
    context, page, foreign = open_app(browser, app_url, 1920, 1080)
    frame = map_frame(page)

    assert frame.evaluate("() => document.querySelector('.leaflet-container').getBoundingClientRect().height") > 400
    # The base geometry comes from the app's static file (one fetch the browser keeps), drawn under everything.
    base = json.loads(BASE_FILE.read_text(encoding="utf-8"))
    frame.wait_for_function("() => document.querySelectorAll('.leaflet-land-pane path').length > 0", timeout=30_000)
    assert frame.locator(".leaflet-land-pane path").count() == len(base["land"]["features"])
    assert frame.locator(".leaflet-base-lines-pane path").count() == (
        len(base["land"]["features"]) + len(base["districts"]["features"]))
    south, west, north, east = frame.evaluate(
        "() => { const b = window.map.getBounds(); return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; }"
    )
    assert south <= 19.5 and north >= 33.5 and west <= 9.5 and east >= 25.0  # Ghadames to Kufra, Tripoli to Benghazi

    in_view = {pid: p for pid, p in places.items() if south <= p.lat <= north and west <= p.lon <= east}
    pins = place_pins(frame)
    assert sorted(pins) == sorted(css_class(pid) for pid in places)  # one pin per place, none dropped
    # Every place in view is drawn, on its own or inside a cluster whose bubble is drawn.
    assert {pid for pid in in_view if pins[css_class(pid)] in ("shown", "clustered")} == set(in_view)
    shown = [pid for pid in in_view if pins[css_class(pid)] == "shown"]
    assert visible_count(frame, ".place-marker") == len(shown)
    clustered = sum(1 for pid in in_view if pins[css_class(pid)] == "clustered")
    assert frame.evaluate("() => [...document.querySelectorAll('.place-cluster')].reduce((n, e) => n + +e.dataset.count, 0)") \
        >= clustered
    assert overlapping_labels(frame) == []  # Sabha, Brak, Idri and the district names no longer collide
    assert frame.locator(".movement-arrow").count() == len(routes)
    assert visible_count(frame, ".movement-arrow") == sum(
        1 for o, d in routes
        if min(o.lat, d.lat) <= north and max(o.lat, d.lat) >= south and min(o.lon, d.lon) <= east and max(o.lon, d.lon) >= west
    )
    page.screenshot(path=str(ARTIFACTS / "app-1920x1080.png"))

    # Click the most-mentioned place drawn on its own; the panel must show a sentence with its name marked.
    mention_counts = {
        pid: sum(1 for a in articles for m in a.mentions if m.place is not None and m.place.id == pid) for pid in shown
    }
    target = max(sorted(shown), key=lambda pid: mention_counts[pid])
    surfaces = {m.text for a in articles for m in a.mentions if m.place is not None and m.place.id == target}
    frame.locator(f".place-marker.{css_class(target)}").dispatch_event("click")
    page.wait_for_selector('.st-key-excerpts .selection-title', timeout=60_000)
    page.wait_for_selector(READY, timeout=60_000)
    marked = page.locator(".st-key-excerpts mark.hl-focus").all_inner_texts()
    assert marked and {text.replace(ZWJ, "") for text in marked} <= surfaces
    assert in_view[target].name in page.locator(".st-key-excerpts .selection-title").inner_text()
    page.screenshot(path=str(ARTIFACTS / "app-1920x1080-clicked.png"))

    # A clicked place can be corrected: the control opens a form with the gazetteer picker.
    page.get_by_role("button", name="Correct this place").click()
    popover = page.get_by_test_id("stPopoverBody")
    popover.get_by_role("button", name="Save").wait_for(timeout=30_000)
    assert popover.get_by_text("Place (type to search the gazetteer)").is_visible()
    page.screenshot(path=str(ARTIFACTS / "app-1920x1080-correct.png"))

    context.close()
    assert foreign == []


def test_browser_fits_a_1366_screen(browser, app_url):
    context, page, foreign = open_app(browser, app_url, 1366, 768)
    frame = map_frame(page)
    box = page.locator(MAP_FRAME).bounding_box()
    assert box is not None and box["y"] + box["height"] <= 768  # the whole map is on screen
    assert visible_count(frame, ".place-marker") > 0
    assert overlapping_labels(frame) == []
    page.screenshot(path=str(ARTIFACTS / "app-1366x768.png"))
    context.close()
    assert foreign == []


@contextlib.contextmanager
def recording_proxy():
    """An HTTP proxy on localhost that forwards nothing: yields its URL and the first bytes of every request made to it."""
    seen: list[bytes] = []
    server = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            try:
                connection, _ = server.accept()
            except OSError:  # closed
                return
            with connection:
                connection.settimeout(2)
                try:
                    seen.append(connection.recv(200))
                except OSError as error:
                    seen.append(repr(error).encode())

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}", seen
    finally:
        server.close()


def own_address() -> str:
    """This machine's address on its network (the one another machine would browse to), or 127.0.0.1 if it has none."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: a UDP "connect" picks the route and sends nothing
            return probe.getsockname()[0]
        except OSError:
            return "127.0.0.1"


def test_browser_app_started_as_readme_says_asks_no_other_host(browser, tmp_path):
    """README's `python -m components app` as on a server (headless, every interface): nothing leaves the machine,
    the warm-up's own request included (it goes straight to the server, never through a proxy). Unless
    browser.serverAddress is set, Streamlit asks checkip.amazonaws.com for an "External URL" at every headless start.
    An analyst on another machine reaches the app by this machine's address: the map draws and an upload is added."""
    seeded_store(tmp_path)
    with recording_proxy() as (proxy, seen):
        through_proxy = {name: proxy for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy")}
        with running_app(tmp_path, "streamlit-readme.log", address=None,
                         env={**through_proxy, "NO_PROXY": "", "no_proxy": ""}) as url:
            host = own_address()
            context, page, foreign = open_app(browser, url.replace("127.0.0.1", host), 1366, 768,
                                              frozenset({host}))
            frame = map_frame(page)
            assert visible_count(frame, ".place-marker") > 0
            page.locator('[data-testid="stExpandSidebarButton"]').click()
            open_add_articles(page)
            page.locator(".st-key-upload-files input[type=file]").set_input_files(
                [{"name": "dispatch.txt", "mimeType": "text/plain", "buffer": "وصلت دورية إلى غات.".encode()}])
            page.locator(".st-key-upload-add button").click()
            added = page.locator('[data-testid="stAlert"]', has_text="dispatch.txt: added as ")
            added.wait_for(timeout=60_000)
            context.close()
        log = (ARTIFACTS / "streamlit-readme.log").read_text(encoding="utf-8")
    assert seen == []
    assert foreign == []
    assert "URL: http://localhost:" in log and "External URL" not in log and "external IP" not in log
    assert "Warmed up in " in log
    with Store.open(tmp_path / "store.sqlite3") as store:
        assert [a.source for a in store.articles()].count("dispatch.txt") == 1
