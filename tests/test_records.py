import json
from pathlib import Path

from components.pipeline import extract_files
from components.records import article_from_json, article_json_line, article_to_json

SEEDS = sorted(str(p) for p in (Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def test_records_json_round_trip_keeps_every_field_the_json_has():
    for article in extract_files(SEEDS):
        data = article_to_json(article)
        assert article_to_json(article_from_json(data)) == data


def test_article_json_line_is_json_dumps_of_article_to_json():
    articles = extract_files(SEEDS)
    articles += [article_from_json(article_to_json(a)) for a in articles]  # places rebuilt from JSON too
    for article in articles:
        assert article_json_line(article) == json.dumps(article_to_json(article), ensure_ascii=False)
