"""The exported HTML map, opened offline in Chromium: it draws, and hostile article text runs nothing."""
import csv
import json

import geopandas as gpd
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from components.boundaries import load_areas, load_countries, load_districts
from components.exports import movements_frame, to_html
from components.mapview import build_map
from components.pipeline import extract_text
from tests.conftest import ARTIFACTS
from tests.test_browser import map_frame, shown_articles

HOSTILE = ('وصلت قوات الجيش الوطني الليبي إلى سبها <script>window.__pwned=1</script> '
           '<img src=x onerror="window.__pwned=2"> `${window.__pwned=3}` \u202eسرت\u202c.')


def test_exports_browser_standalone_map_draws_offline_and_runs_no_article_text(tmp_path, browser):
    article = extract_text(HOSTILE, article_id="hostile", source="<b>x</b>.txt")
    assert article.movements, "the hostile article must still yield its movement"
    folium_map, _ = build_map([article], countries=load_countries(), districts=load_districts(), areas=load_areas())
    path = tmp_path / "map.html"
    path.write_text(to_html(folium_map), encoding="utf-8")

    outside = []
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.on("request", lambda r: outside.append(r.url) if r.url.startswith(("http:", "https:")) else None)
    page.goto(path.as_uri())
    page.wait_for_selector(".leaflet-container")
    assert page.eval_on_selector(".leaflet-container", "e => e.getBoundingClientRect().height") > 100
    markers = page.query_selector_all(".place-marker")
    assert markers
    for marker in markers:
        marker.dispatch_event("mouseover")
        marker.dispatch_event("click")
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img[src=\"x\"]').length") == 0
    page.close()
    assert outside == []


def _why_not(page) -> str:
    """What the page and the server say when a download does not come: the buttons' errors, the log's end."""
    errors = page.locator("[data-testid=stDownloadButtonError]").all_inner_texts()
    log = (ARTIFACTS / "streamlit.log").read_text(encoding="utf-8", errors="replace")[-2000:]
    return f"button errors {errors}; streamlit log ends:\n{log}"


def test_exports_browser_each_download_is_made_on_click_and_reads_back(browser, app_url, app_store_path, tmp_path):
    """The app makes each export only when its button is clicked; what arrives is the view's data."""
    legs = movements_frame(shown_articles(app_store_path))
    page = browser.new_page(viewport={"width": 1920, "height": 1080}, accept_downloads=True)
    page.goto(app_url)
    map_frame(page)
    page.get_by_text("Export this view").click()
    files = {}
    for label in ("GeoJSON", "GeoPackage", "CSV (ACLED style)", "Map (offline HTML)"):
        try:
            with page.expect_download(timeout=60_000) as download:
                page.get_by_role("button", name=label).click()
        except PlaywrightTimeout as timeout:
            raise AssertionError(f"no {label} download within 60 s: {_why_not(page)}") from timeout
        files[label] = tmp_path / download.value.suggested_filename
        download.value.save_as(files[label])
    page.close()
    features = json.loads(files["GeoJSON"].read_text(encoding="utf-8"))["features"]
    assert sorted(f["properties"]["movement_id"] for f in features if f["properties"]["layer"] == "movement") \
        == sorted(legs["movement_id"])
    read_back = [gpd.read_file(files["GeoPackage"], layer=layer) for layer in ("movement_lines", "movement_points")]
    assert sorted(id_ for frame in read_back for id_ in frame["movement_id"]) == sorted(legs["movement_id"])
    with files["CSV (ACLED style)"].open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {"actor1", "location", "latitude", "longitude", "geo_precision", "notes"} <= set(rows[0])
    html = files["Map (offline HTML)"].read_text(encoding="utf-8")
    assert "/app/static/" not in html and "L.markerClusterGroup" in html
