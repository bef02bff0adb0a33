"""The movement correction forms' logic: choices offered, the change built from answers, undo lines."""
from __future__ import annotations

import json

import pytest

from components import corrections
from components.corrections import (
    actor_choices,
    article_sentences,
    correction_note,
    edit_summary,
    mention_choices,
    mention_key,
    movement_changes,
    movement_ref,
    new_movement,
)
from components.forms import store_revision, stored_articles, stored_movement_refs
from components.records import Span, article_to_json
from components.store import MovementRef, Store
from components.views import UNKNOWN_ACTOR, View, apply_view


def by_text(article, surface, occurrence=0):
    return [m for m in article.mentions if m.text == surface][occurrence]


def test_corrections_kinds_and_actors_come_from_the_data_files(articles):
    assert corrections.movement_kinds() == (
        "advance", "airlift", "deploy", "mobilise", "naval_landing", "redeploy", "reinforce", "shipment", "withdraw")
    choices = actor_choices(articles)
    assert choices[0] == UNKNOWN_ACTOR
    assert {"Libyan National Army", "GNA forces", "LNA"} <= set(choices)  # canonical ones and the fixture's own
    assert choices[1:] == sorted(choices[1:])


def test_corrections_mention_choices_put_the_sentence_first_and_name_each_place_once(articles):
    article = articles[0]
    movement = article.movements[1]  # Misrata → Sirte, in the second sentence
    choices = mention_choices(article, sentence=movement.evidence, current=movement.origins)
    labels = [corrections.mention_label(m) for m in choices.values()]
    assert labels == ["مصراتة · Misrata", "سرت · Sirte", "أوباري · Ubari", "سبها · Sabha", "غدامس · Ghadames",
                      "الشاطئ · Wadi al Shatii", "أبوكماش · not placed"]
    assert list(choices)[0] == mention_key(movement.origins[0])
    # A second سبها inside the chosen sentence is offered as well: the analyst may mean that one.
    last = article_sentences(article)[-1]
    assert [m.text for m in mention_choices(article, sentence=last).values()][:4] == ["الشاطئ", "سبها", "أبوكماش",
                                                                                      "أوباري"]


def test_corrections_article_sentences_cover_the_text_in_order(articles):
    article = articles[0]
    sentences = article_sentences(article)
    assert [s.text for s in sentences] == [
        "تحركات في الجنوب", "وصلت القوات من أوباري إلى سبها أمس.", "وتخطط الوحدات للتقدم من مصراتة نحو سرت.",
        "ونفى المتحدث التوجه إلى غدامس.", "وانتشرت وحدات في الشاطئ وسبها وأبوكماش.",
    ]
    assert all(article.text[s.start:s.end] == s.text for s in sentences)


def test_corrections_movement_changes_keep_only_what_differs(articles):
    article = articles[0]
    movement = article.movements[0]  # reported, LNA, Ubari → Sabha
    sabha, ghat_free = by_text(article, "سبها"), by_text(article, "غدامس")
    changes = movement_changes(movement, status="denied", actor="LNA", origins=movement.origins,
                               destinations=movement.destinations)
    assert changes == {"status": "denied"}
    changes = movement_changes(movement, status="reported", actor=UNKNOWN_ACTOR, origins=[],
                               destinations=[sabha, ghat_free])
    assert changes["actor"] is None and changes["origins"] == []
    assert [(d["text"], d["place"]["id"], d["start"]) for d in changes["destinations"]] == [
        ("سبها", "sabha", sabha.start), ("غدامس", "ghadames", ghat_free.start)]
    assert set(changes) == {"actor", "origins", "destinations"}
    assert movement_changes(movement, status="reported", actor="GNA forces", origins=movement.origins,
                            destinations=movement.destinations) == {
        "actor": {"text": "GNA forces", "name": "GNA forces"}}


@pytest.mark.parametrize("answers, message", [
    ({"status": "reported", "actor": "LNA"}, "Nothing changed"),
    ({"status": "rumoured", "actor": "LNA"}, "Status must be one of"),
    ({"status": "reported", "actor": "LNA", "origins": [], "destinations": []}, "at least an origin or a destination"),
])
def test_corrections_movement_changes_refuse_invalid_answers(articles, answers, message):
    movement = articles[0].movements[0]
    answers = {"origins": movement.origins, "destinations": movement.destinations, **answers}
    with pytest.raises(ValueError, match=message):
        movement_changes(movement, **answers)


def test_corrections_new_movement_from_the_add_form(articles):
    article = articles[0]
    evidence = article_sentences(article)[-1]
    shati, sabha = by_text(article, "الشاطئ"), by_text(article, "سبها", 1)
    movement = new_movement(article, evidence=evidence, kind="deploy", status="planned", actor="GNA forces",
                            origins=[shati], destinations=[sabha])
    assert movement["evidence"] == {"start": evidence.start, "end": evidence.end,
                                    "text": "وانتشرت وحدات في الشاطئ وسبها وأبوكماش."}
    assert (movement["kind"], movement["status"], movement["actor"]) == (
        "deploy", "planned", {"text": "GNA forces", "name": "GNA forces"})
    assert [(m["text"], m["start"]) for m in movement["destinations"]] == [("سبها", sabha.start)]
    with pytest.raises(ValueError, match="Pick the sentence"):
        new_movement(article, evidence=None, kind="deploy", status="reported", actor=UNKNOWN_ACTOR, origins=[],
                     destinations=[sabha])
    with pytest.raises(ValueError, match="not a span of this article"):
        new_movement(article, evidence=Span(0, 4, "xxxx"), kind="deploy", status="reported", actor=UNKNOWN_ACTOR,
                     origins=[], destinations=[sabha])
    with pytest.raises(ValueError, match="Kind must be one of"):
        new_movement(article, evidence=evidence, kind="teleport", status="reported", actor=UNKNOWN_ACTOR, origins=[],
                     destinations=[sabha])


def test_corrections_refs_notes_and_undo_lines_follow_the_store(tmp_path, articles):
    with Store.open(tmp_path / "store.sqlite3") as store:
        article = articles[0]
        store.add_article(text=article.text, source="fixture", article_id="a1")
        # The store holds its own extraction of this text; replace it with the fixture's so the test is exact.
        store._write_extraction("a1", json.dumps(article_to_json(article), ensure_ascii=False), "now")
        before = store_revision(store)
        edited = store.edit_movement("a1", 0, movement_changes(
            article.movements[0], status="denied", actor="LNA", origins=article.movements[0].origins,
            destinations=article.movements[0].destinations))
        deleted = store.delete_movement("a1", 2)
        added = store.add_movement("a1", new_movement(
            article, evidence=article_sentences(article)[-1], kind="deploy", status="reported", actor=UNKNOWN_ACTOR,
            origins=[], destinations=[by_text(article, "الشاطئ")]))
        assert store_revision(store) != before
        shown = stored_articles(store)
        refs = stored_movement_refs(store)
        assert refs == {"a1": [MovementRef(0, (edited,)), MovementRef(1), MovementRef(None, (added,))]}
        corrected = shown[0]
        assert [(m.kind, m.status) for m in corrected.movements] == [
            ("deploy", "denied"), ("advance", "planned"), ("deploy", "reported")]
        notes = [correction_note(movement_ref(shown, refs, "a1", m)) for m in corrected.movements]
        assert notes == ["corrected", "", "added"]
        # A view narrows the list but keeps the movements themselves: each still finds its source.
        planned = apply_view(shown, View(statuses=("planned",)))[0].movements
        assert movement_ref(shown, refs, "a1", planned[0]) == MovementRef(1)
        assert [edit_summary(edit) for edit in store.movement_edits()] == [
            "deploy movement 1: status → denied",
            "deleted: advance movement 3 of the extraction",
            "added: deploy (reported) — → Wadi al Shatii",
        ]
        assert deleted
