"""Turn an uploaded or pasted file into clean article text, or refuse it with a reason an analyst understands.

Pure functions: bytes in, ``Decoded`` out (or ``IngestError``). Offsets computed
later by the extractor are offsets into ``Decoded.text`` exactly as returned here.
"""
from __future__ import annotations

import hashlib
import io
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

# Signatures of files that are certainly not article text, with the words used to tell the analyst.
BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document (copy its text into a .txt file instead)"),
    (b"\xd0\xcf\x11\xe0", "an old Word .doc file (save it as .docx)"),
    (b"PK\x03\x04", "a ZIP archive (of archives, only Word .docx files are read)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "a database"),
)

HTML_SUFFIXES = (".html", ".htm")
# Elements whose text is page furniture or code, never article text.
HTML_SKIPPED = frozenset({"script", "style", "nav", "header", "footer", "noscript", "template", "title"})
# Elements that end a paragraph or a line of the visible text.
HTML_BREAKS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "article", "section", "main", "aside", "blockquote", "pre", "figcaption", "dd", "dt", "hr", "address",
})
_HTML_SNIFF = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")

WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# A .docx's XML is far larger than its text; beyond this multiple of the file limit it is refused.
DOCX_XML_FACTOR = 20
# Word markup that stands for whitespace in the text: (parser event, element) -> text.
_DOCX_MARKS = {
    ("start", f"{WORD_NS}tab"): "\t",
    ("start", f"{WORD_NS}br"): "\n",
    ("start", f"{WORD_NS}cr"): "\n",
    ("end", f"{WORD_NS}p"): "\n",
}

# Bidi embedding/override/isolate controls can make text display differently from what it says.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# C0 controls except tab and newline (carriage returns are turned into newlines first), and DEL.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")  # a pattern: str.translate took ~0.1 µs a character
_TO_CLEAN = re.compile(f"[\r{_CONTROLS.pattern[1:-1]}{_BIDI_CONTROLS.pattern[1:-1]}]")  # any of them: most text has none
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC]")
_LETTER = re.compile(r"[^\W\d_]")

# A Windows-1256 reading is believed only if it looks like Arabic writing, not like bytes of something else.
CP1256_MIN_ARABIC_SHARE = 0.3  # of all letters
CP1256_MAX_CONTROL_SHARE = 0.01  # of all characters
BINARY_CONTROL_SHARE = 0.02  # undecodable input with more control characters than this is called binary
BINARY_NUL_SHARE = 0.1

# Harakat, superscript alef, Quranic marks, tatweel and invisible format characters: ignored by content_key.
_KEY_DROPPED = {c: None for c in [
    *range(0x064B, 0x0660), 0x0670, 0x0640, *range(0x06D6, 0x06EE),
    0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A),
]}
_WHITESPACE = re.compile(r"\s+")


class IngestError(Exception):
    """A file refused, with a short ``code`` (``empty``, ``too_large``...) and a sentence naming the file."""

    def __init__(self, code: str, message: str, *, bytes_read: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.bytes_read = bytes_read  # how much of the file was read before refusing it, when that is known

    def __reduce__(self):  # pickled whole (a cluster's worker sends it back), not rebuilt from the message alone
        return type(self), (self.code, self.message), self.__dict__


@dataclass(frozen=True)
class Decoded:
    """Clean article text, the encoding it was read in, and what was changed on the way."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()
    title: str | None = None


ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".docx")


def article_files(folder: str | Path) -> list[Path]:
    """Article files (.txt, .html, .htm, .docx) under ``folder``, hidden folders skipped, sorted by path."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root) / name for name in files if name.lower().endswith(ARTICLE_SUFFIXES))
    return sorted(found, key=str)


def each_article_file(paths: Iterable[str | Path]) -> Iterator[tuple[str, str | None]]:
    """(path, None) for each file named and each article file under the folders named (sorted), in order; and
    (folder, why) for a folder that holds none."""
    for path in paths:
        if not Path(path).is_dir():
            yield str(path), None
            continue
        files = article_files(path)
        if not files:
            yield str(path), f"{path} holds no article files ({', '.join(ARTICLE_SUFFIXES)})."
        yield from ((str(file), None) for file in files)


def read_limited(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of ``path``, refusing a file over ``max_bytes`` without reading more than ``max_bytes + 1``."""
    name = str(path)
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise IngestError("too_large", _too_large(name, size, max_bytes), bytes_read=0)
            # Asking for the whole limit at once would allocate it (5 MB) for every file: ask for the size, and
            # go on only if there is more (a file growing, or a device reporting size 0), still bounded.
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(max_bytes + 1 - len(data))
    except OSError as error:
        raise IngestError("unreadable", f"{name} could not be read: {error.strerror or error}.") from error
    if len(data) > max_bytes:
        raise IngestError("too_large", _too_large(name, len(data), max_bytes, at_least=True), bytes_read=len(data))
    return data


def decode_article(data: bytes, *, filename: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Decode, extract (HTML, .docx), clean and validate one article file."""
    if not data:
        raise IngestError("empty", f"{filename} is empty (0 bytes).")
    if len(data) > max_bytes:
        raise IngestError("too_large", _too_large(filename, len(data), max_bytes))
    suffix = Path(filename).suffix.lower()
    if data.startswith(b"PK\x03\x04") and (suffix == ".docx" or _is_docx(data)):
        text, encoding, title = _read_docx(data, filename=filename, max_bytes=max_bytes), "docx", None
        warnings: list[str] = []
    else:
        _refuse_binary(data, filename)
        text, encoding, warnings = _decode_bytes(data, filename)
        title = None
        if suffix in HTML_SUFFIXES or _HTML_SNIFF.match(text[:4096]):
            text, title = html_to_text(text)
    decoded = accept_text(text, filename=filename, encoding=encoding)
    return Decoded(decoded.text, encoding, (*warnings, *decoded.warnings), title or None)


def accept_text(text: str, *, filename: str = "the pasted text", encoding: str = "text") -> Decoded:
    """Clean and validate text that is already a string (pasted, or decoded from a file)."""
    text, warnings = clean_text(text)
    if not text.strip():
        raise IngestError("blank", f"{filename} contains only blank space, no text.")
    if not ARABIC_LETTER.search(text):
        raise IngestError("no_arabic", f"{filename} contains no Arabic text; this tool reads Arabic news.")
    return Decoded(text, encoding, warnings)


def clean_text(text: str) -> tuple[str, tuple[str, ...]]:
    """Line endings made LF; control and bidi override characters removed (and reported); nothing else touched."""
    if not _TO_CLEAN.search(text):
        return text, ()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    warnings = []
    without_controls, removed = _CONTROLS.subn("", text)
    if removed:
        warnings.append(f"Removed {removed} invisible control character{_plural(removed)} (such as NUL).")
    without_bidi, removed = _BIDI_CONTROLS.subn("", without_controls)
    if removed:
        warnings.append(
            f"Removed {removed} bidirectional override character{_plural(removed)} "
            "(U+202A–U+202E, U+2066–U+2069) that can make text display differently from what it says."
        )
    return without_bidi, tuple(warnings)


def content_key(text: str) -> str:
    """A fingerprint that is the same for an article pasted twice with different spacing or harakat."""
    normal = unicodedata.normalize("NFKC", text).translate(_KEY_DROPPED)
    normal = _WHITESPACE.sub(" ", normal).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def html_to_text(html: str) -> tuple[str, str]:
    """The visible text of an HTML page, one paragraph a line, and its ``<title>``."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    lines = (line.strip(" ") for line in "".join(parser.chunks).split("\n"))
    title = _HTML_SPACE.sub(" ", "".join(parser.title)).strip()
    return "\n".join(line for line in lines if line), title


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.title: list[str] = []
        self._skipping: dict[str, int] = {}

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in HTML_SKIPPED:
            self._skipping[tag] = self._skipping.get(tag, 0) + 1
        elif tag in HTML_BREAKS:
            self.chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in HTML_SKIPPED and self._skipping.get(tag):
            self._skipping[tag] -= 1
        elif tag in HTML_BREAKS:
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not any(self._skipping.values()):
            self.chunks.append(_HTML_SPACE.sub(" ", data))
        elif self._skipping.get("title"):
            self.title.append(data)


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, ValueError):
        return False


def _read_docx(data: bytes, *, filename: str, max_bytes: int) -> str:
    """Paragraph text of ``word/document.xml``; tabs and line breaks kept, one paragraph a line."""
    limit = max_bytes * DOCX_XML_FACTOR
    not_docx = IngestError("binary", f"{filename} is not a readable Word .docx document.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open("word/document.xml") as member:
            xml = member.read(limit + 1)
    except (KeyError, zipfile.BadZipFile, ValueError, NotImplementedError, EOFError, OSError) as error:
        raise not_docx from error
    if len(xml) > limit:
        raise IngestError("too_large", f"{filename} holds more text than the {_human(limit)} this tool accepts.")
    if b"<!DOCTYPE" in xml or b"<!ENTITY" in xml:  # never in Word's output; refusing them rules out entity bombs
        raise not_docx
    parts: list[str] = []
    try:
        for event, element in ElementTree.iterparse(io.BytesIO(xml), events=("start", "end")):
            if event == "end" and element.tag == f"{WORD_NS}t":
                parts.append(element.text or "")
            else:
                parts.append(_DOCX_MARKS.get((event, element.tag), ""))
            if event == "end" and element.tag == f"{WORD_NS}p":
                element.clear()  # keeps memory flat on long documents
    except ElementTree.ParseError as error:
        raise not_docx from error
    return "".join(parts).rstrip("\n")


def _refuse_binary(data: bytes, filename: str) -> None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 is NUL-heavy by nature
        return
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise IngestError("binary", f"{filename} is {what}, not article text.")
    if data.count(b"\x00") > len(data) * BINARY_NUL_SHARE:
        raise IngestError("binary", f"{filename} looks like a binary file, not article text.")


def _decode_bytes(data: bytes, filename: str) -> tuple[str, str, list[str]]:
    """Text, encoding name and warnings, for UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1256 Arabic."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec.removesuffix("-sig")), codec, []
            except UnicodeDecodeError as error:
                raise IngestError(
                    "bad_encoding", f"{filename} starts with a {codec.upper()} marker but is not valid {codec.upper()} text."
                ) from error
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return text, "utf-8", []
    text = data.decode("cp1256")  # every byte has a meaning in Windows-1256, so this cannot fail
    controls = _share(_CONTROL_CHARS, text)
    letters = _count(_LETTER, text)
    if controls <= CP1256_MAX_CONTROL_SHARE and letters and _count(ARABIC_LETTER, text) >= letters * CP1256_MIN_ARABIC_SHARE:
        return text, "cp1256", ["Read as Windows-1256 (Arabic) because the file is not UTF-8."]
    if controls > BINARY_CONTROL_SHARE:
        raise IngestError("binary", f"{filename} looks like a binary file, not article text.")
    raise IngestError(
        "bad_encoding",
        f"{filename} is neither UTF-8 nor Arabic Windows-1256 text; save it as UTF-8 and add it again.",
    )


def _count(pattern: re.Pattern, text: str) -> int:
    return pattern.subn("", text)[1]


def _share(pattern: re.Pattern, text: str) -> float:
    return _count(pattern, text) / len(text) if text else 0.0


def _too_large(name: str, size: int, limit: int, *, at_least: bool = False) -> str:
    return f"{name} is {'over ' if at_least else ''}{_human(size)}, more than the {_human(limit)} limit for one article."


def _human(size: int) -> str:
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


def _plural(count: int) -> str:
    return "" if count == 1 else "s"
