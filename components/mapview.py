"""The analyst's map: places sized by mentions, movements as arrows, over an offline base map.

``build_map`` is pure: articles and boundary frames in, a folium.Map and the table that turns a
clicked tooltip back into a record key out. No tiles, no CDN: see components/assets.py.
"""
from __future__ import annotations

import json
import math
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import folium
import folium.plugins
import geopandas as gpd
from branca.element import Element, MacroElement
from jinja2 import Template

from components.assets import STATIC, use_vendored_assets
from components.events import merge_events
from components.panel import label_of, movement_key, movements_key, one_line, safe_html
from components.records import Article, Event, Mention, Movement, Place

# Libya's south-west and its neighbours, with the coast from Tripoli to Benghazi.
FRAME = ((19.0, 7.0), (34.0, 26.0))
MIN_ZOOM, MAX_ZOOM = 4, 11
VIEW_EXTENT = (-6.0, 8.0, 42.0, 42.0)  # lon/lat box the base map is drawn in
SEA = "#a9c9df"
LAND = "#f4f1ea"

# Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
CATEGORY_COLOURS = {
    "reported": "#d55e00",
    "planned": "#0072b2",
    "conditional": "#a0409a",
    "denied": "#8c8c8c",
    "mentioned": "#ffffff",
}
CATEGORY_LABELS = {
    "reported": "destination of a reported move",
    "planned": "destination of a planned move",
    "conditional": "destination of a conditional move",
    "denied": "destination of a denied move",
    "mentioned": "only mentioned",
}
CATEGORY_ORDER = ("reported", "planned", "conditional", "denied", "mentioned")
# Arrows: the colour says who moves, the line says how sure the text is (the dash survives greyscale
# printing and colour-blind eyes). A denied move is grey whoever it names: nothing moved.
ARROW_STYLES = {
    "reported": {"weight": 4, "dash_array": None},
    "planned": {"weight": 4, "dash_array": "12 8"},
    "conditional": {"weight": 4, "dash_array": "1 9"},
    "denied": {"weight": 2, "dash_array": "6 6"},
}
DENIED_COLOUR = "#7a7a7a"
UNKNOWN_ACTOR_COLOUR = "#8c8c8c"
LEGEND_LINE = "#333"
# Okabe–Ito and Paul Tol colours, fixed per canonical actor (data/actors.csv) so a briefing's colours
# do not change with the articles shown; other named actors take a stable pick from the spare colours.
ACTOR_COLOURS = {
    "Libyan National Army": "#d55e00",
    "GNA forces": "#0072b2",
    "Turkish armed forces": "#cc79a7",
    "Syrian mercenaries": "#882255",
    "Foreign fighters": "#e69f00",
    "Wagner Group": "#000000",
    "Russian forces": "#332288",
    "Misrata forces": "#009e73",
    "Zintan forces": "#56b4e9",
}
SPARE_COLOURS = ("#117733", "#44aa99", "#aa4499", "#999933", "#6699cc", "#661100")
BRIEFING_SCALE = 1.6
# Place markers closer than this many pixels merge into a cluster, up to this zoom.
CLUSTER_RADIUS = 20
CLUSTER_UNTIL_ZOOM = 8
# Reference towns drawn on the base map (grey, under the articles' places): Libya's cities, the southern
# towns whatever their size, and the large towns of the neighbours inside the frame.
TOWN_KINDS = ("city", "town")
LIBYA_TOWN_POPULATION, SOUTH_TOWN_POPULATION, NEIGHBOUR_TOWN_POPULATION = 100_000, 10_000, 75_000
SOUTH_OF = 29.0
TOWNS_BOX = (3.0, 12.0, 30.0, 36.0)  # lon/lat box of the neighbours' towns worth naming
# Between places equally mentioned, whose name stays when two labels would overlap.
LABEL_KIND_WEIGHT = {"capital": 4, "city": 3, "town": 2, "village": 1}

MAP_CSS = f"""
@font-face {{ font-family: 'Noto Naskh Arabic'; font-style: normal; font-weight: 400; font-display: swap;
  src: url(/app/static/fonts/noto-naskh-arabic/noto-naskh-arabic-arabic-400-normal.woff2) format('woff2'); }}
@font-face {{ font-family: 'Noto Naskh Arabic'; font-style: normal; font-weight: 700; font-display: swap;
  src: url(/app/static/fonts/noto-naskh-arabic/noto-naskh-arabic-arabic-700-normal.woff2) format('woff2'); }}
html, body {{ overflow: hidden; }}
/* The iframe is sized by the page's CSS (static/app.css); the map fills it. */
#map_div {{ height: 100vh !important; }}
.leaflet-container {{ background: {SEA}; font-family: 'Noto Sans', 'Noto Naskh Arabic', sans-serif; font-size: 15px; }}
.leaflet-tooltip {{ font-size: 16px; font-family: 'Noto Sans', 'Noto Naskh Arabic', sans-serif; }}
.district-label-icon {{ background: none; border: none; }}
.district-label {{ position: absolute; transform: translate(-50%, -50%); white-space: nowrap; text-align: center;
  line-height: 1.1; color: #4a4036; pointer-events: none;
  text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 2px #fff; }}
.district-label .ar {{ display: block; font-family: 'Noto Naskh Arabic', serif; font-weight: 700; font-size: 15px; }}
.district-label .en {{ display: block; font-size: 12px; letter-spacing: .02em; }}
.district-label.size-small .ar {{ font-size: 12px; }}
.district-label.size-small .en {{ font-size: 10px; }}
.labels-hide-small .district-label.size-small {{ display: none; }}
.labels-hide-medium .district-label.size-medium {{ display: none; }}
.place-label-icon {{ background: none; border: none; }}
.place-label {{ position: absolute; top: 0; transform: translateY(-50%); white-space: nowrap; pointer-events: none;
  color: #111; font-size: 12px; line-height: 1.1; text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 3px #fff; }}
.place-label .ar {{ font-family: 'Noto Naskh Arabic', serif; font-weight: 700; font-size: 15px; }}
.town-icon {{ background: none; border: none; }}
.town-icon svg {{ position: absolute; overflow: visible; }}
.town-label {{ position: absolute; top: 0; transform: translateY(-50%); white-space: nowrap; pointer-events: none;
  color: #6b625a; font-size: 11px; line-height: 1.1; text-shadow: 0 0 3px #fff, 0 0 3px #fff; }}
.town-label .ar {{ font-family: 'Noto Naskh Arabic', serif; font-size: 13px; }}
.place-pin-icon {{ background: none; border: none; }}
.place-pin-icon svg {{ position: absolute; overflow: visible; }}
.label-hidden {{ visibility: hidden; }}
.place-cluster-icon {{ background: none; border: none; }}
.place-cluster {{ width: 100%; height: 100%; box-sizing: border-box; border-radius: 50%; display: flex;
  align-items: center; justify-content: center; background: rgba(255,255,255,.93); border: 3px solid #333;
  box-shadow: 0 0 0 2px rgba(255,255,255,.8), 0 1px 4px rgba(0,0,0,.4); font: 700 14px/1 sans-serif; color: #222; }}
.map-legend .legend-cluster {{ display: inline-block; width: 16px; height: 16px; border-radius: 50%; flex: none;
  border: 2px solid #333; font: 700 10px/16px sans-serif; text-align: center; background: #fff; }}
.movement-arrowhead-icon {{ background: none; border: none; pointer-events: none; }}
.map-legend {{ background: rgba(255,255,255,.94); padding: 6px 10px; border-radius: 6px; font-size: 13.5px;
  line-height: 1.4; max-height: calc(100vh - 150px); overflow-y: auto; box-shadow: 0 1px 4px rgba(0,0,0,.35); color: #222; }}
.map-legend summary {{ font-weight: 700; font-size: 14px; cursor: pointer; }}
.map-legend h4 {{ margin: 4px 0 2px; font-size: 14px; }}
.map-legend .row {{ display: flex; align-items: center; gap: 8px; white-space: nowrap; }}
.map-legend svg {{ flex: none; }}
.leaflet-control-layers {{ font-size: 14px; }}
.contested-event-icon {{ background: none; border: none; }}
.contested-event {{ position: absolute; transform: translate(-50%, -50%); width: 22px; height: 22px;
  border-radius: 50%; background: #fff; border: 3px dashed #c00000; color: #c00000; font: 700 15px/22px sans-serif;
  text-align: center; box-shadow: 0 0 3px rgba(0,0,0,.4); }}
.map-legend .legend-contested {{ display: inline-block; width: 14px; height: 14px; border-radius: 50%; flex: none;
  border: 2px dashed #c00000; color: #c00000; font: 700 11px/14px sans-serif; text-align: center; }}
/* A wall screen's legend: short and wide along the bottom, its entries flowing in lines. */
.map-legend details.compact {{ max-width: min(62vw, 760px); }}
.map-legend details.compact .row {{ display: inline-flex; margin-right: 16px; }}
.map-legend .swatch {{ display: inline-block; width: 14px; height: 14px; border-radius: 3px; flex: none; }}
"""

# A wall screen: everything a third larger, read from across a room.
BRIEFING_CSS = """
.leaflet-tooltip { font-size: 22px; }
.place-label { font-size: 17px; }
.place-label .ar { font-size: 22px; }
.district-label .ar { font-size: 19px; }
.district-label .en { font-size: 15px; }
@media (min-height: 700px) {
  .map-legend { font-size: 17px; }
  .map-legend summary, .map-legend h4 { font-size: 18px; }
}
.place-cluster { font-size: 20px; }
.contested-event { width: 32px; height: 32px; font-size: 22px; line-height: 32px; border-width: 4px; }
"""


class _ZoomClasses(MacroElement):
    """Hide the labels of small districts until the analyst zooms in, so the initial view stays legible."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            function update() {
                var zoom = map.getZoom(), box = map.getContainer();
                box.classList.toggle('labels-hide-small', zoom < {{ this.small }});
                box.classList.toggle('labels-hide-medium', zoom < {{ this.medium }});
            }
            map.on('zoomend', update);
            update();
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, *, small: float, medium: float):
        super().__init__()
        self.small = small
        self.medium = medium


# Clusters: a ring in the colour of the most telling place inside (a destination of a reported move
# outranks a planned one, and so on), and the number of places. Names come from the markers' own
# escaped labels; the tooltip is built as DOM text, never from article text.
CLUSTER_ICON_JS = """
function (cluster) {
    var order = ORDER, colours = COLOURS, best = order.length - 1;
    var children = cluster.getAllChildMarkers();
    children.forEach(function (m) {
        var rank = order.indexOf(m.options.category);
        if (rank >= 0) { best = Math.min(best, rank); }
    });
    var n = children.length, size = n < 5 ? 32 : n < 15 ? 38 : 46;
    var ring = order[best] === 'mentioned' ? '#333' : colours[order[best]];
    return L.divIcon({
        html: '<div class="place-cluster" data-count="' + n + '" style="border-color:' + ring + '">' + n + '</div>',
        className: 'place-cluster-icon', iconSize: L.point(size, size)
    });
}
""".replace("ORDER", json.dumps(list(CATEGORY_ORDER))).replace("COLOURS", json.dumps(CATEGORY_COLOURS))


class _ClusterNames(MacroElement):
    """Hovering a cluster lists the places it holds (``placeName`` is already escaped HTML)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this.cluster }}.on('clustermouseover', function (event) {
            var names = event.layer.getAllChildMarkers().map(function (m) { return m.options.placeName; }).sort();
            var more = names.length > 12 ? '<br>… ' + (names.length - 12) + ' more' : '';
            event.layer.bindTooltip(names.slice(0, 12).join('<br>') + more + '<br><i>click to zoom in</i>',
                                    {sticky: true}).openTooltip(event.latlng);
        });
        {% endmacro %}
    """)

    def __init__(self, cluster_name: str):
        super().__init__()
        self.cluster = cluster_name


class _Declutter(MacroElement):
    """Hide a name that would overlap a more important one: the current movement's places first, then
    destinations, then the most mentioned places, then district names; recomputed after every zoom, pan
    and re-clustering, so no label sits on another."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            var pending = false;
            function declutter() {
                pending = false;
                var names = '.place-label, .town-label, .district-label';
                var labels = Array.prototype.slice.call(map.getContainer().querySelectorAll(names));
                labels.forEach(function (label) { label.classList.remove('label-hidden'); });
                // places rank by importance (≥ 1), reference towns 0, district names (no rank) last
                function rank(e) { return e.dataset.rank === undefined ? -1 : +e.dataset.rank; }
                labels.sort(function (a, b) { return rank(b) - rank(a); });
                var kept = [], pins = map.getContainer().querySelectorAll('.place-pin-icon svg');
                var circles = Array.prototype.map.call(pins, function (c) { return c.getBoundingClientRect(); });
                function overlaps(r) {
                    return function (k) { return r.left < k.right && r.right > k.left && r.top < k.bottom && r.bottom > k.top; };
                }
                labels.forEach(function (label) {
                    var r = label.getBoundingClientRect();
                    if (!r.width) { return; }
                    // A district's or reference town's name also gives way to any place's circle.
                    var district = !label.classList.contains('place-label');
                    if (kept.some(overlaps(r)) || (district && circles.some(overlaps(r)))) {
                        label.classList.add('label-hidden');
                    } else {
                        kept.push(r);
                    }
                });
            }
            function later() { if (!pending) { pending = true; window.requestAnimationFrame(declutter); } }
            map.on('zoomend moveend resize', later);
            {{ this.cluster }}.on('animationend', later);
            // and once more as the page settles (fonts, the iframe's final size, the first clustering)
            map.whenReady(function () { [0, 300, 1000, 2500].forEach(function (ms) { window.setTimeout(later, ms); }); });
            // Names widen when the Arabic webfont arrives: measure again then.
            if (document.fonts) {
                document.fonts.ready.then(later);
                document.fonts.addEventListener('loadingdone', later);
            }
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, cluster_name: str):
        super().__init__()
        self.cluster = cluster_name


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _rounded(where):
    """Coordinates to 5 decimals (about a metre): the browser needs no more, and it halves the payload."""
    if isinstance(where, (int, float)):
        return round(where, 5)
    return [_rounded(part) for part in where]


class _Verbatim(Element):
    """Text put into the page as it is, not compiled as a template."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class _DataScript(MacroElement):
    """A script carrying data: MacroElement.render would hand its output to branca as a new Jinja template
    (compiled, then run): slow for a large JSON list, and data must never be run as a template."""

    def render(self, **kwargs):
        script = self._template.module.__dict__["script"](self, kwargs)
        self.get_root().script.add_child(_Verbatim(script), name=self.get_name())


class _Features(_DataScript):
    """Many features drawn by one script from a JSON list, added to the parent layer (a feature group or
    the marker cluster). One element per feature costs a Jinja compile each when folium renders (branca
    compiles every rendered script again); with 1,000 articles that was seconds, this is one."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (target, features) {
            features.forEach(function (f) {
                var kind = f[0], where = f[1], options = f[2], tooltip = f[3], layer;
                if (kind === 'marker') {
                    options.icon = L.divIcon(options.icon);
                    layer = L.marker(where, options);
                } else if (kind === 'circle') {
                    layer = L.circleMarker(where, options);
                } else if (kind === 'line') {
                    layer = L.polyline(where, options);
                } else {
                    layer = L.polygon(where, options);
                }
                if (tooltip) { layer.bindTooltip('<div>' + tooltip + '</div>', {sticky: true}); }
                layer.addTo(target);
            });
        })({{ this._parent.get_name() }}, {{ this.features|tojson }});
        {% endmacro %}
    """)

    def __init__(self):
        super().__init__()
        self.features: list = []

    def _add(self, kind: str, where, tooltip: str | None, options: dict) -> None:
        self.features.append([kind, _rounded(where), {_camel(k): v for k, v in options.items() if v is not None}, tooltip])

    def marker(self, where, *, html: str, icon_class: str, tooltip: str | None = None, **options) -> None:
        """A DivIcon marker; ``html`` is built here from escaped text only."""
        self._add("marker", where, tooltip, {"icon": {"html": html, "iconSize": [0, 0], "className": icon_class},
                                             "keyboard": False, **options})

    def circle(self, where, *, tooltip: str | None = None, **options) -> None:
        self._add("circle", where, tooltip, options)

    def line(self, points, *, tooltip: str | None = None, **options) -> None:
        self._add("line", points, tooltip, options)

    def polygon(self, rings, *, tooltip: str | None = None, **options) -> None:
        self._add("polygon", rings, tooltip, options)

    def render(self, **kwargs):
        if self.features:
            super().render(**kwargs)


class _Legend(MacroElement):
    """A plain HTML legend in a Leaflet control (branca colormaps would pull d3 from a CDN)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map) {
            var legend = L.control({position: 'bottomright'});
            legend.onAdd = function () {
                var box = L.DomUtil.create('div', 'map-legend');
                box.innerHTML = {{ this.html|tojson }};
                L.DomEvent.disableClickPropagation(box);
                return box;
            };
            legend.addTo(map);
            // The legend starts folded when open it would hide much of the map (a 1366×768 laptop, or the
            // south-east corner, Kufra and the Sudan border, on a 1920×1080 screen); one click opens it.
            var box = legend.getContainer(), size = map.getSize(), shown = box.getBoundingClientRect();
            if ({{ this.fold_when_short|tojson }} && (size.y < 700 || shown.height * shown.width > 0.15 * size.x * size.y)) {
                box.querySelector('details').open = false;
            }
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, html: str, *, fold_when_short: bool = True):
        super().__init__()
        self.html = html
        self.fold_when_short = fold_when_short


@dataclass
class _PlaceSummary:
    place: Place
    mentions: set[tuple[str, int, int]] = field(default_factory=set)
    category: str = "mentioned"


def actor_colour(actor: str | None) -> str:
    """The arrow colour of a canonical actor name; grey when the text names no known force."""
    if not actor:
        return UNKNOWN_ACTOR_COLOUR
    return ACTOR_COLOURS.get(actor) or SPARE_COLOURS[zlib.crc32(actor.encode()) % len(SPARE_COLOURS)]


def _legend_html(actors: Sequence[str | None], *, compact: bool = False, contested: bool = True) -> str:
    """The map's key. ``compact`` (a wall screen, where nobody can scroll it) keeps only how to read the
    arrows: line for status, colour for who moves, and the contested badge when one is drawn."""
    rows = ['<details open class="compact"><summary>Legend</summary>' if compact else "<details open><summary>Legend</summary>"]
    if not compact:
        rows.append("<h4>Places · circle size = mentions</h4>")
    for category in () if compact else CATEGORY_ORDER:
        colour = CATEGORY_COLOURS[category]
        rows.append(
            '<div class="row"><svg width="20" height="20"><circle cx="10" cy="10" r="7" '
            f'fill="{colour}" stroke="#333" stroke-width="1.5"/></svg>{CATEGORY_LABELS[category]}</div>'
        )
    rows.append("<h4>Movements · line = status</h4>")
    for status, style in ARROW_STYLES.items():
        dash = f' stroke-dasharray="{style["dash_array"]}"' if style["dash_array"] else ""
        colour = DENIED_COLOUR if status == "denied" else LEGEND_LINE
        rows.append(
            '<div class="row"><svg width="40" height="14"><line x1="2" y1="7" x2="38" y2="7" '
            f'stroke="{colour}" stroke-width="{style["weight"]}" stroke-linecap="round"{dash}/></svg>'
            f"{status}</div>"
        )
    if actors:
        rows.append("<h4>Movements · colour = who moves</h4>")
        for actor in sorted(actors, key=lambda name: (name is None, name or "")):
            rows.append(
                f'<div class="row legend-actor"><span class="swatch" style="background:{actor_colour(actor)}"></span>'
                f"{safe_html(actor or 'actor not known')}</div>"
            )
    if contested:
        rows.append(
            '<div class="row"><span class="legend-contested">?</span>'
            "contested: reported by one source, denied by another</div>"
        )
    if compact:
        return "".join(rows) + "</details>"
    rows.append('<div class="row">×2, 3 sources: arrows drawn once for repeated or corroborated moves</div>')
    rows.append(
        '<div class="row"><svg width="20" height="20"><circle cx="10" cy="10" r="7" fill="none" '
        'stroke="#222" stroke-width="2.5" stroke-dasharray="3 2"/></svg>destination, origin not stated</div>'
    )
    rows.append(
        '<div class="row"><svg width="20" height="20"><circle cx="10" cy="10" r="7" fill="none" '
        'stroke="#222" stroke-width="2.5" stroke-dasharray="1 3"/></svg>origin, destination not stated</div>'
    )
    rows.append(
        '<div class="row"><svg width="20" height="20"><rect x="2" y="4" width="16" height="12" '
        'fill="#d55e00" fill-opacity=".25" stroke="#d55e00"/></svg>place that is an area</div></details>'
    )
    return "".join(rows)


def _mercator_y(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def _screen_angle(start: tuple[float, float], end: tuple[float, float]) -> float:
    """Direction from start to end on a Web-Mercator screen, in degrees clockwise from east."""
    dx = math.radians(end[1] - start[1])
    dy = _mercator_y(end[0]) - _mercator_y(start[0])
    return math.degrees(math.atan2(-dy, dx))


def _arc(start: tuple[float, float], end: tuple[float, float], bend: float, steps: int = 24) -> list[tuple[float, float]]:
    """A gentle quadratic curve, so arrows between the same two places do not lie on each other."""
    (lat0, lon0), (lat1, lon1) = start, end
    mid_lat, mid_lon = (lat0 + lat1) / 2, (lon0 + lon1) / 2
    ctrl_lat, ctrl_lon = mid_lat - bend * (lon1 - lon0), mid_lon + bend * (lat1 - lat0)
    points = []
    for i in range(steps + 1):
        t = i / steps
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t**2
        points.append((a * lat0 + b * ctrl_lat + c * lat1, a * lon0 + b * ctrl_lon + c * lon1))
    return points


def _place_class(place: Place) -> str:
    """A CSS class naming the place, so a test or a stylesheet can find its marker."""
    return "place-" + re.sub(r"[^a-z0-9_-]", "-", place.id.lower())


def _radius(mention_count: int, most: int) -> float:
    """Circle radius in pixels: area proportional to mentions relative to the most-mentioned place shown
    (at least 9, so a handful of articles keeps visible differences), from 6 to 22 px."""
    return round(6 + 16 * math.sqrt(mention_count / max(most, 9)), 1)


_DRAWN: list[tuple[tuple[int, ...], list[Article], tuple]] = []  # the last articles drawn and what they gave


def _drawn_from(shown: list[Article]) -> tuple[dict[str, _PlaceSummary], list[Event], list[_Route]]:
    """The places, events and routes of ``shown``, kept for the next map of the same articles: the app draws the map
    again on every click (a selection, a highlight), and with 10,000 articles these took half of it. The articles
    are immutable and kept with the answer, so their ids stand for them; the answer is only read."""
    key = tuple(map(id, shown))
    last = _DRAWN[0] if _DRAWN else None
    if last is not None and last[0] == key:
        return last[2]
    drawn = (_summarise_places(shown), merge_events(list(shown)), _routes(shown))
    _DRAWN[:] = [(key, list(shown), drawn)]
    return drawn


def _summarise_places(articles: Sequence[Article]) -> dict[str, _PlaceSummary]:
    """Every resolved place across the articles, with its distinct mentions and what happened there."""
    summaries: dict[str, _PlaceSummary] = {}

    def add(article: Article, mention: Mention) -> None:
        if mention.place is None:
            return
        summary = summaries.setdefault(mention.place.id, _PlaceSummary(mention.place))
        summary.mentions.add((article.id, mention.start, mention.end))

    for article in articles:
        for mention in article.mentions:
            add(article, mention)
        for movement in article.movements:
            for mention in (*movement.origins, *movement.destinations, *movement.via):
                add(article, mention)
    for article in articles:
        for movement in article.movements:
            for mention in movement.destinations:
                if mention.place is None or movement.status not in CATEGORY_ORDER:
                    continue
                summary = summaries[mention.place.id]
                if CATEGORY_ORDER.index(movement.status) < CATEGORY_ORDER.index(summary.category):
                    summary.category = movement.status
    return summaries


Tooltip = tuple[tuple[str, bool], ...]
"""A tooltip as segments of text, each flagged when it must be isolated (<bdi>) from the
surrounding bidirectional text: Arabic names inside an English line would otherwise reorder."""


def _place_tooltip(place: Place, count: int) -> Tooltip:
    noun = "mention" if count == 1 else "mentions"
    return ((one_line(place.name), True), (" · ", False), (one_line(place.name_ar), True),
            (f" · {count} {noun}", False))


@dataclass
class _Route:
    """Identical arrows (same ends, status and actor) from any number of movements, drawn once.
    One end may be None: the text names only a destination (or only an origin)."""

    origin: Place | None
    destination: Place | None
    status: str
    actor: str | None
    members: list[tuple[str, int]] = field(default_factory=list)


def _route_ends(movement: Movement) -> list[tuple[Place | None, Place | None]]:
    origins = list({m.place.id: m.place for m in movement.origins if m.place is not None}.values())
    destinations = list({m.place.id: m.place for m in movement.destinations if m.place is not None}.values())
    if origins and destinations:
        return [(o, d) for o in origins for d in destinations if o.id != d.id]
    return [(None, d) for d in destinations] or [(o, None) for o in origins]


def _routes(articles: Sequence[Article]) -> list[_Route]:
    routes: dict[tuple, _Route] = {}
    joined: set[tuple] = set()  # (route key, member): a set, as a route may gather thousands of movements
    for article in articles:
        for index, movement in enumerate(article.movements):
            actor = movement.actor.name if movement.actor else None
            for origin, destination in _route_ends(movement):
                key = (origin and origin.id, destination and destination.id, movement.status, actor)
                route = routes.setdefault(key, _Route(origin, destination, movement.status, actor))
                if (key, article.id, index) not in joined:
                    joined.add((key, article.id, index))
                    route.members.append((article.id, index))
    return list(routes.values())


TOOLTIP_LABELS = 6  # movement numbers a tooltip lists; the rest are in the panel its click opens


def _labels_text(members: Sequence[tuple[str, int]], label: Callable[[str, int], str], *, count: bool = False) -> str:
    """'1.1, 3.1', or the first TOOLTIP_LABELS and '…' (with how many in all when ``count``): a route drawn for a
    thousand articles keeps a tooltip one can read and a page that does not grow with every movement. Only the
    numbers shown are worked out."""
    shown = ", ".join(label(*member) for member in members[:TOOLTIP_LABELS])
    if len(members) <= TOOLTIP_LABELS:
        return shown
    return f"{shown} …" + (f" ({len(members)} in all)" if count else "")


def _route_tooltip(route: _Route, label: Callable[[str, int], str], actor_text: str, sources: int) -> Tooltip:
    members = route.members
    noun = "Movement" if len(members) == 1 else "Movements"
    repeat = f" ×{len(members)}" if len(members) > 1 else ""
    origin = route.origin.name if route.origin else "—"
    destination = route.destination.name if route.destination else "—"
    segments: list[tuple[str, bool]] = [
        (f"{noun} {_labels_text(members, label)}{repeat} · {route.status} · ", False),
        (one_line(f"{origin} → {destination}"), True),
    ]
    if actor_text:
        segments += [(" · ", False), (one_line(actor_text), True)]
    if sources > 1:
        segments.append((f" · {sources} sources", False))
    return tuple(segments)


def _contested_tooltip(place: Place, event: Event, label: Callable[[str, int], str]) -> Tooltip:
    def which(denied: bool) -> str:
        return _labels_text([(s.article_id, s.movement_index) for s in event.sources if (s.status == "denied") == denied],
                            label, count=True)

    return ((f"Contested · {event.actor or 'actor not known'} → ", False), (one_line(place.name), True),
            (f" · reported in {which(False)} · denied in {which(True)}", False))


def _register(clicks: dict[str, tuple[str, str]], tooltip: Tooltip, key: tuple[str, str]) -> str:
    """Record the tooltip's text → key and return the tooltip's escaped HTML. st_folium hands back only
    the text (the tooltip's textContent), so texts are made unique by appending the key's id."""
    text = "".join(segment for segment, _ in tooltip)
    while text in clicks and clicks[text] != key:
        tooltip = (*tooltip, (f" · {key[1]}", True))
        text = "".join(segment for segment, _ in tooltip)
    clicks[text] = key
    return "".join(f"<bdi>{safe_html(segment)}</bdi>" if isolate else safe_html(segment) for segment, isolate in tooltip)


def _tooltip(html: str) -> folium.Tooltip:
    """A fresh element each time: a folium element binds to one parent only."""
    return folium.Tooltip(html, sticky=True)


def _polygon_parts(geometry) -> list[list]:
    """Leaflet coordinates (lat, lon) for each polygon in a (Multi)Polygon or a collection made
    by ``make_valid``, one entry per part: its outer ring, or its outer ring and holes."""
    if geometry.geom_type == "Polygon":
        polygons = [geometry]
    elif hasattr(geometry, "geoms"):
        polygons = [part for part in geometry.geoms if part.geom_type == "Polygon"]
        polygons += [p for part in geometry.geoms if part.geom_type == "MultiPolygon" for p in part.geoms]
    else:
        polygons = []
    parts = []
    for polygon in polygons:
        if polygon.is_empty:
            continue
        rings = [[(y, x) for x, y in ring.coords] for ring in (polygon.exterior, *polygon.interiors)]
        parts.append(rings[0] if len(rings) == 1 else rings)
    return parts


class _Base(_DataScript):
    """The base map's geometry drawn as several layers in their own panes under the overlays: the land's fill,
    the country borders (the same polygons) and Libya's district outlines. Sent inline, or (``url``, the app)
    fetched from the static file ``BASE_FILE`` the browser keeps, instead of ~140 KB in every map it is sent."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (map, draw) {
            [['land', 250], ['base-lines', 390]].forEach(function (pane) {
                map.createPane(pane[0]).style.zIndex = pane[1];
                map.getPane(pane[0]).style.pointerEvents = 'none';
            });
            {% if this.url %}
            fetch({{ this.url|tojson }}).then(function (r) { return r.json(); })
                .then(function (base) { draw(base.land, base.districts); })
                .catch(function (error) { console.error('base map', error); });
            {% else %}
            draw({{ this.land|tojson }}, {{ this.district_shapes|tojson }});
            {% endif %}
        })({{ this._parent.get_name() }}, function (land, districts) {
            var map = {{ this._parent.get_name() }};
            L.geoJSON(land, {pane: 'land', interactive: false, style: {{ this.land_style|tojson }}}).addTo(map);
            L.geoJSON(land, {pane: 'base-lines', interactive: false, style: {{ this.border_style|tojson }}})
                .addTo({{ this.borders }});
            L.geoJSON(districts, {pane: 'base-lines', interactive: false, style: {{ this.district_style|tojson }}})
                .addTo({{ this.districts }});
        });
        {% endmacro %}
    """)

    def __init__(self, land: dict, district_shapes: dict, *, borders: str, districts: str, url: str | None = None):
        super().__init__()
        self.land, self.district_shapes, self.url = land, district_shapes, url
        self.borders, self.districts = borders, districts
        self.land_style = {"fillColor": LAND, "fillOpacity": 1, "stroke": False}
        self.border_style = {"fill": False, "color": "#5b5249", "weight": 1.6}
        self.district_style = {"fill": False, "color": "#9a8c7a", "weight": 1, "dashArray": "4 4"}


_BASE_CACHE: dict[tuple[int, int], tuple] = {}
BASE_FILE = Path(__file__).resolve().parent.parent / "static" / "base.json"  # built by scripts/build_base.py
BASE_URL = f"{STATIC}/base.json"


def base_json(countries: gpd.GeoDataFrame, districts: gpd.GeoDataFrame) -> str:
    """The base geometry of these boundaries as ``BASE_FILE`` holds it for the bundled ones."""
    land, district_shapes, _ = _base_data(countries, districts)
    return json.dumps({"land": land, "districts": district_shapes}, separators=(",", ":")) + "\n"


def _base_data(countries: gpd.GeoDataFrame, districts: gpd.GeoDataFrame) -> tuple[dict, dict, list]:
    """Land and district shapes as GeoJSON, and the district labels, computed once per pair of frames.

    For drawing only: clipped to what the map can show around its frame and simplified by about a
    kilometre, invisible at these zooms; this halves what the browser is sent."""
    key = (id(countries), id(districts))
    if key not in _BASE_CACHE:
        land = countries[["id", "geometry"]].clip(VIEW_EXTENT)
        land = land.assign(geometry=land.geometry.simplify(0.01).set_precision(1e-4)).loc[lambda f: ~f.geometry.is_empty]
        shapes = districts[["id", "geometry"]].assign(geometry=districts.geometry.set_precision(1e-4))
        labels = []
        for _, district in districts.iterrows():
            point = district.geometry.representative_point()
            area = district.geometry.area
            size = "large" if area > 12 else "medium" if area > 1.5 else "small"
            labels.append((point.y, point.x, district["name_ar"], district["name"], size))
        if len(_BASE_CACHE) > 4:
            _BASE_CACHE.clear()
        # The frames are kept with their data, so their ids cannot be reused by other frames meanwhile.
        _BASE_CACHE[key] = (countries, districts, json.loads(land.to_json(drop_id=True)),
                            json.loads(shapes.to_json(drop_id=True)), labels)
    return _BASE_CACHE[key][2:]


def _add_base(m: folium.Map, countries: gpd.GeoDataFrame, districts: gpd.GeoDataFrame,
              base_url: str | None = None) -> tuple:
    land, district_shapes, labels = _base_data(countries, districts)
    districts_group = folium.FeatureGroup(name="Districts of Libya", show=True)
    names = _Features()
    for lat, lon, name_ar, name, size in labels:
        names.marker((lat, lon), html=_name_html(name_ar, name, css_class=f"district-label size-{size}", separator=""),
                     icon_class="district-label-icon", interactive=False)
    names.add_to(districts_group)
    districts_group.add_to(m)
    borders = folium.FeatureGroup(name="Borders", show=True)
    borders.add_to(m)
    _Base(land, district_shapes, borders=borders.get_name(), districts=districts_group.get_name(),
          url=base_url).add_to(m)
    return districts_group, borders


def _arrowhead(angle: float, gap: float, colour: str, *, scale: float = 1.0) -> str:
    """A triangle whose tip touches the destination marker's edge, a constant size on screen."""
    length, width = round(15 * scale), round(7 * scale)
    half = round(gap + length + 1)
    tip = round(half - gap)
    return (
        f'<svg width="{2 * half}" height="{2 * half}" style="transform: rotate({angle:.1f}deg);'
        f' position:absolute; left:{-half}px; top:{-half}px; overflow:visible">'
        f'<polygon class="movement-arrowhead" points="{tip},{half} {tip - length},{half - width} '
        f'{tip - length},{half + width}" '
        f'fill="{colour}" stroke="#fff" stroke-width="1"/></svg>'
    )


def _find_movement(articles: Sequence[Article], key: tuple[str, int] | None) -> Movement | None:
    if key is None:
        return None
    article = next((a for a in articles if a.id == key[0]), None)
    return article.movements[key[1]] if article is not None and 0 <= key[1] < len(article.movements) else None


def _movement_bounds(movement: Movement, areas: gpd.GeoDataFrame) -> list[list[float]]:
    """The box around a movement's places (an area's whole polygon), at least a degree and a half wide."""
    return _places_bounds([m.place for m in (*movement.origins, *movement.destinations, *movement.via)], areas)


def _places_bounds(places: Sequence[Place | None], areas: gpd.GeoDataFrame) -> list[list[float]]:
    south, west, north, east = 90.0, 180.0, -90.0, -180.0
    for place in places:
        if place is None:
            continue
        if place.area is not None and place.area in areas.index:
            left, bottom, right, top = areas.loc[place.area, "geometry"].bounds
        else:
            left, bottom, right, top = place.lon, place.lat, place.lon, place.lat
        south, west, north, east = min(south, bottom), min(west, left), max(north, top), max(east, right)
    if south > north:
        return [list(FRAME[0]), list(FRAME[1])]
    pad_lat, pad_lon = max(0.0, 0.75 - (north - south) / 2), max(0.0, 0.75 - (east - west) / 2)
    return [[south - pad_lat, west - pad_lon], [north + pad_lat, east + pad_lon]]


def _name_html(name_ar: str, name: str, *, css_class: str, style: str = "", separator: str = " ",
               rank: int | None = None) -> str:
    """An Arabic + English name (district and place labels), escaped."""
    attributes = (f' style="{style}"' if style else "") + (f' data-rank="{rank}"' if rank is not None else "")
    return (
        f'<div class="{css_class}"{attributes}><span class="ar" lang="ar">{safe_html(name_ar)}</span>{separator}'
        f'<span class="en">{safe_html(name)}</span></div>'
    )


def reference_towns(places: Sequence[Place]) -> list[Place]:
    """The towns the base map names for orientation (see TOWNS_BOX and the populations above)."""
    west, south, east, north = TOWNS_BOX

    def wanted(place: Place) -> bool:
        if place.kind not in TOWN_KINDS:
            return False
        if place.country == "LY":
            return place.population >= (SOUTH_TOWN_POPULATION if place.lat < SOUTH_OF else LIBYA_TOWN_POPULATION)
        return place.population >= NEIGHBOUR_TOWN_POPULATION and west <= place.lon <= east and south <= place.lat <= north

    return sorted((p for p in places if wanted(p)), key=lambda p: (-p.population, p.id))


def _add_towns(m: folium.Map, towns: Sequence[Place], drawn: set[str]) -> None:
    """Grey dots and names for the reference towns the articles do not already mark."""
    group = folium.FeatureGroup(name="Towns (reference)", show=True)
    layer = _Features()
    for town in towns:
        if town.id in drawn:
            continue
        html = ('<svg class="town-dot" width="8" height="8" style="left:-4px;top:-4px"><circle cx="4" cy="4" r="3" '
                'fill="#8a8178" stroke="#fff" stroke-width="1"/></svg>'
                + _name_html(town.name_ar, town.name, css_class="town-label", style="left:6px", rank=0))
        layer.marker((town.lat, town.lon), html=html, icon_class="town-icon", interactive=False)
    layer.add_to(group)
    group.add_to(m)


def _place_pin(layer: _Features, place: Place, *, radius: float, colour: str, css_class: str, category: str,
               rank: int, tooltip: str, label: bool) -> None:
    """One clusterable marker per place: a circle (its size the mention count, its colour what happened
    there) and, beside it, the place's name, so the name hides with its circle inside a cluster."""
    centre = radius + 2
    html = (
        f'<svg class="{css_class}" width="{2 * centre:.0f}" height="{2 * centre:.0f}" '
        f'style="left:{-centre:.1f}px;top:{-centre:.1f}px"><circle cx="{centre}" cy="{centre}" r="{radius}" '
        f'fill="{colour}" fill-opacity="0.9" stroke="#333" stroke-width="1.5"/></svg>'
    )
    if label:
        html += _name_html(place.name_ar, place.name, css_class="place-label", style=f"left:{radius + 3:.0f}px", rank=rank)
    layer.marker((place.lat, place.lon), html=html, icon_class="place-pin-icon", tooltip=tooltip, category=category,
                 place_name=safe_html(f"{one_line(place.name)} · {one_line(place.name_ar)}"))


def build_map(
    articles: Sequence[Article],
    *,
    countries: gpd.GeoDataFrame,
    districts: gpd.GeoDataFrame,
    areas: gpd.GeoDataFrame,
    focus: str | None = None,
    fullscreen: bool = True,
    briefing: bool = False,
    highlight: tuple[str, int] | None = None,
    focus_place: str | None = None,
    numbers: dict[str, int] | None = None,
    towns: Sequence[Place] = (),
    base_url: str | None = None,
) -> tuple[folium.Map, dict[str, tuple[str, str]]]:
    """The map for ``articles`` (only the article with id ``focus`` when given) and the table from
    each clickable tooltip's text to ("place", place_id), ("movement", "<article id>#<index>") or,
    for an arrow standing for several movements, ("movements", "<id>#<index>|<id>#<index>…").

    ``numbers`` (a panel.Numbering) labels movements as the panel does, unchanged by filters; without it
    articles are numbered by their position in ``articles``, so movement labels (e.g. "2.1") stay
    the same whether or not one article is in focus. ``areas`` is indexed by polygon id.
    ``briefing`` draws everything larger for a wall screen; ``highlight`` (article id, movement
    index) draws that movement on top, the others faded, and frames its places. ``focus_place`` (a place id)
    frames that place and rings it, unless a movement is highlighted. ``base_url``: where the browser fetches
    the base geometry (``BASE_URL``, the bundled boundaries' ``write_base`` file) instead of receiving it inline;
    only for those boundaries, and not for a map that must work offline.
    """
    use_vendored_assets()
    numbers = numbers if numbers is not None else {a.id: position for position, a in enumerate(articles, start=1)}
    shown = [a for a in articles if focus is None or a.id == focus]
    clicks: dict[str, tuple[str, str]] = {}

    (south, west), (north, east) = FRAME
    m = folium.Map(
        location=((south + north) / 2, (west + east) / 2), zoom_start=6, tiles=None,
        # With tiles=None folium 0.20 drops min_zoom/max_zoom (they go to the tile layer): pass
        # Leaflet's own option names so they reach L.map.
        minZoom=MIN_ZOOM, maxZoom=MAX_ZOOM, zoom_snap=0.25, zoom_delta=0.5,
        control_scale=True, prefer_canvas=False, max_bounds=False,
    )
    m.get_root().header.add_child(Element(f"<style>{MAP_CSS}{BRIEFING_CSS if briefing else ''}</style>"))
    scale = BRIEFING_SCALE if briefing else 1.0
    highlighted = _find_movement(shown, highlight)
    focused = None if highlighted is not None else next(
        (m.place for a in shown for m in a.mentions if m.place is not None and m.place.id == focus_place), None)
    if highlighted is not None:
        m.fit_bounds(_movement_bounds(highlighted, areas), padding=(80, 80), max_zoom=7)
    elif focused is not None:
        m.fit_bounds(_places_bounds([focused], areas), padding=(80, 80), max_zoom=8)
    else:
        m.fit_bounds([list(FRAME[0]), list(FRAME[1])])
    _add_base(m, countries, districts, base_url)

    summaries, events, routes = _drawn_from(shown)
    _add_towns(m, towns, set(summaries))
    area_group = folium.FeatureGroup(name="Places that are areas", show=True)
    movement_group = folium.FeatureGroup(name="Movements", show=True)
    place_group = folium.FeatureGroup(name="Places", show=True)
    highlight_group = folium.FeatureGroup(name="Current movement", show=True, control=False)
    cluster = folium.plugins.MarkerCluster(
        control=False, icon_create_function=CLUSTER_ICON_JS, max_cluster_radius=CLUSTER_RADIUS,
        show_coverage_on_hover=False, spiderfy_on_max_zoom=True, disable_clustering_at_zoom=CLUSTER_UNTIL_ZOOM,
    ).add_to(place_group)
    # Everything is drawn by one script per layer from a JSON list (see _Features).
    areas_layer, movements_layer, pins_layer, badges_layer, highlight_layer = (_Features() for _ in range(5))
    radii: dict[str, float] = {}

    most = max((len(summary.mentions) for summary in summaries.values()), default=1)
    framed = {m.place.id for m in (*highlighted.origins, *highlighted.destinations) if m.place} if highlighted else set()
    if focused is not None:
        framed.add(focused.id)
    for place_id, summary in sorted(summaries.items()):
        place = summary.place
        count = len(summary.mentions)
        tooltip = _register(clicks, _place_tooltip(place, count), ("place", place_id))
        colour = CATEGORY_COLOURS[summary.category]
        # Label priority: the current movement's places, then destinations, then the most mentioned,
        # then cities before towns.
        rank = (1_000_000 if place_id in framed else 0) + (10_000 if summary.category != "mentioned" else 0) \
            + 10 * count + LABEL_KIND_WEIGHT.get(place.kind, 0)
        is_area = place.area is not None and place.area in areas.index
        if is_area:
            accent = "#7a6f63" if summary.category == "mentioned" else colour
            # A whole country is shaded faintly and is not clickable itself (its marker is), so a
            # click that misses a town inside it does not silently select the country.
            country = place.kind == "country"
            for part in _polygon_parts(areas.loc[place.area, "geometry"]):
                areas_layer.polygon(
                    part, color=accent, weight=1 if country else 1.5, fill=True, fill_color=accent,
                    fill_opacity=0.06 if country or summary.category == "mentioned" else 0.16,
                    interactive=not country, class_name="place-area", tooltip=None if country else tooltip,
                )
            radii[place_id] = round(5 * scale, 1)
        else:
            radii[place_id] = round(_radius(count, most) * scale, 1)
        _place_pin(
            pins_layer, place, radius=radii[place_id], colour=colour, category=summary.category, rank=rank,
            tooltip=tooltip, css_class=f"{'place-area-marker' if is_area else 'place-marker'} {_place_class(place)}",
            label=not is_area,
        )

    event_of = {(source.article_id, source.movement_index): event for event in events for source in event.sources}
    label = partial(label_of, numbers)  # asked only for the numbers a tooltip shows
    by_id = {a.id: a for a in shown}
    drawn_pairs: dict[tuple[str, str], int] = {}
    actors_drawn: set[str | None] = set()
    for route in routes:
        first_article, first_index = route.members[0]
        movement = by_id[first_article].movements[first_index]
        actor_text = (movement.actor.name or movement.actor.text) if movement.actor else ""
        events_here = {id(event_of[member]): event_of[member] for member in route.members}  # each event once: a
        sources = len({s.article_id for event in events_here.values() for s in event.sources})  # route repeats them
        key = (movement_key(by_id[first_article], first_index) if len(route.members) == 1
               else movements_key(route.members))
        tooltip = _register(clicks, _route_tooltip(route, label, actor_text, sources), key)
        style = ARROW_STYLES.get(route.status, ARROW_STYLES["reported"])
        colour = DENIED_COLOUR if route.status == "denied" else actor_colour(route.actor)
        if route.status != "denied":
            actors_drawn.add(route.actor)
        current = highlight in route.members
        faded = highlighted is not None and not current
        weight = style["weight"] + (2 if briefing else 0)
        if route.origin is None or route.destination is None:
            # Only one end is known: ring the place at that end so the movement still shows.
            end = route.destination or route.origin
            css_class = "movement-destination-only" if route.destination else "movement-origin-only"
            ring = {"color": colour, "weight": 3 * scale, "dash_array": "4 3" if route.destination else "1 5",
                    "fill": False}
            movements_layer.circle(
                (end.lat, end.lon), radius=radii[end.id] + 7 * scale, opacity=0.35 if faded else 1.0,
                class_name=css_class, tooltip=tooltip, **ring,
            )
            if current:
                highlight_layer.circle(
                    (end.lat, end.lon), radius=radii[end.id] + 11 * scale, color="#fff", weight=ring["weight"] + 10,
                    opacity=0.9, fill=False, interactive=False, class_name="movement-highlight-casing",
                )
                ring.update(weight=ring["weight"] + 4, dash_array=None)
                highlight_layer.circle(
                    (end.lat, end.lon), radius=radii[end.id] + 11 * scale, class_name="movement-highlight",
                    tooltip=tooltip, **ring,
                )
            continue
        origin, destination = route.origin, route.destination
        pair = (origin.id, destination.id)
        repeat = drawn_pairs.get(pair, 0)
        drawn_pairs[pair] = repeat + 1
        points = _arc((origin.lat, origin.lon), (destination.lat, destination.lon), 0.12 + 0.1 * repeat)
        # A wide transparent line under the visible one makes thin dashed arrows easy to click.
        movements_layer.line(points, color=colour, weight=16 * scale, opacity=0, class_name="movement-hit", tooltip=tooltip)
        movements_layer.line(
            points, color=colour, weight=weight, dash_array=style["dash_array"], opacity=0.3 if faded else 0.95,
            line_cap="round", class_name="movement-arrow", tooltip=tooltip,
        )
        angle = _screen_angle(points[-3], points[-1])
        movements_layer.marker(points[-1], html=_arrowhead(angle, radii[destination.id] + 2, colour, scale=scale),
                               icon_class="movement-arrowhead-icon", interactive=False)
        if current:
            highlight_layer.line(points, color="#fff", weight=weight + 10, opacity=0.9, line_cap="round",
                                 interactive=False, class_name="movement-highlight-casing")
            highlight_layer.line(
                points, color=colour, weight=weight + 5, dash_array=style["dash_array"], opacity=1, line_cap="round",
                class_name="movement-highlight", tooltip=tooltip,
            )
            highlight_layer.marker(points[-1], html=_arrowhead(angle, radii[destination.id] + 2, colour, scale=scale * 1.4),
                                   icon_class="movement-arrowhead-icon", interactive=False)

    if highlighted is not None:
        colour = DENIED_COLOUR if highlighted.status == "denied" else actor_colour(
            highlighted.actor.name if highlighted.actor else None)
        for mention in (*highlighted.origins, *highlighted.destinations):
            place = mention.place
            if place is None or place.area is None or place.area not in areas.index or place.kind == "country":
                continue
            for part in _polygon_parts(areas.loc[place.area, "geometry"]):
                highlight_layer.polygon(part, color=colour, weight=5, fill=False, interactive=False,
                                        class_name="movement-highlight-area")

    for event in events:
        if not event.contested:
            continue
        for place_id in event.destination_ids:
            if place_id not in summaries:
                continue
            place = summaries[place_id].place
            tooltip = _register(clicks, _contested_tooltip(place, event, label),
                                movements_key([(s.article_id, s.movement_index) for s in event.sources]))
            badges_layer.marker((place.lat, place.lon), html='<div class="contested-event">?</div>',
                                icon_class="contested-event-icon", tooltip=tooltip)

    if focused is not None:
        highlight_layer.circle((focused.lat, focused.lon), radius=radii.get(focused.id, 5) + 9, color="#1d1a17",
                               weight=3, fill=False, interactive=False, class_name="place-focus")
    areas_layer.add_to(area_group)
    movements_layer.add_to(movement_group)
    highlight_layer.add_to(highlight_group)
    pins_layer.add_to(cluster)
    badges_layer.add_to(place_group)
    area_group.add_to(m)
    movement_group.add_to(m)
    highlight_group.add_to(m)
    place_group.add_to(m)
    _ZoomClasses(small=6.75, medium=5.25).add_to(m)
    _ClusterNames(cluster.get_name()).add_to(m)
    _Declutter(cluster.get_name()).add_to(m)
    legend = _legend_html(sorted(actors_drawn, key=lambda name: name or ""), compact=briefing,
                          contested=any(event.contested for event in events))
    # On a wall screen nobody can unfold the legend, and the compact one leaves the map visible.
    _Legend(legend, fold_when_short=not briefing).add_to(m)
    if fullscreen:
        folium.plugins.Fullscreen(position="topleft").add_to(m)
    if not briefing:  # layer switches are the analyst's tools, not the audience's
        folium.LayerControl(collapsed=False, position="topright").add_to(m)
    return m, clicks
