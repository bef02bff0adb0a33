"""Streamlit dashboard: Arabic news about Libya → a map of places and force movements, with the
sentence behind every marker and arrow. Wiring only; the work is in components/."""
from __future__ import annotations

import datetime as dt
import gc
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path

import streamlit as st
from streamlit_folium import st_folium

from components import corrections, exports, forms, panel, views
from components.boundaries import load_areas, load_countries, load_districts
from components.gazetteer import load as load_gazetteer
from components.mapview import BASE_URL, build_map, reference_towns
from components.records import PLACE_KINDS, STATUSES, Article, Place
from components.store import MovementRef, Store, default_store_location, surface_key

ROOT = Path(__file__).resolve().parent
SEEDS = sorted(ROOT.glob("seeds/*.txt"))
MAP_HEIGHT = 700  # static/app.css stretches the map to the screen
EXCERPTS_HEIGHT = 400
ALL = "all"
EVERY_ARTICLE = "every article"
UPLOAD_TYPES = ["txt", "html", "htm", "docx"]

st.set_page_config(
    page_title="Libya: movements in the news", page_icon="🗺️", layout="wide", initial_sidebar_state="collapsed",
)
st.html(f"<style>{(ROOT / 'static' / 'app.css').read_text(encoding='utf-8')}</style>")


@st.cache_resource(show_spinner="Opening the article store…")
def open_store(path: str) -> Store:
    """The store at ``path``, holding at least the bundled seeds (added once; repeats are recognised)."""
    store = Store.open(path)
    forms.ingest_seeds(store, SEEDS)
    return store


# cache_resource, not cache_data: the records are frozen dataclasses, shared without a copy per rerun.
@st.cache_resource(show_spinner="Reading the articles…", max_entries=2)
def read_articles(path: str, revision: tuple, period: int) -> tuple[list[Article], dict[str, list[MovementRef]]]:
    """The stored articles with corrections applied (those of the last ``period`` days, or all: 0), and where each of
    their movements comes from in the store (extracted or added, and its edits), per article: one read.
    ``revision`` keys the cache on the store's contents."""
    gc.unfreeze()  # what the last read froze may have become garbage since: let the collector see it again
    store = open_store(path)
    ids = views.period_ids([(s.id, s.day) for s in store.articles()], period)
    # Those read by an older extractor are read again first (corrections stay): only the period's, so that after
    # an update a big store opens on its period without re-reading the archive.
    store.reextract(only_stale=True, among=ids)
    read = forms.stored_articles_and_refs(store, ids)
    # They live as long as the cache: spare the garbage collector from walking these ~200,000 objects on every
    # rerun (each full collection took up to 0.3 s with 1,000 articles). Freed by reference counting as before.
    gc.freeze()
    return read


@st.cache_resource(show_spinner="Loading boundaries…")
def read_boundaries():
    return load_countries(), load_districts(), load_areas()


@st.cache_resource
def gazetteer_places() -> tuple[Place, ...]:
    return tuple(load_gazetteer().places.values())


@st.cache_resource
def base_towns() -> list[Place]:
    return reference_towns(gazetteer_places())


def pick_article(label: str, ids: list[str], *, key: str, format_func: Callable[[str], str], first: tuple = (),
                 preset: str | None = None) -> str | None:
    """A selectbox of articles (after ``first``, such as "All articles"). Past views.PICKER_LIMIT articles a search
    field comes first and the list holds what it finds, plus the current and the asked-for choice: a list of every
    title would go to the browser on every rerun (0.23 MB per picker per 1,000 articles)."""
    options, where = [*first, *ids], st
    if len(ids) > views.PICKER_LIMIT:
        find_column, where = st.columns([2, 3], vertical_alignment="bottom")
        query = find_column.text_input(
            f"Find ({len(ids):,} articles)", key=f"{key}-find", placeholder="Number or words of the title",
            help=f"The list beside shows the first {views.PICKER_LIMIT} articles that match: type more to narrow.")
        found = views.find_articles(query, ids, format_func)
        kept = [choice for choice in (preset, st.session_state.get(key)) if choice in ids]
        options = list(dict.fromkeys([*first, *kept, *found]))
        if not found:
            find_column.caption("No article matches.")
    return where.selectbox(label, options, index=options.index(preset) if preset in options else 0,
                           format_func=format_func, key=key)


def show_outcomes(outcomes) -> None:
    """One message per file or paste: added, already stored, or refused with the reason."""
    for outcome in outcomes:
        if outcome.status == "added":
            st.success(forms.plain(outcome.message), icon=":material/check_circle:")
        elif outcome.status == "duplicate":
            st.info(forms.plain(outcome.message), icon=":material/content_copy:")
        else:
            st.error(forms.plain(outcome.message), icon=":material/block:")
        for warning in outcome.warnings:
            st.caption(forms.plain(warning))


def add_articles_section(store: Store) -> None:
    """Paste or upload articles, in a popover whose forms are built only when it is opened (the sidebar's content
    is drawn with the page, collapsed or not: with the forms, the first map came ~0.2 s later on this machine).
    One function, so a briefing mode can leave it out."""
    st.header("Add articles")
    adding = st.popover("Paste text or upload files", icon=":material/post_add:", use_container_width=True,
                        key="add-articles", on_change="rerun")
    with adding:
        if adding.open:  # built only when opened
            _add_articles_forms(store)


def _add_articles_forms(store: Store) -> None:
    with st.form("paste-form"):
        text = st.text_area("Article text (Arabic)", key="paste-text", height=150)
        title = st.text_input("Title (optional)", key="paste-title")
        published = st.date_input("Publication date (optional)", value=None, key="paste-date", format="YYYY-MM-DD")
        source_url = st.text_input("Source URL (optional)", key="paste-url")
        pasted = st.form_submit_button("Add pasted article", key="paste-add", icon=":material/add:")
    if pasted:
        show_outcomes([forms.add_pasted(
            store, text=text, title=title.strip() or None, published=forms.iso_date(published),
            source_url=source_url.strip() or None,
        )])
    with st.form("upload-form", clear_on_submit=True):
        files = st.file_uploader(
            "Article files (.txt, .html, .htm, .docx)", type=UPLOAD_TYPES, accept_multiple_files=True, key="upload-files",
        )
        published = st.date_input("Publication date of these files (optional)", value=None, key="upload-date",
                                  format="YYYY-MM-DD")
        uploaded = st.form_submit_button("Add files", key="upload-add", icon=":material/upload_file:")
    if uploaded:
        if not files:
            st.warning("Choose one or more files first.")
        show_outcomes([
            forms.add_upload(store, name=file.name, data=file.getvalue(), published=forms.iso_date(published))
            for file in files or []
        ])


def place_form(store: Store, *, form_key: str, surfaces: list[str], candidates: tuple[Place, ...],
               article_ids: tuple[str, ...], titles: dict[str, str], dismiss: bool = False) -> None:
    """Pick a place (or enter coordinates, or say "not a place") for names; the choice is stored and reused.
    ``dismiss`` clears the panel's selection after saving, since the place it named may be gone."""
    places = {place.id: place for place in forms.place_choices(surfaces[0], candidates, gazetteer_places())}
    with st.form(form_key):
        picked = st.selectbox(
            "Place (type to search the gazetteer)", list(places), index=None, key=f"{form_key}-place",
            format_func=lambda place_id: forms.place_label(places[place_id]), placeholder="Type a name…",
        )
        st.caption("…or enter coordinates")
        latitude_column, longitude_column = st.columns(2)
        lat = latitude_column.number_input("Latitude", value=None, min_value=-90.0, max_value=90.0, format="%.5f",
                                           key=f"{form_key}-lat")
        lon = longitude_column.number_input("Longitude", value=None, min_value=-180.0, max_value=180.0,
                                            format="%.5f", key=f"{form_key}-lon")
        name_column, kind_column = st.columns(2)
        name = name_column.text_input("Name in English", key=f"{form_key}-name")
        kind = kind_column.selectbox("Kind", PLACE_KINDS, index=PLACE_KINDS.index("town"), key=f"{form_key}-kind")
        not_a_place = st.checkbox("Not a place: take this name off the map", key=f"{form_key}-none")
        scope = st.selectbox(
            "Apply to", [EVERY_ARTICLE, *article_ids], key=f"{form_key}-scope",
            format_func=lambda choice: (
                "Every article, including later ones" if choice == EVERY_ARTICLE
                else f"Only this article: {titles.get(choice, choice)}"
            ),
        )
        note = st.text_input("Note (why; shown with the correction)", key=f"{form_key}-note")
        saved = st.form_submit_button("Save", type="primary", key=f"{form_key}-save", icon=":material/save:")
    if not saved:
        return
    try:
        place = forms.resolution(surfaces[0], picked=places.get(picked), not_a_place=not_a_place, lat=lat, lon=lon,
                                 name=name, kind=kind)
    except ValueError as error:
        st.error(forms.plain(error))
        return
    for surface in surfaces:
        store.resolve_place(surface, place, article_id=None if scope == EVERY_ARTICLE else scope,
                            note=note.strip() or "placed by an analyst")
    where = place["name"] if place else "not a place"
    st.session_state["resolved"] = f"Saved: {' / '.join(surfaces)} → {where}."
    if dismiss:
        select(None)
    read_articles.clear()
    st.rerun()


def not_placed_section(store: Store, shown: list[Article], titles: dict[str, str]) -> None:
    """The queue of names the extractor could not place, one at a time, with the sentence it came from."""
    queue = {item.key: item for item in forms.not_placed_queue(shown)}
    st.header(f"Not placed ({len(queue)})")
    if not queue:
        st.caption("Every name in these articles is placed.")
        return
    key = st.selectbox(
        "Name to place", list(queue), key="queue-name",
        format_func=lambda k: f"{queue[k].text} ×{queue[k].count} · {queue[k].reason}",
    )
    item = queue[key]
    article = next(a for a in shown if a.id == item.article_ids[0])
    mention = next(m for m in article.mentions if forms.is_not_placed(m) and surface_key(m.text) == item.key)
    with st.container(key="queue-excerpt"):
        st.markdown(
            f'<p class="queue-reason" dir="ltr">Why not placed: {panel.safe_html(item.reason)} · '
            f"in {len(item.article_ids)} article(s)</p>" + panel.excerpt_html(article=article, mention_or_span=mention),
            unsafe_allow_html=True,
        )
    # In a popover, built only when opened: its eight fields cost the first map ~0.3 s when drawn with the page.
    placing = st.popover("Place this name…", icon=":material/edit_location_alt:", use_container_width=True,
                         key="queue-place", on_change="rerun")
    with placing:
        if placing.open:
            place_form(store, form_key="queue-" + hashlib.sha256(item.key.encode()).hexdigest()[:10],
                       surfaces=[item.text], candidates=item.candidates, article_ids=item.article_ids, titles=titles)


def filter_row(articles: list[Article], view: views.View, *, period: int | None = None) -> views.View:
    """Status, actor, kind and place-kind filters in a popover (the map keeps the screen's height); their
    state goes into the URL with the rest of the view. ``period`` (a big collection's: days, or 0 for all)
    adds the choice of which articles are read from the store."""
    active = len(view.statuses) + len(view.actors) + len(view.kinds) + len(view.place_kinds)
    active += bool(view.date_from or view.date_to)
    # Built only when opened (its widgets cost the first map time when drawn with the page); closed, the view
    # keeps what the URL says, and opened again its widgets start from that.
    filters = st.popover(f"Filters ({active} on)" if active else "Filters", icon=":material/filter_list:",
                         use_container_width=True, key="filters", on_change="rerun")
    if not filters.open:
        return view  # nor are its choices gathered (every movement read)
    movements = [m for a in articles for m in a.movements]
    actors = sorted({views.actor_name(m) for m in movements})
    kinds = sorted({m.kind for m in movements})
    days = views.movement_days(articles)
    with filters:
        if period is not None:
            st.selectbox("Period (read from the store)", views.PERIODS, index=views.PERIODS.index(period),
                         key="period-choice", format_func=lambda days: f"Last {days} days" if days else "All (slower)",
                         help="A big collection is read a period at a time, up to its newest article: the app keeps "
                              "every article it shows in memory.")
        chosen = _filters(view, actors, kinds)
        return replace(chosen, **_date_range(view, days)) if days else chosen


def _date_range(view: views.View, days: list[str]) -> dict[str, str | None]:
    """A date range over the days the movements carry (their own date, else the article's publication)."""
    first, last = dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])
    start = dt.date.fromisoformat(view.date_from) if view.date_from else first
    end = dt.date.fromisoformat(view.date_to) if view.date_to else last
    picked = st.date_input("Dates (movements without a date are left out when narrowed)", value=(start, end),
                           min_value=min(first, start), max_value=max(last, end), key="filter-dates",
                           format="YYYY-MM-DD")
    if len(picked) != 2:  # the analyst has clicked only the first day so far
        return {"date_from": view.date_from, "date_to": view.date_to}
    start, end = picked
    return {"date_from": start.isoformat() if start > first else None,
            "date_to": end.isoformat() if end < last else None}


def time_step(articles: list[Article], view: views.View) -> str | None:
    """Step through time: a slider over the days the shown movements carry; the map shows what had
    happened by the chosen day. None when it is at the last day (everything)."""
    days = views.movement_days(views.apply_view(articles, replace(view, until=None)))
    if len(days) < 2:
        return None
    until = view.until if view.until in days else days[-1]
    chosen = st.select_slider("Step through time: movements up to", options=days, value=until, key="time-step")
    return None if chosen == days[-1] else chosen


def _filters(view: views.View, actors: list[str], kinds: list[str]) -> views.View:
    status_column = actor_column = kind_column = place_column = st
    statuses = status_column.multiselect("Status", ["reported", "planned", "conditional", "denied"],
                                         default=[s for s in view.statuses if s in ("reported", "planned",
                                                                                    "conditional", "denied")],
                                         key="filter-status", placeholder="all statuses")
    chosen_actors = actor_column.multiselect("Actor", actors, default=[a for a in view.actors if a in actors],
                                             key="filter-actor", placeholder="all actors")
    chosen_kinds = kind_column.multiselect("Movement kind", kinds, default=[k for k in view.kinds if k in kinds],
                                           key="filter-kind", placeholder="all kinds")
    place_kinds = place_column.multiselect("Place kind", list(PLACE_KINDS),
                                           default=[k for k in view.place_kinds if k in PLACE_KINDS],
                                           key="filter-place-kind", placeholder="all places")
    return replace(view, statuses=tuple(statuses), actors=tuple(chosen_actors), kinds=tuple(chosen_kinds),
                   place_kinds=tuple(place_kinds), briefing=False)


def briefing_screen(shown: list[Article], view: views.View) -> views.View:
    """One movement at a time: its arrow drawn on top of the faded others, the map framed on it, its
    sentence in large type."""
    steps = views.briefing_steps(shown)
    if not steps:
        st.info("No movement in this view.")
        return view
    step = min(view.step, len(steps) - 1)
    # The map takes the screen's full height on the left; the controls sit above the sentence on the right.
    map_column, sentence_column = st.columns([3, 2], gap="medium")
    with sentence_column:
        back_column, count_column, next_column = st.columns([1, 1, 1], vertical_alignment="center")
        if back_column.button("◀ Previous", key="briefing-previous", disabled=step == 0, use_container_width=True):
            step -= 1
        if next_column.button("Next ▶", key="briefing-next", disabled=step == len(steps) - 1,
                              use_container_width=True):
            step += 1
        count_column.markdown(f'<p class="briefing-count">Movement {step + 1} of {len(steps)}</p>',
                              unsafe_allow_html=True)
    article_id, index = steps[step]
    article = next(a for a in shown if a.id == article_id)
    folium_map, _ = build_map(shown, countries=countries, districts=districts, areas=areas, briefing=True,
                              highlight=steps[step], numbers=numbers, towns=base_towns(), base_url=BASE_URL)
    with map_column:
        st_folium(folium_map, returned_objects=[], height=MAP_HEIGHT, use_container_width=True,
                  key=f"briefing-map-{step}")
    with sentence_column, st.container(key="briefing-sentence"):
        st.markdown(panel.excerpts_for_movement(article, article.movements[index],
                                                label=numbers.label(article_id, index)),
                    unsafe_allow_html=True)
    return replace(view, briefing=True, step=step)


def export_section(shown: list[Article]) -> None:
    """Downloads of what the view shows: GeoJSON, GeoPackage (QGIS), ACLED-style CSV, the map as offline HTML.
    Each file is made when its button is clicked (a callable), not on every rerun."""
    def offline_map() -> str:
        return exports.to_html(build_map(shown, countries=countries, districts=districts, areas=areas,
                                         numbers=numbers, towns=base_towns())[0])

    with st.expander("Export this view", icon=":material/download:"):
        geojson_column, gpkg_column, csv_column, html_column = st.columns(4)
        geojson_column.download_button("GeoJSON", partial(exports.to_geojson, shown), "libya-movements.geojson",
                                       "application/geo+json", key="export-geojson", on_click="ignore")
        gpkg_column.download_button("GeoPackage", partial(exports.to_geopackage, shown), "libya-movements.gpkg",
                                    "application/geopackage+sqlite3", key="export-gpkg", on_click="ignore")
        csv_column.download_button("CSV (ACLED style)", partial(exports.to_acled_csv, shown, districts=districts),
                                   "libya-movements.csv", "text/csv", key="export-csv", on_click="ignore")
        html_column.download_button("Map (offline HTML)", offline_map, "libya-movements.html", "text/html",
                                    key="export-html", on_click="ignore")  # a download needs no rerun


store_path = default_store_location()
store = open_store(store_path)
if message := st.session_state.pop("resolved", None):
    st.toast(forms.plain(message), icon=":material/check_circle:")
asked = views.from_query(st.query_params)
if "briefing" not in st.session_state:
    st.session_state["briefing"] = asked.briefing
briefing = st.session_state["briefing"]
# 'Add articles' is one button at the top of the sidebar, so its popover opens with the sidebar's height to fill;
# the queue, the analyst's to-do list, comes next, filled once the articles are read (any article just added
# among them). A briefing shows none of the editing chrome.
if not briefing:
    with st.sidebar:
        add_articles_section(store)
        st.divider()
queue_slot = st.sidebar.container()
corrections_slot = st.sidebar.container()
stored = store.articles()
revision = forms.store_revision(store, stored)
# A big collection is read a period at a time (Filters › Period); the choice outlives a briefing, which hides it.
big = len(stored) > views.PERIOD_ABOVE
period = st.session_state.get("period-choice", st.session_state.get("period", views.PERIODS[0])) if big else 0
st.session_state["period"] = period
articles, refs = read_articles(store_path, revision, period)
titles = {article.id: article.title or article.id for article in stored}
countries, districts, areas = read_boundaries()
# An article's number is its place among all stored articles, so labels such as 2.3 do not move with the period.
numbers = {article.id: position for position, article in enumerate(stored, start=1)}
read_ids = [article.id for article in articles]

header_left, header_right = st.columns([3, 2], vertical_alignment="bottom")
with header_right:
    focus = pick_article(
        "Articles", read_ids, first=(ALL,), preset=asked.article if asked.article in set(read_ids) else ALL,
        format_func=lambda choice: (
            # No count in this label: the browser keeps showing a selected option's old label when it changes.
            "All articles" if choice == ALL else f"{numbers[choice]} · {titles.get(choice, choice)}"
        ),
        key="focus",
    )
    view = replace(asked, article=None if focus == ALL else focus, briefing=briefing)
    toggle_column, filter_column = st.columns([3, 2], vertical_alignment="center")
    toggle_column.toggle("Briefing mode (large type, one movement at a time)", key="briefing")
    if not briefing:
        with filter_column:
            view = filter_row(articles, view, period=period if big else None)
if not briefing:
    view = replace(view, until=time_step(articles, view))
shown = views.apply_view(articles, view)
numbers = panel.Numbering.of(articles, shown, numbers)  # labels such as 2.3 stay the same under any filter
with header_left:
    st.title("Force movements in Libya, read from Arabic news")
    if not briefing:
        st.caption(
            (f"The last {period} days to {max(s.day for s in stored)}: {len(articles):,} of {len(stored):,} stored "
             "articles (Filters › Period) · " if period else "")
            + f"{len(shown)} article(s) · {sum(len(a.movements) for a in shown)} movements · "
            f"{sum(1 for a in shown for m in a.mentions if forms.is_not_placed(m))} mention(s) not placed. "
            "Click a circle or an arrow to read the sentences behind it; open the sidebar (›) to add articles "
            "or place names."
        )
# What the panel shows (a clicked or picked place or movement) and what the map frames ("show on map"). A URL's
# place opens both; a different view (article, filters, dates) starts from the whole map again.
if "selection" not in st.session_state:
    st.session_state["selection"] = st.session_state["pinned"] = ("place", view.place) if view.place else None
panel_view = (focus, tuple(sorted(views.to_query(replace(view, place=None)).items())))
if st.session_state.setdefault("panel-view", panel_view) != panel_view:
    st.session_state["selection"] = st.session_state["pinned"] = None
    st.session_state["panel-view"] = panel_view


def select(key: tuple[str, str] | None, *, on_map: bool = False, correcting: bool = False) -> None:
    """Show ``key`` in the panel (None: every movement); ``on_map`` also frames it on the map, ``correcting``
    opens its correction form."""
    st.session_state["selection"] = key
    if on_map or key is None:
        st.session_state["pinned"] = key
    st.session_state["correcting"] = key if correcting else None
    st.session_state["last_edit"] = None


def edit_saved(edit_ids: list[int], message: str, *, keep: tuple[str, str] | None = None) -> None:
    """After a movement correction: re-read the articles, say what was saved (with an Undo), keep ``keep`` shown."""
    st.session_state["selection"] = keep
    if st.session_state.get("pinned") != keep:
        st.session_state["pinned"] = None
    st.session_state["correcting"] = None
    st.session_state["last_edit"] = (tuple(edit_ids), message) if edit_ids else None
    st.rerun()


def undo_edits(edit_ids: Iterable[int], message: str) -> None:
    for edit_id in edit_ids:
        store.undo_movement_edit(edit_id)
    st.session_state["selection"] = st.session_state["pinned"] = st.session_state["last_edit"] = None
    st.session_state["resolved"] = message
    st.rerun()


def movement_notes(article: Article, index: int) -> str:
    """"corrected" or "added" for a shown movement an analyst changed."""
    return corrections.correction_note(corrections.movement_ref(articles, refs, article.id, article.movements[index]))


def movement_corrections_section() -> None:
    """The analysts' movement corrections, newest first, each with an Undo."""
    edits = store.movement_edits()
    st.header(f"Movement corrections ({len(edits)})")
    if not edits:
        st.caption("None yet: in the panel, 'Correct…' under a movement changes or deletes it; 'Add movement' "
                   "adds one the extractor missed.")
        return
    with st.container(height=min(60 + 48 * len(edits), 260), key="movement-corrections"):
        for edit in reversed(edits):
            text_column, undo_column = st.columns([5, 2], vertical_alignment="center")
            text_column.caption(forms.plain(f"Article {numbers.get(edit.article_id, edit.article_id)} · "
                                            f"{corrections.edit_summary(edit)}"))
            if undo_column.button("Undo", key=f"undo-edit-{edit.id}", icon=":material/undo:"):
                undo_edits([edit.id], f"Undone: {corrections.edit_summary(edit)}")


def movement_controls(article_id: str, index: int) -> None:
    """Under a movement's excerpt: frame it on the map, frame one of its places, or open its correction form."""
    movement = next(a for a in shown if a.id == article_id).movements[index]
    key = ("movement", f"{article_id}#{index}")
    with st.container(horizontal=True, gap="small", key=corrections.control_key("controls", article_id, index)):
        st.button("Show on map", key=corrections.control_key("onmap", article_id, index), type="tertiary",
                  icon=":material/my_location:", on_click=select, args=(key,), kwargs={"on_map": True})
        for place in panel.movement_places(movement):
            st.button(forms.plain(place.name), key=corrections.control_key("onmap-place", article_id, index, place.id),
                      type="tertiary", icon=":material/location_on:", on_click=select,
                      args=(("place", place.id),), kwargs={"on_map": True})
        st.button("Correct…", key=corrections.control_key("correct", article_id, index), type="tertiary",
                  icon=":material/edit:", help="Change its status, actor or places, or delete it", on_click=select,
                  args=(key,), kwargs={"correcting": True})


def correct_movement(article_id: str, index: int) -> None:
    """The correction form of one shown movement: status, actor, origins and destinations, or delete it."""
    movement = next(a for a in shown if a.id == article_id).movements[index]
    article = next(a for a in articles if a.id == article_id)
    ref = corrections.movement_ref(articles, refs, article_id, movement)
    key = ("movement", f"{article_id}#{index}")
    label = numbers.label(article_id, index)
    tag = corrections.control_key("fix", article_id, index)
    with st.expander(f"Correct movement {label}", expanded=st.session_state.get("correcting") == key,
                     icon=":material/edit:"), st.container(key=f"{tag}-body"):
        if ref is None:
            return
        if ref.added:
            st.caption("Added by an analyst. To change it, remove it and add it again.")
            if st.button("Remove this added movement", key=f"{tag}-remove", icon=":material/delete:"):
                store.undo_movement_edit(ref.edit_ids[0])
                st.session_state["resolved"] = f"Removed the added movement {label}."
                edit_saved([], "", keep=None)
            return
        places = corrections.mention_choices(article, sentence=movement.evidence,
                                             current=(*movement.origins, *movement.destinations))
        actors = corrections.actor_choices(articles)
        with st.form(f"{tag}-form", border=False):
            status_column, actor_column = st.columns(2)
            status = status_column.selectbox("Status", STATUSES, index=STATUSES.index(movement.status),
                                             key=f"{tag}-status")
            actor = actor_column.selectbox("Actor", actors, index=actors.index(views.actor_name(movement)),
                                           key=f"{tag}-actor")
            origins = st.multiselect("From (origins)", list(places), key=f"{tag}-origins",
                                     default=[corrections.mention_key(m) for m in movement.origins],
                                     format_func=lambda k: corrections.mention_label(places[k]))
            destinations = st.multiselect("To (destinations)", list(places), key=f"{tag}-destinations",
                                          default=[corrections.mention_key(m) for m in movement.destinations],
                                          format_func=lambda k: corrections.mention_label(places[k]))
            saved = st.form_submit_button("Save correction", type="primary", key=f"{tag}-save", icon=":material/save:")
        if saved:
            try:
                changes = corrections.movement_changes(
                    movement, status=status, actor=actor, origins=[places[k] for k in origins],
                    destinations=[places[k] for k in destinations])
            except ValueError as error:
                st.error(forms.plain(error))
            else:
                edit_id = store.edit_movement(article_id, ref.index, changes)
                edit_saved([edit_id], f"Movement {label} corrected: {', '.join(changes)}.", keep=key)
        if st.button("Delete: not a real movement", key=f"{tag}-delete", icon=":material/delete:"):
            edit_id = store.delete_movement(article_id, ref.index)
            edit_saved([edit_id], f"Movement {label} deleted.")


def add_movement_form() -> None:
    """"Add a missed movement": pick the article and the sentence that reports it, then its kind, status, actor
    and places among the article's mentions."""
    adding = st.popover("Add movement", icon=":material/add:", use_container_width=True, key="add-movement",
                        on_change="rerun", help="Add a movement the extractor missed, with the sentence that reports it")
    if not adding.open:  # its form is built only when opened
        return
    with adding:
        article_id = pick_article("Article", [a.id for a in shown], key="add-article",
                                  format_func=lambda choice: f"{numbers[choice]} · {titles.get(choice, choice)}")
        if article_id is None:
            st.caption("No article in this view.")
            return
        article = next(a for a in articles if a.id == article_id)
        tag = corrections.control_key("add", article_id, 0)
        sentences = corrections.article_sentences(article)
        position = st.selectbox(
            "Sentence that reports it (the evidence)", range(len(sentences)), index=None, key=f"{tag}-sentence",
            placeholder="Pick the sentence…",
            format_func=lambda i: corrections.sentence_label(
                sentences[i], places=sum(1 for m in article.mentions if sentences[i].start <= m.start < sentences[i].end)),
        )
        sentence = sentences[position] if position is not None else None
        if sentence is not None:
            with st.container(key="add-preview"):
                st.markdown(panel.excerpt_html(article=article, mention_or_span=sentence), unsafe_allow_html=True)
        places = corrections.mention_choices(article, sentence=sentence)
        kind_column, status_column, actor_column = st.columns(3)
        kind = kind_column.selectbox("Kind", corrections.movement_kinds(), key=f"{tag}-kind")
        status = status_column.selectbox("Status", STATUSES, key=f"{tag}-status")
        actor = actor_column.selectbox("Actor", corrections.actor_choices(articles), key=f"{tag}-actor")
        origins = st.multiselect("From (origins)", list(places), key=f"{tag}-origins",
                                 format_func=lambda k: corrections.mention_label(places[k]))
        destinations = st.multiselect("To (destinations)", list(places), key=f"{tag}-destinations",
                                      format_func=lambda k: corrections.mention_label(places[k]))
        if st.button("Save movement", type="primary", key=f"{tag}-save", icon=":material/save:"):
            try:
                movement = corrections.new_movement(
                    article, evidence=sentence, kind=kind, status=status, actor=actor,
                    origins=[places[k] for k in origins], destinations=[places[k] for k in destinations])
            except ValueError as error:
                st.error(forms.plain(error))
                return
            edit_id = store.add_movement(article_id, movement)
            edit_saved([edit_id], f"Movement added to article {numbers[article_id]}.")


def correct_place(place_id: str) -> None:
    """"Correct this place": re-resolve every name the shown articles placed at ``place_id``."""
    surfaces = sorted({m.text for a in shown for m in a.mentions if m.place is not None and m.place.id == place_id})
    if not surfaces:
        return
    article_ids = tuple(a.id for a in shown if any(m.text in surfaces for m in a.mentions))
    with st.popover("Correct this place", icon=":material/edit_location_alt:", use_container_width=True):
        st.caption(forms.plain(f"Applies to the name(s): {', '.join(surfaces)}"))
        place_form(store, form_key="correct-" + hashlib.sha256(place_id.encode()).hexdigest()[:10], surfaces=surfaces,
                   candidates=(), article_ids=article_ids, titles=titles, dismiss=True)


def page_controls(key: str, page: int, pages: int, shown: int, total: int) -> None:
    """‹ › buttons and "21–40 of 3,574" when the panel has more blocks than a page holds; ``key`` remembers
    the page per selection (the overview, each place, each movement)."""
    if pages < 2:
        return
    back_column, where_column, next_column = st.columns([1, 3, 1], vertical_alignment="center")
    first = (page - 1) * panel.PAGE_SIZE + 1
    where_column.caption(f"{first}–{first + shown - 1} of {total} · page {page} of {pages}")
    back_column.button("‹", key=f"{key}-back", disabled=page == 1, help="Previous page",
                       on_click=st.session_state.__setitem__, args=(key, page - 1), use_container_width=True)
    next_column.button("›", key=f"{key}-next", disabled=page == pages, help="Next page",
                       on_click=st.session_state.__setitem__, args=(key, page + 1), use_container_width=True)


@st.fragment
def map_and_panel(focus_id: str | None) -> None:
    """The map and the sentences behind what was clicked; a clicked place goes into the URL (``place=``).
    Each excerpt's "Show on map" frames its movement, or one of its places, on the map."""
    pinned = st.session_state.get("pinned")
    folium_map, clicks = build_map(
        shown, countries=countries, districts=districts, areas=areas, focus=focus_id,
        highlight=corrections.highlighted_movement(pinned), focus_place=pinned[1] if pinned and pinned[0] == "place" else None,
        numbers=numbers, towns=base_towns(), base_url=BASE_URL,  # the base geometry: a static file the browser keeps
    )
    map_column, panel_column = st.columns([3, 2], gap="medium")
    with map_column:
        state = st_folium(
            folium_map, returned_objects=["last_object_clicked_tooltip"], height=MAP_HEIGHT,
            use_container_width=True, key=f"map-{focus_id or ALL}",
        )
    # The component keeps answering with the last click: only a different tooltip is a new click.
    tooltip = (state or {}).get("last_object_clicked_tooltip")
    if tooltip is not None and tooltip != st.session_state.get("seen-tooltip") and tooltip in clicks:
        select(clicks[tooltip])
    st.session_state["seen-tooltip"] = tooltip
    selected = st.session_state.get("selection")
    if selected is not None and selected[0] == "place" and selected not in clicks.values():
        selected = None  # a place this view does not draw (an old link, a name since corrected)
    if selected is not None and selected[0] == "place":
        st.query_params["place"] = selected[1]
    elif "place" in st.query_params:
        del st.query_params["place"]
    with panel_column:
        if selected is None:
            title_column, add_column = st.columns([3, 2], vertical_alignment="center")
            title_column.markdown(f"#### Movements ({sum(len(a.movements) for a in shown)})")
            with add_column:
                add_movement_form()
        else:
            place = selected[0] == "place"
            # A movement's corrections sit under its excerpt: its title gets the room of "Correct this place".
            title_column, back_column, correct_column = st.columns([4, 3, 4] if place else [6, 3, 2],
                                                                   vertical_alignment="center")
            title_column.markdown(f"#### {'Place' if place else 'Movement'} selected")
            back_column.button("All movements", key="show-all", icon=":material/arrow_back:", on_click=select,
                               args=(None,))
            if place:
                with correct_column:
                    correct_place(selected[1])
        if last_edit := st.session_state.get("last_edit"):
            edit_ids, message = last_edit
            message_column, undo_column = st.columns([4, 1], vertical_alignment="center")
            message_column.success(forms.plain(message), icon=":material/check_circle:")
            if undo_column.button("Undo", key="undo-last", icon=":material/undo:"):
                undo_edits(edit_ids, f"Undone: {message}")
        page_key = f"page-{selected}"
        if selected is None:  # only the page's blocks are built: there may be thousands
            parts, page, pages = panel.overview_page(shown, numbers, movement_notes, st.session_state.get(page_key, 1))
            total = sum(len(a.movements) for a in shown)
        else:
            every = panel.selection_parts(shown, selected, numbers, movement_notes)
            parts, page, pages = panel.page_of(every, st.session_state.get(page_key, 1))
            total = len(every)
        page_controls(page_key, page, pages, len(parts), total)
        with st.container(key="excerpts", height=EXCERPTS_HEIGHT):
            for part in parts:
                st.html(part.html)  # not Markdown: no parsing in the browser (the first map came ~0.1 s sooner)
                if part.place is not None:
                    with st.container(horizontal=True, key="controls-selected-place"):
                        st.button("Show on map", key="onmap-selected-place", type="tertiary",
                                  icon=":material/my_location:", help="Frame this place on the map", on_click=select,
                                  args=(("place", part.place.id),), kwargs={"on_map": True})
                if part.movement is not None:
                    movement_controls(*part.movement)
                    if selected == ("movement", f"{part.movement[0]}#{part.movement[1]}"):
                        correct_movement(*part.movement)
        unresolved = sum(1 for a in shown for m in a.mentions if forms.is_not_placed(m))
        st.markdown(f"#### Not placed ({unresolved})")
        with st.container(key="unresolved", height=100):
            st.markdown(panel.unresolved_html(shown), unsafe_allow_html=True)


if briefing:
    view = briefing_screen(shown, view)
else:
    map_and_panel(None if focus == ALL else focus)
    export_section(shown)
    # The sidebar's sections go into their slots last: what the browser gets first is the map (their elements sent
    # before it delayed the map's frame).
    with queue_slot:
        not_placed_section(store, shown, titles)
    with corrections_slot:
        movement_corrections_section()
st.query_params.from_dict(views.to_query(replace(view, place=st.query_params.get("place"))))
