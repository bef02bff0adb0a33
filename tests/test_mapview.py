"""build_map on a tiny inline fixture: one marker per place, arrows per route, offline, escaped."""
from __future__ import annotations

import re

import folium

from components.assets import use_vendored_assets
from components.mapview import build_map
from tests.conftest import EVIL

URL = re.compile(r"https?://[^\s\"'<>()`]+")


def render(articles, boundaries, **kwargs):
    m, clicks = build_map(articles, **boundaries, **kwargs)
    return m, clicks, m.get_root().render()


def test_mapview_one_marker_per_point_place(articles, boundaries):
    _, _, html = render(articles, boundaries)
    # sabha, ubari, ghat, sirte, misrata, ghadames and the hostile place; الشاطئ is an area.
    assert len(re.findall(r'"className": "place-marker place-[a-z0-9_-]+"', html)) == 7
    assert html.count('"className": "place-marker place-sabha"') == 1
    assert html.count('"className": "place-area-marker place-ly-ws"') == 1
    assert html.count('"className": "place-area"') == 1


def test_mapview_arrows_per_origin_destination_pair(articles, boundaries):
    _, _, html = render(articles, boundaries)
    # ubari→sabha (reported), misrata→sirte (planned), sabha→ghat (conditional)
    assert html.count('"className": "movement-arrow"') == 3
    assert html.count('"className": "movement-hit"') == 3
    assert html.count('"className": "movement-arrowhead-icon"') == 3
    # the denied move to Ghadames has no origin: a ring at its destination
    assert html.count('"className": "movement-destination-only"') == 1
    assert '"dashArray": "12 8"' in html  # planned is dashed


def test_mapview_focus_draws_one_article(articles, boundaries):
    _, clicks, html = render(articles, boundaries, focus="b2")
    assert html.count('"className": "movement-arrow"') == 1
    assert html.count('"className": "place-marker ') == 3
    assert sorted(key for key in clicks.values() if key[0] == "movement") == [("movement", "b2#0")]


def test_mapview_click_table_maps_tooltip_text_to_records(articles, boundaries):
    _, clicks, _ = render(articles, boundaries)
    assert clicks["Sabha · سبها · 3 mentions"] == ("place", "sabha")
    assert clicks["Ubari · أوباري · 1 mention"] == ("place", "ubari")
    assert clicks["Movement 1.1 · reported · Ubari → Sabha · LNA"] == ("movement", "a1#0")
    assert clicks["Movement 1.3 · denied · — → Ghadames"] == ("movement", "a1#2")
    assert len(set(clicks.values())) == len(clicks) == 12


def test_mapview_no_external_urls(articles, boundaries):
    m, _, html = render(articles, boundaries)
    assert URL.findall(html) == []
    assert "/app/static/leaflet/leaflet.js" in html
    assert "/app/static/leaflet.fullscreen/Control.FullScreen.js" in html
    for name in ("jquery", "bootstrap", "font-awesome", "fontawesome", "awesome-markers", "d3.min.js", "d3.v"):
        assert name not in html.lower()


def test_mapview_assets_replace_every_cdn():
    use_vendored_assets()
    for links in (folium.Map.default_js, folium.Map.default_css,
                  folium.plugins.Fullscreen.default_js, folium.plugins.Fullscreen.default_css):
        assert links and all(url.startswith("/app/static/") for _, url in links)


def test_mapview_escapes_hostile_text(articles, boundaries):
    _, clicks, html = render(articles, boundaries)
    assert EVIL not in html
    for raw in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "`${alert(1)}`", "${alert"):
        assert raw not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#96;&#36;{alert(1)}&#96; &#92;x" in html
    # the click table holds the text as the browser reads it back, not the escaped HTML
    assert f"{EVIL} · {EVIL} · 1 mention" in clicks


def test_mapview_frames_libya_south_west(articles, boundaries):
    m, _, html = render(articles, boundaries)
    assert "fitBounds" in html and "[[19.0, 7.0], [34.0, 26.0]]" in html
    assert '"minZoom": 4' in html and '"maxZoom": 11' in html
    assert "tile_layer" not in html
