"""Strip [[surface|key]] markers, compute occurrences from true offsets, write ../places.jsonl and ../movements.jsonl."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import TEXTS
from meta import KEYS, NOT_PLACES, PHENOMENA, MOVES, NOTES

MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]]+)\]\]")
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def strip(marked):
    out, mentions, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        off = sum(len(s) for s in out)
        mentions.append((off, m.group(1), m.group(2)))
        out.append(m.group(1))
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "|" not in text.replace("عاجل |", ""), "leftover marker"
    return text, mentions


def occurrence(text, surf, off):
    n, i = 0, text.find(surf)
    while i != -1:
        n += 1
        if i == off:
            return n
        if i > off:
            break
        i = text.find(surf, i + len(surf))
    raise SystemExit(f"offset {off} of {surf!r} is not a raw non-overlapping str.find match")


def place(text, surf, off, key):
    kind, cc, lat, lon, name, _ = KEYS[key]
    return {"text": surf, "occurrence": occurrence(text, surf, off), "kind": kind, "country": cc,
            "lat": lat, "lon": lon, "name": name}


def build():
    prow, mrow = [], []
    for rid, marked in TEXTS.items():
        text, mentions = strip(marked)
        places = []
        for off, surf, key in mentions:
            if ">" in key:
                rkey, ckey = key.split(">")
                places.append(place(text, surf, off, rkey))
                head = "الحدود مع "
                assert surf.startswith(head)
                places.append(place(text, surf[len(head):], off + len(head), ckey))
            else:
                places.append(place(text, surf, off, key))
        prow.append({"id": rid, "text": text, "phenomena": PHENOMENA[rid], "places": places,
                     "not_places": NOT_PLACES[rid]})
        mrow.append({"id": rid, "text": text, "note": NOTES[rid], "movements": MOVES[rid]})
    for fn, rows in (("places.jsonl", prow), ("movements.jsonl", mrow)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return prow, mrow


if __name__ == "__main__":
    p, m = build()
    print(len(p), "articles,", sum(len(r["places"]) for r in p), "places,",
          sum(len(r["movements"]) for r in m), "movements")
