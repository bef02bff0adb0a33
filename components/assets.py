"""Point folium at the front-end files vendored under static/, so maps load with no network.

Streamlit serves ``static/x`` at ``/app/static/x`` when ``server.enableStaticServing`` is on;
``scripts/vendor_static.sh`` fetches those files at pinned versions.
"""
from __future__ import annotations

import folium
import folium.plugins

STATIC = "/app/static"

LEAFLET_JS = [("leaflet", f"{STATIC}/leaflet/leaflet.js")]
LEAFLET_CSS = [("leaflet_css", f"{STATIC}/leaflet/leaflet.css")]
FULLSCREEN_JS = [("Control.Fullscreen.js", f"{STATIC}/leaflet.fullscreen/Control.FullScreen.js")]
FULLSCREEN_CSS = [("Control.FullScreen.css", f"{STATIC}/leaflet.fullscreen/Control.FullScreen.css")]
CLUSTER_JS = [("markerclusterjs", f"{STATIC}/leaflet.markercluster/leaflet.markercluster.js")]
CLUSTER_CSS = [("markerclustercss", f"{STATIC}/leaflet.markercluster/MarkerCluster.css")]
MAP_CSS = f"{STATIC}/map.css"


def use_vendored_assets() -> None:
    """Replace every CDN entry folium would load (Leaflet, jQuery, Bootstrap, Font Awesome,
    awesome-markers, the fullscreen and marker-cluster plugins) with the vendored copies; call before building a map.

    jQuery, Bootstrap, Font Awesome and awesome-markers are dropped altogether: the map uses
    CircleMarker, Polygon and DivIcon only, which need nothing but Leaflet.
    """
    folium.Map.default_js = list(LEAFLET_JS)
    folium.Map.default_css = list(LEAFLET_CSS)
    folium.plugins.Fullscreen.default_js = list(FULLSCREEN_JS)
    folium.plugins.Fullscreen.default_css = list(FULLSCREEN_CSS)
    # MarkerCluster.Default.css is left out: the clusters draw their own icons (components/mapview.py).
    folium.plugins.MarkerCluster.default_js = list(CLUSTER_JS)
    folium.plugins.MarkerCluster.default_css = list(CLUSTER_CSS)
