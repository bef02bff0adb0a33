"""Panel HTML: exact highlighted spans, sentence boundaries and escaping of article text."""
from __future__ import annotations

import pytest

from components.panel import (
    ZWJ,
    excerpt_html,
    excerpts_for_movement,
    excerpts_for_place,
    movement_places,
    movements_overview_html,
    overview_parts,
    safe_html,
    selection_html,
    selection_parts,
    sentence_bounds,
    unresolved_html,
)
from components.records import Article, Mention, Span
from tests.conftest import EVIL, SABHA


@pytest.mark.parametrize("raw, escaped", [
    ("<b>", "&lt;b&gt;"),
    ("`${alert(1)}`", "&#96;&#36;&#123;alert(1)&#125;&#96;"),
    ("{{ 7*7 }} {% if 1 %}", "&#123;&#123; 7*7 &#125;&#125; &#123;% if 1 %&#125;"),
    ("a\\b", "a&#92;b"),
    ('"x" & \'y\'', "&quot;x&quot; &amp; &#x27;y&#x27;"),
])
def test_panel_safe_html_escapes_html_and_template_strings(raw, escaped):
    assert safe_html(raw) == escaped


@pytest.mark.parametrize("text, surface, sentence", [
    ("قال. وصلت القوات إلى سبها أمس. ثم عادت", "سبها", "وصلت القوات إلى سبها أمس."),
    ("هل وصلت إلى سبها؟ نعم", "سبها", "هل وصلت إلى سبها؟"),
    ("عنوان\nانتشرت في سبها؛ وغات", "سبها", "انتشرت في سبها؛"),
    ("في سبها", "سبها", "في سبها"),
])
def test_panel_sentence_bounds_split_on_arabic_punctuation(text, surface, sentence):
    start = text.index(surface)
    left, right = sentence_bounds(text, start, start + len(surface))
    assert text[left:right] == sentence


def test_panel_excerpt_marks_exactly_the_mention(articles):
    article = articles[0]
    mention = article.mentions[1]  # the first سبها
    html = excerpt_html(article=article, mention_or_span=mention)
    assert (
        '<p class="excerpt-text arabic" dir="rtl" lang="ar">'
        'وصلت القوات من أوباري إلى <mark class="hl-focus">سبها</mark> أمس.</p>'
    ) in html
    assert "<code>a1</code>" in html
    assert "تحركات في الجنوب" in html  # the article's first line is its title


def test_panel_excerpt_joins_letters_around_a_mark_inside_a_word():
    article = Article("z", "fixture", "وصلت وبسبها القوات.")
    span = Span(7, 11, "سبها")
    html = excerpt_html(article=article, mention_or_span=span)
    assert f"وب{ZWJ}<mark class=\"hl-focus\">{ZWJ}سبها</mark> القوات." in html


def test_panel_movement_highlights_trigger_and_places(articles):
    article = articles[0]
    html = excerpts_for_movement(article, article.movements[0], label="1.1")
    assert '<span class="movement-label">1.1</span>' in html
    assert '<span class="badge badge-reported">reported · مؤكَّد</span>' in html
    assert "Ubari → Sabha" in html
    assert (
        '<mark class="hl-trigger">وصلت</mark> القوات من <mark class="hl-place">أوباري</mark> إلى '
        '<mark class="hl-place">سبها</mark> أمس.' in html
    )


def test_panel_movement_corrected_by_an_analyst_says_so(articles):
    article = articles[0]
    assert "corrected-note" not in excerpts_for_movement(article, article.movements[0], label="1.1")
    html = excerpts_for_movement(article, article.movements[0], label="1.1", correction="corrected")
    assert '<div class="corrected-note movement-corrected" dir="ltr">✎ corrected by an analyst</div>' in html
    assert html.index("movement-corrected") < html.index('<p class="excerpt-text')
    hostile = excerpts_for_movement(article, article.movements[0], correction=EVIL)
    assert EVIL not in hostile and safe_html(EVIL) in hostile


def test_panel_place_excerpts_one_per_sentence(articles):
    html = excerpts_for_place(articles, "sabha")
    assert html.count('<div class="excerpt">') == 3
    assert html.count('<mark class="hl-focus">سبها</mark>') == 2
    assert html.count(f'و{ZWJ}<mark class="hl-focus">{ZWJ}سبها</mark>') == 1


def test_panel_escapes_hostile_article_text(articles):
    hostile = articles[1]
    parts = [
        excerpts_for_place(articles, "evil"),
        excerpts_for_movement(hostile, hostile.movements[0], label="2.1"),
        unresolved_html(articles),
        selection_html(articles, ("place", "evil"), {"a1": 1, "b2": 2}),
        movements_overview_html(articles, {"a1": 1, "b2": 2}),
    ]
    for html in parts:
        assert EVIL not in html
        assert "<script>" not in html
        assert "<img" not in html
        assert "${" not in html
        assert "`" not in html
    assert safe_html(EVIL) in parts[0]


def test_panel_unresolved_lists_text_and_reason(articles):
    html = unresolved_html(articles)
    assert ('not placed: <span class="arabic" dir="rtl" lang="ar">أبوكماش</span> — '
            '<span class="reason">no gazetteer entry</span>') in html
    assert html.count('<li class="unresolved-item">') == 2


def test_panel_selection_of_a_place_lists_its_movements(articles):
    html = selection_html(articles, ("place", "sabha"), {"a1": 1, "b2": 2})
    assert '<span class="movement-label">1.1</span>' in html
    assert '<span class="movement-label">2.1</span>' in html
    assert '<span class="movement-label">1.2</span>' not in html


def test_panel_parts_name_the_movement_or_place_under_each_block(articles):
    numbers = {"a1": 1, "b2": 2}
    parts = selection_parts(articles, ("place", "sabha"), numbers, notes=lambda article, index: (
        "corrected" if (article.id, index) == ("b2", 0) else ""))
    assert [part.movement for part in parts] == [None, None, ("a1", 0), ("b2", 0), None, None]
    assert parts[0].place == SABHA and all(part.place is None for part in parts[1:])
    assert ["movement-corrected" in part.html for part in parts[2:4]] == [False, True]
    note = '<div class="corrected-note movement-corrected" dir="ltr">✎ corrected by an analyst</div>'
    assert "".join(part.html for part in parts).replace(note, "") == selection_html(articles, ("place", "sabha"), numbers)
    overview = overview_parts(articles, numbers)
    assert [part.movement for part in overview] == [("a1", 0), ("a1", 1), ("a1", 2), ("b2", 0)]
    assert [p.name for p in movement_places(articles[0].movements[0])] == ["Ubari", "Sabha"]
    assert [p.name for p in movement_places(articles[0].movements[2])] == ["Ghadames"]
    assert overview_parts([], {})[0].movement is None


def test_panel_selection_of_a_movement_shows_its_evidence(articles):
    html = selection_html(articles, ("movement", "a1#1"), {"a1": 1, "b2": 2})
    assert '<mark class="hl-trigger">وتخطط</mark>' in html
    assert "Misrata → Sirte" in html
    assert selection_html(articles, ("movement", "a1#9"), {"a1": 1, "b2": 2}).startswith('<p class="panel-empty">')


def test_panel_mention_and_span_give_the_same_excerpt(articles):
    article = articles[0]
    mention: Mention = article.mentions[0]
    assert excerpt_html(article=article, mention_or_span=mention) == excerpt_html(
        article=article, mention_or_span=mention.span
    )
    assert SABHA.id == "sabha"


def test_panel_page_of_splits_and_clamps():
    from components.panel import PanelPart, page_of

    parts = [PanelPart(str(n)) for n in range(25)]
    assert [p.html for p in page_of(parts, 1)[0]][:2] == ["0", "1"] and page_of(parts, 1)[1:] == (1, 3)
    shown, page, pages = page_of(parts, 3)
    assert [p.html for p in shown] == [str(n) for n in range(20, 25)] and (page, pages) == (3, 3)
    assert page_of(parts, 9)[1] == 3 and page_of(parts, 0)[1] == 1
    assert page_of([], 1) == ([], 1, 1)


def test_panel_unresolved_names_five_articles_then_counts_the_rest(articles):
    from dataclasses import replace

    many = [replace(articles[0], id=f"x{k}") for k in range(8)]
    html = unresolved_html(many)
    assert "<code>x0, x1, x2, x3, x4 and 3 more articles</code>" in html
    assert "x5" not in html
