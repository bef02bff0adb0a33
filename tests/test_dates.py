import pytest

from components.dates import find_date


@pytest.mark.parametrize("text, published, words, value", [
    ("وصلت القوات أمس إلى سبها", "2020-06-12", "أمس", "2020-06-11"),
    ("وصلت اليوم", "2020-06-12", "اليوم", "2020-06-12"),
    ("الخميس الماضي انسحبت", "2020-06-12", "الخميس الماضي", "2020-06-11"),
    ("تتحرك السبت المقبل", "2020-06-12", "السبت المقبل", "2020-06-13"),
    ("في 23 يناير الماضي", "2020-06-12", "23 يناير الماضي", "2020-01-23"),
    ("في 3 مارس 2019 وصلت", None, "3 مارس 2019", "2019-03-03"),
    ("في 30 ديسمبر", "2020-01-05", "30 ديسمبر", "2019-12-30"),
])
def test_dates_find_and_resolve(text, published, words, value):
    found = find_date(text, 0, len(text), published)
    assert (found.text, found.value) == (words, value)
    assert text[found.start:found.end] == words


def test_dates_none_when_the_sentence_has_no_date():
    assert find_date("وفي الأثناء وصلت القوات إلى سبها", 0, 32, "2020-01-01") is None
