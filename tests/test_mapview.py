"""build_map on a tiny inline fixture: one marker per place, arrows per route, offline, escaped."""
from __future__ import annotations

import json
import re
from dataclasses import replace

import folium
import pytest

from components.assets import use_vendored_assets
from components.mapview import DENIED_COLOUR, SPARE_COLOURS, UNKNOWN_ACTOR_COLOUR, actor_colour, build_map
from components.panel import selection_html
from components.records import Article, Span
from tests.conftest import EVIL

URL = re.compile(r"https?://[^\s\"'<>()`]+")


def render(articles, boundaries, **kwargs):
    m, clicks = build_map(articles, **boundaries, **kwargs)
    return m, clicks, m.get_root().render()


PIN = re.compile(r'<svg class="(place-(?:area-)?marker) (place-[a-z0-9_-]+)"[^>]*><circle [^>]*r="([\d.]+)"')


def features(html: str) -> list[tuple[str, str, list, dict, str | None]]:
    """Every feature the map's aggregated layers draw: (layer variable, kind, coordinates, options, tooltip)."""
    found = []
    for target, data in re.findall(r"\}\)\((\w+), (\[.*\])\);\n", html):
        found += [(target, *feature) for feature in json.loads(data)]
    return found


def pins(html: str) -> list[tuple[str, str, float]]:
    """(kind of marker, place class, radius) of every place pin: the circle inside each DivIcon."""
    icons = [json.loads(f'"{raw}"') for raw in re.findall(r'"html": "((?:[^"\\]|\\.)*)"', html)]
    return [(m[1], m[2], float(m[3])) for icon in icons for m in PIN.finditer(icon)]


def test_mapview_one_marker_per_point_place(articles, boundaries):
    _, _, html = render(articles, boundaries)
    found = pins(html)
    # sabha, ubari, ghat, sirte, misrata, ghadames and the hostile place; الشاطئ is an area.
    assert len([p for p in found if p[0] == "place-marker"]) == 7
    assert [p[1] for p in found].count("place-sabha") == 1
    assert ("place-area-marker", "place-ly-ws", 5.0) in found
    assert html.count('"className": "place-area"') == 1
    # every pin is clustered where it overlaps others, with the vendored plugin
    clustered = [f for f in features(html) if f[0].startswith("marker_cluster_")]
    assert len(clustered) == len(found) == 8 and all(f[1] == "marker" and f[4] for f in clustered)
    assert "/app/static/leaflet.markercluster/leaflet.markercluster.js" in html


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
    assert len([p for p in pins(html) if p[0] == "place-marker"]) == 3
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
    for raw in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "`${alert(1)}`", "${alert", "{% if 1 %}"):
        assert raw not in html
    # branca compiles rendered scripts again as Jinja: a name's {{ … }} must stay text, never run
    assert "ssti!" not in html
    # what the browser is given (tooltips and marker HTML, decoded from the layers' JSON) is escaped text
    drawn = " ".join(json.dumps([f[3], f[4]], ensure_ascii=False) for f in features(html))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in drawn
    assert "&#96;&#36;&#123;alert(1)&#125;&#96; &#92;x" in drawn
    assert "&#123;&#123; &#x27;sst&#x27; ~ &#x27;i!&#x27; &#125;&#125;" in drawn
    # the click table holds the text as the browser reads it back, not the escaped HTML
    assert f"{EVIL} · {EVIL} · 1 mention" in clicks


def test_mapview_frames_libya_south_west(articles, boundaries):
    m, _, html = render(articles, boundaries)
    assert "fitBounds" in html and "[[19.0, 7.0], [34.0, 26.0]]" in html
    assert '"minZoom": 4' in html and '"maxZoom": 11' in html
    assert "tile_layer" not in html


def duplicated(articles):
    """The fixture plus a second article repeating a1's reported LNA move (Ubari → Sabha) and denying it."""
    first = articles[0]
    text = "وصلت القوات من أوباري إلى سبها. ونفى الجيش وصول القوات من أوباري إلى سبها."
    reported, denied = first.movements[0], first.movements[0]
    copy = Article(
        id="c3", source="fixture", text=text, mentions=(),
        movements=(
            replace(reported, evidence=Span(0, 31, text[:31])),
            replace(denied, status="denied", evidence=Span(32, len(text), text[32:])),
        ),
    )
    return [*articles, copy]


def test_mapview_arrows_coloured_by_actor_dashed_by_status(articles, boundaries):
    _, _, html = render(articles, boundaries)
    assert actor_colour("Libyan National Army") == "#d55e00"
    assert actor_colour(None) == UNKNOWN_ACTOR_COLOUR
    assert actor_colour("Some new militia") in SPARE_COLOURS
    drawn = features(html)
    styles = [(f[3]["color"], f[3].get("dashArray")) for f in drawn if f[3].get("className") == "movement-arrow"]
    # "LNA" (not a canonical name: a spare colour) reported, solid; unknown actors planned (dashed) and
    # conditional (dotted), grey
    assert sorted(styles, key=str) == sorted([(actor_colour("LNA"), None), (UNKNOWN_ACTOR_COLOUR, "12 8"),
                                              (UNKNOWN_ACTOR_COLOUR, "1 9")], key=str)
    [ring] = [f for f in drawn if f[3].get("className") == "movement-destination-only"]
    assert ring[3]["color"] == DENIED_COLOUR
    # the legend names both encodings, as plain HTML
    assert "line = status" in html and "colour = who moves" in html
    assert html.count("legend-actor") == 2  # LNA and the actors the text does not name
    assert "actor not known" in html


def test_mapview_identical_arrows_drawn_once_with_count_and_sources(articles, boundaries):
    _, clicks, html = render(duplicated(articles), boundaries)
    assert html.count('"className": "movement-arrow"') == 4  # the repeat joins 1.1; the denial is its own arrow
    assert clicks["Movements 1.1, 3.1 ×2 · reported · Ubari → Sabha · LNA · 2 sources"] == (
        "movements", "a1#0|c3#0")
    assert clicks["Movement 3.2 · denied · Ubari → Sabha · LNA · 2 sources"] == ("movement", "c3#1")


def test_mapview_contested_event_has_a_badge_leading_to_both_excerpts(articles, boundaries):
    articles = duplicated(articles)
    _, clicks, html = render(articles, boundaries)
    assert html.count('class=\\"contested-event\\"') == 1
    key = clicks["Contested · LNA → Sabha · reported in 1.1, 3.1 · denied in 3.2"]
    assert key == ("movements", "a1#0|c3#0|c3#1")
    numbers = {a.id: n for n, a in enumerate(articles, start=1)}
    panel_html = selection_html(articles, key, numbers)
    assert panel_html.count('class="excerpt"') == 3 and "badge-denied" in panel_html and "badge-reported" in panel_html
    _, _, plain = render(articles[:2], boundaries)
    assert 'class=\\"contested-event\\"' not in plain


def test_mapview_highlight_frames_the_movement_and_draws_it_on_top(articles, boundaries):
    _, _, html = render(articles, boundaries, highlight=("a1", 1))  # Misrata → Sirte
    assert html.count('"className": "movement-highlight"') == 1
    assert html.count('"className": "movement-highlight-casing"') == 1
    assert "[[19.0, 7.0], [34.0, 26.0]]" not in html
    bounds = re.search(r"fitBounds\(\s*\[\[([-\d.]+), ([-\d.]+)\], \[([-\d.]+), ([-\d.]+)\]\]", html)
    south, west, north, east = map(float, bounds.groups())
    assert south <= 31.20892 and north >= 32.37535 and west <= 15.09254 and east >= 16.58866
    assert east - west < 5 and north - south < 5
    assert html.count('"opacity": 0.3,') == 2  # the two other arrows are faded


def test_mapview_focus_place_frames_and_rings_that_place(articles, boundaries):
    _, _, html = render(articles, boundaries, focus_place="ghat")  # Ghat 24.96334, 10.18003
    assert "[[19.0, 7.0], [34.0, 26.0]]" not in html
    bounds = re.search(r"fitBounds\(\s*\[\[([-\d.]+), ([-\d.]+)\], \[([-\d.]+), ([-\d.]+)\]\]", html)
    assert [round(float(value), 5) for value in bounds.groups()] == [24.21334, 9.43003, 25.71334, 10.93003]
    assert '"maxZoom": 8' in html  # a town is framed closer than a movement
    assert html.count('"className": "place-focus"') == 1
    assert '"className": "movement-highlight"' not in html  # no arrow is faded for a place
    _, _, unknown = render(articles, boundaries, focus_place="nowhere")
    assert "[[19.0, 7.0], [34.0, 26.0]]" in unknown and "place-focus" not in unknown
    _, _, both = render(articles, boundaries, focus_place="ghat", highlight=("a1", 1))
    assert "place-focus" not in both  # a highlighted movement is framed instead


def test_mapview_highlight_of_a_one_ended_movement_rings_it(articles, boundaries):
    _, _, html = render(articles, boundaries, highlight=("a1", 2))
    assert html.count('"className": "movement-highlight"') == 1
    assert html.count('"className": "movement-highlight-casing"') == 1
    assert '"className": "movement-highlight-area"' not in html  # Ghadames is a point


def test_mapview_highlight_outlines_an_area_it_names(articles, boundaries):
    shati = next(m for m in articles[0].mentions if m.text == "الشاطئ")
    moved = replace(articles[0].movements[0], destinations=(shati,))
    articles = [replace(articles[0], movements=(moved,)), articles[1]]
    _, _, html = render(articles, boundaries, highlight=("a1", 0))
    assert html.count('"className": "movement-highlight-area"') == 1
    assert html.count('"className": "movement-highlight"') == 1


def test_mapview_briefing_draws_larger(articles, boundaries):
    _, _, normal = render(articles, boundaries)
    _, _, large = render(articles, boundaries, briefing=True)
    def sabha_radius(html):
        return next(radius for _, css_class, radius in pins(html) if css_class == "place-sabha")

    assert sabha_radius(large) == pytest.approx(sabha_radius(normal) * 1.6, abs=0.1)
    assert ".place-label .ar { font-size: 22px; }" in large and ".place-label .ar { font-size: 22px; }" not in normal
    assert URL.findall(large) == []
    assert "L.control.layers" in normal and "L.control.layers" not in large



def test_mapview_labels_rank_destinations_above_mentions_and_clusters_name_their_places(articles, boundaries):
    _, _, html = render(articles, boundaries)
    icons = "".join(json.loads(f'"{raw}"') for raw in re.findall(r'"html": "((?:[^"\\]|\\.)*)"', html))
    ranks = {name: int(rank) for rank, name in re.findall(r'data-rank="(\d+)"><span class="ar" lang="ar">([^<]+)<', icons)}
    # Sabha (destination of a reported move, 3 mentions) outranks Misrata (only an origin, 1 mention).
    assert ranks["سبها"] == 10_000 + 30 + 3 and ranks["مصراتة"] == 10 + 3
    assert '"category": "reported"' in html and "clustermouseover" in html
    assert "'.place-label, .town-label, .district-label'" in html


def test_mapview_labels_stay_the_same_under_a_filter(articles, boundaries):
    from components.panel import Numbering, overview_parts
    from components.views import View, apply_view

    denied = apply_view(articles, View(statuses=("denied",)))  # a1's third movement only
    numbers = Numbering.of(articles, denied)
    _, clicks, _ = render(denied, boundaries, numbers=numbers)
    assert clicks["Movement 1.3 · denied · — → Ghadames"] == ("movement", "a1#0")  # 1.3, not 1.1
    [part] = [p for p in overview_parts(denied, numbers) if p.movement]
    assert part.movement == ("a1", 0) and ">1.3<" in part.html
    assert numbers["b2"] == 2 and Numbering.of(articles, articles).label("a1", 2) == "1.3"


def test_mapview_circle_sizes_are_relative_to_the_most_mentioned_place():
    from components.mapview import _radius

    assert _radius(1, 1) == _radius(1, 9) == round(6 + 16 / 3, 1)  # a few articles: differences stay visible
    assert _radius(400, 400) == 22.0 and _radius(100, 400) == 14.0  # a large collection: no 60-px discs
    assert _radius(1, 400) == 6.8


def test_mapview_reference_towns_name_the_base_map_except_where_a_place_is_drawn(articles, boundaries):
    from components.gazetteer import load
    from components.mapview import reference_towns

    towns = reference_towns(list(load().places.values()))
    names = {town.name for town in towns}
    assert {"Tripoli", "Benghazi", "Sabha", "Ubari", "Murzuq", "Agadez", "Abéché"} <= names
    assert "Cairo" not in names and "Zuwarah" not in names  # Cairo outside the frame; a northern town under 100,000
    assert all(t.kind in ("city", "town") for t in towns)
    sabha = next(m.place for m in articles[0].mentions if m.place is not None and m.place.id == "sabha")
    towns = [t for t in towns if t.name != "Sabha"] + [sabha]  # the fixture's Sabha, with the fixture's id
    _, _, html = render(articles, boundaries, towns=towns)
    drawn = [f for f in features(html) if f[3].get("icon", {}).get("className") == "town-icon"]
    labels = " ".join(f[3]["icon"]["html"] for f in drawn)
    assert "Benghazi" in labels and "Tripoli" in labels
    assert ">Sabha<" not in labels  # Sabha is one of the articles' places: its own marker names it
    assert all(f[3].get("interactive") is False for f in drawn)


def test_mapview_a_route_of_many_movements_lists_a_few_and_counts_all(articles, boundaries):
    """A route a thousand articles report keeps a tooltip one can read: its first numbers, '…' and ×N (the click
    still leads to every one of them); the contested badge counts its reports the same way."""
    copies = [replace(c, id=f"c{k}") for k, c in enumerate([duplicated(articles)[-1]] * 9, start=3)]
    _, clicks, html = render([*articles, *copies], boundaries)
    [reported] = [text for text in clicks if text.startswith("Movements 1.1, ")]
    assert reported == "Movements 1.1, 3.1, 4.1, 5.1, 6.1, 7.1 … ×10 · reported · Ubari → Sabha · LNA · 10 sources"
    assert clicks[reported] == ("movements", "|".join(["a1#0", *(f"c{k}#0" for k in range(3, 12))]))
    [contested] = [text for text in clicks if text.startswith("Contested")]
    assert contested == ("Contested · LNA → Sabha · reported in 1.1, 3.1, 4.1, 5.1, 6.1, 7.1 … (10 in all) · "
                         "denied in 3.2, 4.2, 5.2, 6.2, 7.2, 8.2 … (9 in all)")
    assert "11.1 " not in html and "11.1," not in html  # the numbers left out are not sent to the page


def test_mapview_drawing_the_same_articles_again_reuses_their_places_and_routes(articles, boundaries):
    from components import mapview

    fresh = render(articles, boundaries, highlight=("a1", 0))
    assert mapview._DRAWN and mapview._DRAWN[0][1] == articles  # kept for the next map of these articles
    again = render(articles, boundaries, highlight=("a1", 0))
    def drawn(html: str) -> list:
        return [feature[1:] for feature in features(html)]  # without the layers' random variable names

    assert again[1] == fresh[1] and drawn(again[2]) == drawn(fresh[2])
    mapview._DRAWN.clear()
    assert drawn(render(articles, boundaries, highlight=("a1", 0))[2]) == drawn(fresh[2])
    one = render(articles[:1], boundaries)  # other articles: drawn anew, not from the kept ones
    assert len(one[1]) < len(fresh[1]) and mapview._DRAWN[0][1] == articles[:1]


def test_committed_base_geometry_is_what_the_bundled_boundaries_make():
    from components.boundaries import load_countries, load_districts
    from components.mapview import BASE_FILE, base_json

    assert BASE_FILE.read_text(encoding="utf-8") == base_json(load_countries(), load_districts()), \
        "static/base.json is out of date: run python scripts/build_base.py"


def test_map_fetches_its_base_geometry_from_the_static_file_or_carries_it_inline(articles, boundaries):
    from components.mapview import BASE_URL, _base_data

    land, districts, _ = _base_data(boundaries["countries"], boundaries["districts"])
    geometry = [json.dumps(part, sort_keys=True) for part in (land, districts)]
    inline = build_map(articles, **boundaries)[0].get_root().render()
    fetched = build_map(articles, **boundaries, base_url=BASE_URL)[0].get_root().render()
    assert all(part in inline for part in geometry) and "fetch(" not in inline  # an exported map works offline
    assert 'fetch("/app/static/base.json")' in fetched and not any(part in fetched for part in geometry)
