"""The extraction pipeline: article text → mentions → places → movements.

The CLI (``python -m components extract``) and the app both call these functions.
"""
from __future__ import annotations

from pathlib import Path
from time import perf_counter

from components.actors import load_actors
from components.gazetteer import load as load_gazetteer
from components.geocode import resolve
from components.mentions import find_candidates, load_lexicon
from components.movement_patterns import load_patterns
from components.movements import extract_movements
from components.records import Article, article_json_line
from components.text import normalise

STAGES = ("normalise", "tokens", "candidates", "ranking", "movements")


def extract_text(text: str, *, article_id: str, source: str, published: str | None = None,
                 timings: dict[str, float] | None = None) -> Article:
    """Extract places and movements from one article's text; ``published`` (ISO date) anchors اليوم، أمس ...

    With ``timings`` (the benchmark's), the seconds each of ``STAGES`` took are added to it."""
    lap = _Laps(timings) if timings is not None else _no_lap
    gazetteer = load_gazetteer()
    norm = normalise(text)
    lap("normalise")
    norm.tokens  # noqa: B018 (computed once here, for the stages after: timed apart)
    lap("tokens")
    candidates = find_candidates(norm, gazetteer, load_lexicon(), text)
    lap("candidates")
    mentions = resolve(candidates, gazetteer, norm, text)
    lap("ranking")
    movements = extract_movements(text, norm, mentions, load_patterns(), load_actors(), published)
    lap("movements")
    return Article(article_id, source, text, tuple(mentions), tuple(movements), published)


def extraction_line(text: str, *, article_id: str, source: str, published: str | None = None) -> str:
    """``extract_text``'s article as one line of JSON, the form the store and ``extract`` keep:
    ``json.dumps(article_to_json(article), ensure_ascii=False)``, written faster."""
    return article_json_line(extract_text(text, article_id=article_id, source=source, published=published))


def _no_lap(stage: str) -> None:
    return None


class _Laps:
    """Adds the time since the previous lap to ``timings[stage]``."""

    def __init__(self, timings: dict[str, float]) -> None:
        self.timings = timings
        self.last = perf_counter()

    def __call__(self, stage: str) -> None:
        now = perf_counter()
        self.timings[stage] = self.timings.get(stage, 0.0) + now - self.last
        self.last = now


def read_article(path: str) -> str:
    """The text of a UTF-8 article file (a byte-order mark is dropped)."""
    return Path(path).read_bytes().decode("utf-8-sig")


def extract_files(paths: list[str]) -> list[Article]:
    """One Article per file, in the order given; ``id`` is the file stem, ``source`` the path as given."""
    return [extract_text(read_article(p), article_id=Path(p).stem, source=p) for p in paths]
