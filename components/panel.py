"""HTML for the side panel: the sentences behind each marker and arrow, escaped, right-to-left.

Pure functions over the records in components/records.py; every string that comes from an
article goes through ``safe_html`` before it reaches the page or a map tooltip.
"""
from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from components.records import Article, Mention, Movement, Place, Span

SENTENCE_ENDS = frozenset(".!؟?؛\n")
STATUS_LABELS = {
    "reported": "reported · مؤكَّد",
    "planned": "planned · مُخطَّط",
    "conditional": "conditional · مشروط",
    "denied": "denied · منفيّ",
}
TITLE_CHARS = 110
ANALYST = "analyst:"  # how the store starts the reason of a mention an analyst resolved


def safe_html(text: object) -> str:
    """Escape text for HTML, for the JavaScript template strings folium wraps tooltips in, *and* for Jinja:
    branca compiles every rendered map script again as a Jinja template, so a ``{{ … }}`` or ``{% … %}`` in a
    name would run on the server."""
    return (
        html.escape(str(text), quote=True)
        .replace("`", "&#96;")
        .replace("$", "&#36;")
        .replace("\\", "&#92;")
        .replace("{", "&#123;")
        .replace("}", "&#125;")
    )


def one_line(text: str) -> str:
    """Collapse runs of whitespace, so a tooltip's text reads back exactly as it was written."""
    return " ".join(text.split())


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence holding ``text[start:end]``: from after the previous sentence end
    (. ! ? ؟ ؛ or a newline) to the next one, included, without surrounding spaces."""
    left = start
    while left > 0 and text[left - 1] not in SENTENCE_ENDS:
        left -= 1
    right = end
    while right < len(text) and text[right] not in SENTENCE_ENDS:
        right += 1
    if right < len(text) and text[right] != "\n":
        right += 1
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


def article_title(article: Article) -> str:
    """The article's first non-empty line, shortened for a heading."""
    for line in article.text.splitlines():
        line = one_line(line)
        if line:
            return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1] + "…"
    return article.id


def movement_label(article_number: int, movement_index: int) -> str:
    """The short name an analyst reads on an arrow and in the panel: article 2, movement 3 → 2.3."""
    return f"{article_number}.{movement_index + 1}"


class Numbering(dict):
    """Article id → its number among all the articles, and each shown movement's place in its whole article,
    so a label such as 2.3 names the same movement whatever a filter hides.

    ``Numbering.of(all_articles, shown)``: ``shown`` are the articles a view narrowed (the same Movement
    objects, some left out)."""

    def __init__(self, articles: dict[str, int], positions: dict[tuple[str, int], int] | None = None):
        super().__init__(articles)
        self.positions = positions or {}

    @classmethod
    def of(cls, everything: Sequence[Article], shown: Sequence[Article],
           numbered: dict[str, int] | None = None) -> Numbering:
        """``numbered``: the articles' numbers when ``everything`` is not all of them (the app's period)."""
        full = {article.id: article for article in everything}
        positions = {}
        for article in shown:
            whole = full.get(article.id)
            if whole is None:
                continue
            where = {id(movement): index for index, movement in enumerate(whole.movements)}
            for index, movement in enumerate(article.movements):
                positions[(article.id, index)] = where.get(id(movement), index)
        return cls(numbered or {a.id: n for n, a in enumerate(everything, start=1)}, positions)

    def label(self, article_id: str, index: int) -> str:
        """The label of the ``index``-th shown movement of the article."""
        return movement_label(self[article_id], self.positions.get((article_id, index), index))


def label_of(numbers: dict[str, int], article_id: str, index: int) -> str:
    """A shown movement's label: stable under filters when ``numbers`` is a Numbering."""
    if isinstance(numbers, Numbering):
        return numbers.label(article_id, index)
    return movement_label(numbers[article_id], index)


def movement_key(article: Article, movement_index: int) -> tuple[str, str]:
    return ("movement", f"{article.id}#{movement_index}")


def movements_key(members: Iterable[tuple[str, int]]) -> tuple[str, str]:
    """The key of one arrow or badge standing for several movements (repeats, or a contested event)."""
    return ("movements", "|".join(f"{article_id}#{index}" for article_id, index in members))


def place_names(mentions: Iterable[Mention]) -> str:
    names = [m.place.name if m.place is not None else m.text for m in mentions]
    return ", ".join(names) if names else "?"


ZWJ = "\u200d"


def _joins(text: str, position: int) -> bool:
    """True when a highlight boundary at ``position`` falls inside an Arabic word, where the
    <mark> would otherwise break the letters' joined shapes."""
    return 0 < position < len(text) and _is_arabic_letter(text[position - 1]) and _is_arabic_letter(text[position])


def _is_arabic_letter(char: str) -> bool:
    return "\u0620" <= char <= "\u064a" or "\u066e" <= char <= "\u06d3"


def _highlighted(text: str, start: int, end: int, highlights: Sequence[tuple[Span, str]]) -> str:
    """``text[start:end]`` escaped, with each highlight inside it wrapped in <mark class=...>;
    highlights that overlap an earlier one are dropped rather than nested."""
    parts: list[str] = []
    cursor = start
    for span, css_class in sorted(highlights, key=lambda h: (h[0].start, -h[0].end)):
        if span.start < cursor or span.end > end or span.start >= span.end:
            continue
        join_before = ZWJ if _joins(text, span.start) else ""
        join_after = ZWJ if _joins(text, span.end) else ""
        parts.append(safe_html(text[cursor:span.start]) + join_before)
        parts.append(
            f'<mark class="{css_class}">{join_before}{safe_html(text[span.start:span.end])}{join_after}</mark>{join_after}'
        )
        cursor = span.end
    parts.append(safe_html(text[cursor:end]))
    return "".join(parts)


def _window(text: str, sentence: tuple[int, int], focus: Span, max_chars: int) -> tuple[int, int]:
    """Trim a very long sentence to about ``max_chars`` around the focus span, on word boundaries."""
    start, end = sentence
    if end - start <= max_chars:
        return start, end
    half = max(0, (max_chars - (focus.end - focus.start)) // 2)
    new_start = max(start, focus.start - half)
    new_end = min(end, focus.end + half)
    while new_start > start and not text[new_start - 1].isspace():
        new_start -= 1
    while new_end < end and not text[new_end].isspace():
        new_end += 1
    return new_start, new_end


def excerpt_html(
    *,
    article: Article,
    mention_or_span: Mention | Span,
    highlights: Sequence[tuple[Span, str]] = (),
    sentence: Span | None = None,
    heading: str = "",
    max_chars: int = 420,
) -> str:
    """The sentence around a mention (or any span), right-to-left in the Arabic font, the mention
    in <mark>, under the article's id and title. ``sentence`` overrides the sentence found by
    punctuation (a movement's evidence); ``heading`` is HTML the caller has already escaped."""
    focus = mention_or_span.span if isinstance(mention_or_span, Mention) else mention_or_span
    bounds = (sentence.start, sentence.end) if sentence else sentence_bounds(article.text, focus.start, focus.end)
    start, end = _window(article.text, bounds, focus, max_chars)
    focus_class = next((cls for span, cls in highlights if span == focus), "hl-focus")
    marks = [(focus, focus_class), *[(span, cls) for span, cls in highlights if span != focus]]
    body = _highlighted(article.text, start, end, marks)
    before = "… " if start > bounds[0] else ""
    after = " …" if end < bounds[1] else ""
    return (
        '<div class="excerpt">'
        f'<div class="excerpt-meta" dir="ltr"><code>{safe_html(article.id)}</code> '
        f'<span class="excerpt-title arabic" dir="rtl">{safe_html(article_title(article))}</span></div>'
        f"{heading}"
        f'<p class="excerpt-text arabic" dir="rtl" lang="ar">{before}{body}{after}</p>'
        "</div>"
    )


def excerpts_for_place(articles: Sequence[Article], place_id: str) -> str:
    """Every sentence that mentions the place, each mention highlighted; one excerpt per sentence."""
    blocks: list[str] = []
    for article in articles:
        by_sentence: dict[tuple[int, int], list[Mention]] = {}
        for mention in article.mentions:
            if mention.place is not None and mention.place.id == place_id:
                bounds = sentence_bounds(article.text, mention.start, mention.end)
                by_sentence.setdefault(bounds, []).append(mention)
        for (start, end), mentions in by_sentence.items():
            blocks.append(excerpt_html(
                article=article,
                mention_or_span=mentions[0],
                highlights=[(m.span, _mark_class(m)) for m in mentions],
                sentence=Span(start, end, article.text[start:end]),
                heading=corrections_html(mentions),
            ))
    if not blocks:
        return '<p class="panel-empty">No excerpt names this place.</p>'
    return "".join(blocks)


def is_corrected(mention: Mention) -> bool:
    """Placed (or dropped) by an analyst rather than by the extractor: the store marks its reason so."""
    return mention.reason.startswith(ANALYST)


def _mark_class(mention: Mention) -> str:
    return "hl-focus hl-corrected" if is_corrected(mention) else "hl-focus"


def corrections_html(mentions: Iterable[Mention]) -> str:
    """A line under an excerpt's title for each name an analyst placed, with the analyst's note."""
    notes = dict.fromkeys(m.reason.removeprefix(ANALYST).strip() for m in mentions if is_corrected(m))
    return "".join(
        f'<div class="corrected-note" dir="ltr">✎ corrected by an analyst: {safe_html(note)}</div>' for note in notes
    )


def status_badge(status: str) -> str:
    label = STATUS_LABELS.get(status, status)
    return f'<span class="badge badge-{safe_html(status)}">{safe_html(label)}</span>'


def excerpts_for_movement(article: Article, movement: Movement, *, label: str = "", correction: str = "") -> str:
    """The evidence sentence of one movement, its trigger and places highlighted, under a line
    with its status, kind, actor and origins → destinations. ``correction`` says how an analyst changed it
    ("corrected", "added"), shown as a note like a corrected place's."""
    actor = (movement.actor.name or movement.actor.text) if movement.actor else "actor unknown"
    route = f"{place_names(movement.origins) if movement.origins else '—'} → {place_names(movement.destinations)}"
    via = f" via {place_names(movement.via)}" if movement.via else ""
    attributed = f' <span class="attributed">per {safe_html(movement.attributed_to)}</span>' if movement.attributed_to else ""
    heading = (
        '<div class="movement-heading" dir="ltr">'
        + (f'<span class="movement-label">{safe_html(label)}</span> ' if label else "")
        + f"{status_badge(movement.status)} "
        f'<span class="movement-kind">{safe_html(movement.kind)}</span> · '
        f'<span class="movement-actor" dir="auto">{safe_html(actor)}</span> · '
        f'<span class="movement-route">{safe_html(route + via)}</span>'
        f"{attributed}</div>"
    )
    if correction:
        heading += f'<div class="corrected-note movement-corrected" dir="ltr">✎ {safe_html(correction)} by an analyst</div>'
    highlights: list[tuple[Span, str]] = [
        (m.span, "hl-place") for m in (*movement.origins, *movement.destinations, *movement.via)
    ]
    if movement.trigger is not None:
        highlights.append((movement.trigger, "hl-trigger"))
    return excerpt_html(
        article=article,
        mention_or_span=movement.trigger or movement.evidence,
        highlights=highlights,
        sentence=movement.evidence,
        heading=heading,
    )


@dataclass(frozen=True)
class PanelPart:
    """One block of the side panel: its HTML and what the app puts controls under it for: a movement, as
    (article id, index in that article's shown movements), or the place a selection is about."""

    html: str
    movement: tuple[str, int] | None = None
    place: Place | None = None


# How an analyst changed a shown movement ("corrected", "added" or ""): (article, movement index) → note.
Notes = Callable[[Article, int], str]


def _movement_part(article: Article, index: int, numbers: dict[str, int], notes: Notes | None) -> PanelPart:
    html = excerpts_for_movement(article, article.movements[index], label=label_of(numbers, article.id, index),
                                 correction=notes(article, index) if notes else "")
    return PanelPart(html, movement=(article.id, index))


def movement_places(movement: Movement) -> list[Place]:
    """The distinct places a movement starts from and goes to, origins first: what 'show on map' can frame."""
    places = {m.place.id: m.place for m in (*movement.origins, *movement.destinations) if m.place is not None}
    return list(places.values())


def overview_parts(articles: Sequence[Article], numbers: dict[str, int], notes: Notes | None = None) -> list[PanelPart]:
    """Every movement in the articles, in reading order, as ``excerpts_for_movement`` blocks;
    ``numbers`` gives each article's position in the full list, so labels match the map's."""
    parts = [_movement_part(article, index, numbers, notes)
             for article in articles for index in range(len(article.movements))]
    return parts or [PanelPart('<p class="panel-empty">No movement found in these articles.</p>')]


# Ten excerpts a page: with twenty, the page's buttons and excerpts drew the first map ~0.1–0.2 s later.
PAGE_SIZE = 10


def page_of(items: Sequence, page: int, size: int = PAGE_SIZE) -> tuple[list, int, int]:
    """The items of one page (1-based, clamped to the pages there are), the page and the number of pages:
    a panel of thousands of excerpts (each with its controls) would take the browser seconds to draw."""
    pages = max(1, -(-len(items) // size))
    page = min(max(1, page), pages)
    return list(items[(page - 1) * size: page * size]), page, pages


def overview_page(articles: Sequence[Article], numbers: dict[str, int], notes: Notes | None = None,
                  page: int = 1, size: int = PAGE_SIZE) -> tuple[list[PanelPart], int, int]:
    """One page of ``overview_parts``, building only that page's blocks; with the page and the number of pages."""
    pairs = [(article, index) for article in articles for index in range(len(article.movements))]
    chosen, page, pages = page_of(pairs, page, size)
    parts = [_movement_part(article, index, numbers, notes) for article, index in chosen]
    return parts or [PanelPart('<p class="panel-empty">No movement found in these articles.</p>')], page, pages


def movements_overview_html(articles: Sequence[Article], numbers: dict[str, int]) -> str:
    return "".join(part.html for part in overview_parts(articles, numbers))


UNRESOLVED_IDS = 5  # articles a "Not placed" line names; the sidebar's queue has them all


def unresolved_html(articles: Sequence[Article]) -> str:
    """Each mention the extractor could not place, with its reason and how often it occurs."""
    counts: Counter[tuple[str, str]] = Counter()
    where: dict[tuple[str, str], dict[str, None]] = {}  # the articles, in order (a dict: thousands may name one)
    for article in articles:
        for mention in article.mentions:
            if mention.place is None and not is_corrected(mention):  # "not a place" is an answer, not a question
                key = (mention.text, mention.reason)
                counts[key] += 1
                where.setdefault(key, {})[article.id] = None
    if not counts:
        return '<p class="panel-empty">Every mention was placed.</p>'
    items = []
    for (text, reason), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        times = f" ×{count}" if count > 1 else ""
        ids = list(where[(text, reason)])
        listed = ", ".join(ids[:UNRESOLVED_IDS]) + (f" and {len(ids) - UNRESOLVED_IDS} more articles"
                                                     if len(ids) > UNRESOLVED_IDS else "")
        items.append(
            '<li class="unresolved-item">not placed: '
            f'<span class="arabic" dir="rtl" lang="ar">{safe_html(text)}</span>{times} — '
            f'<span class="reason">{safe_html(reason)}</span> '
            f'<code>{safe_html(listed)}</code></li>'
        )
    return f'<ul class="unresolved" dir="ltr">{"".join(items)}</ul>'


def _find_place(articles: Sequence[Article], place_id: str) -> Place | None:
    for article in articles:
        for mention in (*article.mentions, *(m for mv in article.movements for m in (*mv.origins, *mv.destinations))):
            if mention.place is not None and mention.place.id == place_id:
                return mention.place
    return None


def selection_html(articles: Sequence[Article], key: tuple[str, str], numbers: dict[str, int]) -> str:
    return "".join(part.html for part in selection_parts(articles, key, numbers))


def selection_parts(articles: Sequence[Article], key: tuple[str, str], numbers: dict[str, int],
                    notes: Notes | None = None) -> list[PanelPart]:
    """Everything behind one clicked marker or arrow: for a place, the movements that start, end
    or pass there and every sentence naming it; for a movement, its evidence sentence."""
    kind, ident = key
    if kind == "movements":
        parts = [part for member in ident.split("|")
                 for part in selection_parts(articles, ("movement", member), numbers, notes)]
        title = f'<h4 class="panel-subtitle" dir="ltr">{len(ident.split("|"))} movements behind this mark</h4>'
        return [PanelPart(title), *parts]
    if kind == "movement":
        article_id, _, index = ident.rpartition("#")
        for article in articles:
            if article.id == article_id and index.isdigit() and int(index) < len(article.movements):
                return [_movement_part(article, int(index), numbers, notes)]
        return [PanelPart('<p class="panel-empty">This movement is not in the selected articles.</p>')]
    place = _find_place(articles, ident)
    if place is None:
        return [PanelPart('<p class="panel-empty">This place is not in the selected articles.</p>')]
    movements = [
        _movement_part(article, index, numbers, notes)
        for article in articles
        for index, movement in enumerate(article.movements)
        if any(m.place is not None and m.place.id == ident
               for m in (*movement.origins, *movement.destinations, *movement.via))
    ]
    parts = [PanelPart(
        f'<h3 class="selection-title"><span dir="ltr">{safe_html(place.name)}</span> · '
        f'<span class="arabic" lang="ar">{safe_html(place.name_ar)}</span> '
        f'<small dir="ltr">({safe_html(place.kind)}, {safe_html(place.country)})</small></h3>', place=place)]
    if movements:
        parts.append(PanelPart(f'<h4 class="panel-subtitle" dir="ltr">Movements ({len(movements)})</h4>'))
        parts.extend(movements)
    parts.append(PanelPart('<h4 class="panel-subtitle" dir="ltr">Every sentence naming it</h4>'))
    parts.append(PanelPart(excerpts_for_place(articles, ident)))
    return parts
