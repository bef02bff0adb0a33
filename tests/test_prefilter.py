"""The prefilter: the tokens where a lexicon may match, found once per article, and the matchers run only there."""
from components.gazetteer import build
from components.mentions import find_candidates, load_lexicon
from components.phrases import PhraseIndex, longest_match
from components.prefilter import MAX_REMEMBERED, WordTest, flagged, positions
from components.text import name_key, normalise


def _row(place_id, name_ar, kind="town", country="LY"):
    return {"id": place_id, "name": place_id, "name_ar": name_ar, "kind": kind, "country": country,
            "lat": "27.0", "lon": "14.0", "area": "", "population": "0", "names_ar": ""}


def test_prefilter_word_test_positions_in_order_and_memoised():
    asked = []

    def long_word(word):
        asked.append(word)
        return len(word) > 3

    test = WordTest(long_word)
    assert test.positions(["في", "طرابلس", "و", "طرابلس", "سبها"]) == [1, 3, 4]
    assert sorted(asked) == ["سبها", "طرابلس", "في", "و"]  # each distinct word asked once
    assert test.positions(["سبها", "في"]) == [0] and len(asked) == 4
    assert test("طرابلس") and not test("من")


def test_prefilter_forgets_past_its_limit_and_still_answers():
    test = WordTest(lambda word: word.startswith("x"))
    test.positions([f"w{k}" for k in range(MAX_REMEMBERED + 2)])
    assert test.positions(["x1", "y", "x2"]) == [0, 2]
    assert len(test.known) <= 3


def test_prefilter_flagged_gives_each_hit_in_order_with_the_tests_that_hold():
    places = PhraseIndex({name_key("سبها"): "sabha", name_key("من"): "min"})
    cues = PhraseIndex({name_key("إلى"): "destination", name_key("من"): "origin"})
    words = normalise("وصلت القوات من سبها إلى غات ولسبها").words
    assert flagged(words, places.may_start, cues.may_start) == [(2, 0b11), (3, 0b01), (4, 0b10), (6, 0b01)]
    assert flagged([], places.may_start) == []


def test_prefilter_phrase_positions_cover_clitic_forms_and_multiword_names():
    index = PhraseIndex({name_key("سبها"): "sabha", name_key("وادي الشاطئ"): "ws", name_key("الزنتان"): "zintan"})
    norm = normalise("وصلت القوات وبسبها ثم وادي الشاطئ وللزنتان، وتراجعت")
    assert [norm.words[k] for k in index.positions(norm.words)] == ["وبسبها", "وادي", "وللزنتان"]
    # every token where the full matcher succeeds is one the prefilter returned
    matched = [k for k in range(len(norm.tokens)) if longest_match(index, norm.text, norm.tokens, k)]
    assert matched == index.positions(norm.words)


def test_prefilter_candidates_keep_exact_offsets():
    gazetteer = build([_row("sabha", "سبها"), _row("murzuq", "مرزق"), _row("ws", "وادي الشاطئ", "district")],
                      [], frozenset())
    text = "انسحبت القوات من سبها. وبمرزق هدوء، وفي وادي الشاطئ اشتباكات."
    found = find_candidates(normalise(text), gazetteer, load_lexicon())
    assert [(text[c.start:c.end], c.start, c.end, c.clitic) for c in found] == [
        ("سبها", 17, 21, ""), ("مرزق", 25, 29, "وب"), ("وادي الشاطئ", 40, 51, "")]


def test_prefilter_a_sentence_without_candidates_yields_nothing():
    gazetteer = build([_row("sabha", "سبها")], [], frozenset())
    norm = normalise("قال المتحدث إن الاجتماع انتهى دون اتفاق.")
    assert gazetteer.index.positions(norm.words) == []
    assert find_candidates(norm, gazetteer, load_lexicon()) == []


def test_prefilter_positions_answers_several_tests_in_one_pass():
    places = PhraseIndex({name_key("سبها"): "sabha"})
    cues = PhraseIndex({name_key("إلى"): "destination", name_key("من"): "origin"})
    words = normalise("وصلت القوات من سبها إلى غات ولسبها").words
    assert positions(words, places.may_start, cues.may_start) == [[3, 6], [2, 4]]
    assert positions(words, cues.may_start) == [[2, 4]]
    assert positions([], places.may_start) == [[]]


def test_prefilter_actors_up_to_a_token_are_those_of_the_full_scan():
    from components.actors import find_actors, load_actors

    text = "وصلت قوات الجيش الليبي إلى سرت. ثم أرسلت تركيا مرتزقة سوريين إلى طرابلس."
    norm = normalise(text)
    lexicon = load_actors()
    every = find_actors(text, norm.text, norm.tokens, norm.offsets, {}, lexicon)
    assert len(every) >= 2
    cut = every[0].last
    assert find_actors(text, norm.text, norm.tokens, norm.offsets, {}, lexicon, until=cut) == [
        span for span in every if span.first <= cut]


def test_prefilter_positions_still_right_after_forgetting(monkeypatch):
    import components.prefilter as prefilter

    monkeypatch.setattr(prefilter, "MAX_REMEMBERED", 3)
    starts_x = WordTest(lambda word: word.startswith("x"))
    starts_y = WordTest(lambda word: word.startswith("y"))
    for round_ in range(3):
        words = [f"x{round_}", "a", f"y{round_}", "b", "c", "xy"]
        assert positions(words, starts_x, starts_y) == [[0, 5], [2]]
        assert starts_x.positions(words) == [0, 5]
