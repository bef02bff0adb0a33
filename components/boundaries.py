"""Runtime access to the polygons in data/boundaries (built by scripts/build_data.py).

Three layers, each a GeoDataFrame in EPSG:4326 with ``make_valid`` applied:
countries (``id`` = ``country:XX``, ``iso_a2``, ``name``, ``name_ar``),
Libya's districts (``id`` = ``district:LY-XX``, ``iso``, ``name``, ``name_ar``) and
regions / border segments (``id`` = ``region:<slug>``, ``name``, ``name_ar``).
The ``area`` column of data/gazetteer.csv refers to these ids.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

BOUNDARIES = Path(__file__).resolve().parent.parent / "data" / "boundaries"


def _load(name: str) -> gpd.GeoDataFrame:
    frame = gpd.read_file(BOUNDARIES / f"{name}.geojson")
    frame = frame.set_crs(4326, allow_override=True)
    frame["geometry"] = frame.geometry.make_valid()
    return frame


@lru_cache(maxsize=1)
def load_countries() -> gpd.GeoDataFrame:
    """Countries of the North Africa / Mediterranean frame (clipped to lon -18..40, lat 0..45)."""
    return _load("countries")


@lru_cache(maxsize=1)
def load_districts() -> gpd.GeoDataFrame:
    """Libya's 22 districts (ISO 3166-2:LY)."""
    return _load("districts")


@lru_cache(maxsize=1)
def load_regions() -> gpd.GeoDataFrame:
    """Regions (Fezzan, Cyrenaica, ...), Libya's border segments and border triangles."""
    return _load("regions")


@lru_cache(maxsize=1)
def load_areas() -> gpd.GeoDataFrame:
    """All three layers in one frame indexed by ``id`` (columns: id, name, name_ar, geometry)."""
    columns = ["id", "name", "name_ar", "geometry"]
    frames = [load_countries()[columns], load_districts()[columns], load_regions()[columns]]
    areas = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=4326)
    return areas.set_index("id", drop=False)


def country_of(lat: float, lon: float) -> str | None:
    """ISO alpha-2 of the country polygon containing the point, or None (sea, outside the frame)."""
    countries = load_countries()
    point = Point(lon, lat)
    hits = countries.iloc[list(countries.sindex.query(point, predicate="intersects"))]
    return str(hits.iloc[0]["iso_a2"]) if len(hits) else None
