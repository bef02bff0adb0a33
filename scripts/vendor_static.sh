#!/usr/bin/env bash
# Fetch the map's front-end assets from the npm registry at pinned versions and
# unpack the files the app serves under static/, so the dashboard runs offline.
# Each tarball is checked against the registry's sha512 integrity recorded here.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
static="$root/static"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fetch() {  # fetch <package@version> <expected sha512 integrity>
    local spec="$1" integrity="$2" tarball actual
    tarball="$(cd "$work" && npm pack --silent "$spec" 2>/dev/null | tail -n 1)"
    actual="sha512-$(openssl dgst -sha512 -binary "$work/$tarball" | base64 -w0)"
    if [[ "$actual" != "$integrity" ]]; then
        echo "integrity mismatch for $spec: $actual" >&2
        exit 1
    fi
    rm -rf "$work/package"
    tar -xzf "$work/$tarball" -C "$work"
}

fetch leaflet@1.9.4 \
    "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA=="
rm -rf "$static/leaflet" && mkdir -p "$static/leaflet"
cp "$work/package/LICENSE" "$work/package/dist/leaflet.js" "$work/package/dist/leaflet.css" "$static/leaflet/"
cp -r "$work/package/dist/images" "$static/leaflet/images"

# 3.0.0 is the version folium 0.20's Fullscreen plugin template is written for.
fetch leaflet.fullscreen@3.0.0 \
    "sha512-81wWSUXz1ZtdneR0v5eJDWXUSx+Zo5J50WXWeydG/UcILfIEAgz/iOjZSi3p00Z9MJ/FC/P5i3CgdYuEAos0yQ=="
rm -rf "$static/leaflet.fullscreen" && mkdir -p "$static/leaflet.fullscreen"
cp "$work/package/LICENSE" "$work/package/Control.FullScreen.js" "$work/package/Control.FullScreen.css" \
    "$work/package/icon-fullscreen.svg" "$static/leaflet.fullscreen/"

# Place markers are clustered where they overlap at low zoom.
fetch leaflet.markercluster@1.5.3 \
    "sha512-vPTw/Bndq7eQHjLBVlWpnGeLa3t+3zGiuM7fJwCkiMFq+nmRuG3RI3f7f4N4TDX7T4NpbAXpR2+NTRSEGfCSeA=="
rm -rf "$static/leaflet.markercluster" && mkdir -p "$static/leaflet.markercluster"
cp "$work/package/MIT-LICENCE.txt" "$work/package/dist/leaflet.markercluster.js" \
    "$work/package/dist/MarkerCluster.css" "$static/leaflet.markercluster/"

# Only the Arabic subset, regular and bold: the page's own @font-face rules live in static/app.css.
fetch @fontsource/noto-naskh-arabic@5.3.0 \
    "sha512-S/GDgQ6mh/PKo4mz5+eXNYbEarvpI7yh6eCdOz8tTVbeM7+OUiacIEscaYEibr/+egDtGbO2ZB00sjy1bJC1kQ=="
rm -rf "$static/fonts/noto-naskh-arabic" && mkdir -p "$static/fonts/noto-naskh-arabic"
cp "$work/package/LICENSE" \
    "$work/package/files/noto-naskh-arabic-arabic-400-normal.woff2" \
    "$work/package/files/noto-naskh-arabic-arabic-700-normal.woff2" \
    "$static/fonts/noto-naskh-arabic/"

echo "vendored into $static"
