"""The exported HTML map, opened offline in Chromium: it draws, and hostile article text runs nothing."""
from components.boundaries import load_areas, load_countries, load_districts
from components.exports import to_html
from components.mapview import build_map
from components.pipeline import extract_text

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
