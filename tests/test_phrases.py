import pytest

from components.phrases import PhraseIndex, longest_match, peel
from components.text import name_key, normalise, tokenize


@pytest.mark.parametrize("word, reading", [
    ("وبسبها", (2, "سبها")),
    ("لغات", (1, "غات")),
    ("بالكفره", (1, "الكفره")),
    ("فبمرزق", (2, "مرزق")),
    ("وللزنتان", (3, "الزنتان")),
    ("كطرابلس", (1, "طرابلس")),
    ("للواء", (1, "اللواء")),  # ل + اللواء: the article's lam and the word's own written once
])
def test_phrases_peel_finds_clitic_stacks(word, reading):
    assert reading in peel(word)


def test_phrases_peel_reads_the_whole_word_first():
    assert peel("بنغازي")[0] == (0, "بنغازي")


def test_phrases_longest_match_prefers_the_longer_name():
    index = PhraseIndex({name_key("وادي الشاطئ"): "ws", name_key("الشاطئ"): "beach"})
    norm = normalise("في وادي الشاطئ")
    tokens = tokenize(norm.text)
    assert longest_match(index, norm.text, tokens, 1) == (2, 0, name_key("وادي الشاطئ"))


def test_phrases_longest_match_does_not_cross_punctuation():
    index = PhraseIndex({name_key("وادي الشاطئ"): "ws"})
    norm = normalise("وادي، الشاطئ")
    assert longest_match(index, norm.text, tokenize(norm.text), 0) is None


def test_phrases_longest_match_prefers_length_then_the_least_peeled_reading():
    # وبدر: 'بدر' (و peeled) names a one-word place and begins a two-word one; 'وبدر' itself is a one-word name
    index = PhraseIndex({("وبدر",): "whole", ("بدر",): "peeled", ("بدر", "الكبري"): "long", ("در", "الكبري"): "more"})
    norm = normalise("وبدر الكبرى")
    tokens = tokenize(norm.text)
    assert longest_match(index, norm.text, tokens, 0) == (2, 1, ("بدر", "الكبري"))  # longer wins, then less peeled
    norm = normalise("وبدر، الكبرى")
    assert longest_match(index, norm.text, tokenize(norm.text), 0) == (1, 0, ("وبدر",))  # same length: the whole word
    assert longest_match(index, "بدر", tokenize("بدر"), 0) == (1, 0, ("بدر",))


def test_phrases_an_index_of_place_names_also_reads_spoken_min_before_the_article():
    index = PhraseIndex({("العوينات",): "awaynat"}, spoken=True)
    for text, expected in (("مالعوينات", (1, 1, ("العوينات",))), ("ومالعوينات", (1, 2, ("العوينات",)))):
        norm = normalise(text)
        assert longest_match(index, norm.text, tokenize(norm.text), 0) == expected
    plain = PhraseIndex({("الية",): "vehicle"})  # آلية: a force word; 'مالية' (Malian, financial) is not م + آلية
    assert longest_match(plain, "ماليه", tokenize("ماليه"), 0) is None
