# -*- coding: utf-8 -*-
"""Strip [[surface|key]] markers and compute occurrences from true offsets.
python src/build.py  -> writes ../places.jsonl and ../movements.jsonl"""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import TEXTS
from meta import PLACES, NOT_PLACES, PHENOMENA, MOVEMENTS, NOTES

MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def strip(marked):
    """Return plain text and list of (offset, surface, key) in text order."""
    out, mentions, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk); length += len(chunk)
        surface, key = m.group(1), m.group(2)
        if ">" in key:  # border phrase: region + nested country
            rkey, ckey = key.split(">")
            assert surface.startswith("الحدود مع "), surface
            country = surface[len("الحدود مع "):]
            mentions.append((length, surface, rkey))
            mentions.append((length + len("الحدود مع "), country, ckey))
        else:
            mentions.append((length, surface, key))
        out.append(surface); length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), mentions


def occurrence(text, surface, offset):
    n, i = 0, text.find(surface)
    while i != -1:
        n += 1
        if i == offset:
            return n
        if i > offset:
            break
        i = text.find(surface, i + len(surface))
    raise SystemExit(f"offset {offset} of {surface!r} is not a non-overlapping str.find match")


def build():
    prow, mrow = [], []
    for rid, marked in TEXTS.items():
        text, mentions = strip(marked)
        assert "[[" not in text and "]]" not in text
        places = []
        for off, surf, key in mentions:
            kind, cc, lat, lon, name, _src = PLACES[key]
            places.append({"text": surf, "occurrence": occurrence(text, surf, off), "kind": kind,
                           "country": cc, "lat": lat, "lon": lon, "name": name})
        prow.append({"id": rid, "text": text, "phenomena": PHENOMENA[rid], "places": places,
                     "not_places": NOT_PLACES[rid]})
        mrow.append({"id": rid, "text": text, "note": NOTES[rid], "movements": MOVEMENTS[rid]})
    for fn, rows in (("places.jsonl", prow), ("movements.jsonl", mrow)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return prow, mrow


if __name__ == "__main__":
    p, m = build()
    print(len(p), "records,", sum(len(r["places"]) for r in p), "places,",
          sum(len(r["movements"]) for r in m), "movements")
