"""Exports of the current view: GeoJSON, GeoPackage (QGIS), an ACLED-style CSV, and the map as a
standalone HTML file that works offline (vendored scripts, styles and fonts inlined)."""
from __future__ import annotations

import base64
import csv
import io
import json
import mimetypes
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

import folium
import geopandas as gpd
from shapely.geometry import LineString, Point

from components.records import Article, Mention, Movement

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "static"
CRS = "EPSG:4326"
# ACLED's geo-precision: 1 the named place, 2 a district or a place near it, 3 a region or country.
GEO_PRECISION = {"district": 2, "region": 3, "country": 3}
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
    "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "source_url",
    "notes", "movement_kind", "status", "role", "article_id", "attributed_to",
)


def _place_rows(articles: Sequence[Article]) -> list[dict]:
    """One row per resolved place: how often and where it is named."""
    rows: dict[str, dict] = {}
    for article in articles:
        for mention in article.mentions:
            place = mention.place
            if place is None:
                continue
            row = rows.setdefault(place.id, {
                "place_id": place.id, "name": place.name, "name_ar": place.name_ar, "kind": place.kind,
                "country": place.country, "area": place.area or "", "mentions": 0, "articles": [],
                "geometry": Point(place.lon, place.lat)})
            row["mentions"] += 1
            if article.id not in row["articles"]:
                row["articles"].append(article.id)
    for row in rows.values():
        row["articles"] = ", ".join(row["articles"])
    return list(rows.values())


def _legs(movement: Movement) -> list[tuple[Mention | None, Mention]]:
    """(origin, end) pairs drawn for a movement; with no origin, each destination alone."""
    origins = [m for m in movement.origins if m.place]
    ends = [m for m in movement.destinations if m.place] or [m for m in movement.via if m.place]
    if not ends:
        return [(None, m) for m in origins]
    return [(o, d) for o in origins for d in ends] if origins else [(None, d) for d in ends]


def _movement_rows(articles: Sequence[Article]) -> list[dict]:
    rows = []
    for article in articles:
        for index, movement in enumerate(article.movements):
            for origin, end in _legs(movement):
                point = Point(end.place.lon, end.place.lat)
                geometry = LineString([(origin.place.lon, origin.place.lat), (point.x, point.y)]) if origin else point
                rows.append({
                    "movement_id": f"{article.id}#{index}", "article_id": article.id, "kind": movement.kind,
                    "status": movement.status,
                    "actor": movement.actor.name or movement.actor.text if movement.actor else "",
                    "origin": origin.place.name if origin else "", "destination": end.place.name,
                    "destination_ar": end.text, "evidence": movement.evidence.text,
                    "trigger": movement.trigger.text if movement.trigger else "",
                    "attributed_to": movement.attributed_to or "",
                    "event_date": movement.date.value if movement.date and movement.date.value else "",
                    "geometry": geometry,
                })
    return rows


def places_frame(articles: Sequence[Article]) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(_place_rows(articles), geometry="geometry", crs=CRS)


def movements_frame(articles: Sequence[Article]) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(_movement_rows(articles), geometry="geometry", crs=CRS)


def to_geojson(articles: Sequence[Article]) -> str:
    """One FeatureCollection: places (points) and movements (lines, or points where no origin is stated)."""
    features = []
    for layer, frame in (("place", places_frame(articles)), ("movement", movements_frame(articles))):
        if frame.empty:
            continue
        for feature in json.loads(frame.to_json(drop_id=True))["features"]:
            feature["properties"]["layer"] = layer
            features.append(feature)
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


def to_geopackage(articles: Sequence[Article]) -> bytes:
    """A GeoPackage with a ``places`` layer and ``movement_lines`` / ``movement_points`` layers."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.gpkg"
        places_frame(articles).to_file(path, layer="places", driver="GPKG")
        movements = movements_frame(articles)
        if not movements.empty:
            lines = movements[movements.geom_type == "LineString"]
            points = movements[movements.geom_type == "Point"]
            if not lines.empty:
                lines.to_file(path, layer="movement_lines", driver="GPKG")
            if not points.empty:
                points.to_file(path, layer="movement_points", driver="GPKG")
        return path.read_bytes()


def _admin1(lon: float, lat: float, districts: gpd.GeoDataFrame | None) -> str:
    if districts is None:
        return ""
    hits = districts[districts.contains(Point(lon, lat))]
    return str(hits.iloc[0]["name"]) if len(hits) else ""


def to_acled_csv(articles: Sequence[Article], *, districts: gpd.GeoDataFrame | None = None,
                 source_urls: dict[str, str] | None = None) -> str:
    """One row per movement and place it went to (or left from), in ACLED's column style."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    number = 0
    for article in articles:
        for movement in article.movements:
            for origin, end in _legs(movement):
                number += 1
                place = end.place
                role = "origin" if end in movement.origins else "destination"
                date = movement.date.value if movement.date and movement.date.value else (article.published or "")
                writer.writerow({
                    "event_id_cnty": f"{place.country}{number}",
                    "event_date": date,
                    "year": date[:4],
                    "time_precision": 1 if movement.date and movement.date.value else (2 if date else ""),
                    "event_type": "Strategic developments",
                    "sub_event_type": "Other",
                    "actor1": movement.actor.name or movement.actor.text if movement.actor else "",
                    "country": place.country,
                    "admin1": _admin1(place.lon, place.lat, districts) if place.country == "LY" else "",
                    "location": place.name,
                    "latitude": f"{place.lat:.5f}",
                    "longitude": f"{place.lon:.5f}",
                    "geo_precision": GEO_PRECISION.get(place.kind, 1),
                    "source": article.source,
                    "source_url": (source_urls or {}).get(article.id, ""),
                    "notes": f"{movement.kind} ({movement.status})"
                             + (f" from {origin.place.name}" if origin else "")
                             + f" to {place.name}: «{movement.evidence.text}»",
                    "movement_kind": movement.kind,
                    "status": movement.status,
                    "role": role,
                    "article_id": article.id,
                    "attributed_to": movement.attributed_to or "",
                })
    return buffer.getvalue()


def _data_uri(path: Path) -> str:
    kind = mimetypes.guess_type(path.name)[0] or ("font/woff2" if path.suffix == ".woff2" else "application/octet-stream")
    return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def _inline_css(css: str, folder: Path) -> str:
    """CSS with every url(...) to a vendored file replaced by a data: URI."""
    def replace(match: re.Match) -> str:
        target = match.group(1).strip("'\"")
        if target.startswith(("data:", "#")):
            return match.group(0)
        path = (STATIC / target[len("/app/static/"):]) if target.startswith("/app/static/") else folder / target
        return f"url({_data_uri(path)})" if path.is_file() else match.group(0)

    return re.sub(r"url\(([^)]+)\)", replace, css)


def to_html(folium_map: folium.Map) -> str:
    """The map as one HTML file that opens offline: vendored scripts and styles inlined."""
    html = folium_map.get_root().render()

    def script(match: re.Match) -> str:
        path = STATIC / match.group(1)
        return f"<script>{path.read_text(encoding='utf-8')}</script>"

    def style(match: re.Match) -> str:
        path = STATIC / match.group(1)
        return f"<style>{_inline_css(path.read_text(encoding='utf-8'), path.parent)}</style>"

    html = re.sub(r'<script src="/app/static/([^"]+)"></script>', script, html)
    html = re.sub(r'<link rel="stylesheet" href="/app/static/([^"]+)"\s*/?>', style, html)
    return _inline_css(html, STATIC)
