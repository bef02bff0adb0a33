"""Exports opened and read back as an analyst's tools would."""
import csv
import io
import json
import re

import geopandas as gpd
import pyogrio
import pytest

from components.boundaries import load_areas, load_countries, load_districts
from components.exports import ACLED_COLUMNS, to_acled_csv, to_geojson, to_geopackage, to_html
from components.mapview import build_map
from components.pipeline import extract_text

TEXT = "أرسل الجيش الوطني الليبي تعزيزات من بنغازي إلى سبها وغات أمس."


@pytest.fixture(scope="module")
def articles():
    return [extract_text(TEXT, article_id="a1", source="a1.txt", published="2020-06-12")]


def test_exports_geojson_has_places_and_movement_lines(articles):
    collection = json.loads(to_geojson(articles))
    places = [f for f in collection["features"] if f["properties"]["layer"] == "place"]
    lines = [f for f in collection["features"] if f["properties"]["layer"] == "movement"]
    assert sorted(f["properties"]["name"] for f in places) == ["Benghazi", "Ghat", "Sabha"]
    assert [f["geometry"]["type"] for f in lines] == ["LineString", "LineString"]
    sabha = next(f for f in lines if f["properties"]["destination"] == "Sabha")
    assert sabha["geometry"]["coordinates"][1] == pytest.approx([14.42832, 27.03766], abs=1e-4)
    assert sabha["properties"]["status"] == "reported"
    assert sabha["properties"]["event_date"] == "2020-06-11"


def test_exports_geopackage_reads_back_in_geopandas(tmp_path, articles):
    path = tmp_path / "view.gpkg"
    path.write_bytes(to_geopackage(articles))
    assert [name for name, _ in pyogrio.list_layers(path)] == ["places", "movement_lines"]
    places = gpd.read_file(path, layer="places")
    assert places.crs.to_epsg() == 4326
    assert set(places["name_ar"]) == {"بنغازي", "سبها", "غات"}
    lines = gpd.read_file(path, layer="movement_lines")
    assert list(lines["actor"]) == ["Libyan National Army", "Libyan National Army"]


def test_exports_acled_csv_columns_and_rows(articles):
    rows = list(csv.DictReader(io.StringIO(to_acled_csv(articles, districts=load_districts()))))
    assert tuple(rows[0]) == ACLED_COLUMNS
    sabha = next(r for r in rows if r["location"] == "Sabha")
    assert (sabha["event_date"], sabha["year"], sabha["admin1"], sabha["geo_precision"]) == ("2020-06-11", "2020", "Sabha", "1")
    assert (sabha["latitude"], sabha["longitude"]) == ("27.03766", "14.42832")
    assert "«" + TEXT + "»" in sabha["notes"]


def test_exports_html_inlines_the_vendored_scripts(articles):
    folium_map, _ = build_map(articles, countries=load_countries(), districts=load_districts(), areas=load_areas())
    html = to_html(folium_map)
    assert "/app/static/" not in html
    assert "Leaflet" in html and "L.map(" in html
    assert not re.search(r'<(script|link)[^>]+(src|href)="https?://', html)
    assert "data:font/woff2;base64," in html
