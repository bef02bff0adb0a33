"""The extraction pipeline: article text → mentions → places → movements.

The CLI (``python -m components extract``) and the app both call these functions.
"""
from __future__ import annotations

from pathlib import Path

from components.actors import load_actors
from components.gazetteer import load as load_gazetteer
from components.geocode import resolve
from components.mentions import find_candidates, load_lexicon
from components.movements import extract_movements, load_patterns
from components.records import Article
from components.text import normalise


def extract_text(text: str, *, article_id: str, source: str, published: str | None = None) -> Article:
    """Extract places and movements from one article's text; ``published`` (ISO date) anchors اليوم، أمس ..."""
    gazetteer = load_gazetteer()
    norm = normalise(text)
    candidates = find_candidates(norm, gazetteer, load_lexicon(), text)
    mentions = resolve(candidates, gazetteer, norm, text)
    movements = extract_movements(text, norm, mentions, load_patterns(), load_actors(), published)
    return Article(article_id, source, text, tuple(mentions), tuple(movements), published)


def read_article(path: str) -> str:
    """The text of a UTF-8 article file (a byte-order mark is dropped)."""
    return Path(path).read_bytes().decode("utf-8-sig")


def extract_files(paths: list[str]) -> list[Article]:
    """One Article per file, in the order given; ``id`` is the file stem, ``source`` the path as given."""
    return [extract_text(read_article(p), article_id=Path(p).stem, source=p) for p in paths]
