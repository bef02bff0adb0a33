from components.text import name_key, normalise, normalise_word, sentences, tokenize


def test_text_normalise_strips_harakat_and_tatweel_and_maps_offsets():
    text = "وبِسَبْهَا ـــ أُباري"
    norm = normalise(text)
    assert norm.text == "وبسبها  اباري"
    start = norm.text.index("اباري")
    assert norm.original_span(start, start + 5) == (15, 21)
    assert text[15:21] == "أُباري"


def test_text_normalise_unifies_letter_forms():
    assert normalise_word("إأآٱ") == "اااا"
    assert normalise_word("مصراتة") == "مصراته"
    assert normalise_word("الكبرى") == "الكبري"
    assert normalise_word("مسؤول") == "مسوول"
    assert [normalise_word(w) for w in ("ورڤلة", "الڨوارشة", "أڭادير")] == ["ورقله", "القوارشه", "اكادير"]  # the g letters
    assert normalise_word("٤٤٤") == "444" and normalise_word("۱۲") == "12"  # Arabic-Indic and Persian digits


def test_text_normalise_reads_a_hamza_after_ya_as_the_ya_that_carries_it():
    text = "وادي الشاطىء وشاطيء الزاوية"
    n = normalise(text)
    assert n.text == "وادي الشاطي وشاطي الزاويه" and normalise_word("الشاطئ") == "الشاطي"
    start = n.text.index("الشاطي")
    assert text[n.offsets[start]:n.offsets[start + 6 - 1] + 1] == "الشاطىء"  # the span ends on the hamza


def test_text_normalise_drops_bidi_controls():
    text = "\u202eسبها\u202c"
    norm = normalise(text)
    assert norm.text == "سبها"
    assert norm.original_span(0, 4) == (1, 5)


def test_text_tokenize_keeps_offsets():
    tokens = tokenize("إلى سبها، وغات")
    assert [(t.text, t.start, t.end) for t in tokens] == [("إلى", 0, 3), ("سبها", 4, 8), ("وغات", 10, 14)]


def test_text_name_key_is_normalised_tokens():
    assert name_key("وادي الشاطئ") == ("وادي", "الشاطي")


def test_text_sentences_respect_arabic_punctuation_and_quotes():
    text = 'قال "إنه ذهب." ثم عاد؟ نعم؛ وفي 2.5 مرة.وفي الأثناء\nسطر'
    assert [text[a:b] for a, b in sentences(text)] == [
        'قال "إنه ذهب."', "ثم عاد؟", "نعم؛", "وفي 2.5 مرة.", "وفي الأثناء", "سطر",
    ]


def test_text_sentences_cut_a_run_on_after_a_comma():
    text = "وصلت قوات إلى سبها، " * 100
    spans = sentences(text)
    assert len(spans) > 1
    assert all(end - start <= 600 for start, end in spans)
    assert all(text[start:end].endswith("،") for start, end in spans[:-1])
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "")


def test_text_latin_accents_fold_one_for_one():
    norm = normalise("غدامس (Ghadamès)")
    assert [t.text for t in norm.tokens] == ["غدامس", "ghadames"]
    assert norm.original_span(norm.tokens[1].start, norm.tokens[1].end) == (7, 15)


def test_sentences_an_initial_or_a_title_does_not_end_a_sentence_but_a_years_era_does():
    text = "نفى المحامي (ع. ش.)، وكيل المتهم، أن تكون السرية قد تحركت. وقال د. محمد إن الوضع هادئ. وذلك عام 1990 م. ثم انتهى."
    assert [text[a:b] for a, b in sentences(text)] == [
        "نفى المحامي (ع. ش.)، وكيل المتهم، أن تكون السرية قد تحركت.", "وقال د. محمد إن الوضع هادئ.",
        "وذلك عام 1990 م.", "ثم انتهى."]
    text = "نفى المتحدث اللجوء إلى الخطة ب. ووصلت تعزيزات عند الساعة 6 ص. وقال أ. د. محمد إن الوضع هادئ."
    assert [text[a:b] for a, b in sentences(text)] == [
        "نفى المتحدث اللجوء إلى الخطة ب.", "ووصلت تعزيزات عند الساعة 6 ص.", "وقال أ. د. محمد إن الوضع هادئ."]
