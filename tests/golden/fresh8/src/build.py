"""Strip [[surface|key]] markers, compute occurrences from true offsets, write places.jsonl / movements.jsonl."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import TEXTS
from meta import P, NESTED, NOT_PLACES, PHENOMENA, MOVES, NOTES

MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def strip(marked):
    out, mentions, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(x) for x in out)
        surf, key = m.group(1), m.group(2)
        out.append(surf)
        mentions.append((start, surf, key))
        if key in NESTED:
            inner, ckey = NESTED[key]
            j = surf.find(inner)
            assert j >= 0, (surf, inner)
            mentions.append((start + j, inner, ckey))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), mentions


def occurrence(text, surf, offset):
    n, i = 0, text.find(surf)
    while i != -1:
        n += 1
        if i == offset:
            return n
        if i > offset:
            break
        i = text.find(surf, i + len(surf))
    raise SystemExit(f"offset {offset} of {surf!r} is not a raw non-overlapping str.find match")


def build():
    places_rows, move_rows = [], []
    for rid, marked in TEXTS.items():
        text, mentions = strip(marked)
        places = []
        for off, surf, key in mentions:
            kind, cc, lat, lon, name, _src = P[key]
            places.append({"text": surf, "occurrence": occurrence(text, surf, off), "kind": kind,
                           "country": cc, "lat": lat, "lon": lon, "name": name})
        places_rows.append({"id": rid, "text": text, "phenomena": PHENOMENA[rid], "places": places,
                            "not_places": NOT_PLACES[rid]})
        move_rows.append({"id": rid, "text": text, "note": NOTES[rid], "movements": MOVES[rid]})
    for fn, rows in (("places.jsonl", places_rows), ("movements.jsonl", move_rows)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in places_rows:
        print(r["id"], "words", len(r["text"].split()), "places", len(r["places"]), "not_places", len(r["not_places"]))


if __name__ == "__main__":
    build()
