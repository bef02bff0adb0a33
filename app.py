"""Streamlit dashboard: Arabic news about Libya → a map of places and force movements, with the
sentence behind every marker and arrow. Wiring only; the work is in components/."""
from __future__ import annotations

import hashlib
from pathlib import Path

import streamlit as st
from streamlit_folium import st_folium

from components import panel
from components.boundaries import load_areas, load_countries, load_districts
from components.mapview import build_map
from components.pipeline import extract_files
from components.records import Article

ROOT = Path(__file__).resolve().parent
SEEDS = sorted(ROOT.glob("seeds/*.txt"))
MAP_HEIGHT = 700  # static/app.css stretches the map to the screen
EXCERPTS_HEIGHT = 400
ALL = "all"

st.set_page_config(page_title="Libya: movements in the news", page_icon="🗺️", layout="wide")
st.html(f"<style>{(ROOT / 'static' / 'app.css').read_text(encoding='utf-8')}</style>")


@st.cache_data(show_spinner="Reading the articles…")
def read_articles(paths: tuple[str, ...], digests: tuple[str, ...]) -> list[Article]:
    """The pipeline's articles; ``digests`` keys the cache on the files' contents."""
    return extract_files(list(paths))


@st.cache_resource(show_spinner="Loading boundaries…")
def read_boundaries():
    return load_countries(), load_districts(), load_areas()


def file_digests(paths: list[Path]) -> tuple[str, ...]:
    return tuple(hashlib.sha256(path.read_bytes()).hexdigest() for path in paths)


articles = read_articles(tuple(str(path) for path in SEEDS), file_digests(SEEDS))
countries, districts, areas = read_boundaries()
numbers = {article.id: position for position, article in enumerate(articles, start=1)}

header_left, header_right = st.columns([3, 2], vertical_alignment="bottom")
with header_right:
    focus = st.selectbox(
        "Articles",
        [ALL, *numbers],
        format_func=lambda choice: (
            f"All {len(articles)} articles" if choice == ALL
            else f"{numbers[choice]} · {panel.article_title(next(a for a in articles if a.id == choice))}"
        ),
        key="focus",
    )
shown = [article for article in articles if focus in (ALL, article.id)]
with header_left:
    st.title("Force movements in Libya, read from Arabic news")
    st.caption(
        f"{len(shown)} article(s) · {sum(len(a.movements) for a in shown)} movements · "
        f"{sum(1 for a in shown for m in a.mentions if m.place is None)} mentions not placed. "
        "Click a circle or an arrow to read the sentences behind it."
    )


@st.fragment
def map_and_panel(focus_id: str | None) -> None:
    folium_map, clicks = build_map(
        articles, countries=countries, districts=districts, areas=areas, focus=focus_id,
    )
    map_column, panel_column = st.columns([3, 2], gap="medium")
    with map_column:
        state = st_folium(
            folium_map, returned_objects=["last_object_clicked_tooltip"], height=MAP_HEIGHT,
            use_container_width=True, key=f"map-{focus_id or ALL}",
        )
    tooltip = (state or {}).get("last_object_clicked_tooltip")
    if tooltip != st.session_state.get("dismissed"):
        st.session_state.pop("dismissed", None)
    selected = clicks.get(tooltip) if tooltip != st.session_state.get("dismissed") else None
    with panel_column:
        if selected is None:
            st.markdown(f"#### Movements ({sum(len(a.movements) for a in shown)})")
        else:
            title_column, button_column = st.columns([3, 2], vertical_alignment="center")
            title_column.markdown(f"#### {'Place' if selected[0] == 'place' else 'Movement'} clicked")
            if button_column.button("All movements", key="show-all", icon=":material/arrow_back:"):
                st.session_state["dismissed"] = tooltip
                st.rerun(scope="fragment")
        with st.container(key="excerpts", height=EXCERPTS_HEIGHT):
            if selected is None:
                st.markdown(panel.movements_overview_html(shown, numbers), unsafe_allow_html=True)
            else:
                st.markdown(panel.selection_html(shown, selected, numbers), unsafe_allow_html=True)
        unresolved = sum(1 for a in shown for m in a.mentions if m.place is None)
        st.markdown(f"#### Not placed ({unresolved})")
        with st.container(key="unresolved", height=100):
            st.markdown(panel.unresolved_html(shown), unsafe_allow_html=True)


map_and_panel(None if focus == ALL else focus)
