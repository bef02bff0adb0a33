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


def test_a_movement_read_from_json_shares_its_articles_mentions_unless_its_own_differ():
    article = extract_files(SEEDS[:1])[0]
    data = article_to_json(article)
    read = article_from_json(data)
    places = [m for movement in read.movements for m in (*movement.origins, *movement.destinations)]
    assert places and all(any(m is kept for kept in read.mentions) for m in places)  # one object, not a copy
    edited = json.loads(json.dumps(data))
    first = edited["movements"][0]
    moved = (first["destinations"] or first["origins"])[0]
    moved["place"] = None  # a correction of the movement's place, not of the article's mention
    changed = article_from_json(edited).movements[0]
    mention = (changed.destinations or changed.origins)[0]
    assert mention.place is None and all(mention is not kept for kept in read.mentions)
    assert article_to_json(article_from_json(edited)) == edited
