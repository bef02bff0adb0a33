"""components.boundaries: the runtime loader of data/boundaries."""
from __future__ import annotations

import pytest

from components.boundaries import (
    country_of,
    load_areas,
    load_countries,
    load_districts,
    load_regions,
)


@pytest.mark.parametrize("loader", [load_countries, load_districts, load_regions, load_areas])
def test_crs_and_validity(loader):
    frame = loader()
    assert frame.crs.to_epsg() == 4326
    assert frame.geometry.is_valid.all()
    assert frame["id"].is_unique


def test_loaders_are_cached():
    assert load_countries() is load_countries()


def test_libya_bounds():
    countries = load_countries().set_index("iso_a2")
    assert countries.loc["LY", "id"] == "country:LY"
    for got, want in zip(countries.loc["LY", "geometry"].bounds, (9.29, 19.50, 25.16, 33.18)):
        assert got == pytest.approx(want, abs=0.1)


def test_neighbours_are_drawn():
    assert {"LY", "DZ", "TN", "NE", "TD", "SD", "EG", "SS", "MT", "IT", "GR"} <= set(load_countries().iso_a2)


def test_twenty_two_districts():
    districts = load_districts()
    assert len(districts) == 22
    assert set(districts["id"]) == {f"district:LY-{c}" for c in (
        "BA", "BU", "DR", "GT", "JA", "JG", "JI", "JU", "KF", "MB", "MI", "MJ", "MQ", "NL", "NQ",
        "SB", "SR", "TB", "WA", "WD", "WS", "ZA")}
    assert districts.set_index("iso").loc["LY-WS", "name_ar"] == "وادي الشاطئ"


def test_regions():
    ids = set(load_regions()["id"])
    assert {"region:fezzan", "region:cyrenaica", "region:oil-crescent", "region:tripoint-ly-dz-ne"} <= ids
    assert {f"region:border-ly-{c}" for c in ("tn", "dz", "ne", "td", "sd", "eg")} <= ids


def test_load_areas_is_indexed_by_id():
    areas = load_areas()
    assert areas.loc["district:LY-SB", "name_ar"] == "سبها"
    assert areas.loc["country:LY", "name_ar"] == "ليبيا"
    assert areas.loc["region:fezzan", "geometry"].contains(areas.loc["district:LY-SB", "geometry"].centroid)


@pytest.mark.parametrize(("lat", "lon", "iso"), [
    (27.03766, 14.42832, "LY"),  # Sabha
    (24.55, 9.48, "DZ"),  # Djanet
    (36.81897, 10.16579, "TN"),  # Tunis
    (16.97333, 7.99111, "NE"),  # Agadez
    (34.0, 18.0, None),  # the sea
])
def test_country_of(lat, lon, iso):
    assert country_of(lat, lon) == iso
