"""Decoding and validation of article files: every kind of bad input refused with a clear reason, good input kept exact."""
from __future__ import annotations

import io
import random
import zipfile

import pytest

from components.ingest import IngestError, accept_text, content_key, decode_article, read_limited

SENTENCE = "وصلت تعزيزات عسكرية إلى مدينة سبها أمس."
CP1256_WARNING = "Read as Windows-1256 (Arabic) because the file is not UTF-8."


def refusal(data: bytes, filename: str, **options) -> IngestError:
    with pytest.raises(IngestError) as caught:
        decode_article(data, filename=filename, **options)
    return caught.value


def test_ingest_refuses_empty_file():
    error = refusal(b"", "empty.txt")
    assert (error.code, error.message) == ("empty", "empty.txt is empty (0 bytes).")


def test_ingest_refuses_whitespace_only():
    error = refusal(b" \n\t \r\n\xc2\xa0 ", "blank.txt")
    assert (error.code, error.message) == ("blank", "blank.txt contains only blank space, no text.")


def test_ingest_refuses_file_over_the_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(("سبها " * 228).encode()[:2048])
    with pytest.raises(IngestError) as from_path:
        read_limited(path, 1024)
    assert (from_path.value.code, from_path.value.bytes_read) == ("too_large", 0)
    assert from_path.value.message == f"{path} is 2 KB, more than the 1 KB limit for one article."
    error = refusal(path.read_bytes(), "big.txt", max_bytes=1024)
    assert (error.code, error.message) == ("too_large", "big.txt is 2 KB, more than the 1 KB limit for one article.")


def test_ingest_read_limited_refuses_huge_sparse_file_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(60 * 1024 * 1024)
    with pytest.raises(IngestError) as caught:
        read_limited(path)
    assert (caught.value.code, caught.value.bytes_read) == ("too_large", 0)
    assert caught.value.message == f"{path} is 60 MB, more than the 5 MB limit for one article."


def test_ingest_read_limited_stops_after_limit_when_size_is_unknown():
    with pytest.raises(IngestError) as caught:
        read_limited("/dev/zero", 1024)  # a device reports size 0 but never ends
    assert (caught.value.code, caught.value.bytes_read) == ("too_large", 1025)


def test_ingest_read_limited_returns_file_at_the_limit(tmp_path):
    path = tmp_path / "exact.txt"
    path.write_bytes(b"x" * 1024)
    assert read_limited(path, 1024) == b"x" * 1024


def test_ingest_read_limited_reports_missing_file(tmp_path):
    with pytest.raises(IngestError) as caught:
        read_limited(tmp_path / "missing.txt")
    assert (caught.value.code, caught.value.message) == (
        "unreadable", f"{tmp_path / 'missing.txt'} could not be read: No such file or directory."
    )


@pytest.mark.parametrize("data, message", [
    (b"\x89PNG\r\n\x1a\n" + random.Random(7).randbytes(2000), "junk.txt is a PNG image, not article text."),
    (random.Random(8).randbytes(2000), "junk.txt looks like a binary file, not article text."),
    (SENTENCE.encode() + b"\x00" * 200, "junk.txt looks like a binary file, not article text."),
    (b"PK\x03\x04" + random.Random(9).randbytes(200),
     "junk.txt is a ZIP archive (of archives, only Word .docx files are read), not article text."),
], ids=["png", "random", "nul-heavy", "zip"])
def test_ingest_refuses_binary_junk(data, message):
    error = refusal(data, "junk.txt")
    assert (error.code, error.message) == ("binary", message)


def test_ingest_refuses_text_that_is_neither_utf8_nor_cp1256():
    error = refusal("Les forces sont arrivées à Sebha, déjà.".encode("latin-1"), "french.txt")
    assert (error.code, error.message) == (
        "bad_encoding", "french.txt is neither UTF-8 nor Arabic Windows-1256 text; save it as UTF-8 and add it again."
    )


def test_ingest_refuses_text_without_arabic():
    error = refusal(b"Forces arrived in Sabha yesterday.", "english.txt")
    assert (error.code, error.message) == ("no_arabic", "english.txt contains no Arabic text; this tool reads Arabic news.")


def test_ingest_reads_cp1256_arabic():
    decoded = decode_article(SENTENCE.encode("cp1256"), filename="cp.txt")
    assert (decoded.text, decoded.encoding, decoded.warnings) == (SENTENCE, "cp1256", (CP1256_WARNING,))


@pytest.mark.parametrize("data, encoding", [
    (SENTENCE.encode(), "utf-8"),
    (b"\xef\xbb\xbf" + SENTENCE.encode(), "utf-8-sig"),
    (b"\xff\xfe" + SENTENCE.encode("utf-16-le"), "utf-16-le"),
    (b"\xfe\xff" + SENTENCE.encode("utf-16-be"), "utf-16-be"),
])
def test_ingest_reads_unicode_encodings(data, encoding):
    decoded = decode_article(data, filename="a.txt")
    assert (decoded.text, decoded.encoding, decoded.warnings) == (SENTENCE, encoding, ())


def test_ingest_refuses_broken_utf16():
    error = refusal(b"\xff\xfe" + SENTENCE.encode("utf-16-le")[:-1], "odd.txt")
    assert (error.code, error.message) == (
        "bad_encoding", "odd.txt starts with a UTF-16-LE marker but is not valid UTF-16-LE text."
    )


HTML_PAGE = """<!DOCTYPE html>
<html><head><title>أخبار &amp; تقارير</title>
<style>p { color: red } /* سرت */</style>
<script>var place = "مصراتة"; alert("<p>x</p>");</script></head>
<body><header>الرئيسية</header><nav><a href="/">القائمة</a></nav>
<h1>تعزيزات   في الجنوب</h1>
<p>وصلت تعزيزات عسكرية<br>إلى مدينة &quot;سبها&quot; &#1571;مس.</p>
<noscript>فعّل جافاسكربت</noscript>
<p>Selon des sources &eacute;trang&egrave;res.</p>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


@pytest.mark.parametrize("filename", ["page.html", "page.htm", "page.txt"])
def test_ingest_extracts_visible_html_text(filename):
    decoded = decode_article(HTML_PAGE.encode(), filename=filename)
    assert decoded.text == (
        "تعزيزات في الجنوب\n"
        "وصلت تعزيزات عسكرية\n"
        "إلى مدينة \"سبها\" أمس.\n"
        "Selon des sources étrangères."
    )
    assert (decoded.title, decoded.encoding) == ("أخبار & تقارير", "utf-8")


def test_ingest_accepts_mixed_arabic_french_english():
    text = "وصلت قوات إلى سبها. Les forces sont arrivées. Forces arrived (AFP)."
    assert decode_article(text.encode(), filename="mixed.txt").text == text


def test_ingest_accepts_extremely_long_line():
    text = "سبها " * 233_017  # about 2 MB in one line
    decoded = decode_article(text.encode(), filename="long.txt", max_bytes=3 * 1024 * 1024)
    assert (len(decoded.text), decoded.text == text, decoded.warnings) == (len(text), True, ())


def test_ingest_removes_control_and_bidi_characters_with_warnings():
    raw = "وصلت\x00 القوات\x07 إلى \u202eسبها\u202c\r\nأمس\x1b.\tتم\u2066"
    decoded = decode_article(raw.encode(), filename="hostile.txt")
    assert decoded.text == "وصلت القوات إلى سبها\nأمس.\tتم"
    assert decoded.warnings == (
        "Removed 3 invisible control characters (such as NUL).",
        "Removed 3 bidirectional override characters (U+202A–U+202E, U+2066–U+2069) "
        "that can make text display differently from what it says.",
    )


def test_ingest_accept_text_cleans_pasted_text():
    decoded = accept_text("\u202eسبها\r\n")
    assert (decoded.text, decoded.encoding, len(decoded.warnings)) == ("سبها\n", "text", 1)
    with pytest.raises(IngestError) as caught:
        accept_text("   ")
    assert caught.value.message == "the pasted text contains only blank space, no text."


def docx_bytes(document_xml: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


WORD = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_ingest_extracts_docx_paragraphs():
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document {WORD}><w:body>'
        "<w:p><w:r><w:t>وصلت تعزيزات </w:t></w:r><w:r><w:t>إلى سبها.</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>السطر</w:t><w:tab/><w:t>الثاني</w:t><w:br/><w:t>Fin &amp; suite</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )
    decoded = decode_article(docx_bytes(document), filename="report.docx")
    assert (decoded.text, decoded.encoding) == ("وصلت تعزيزات إلى سبها.\nالسطر\tالثاني\nFin & suite", "docx")


def test_ingest_refuses_docx_with_entity_declarations():
    document = f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "سبها">]><w:document {WORD}/>'
    error = refusal(docx_bytes(document), "bomb.docx")
    assert (error.code, error.message) == ("binary", "bomb.docx is not a readable Word .docx document.")


def test_ingest_content_key_ignores_spacing_harakat_and_tatweel():
    assert content_key(SENTENCE) == content_key("  وصلت   تعزيزاتٌ عسكريـة\nإلى مدينةِ سبها أمس. ")
    assert content_key(SENTENCE) != content_key(SENTENCE.replace("سبها", "سرت"))


def test_ingest_error_survives_pickling_whole():  # a Dask worker sends it back to the client
    import pickle

    from components.ingest import IngestError

    error = pickle.loads(pickle.dumps(IngestError("too_large", "big.txt is too large.", bytes_read=1025)))
    assert (type(error), error.code, error.message, error.bytes_read, str(error)) == (
        IngestError, "too_large", "big.txt is too large.", 1025, "big.txt is too large.")
