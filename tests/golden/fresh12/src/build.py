"""Strip [[surface|key]] markers, compute occurrences from true offsets, write the JSONL files."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import TEXTS
from meta import P, NESTED, PHEN, TRAPS, MOVES, NOTES

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")


def strip(marked):
    out, mentions, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        off = sum(len(x) for x in out)
        surf, key = m.group(1), m.group(2)
        mentions.append((off, surf, key))
        out.append(surf)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), mentions


def occurrence(text, surf, off):
    n, i = 0, text.find(surf)
    while i != -1:
        n += 1
        if i == off:
            return n
        if i > off:
            break
        i = text.find(surf, i + len(surf))
    raise SystemExit(f"offset {off} of {surf!r} is not a non-overlapping str.find match")


def place(text, surf, key, off):
    kind, cc, lat, lon, name, _src = P[key]
    assert text[off:off + len(surf)] == surf
    return {"text": surf, "occurrence": occurrence(text, surf, off), "kind": kind, "country": cc,
            "lat": lat, "lon": lon, "name": name}


def build():
    prow, mrow = [], []
    for rid, marked in TEXTS.items():
        text, mentions = strip(marked)
        places = []
        for off, surf, key in mentions:
            places.append(place(text, surf, key, off))
            if key in NESTED:
                nsurf, nkey = NESTED[key]
                noff = off + surf.index(nsurf)
                places.append(place(text, nsurf, nkey, noff))
        for t in TRAPS[rid]:
            assert t in text, (rid, t)
        prow.append({"id": rid, "text": text, "phenomena": PHEN[rid], "places": places, "not_places": TRAPS[rid]})
        surfs = {p["text"] for p in places}
        for mv in MOVES[rid]:
            for k in ("origins", "destinations", "via"):
                for s in mv[k]:
                    assert s in surfs, (rid, s)
        mrow.append({"id": rid, "text": text, "note": NOTES[rid], "movements": MOVES[rid]})
    for name, rows in (("places.jsonl", prow), ("movements.jsonl", mrow)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in prow:
        print(r["id"], "words", len(r["text"].split()), "places", len(r["places"]), "traps", len(r["not_places"]))


if __name__ == "__main__":
    build()
