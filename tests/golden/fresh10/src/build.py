"""Strip [[surface|key]] markers (nesting allowed) and build places.jsonl / movements.jsonl.
occurrence = index (1-based) of the mention's true offset among raw non-overlapping str.find matches."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import TEXTS
from meta import G, TRAPS, PHEN, MOVES, NOTES

def parse(marked):
    out, stack, spans, i = [], [], [], 0
    while i < len(marked):
        if marked.startswith("[[", i):
            stack.append(len("".join(out))); i += 2
        elif marked[i] == "|" and stack:
            j = marked.index("]]", i)
            key = marked[i + 1:j]
            start = stack.pop(); end = len("".join(out))
            spans.append((start, end, key)); i = j + 2
        else:
            out.append(marked[i]); i += 1
    assert not stack, "unclosed marker"
    return "".join(out), sorted(spans)

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

def build(root):
    prow, mrow = [], []
    for rid in sorted(TEXTS):
        text, spans = parse(TEXTS[rid])
        places = []
        for a, b, key in spans:
            surf = text[a:b]
            kind, cc, lat, lon, name = G[key]
            places.append({"text": surf, "occurrence": occurrence(text, surf, a), "kind": kind,
                           "country": cc, "lat": lat, "lon": lon, "name": name})
        prow.append({"id": rid, "text": text, "phenomena": PHEN[rid], "places": places, "not_places": TRAPS[rid]})
        mrow.append({"id": rid, "text": text, "note": NOTES[rid], "movements": MOVES[rid]})
    for fn, rows in (("places.jsonl", prow), ("movements.jsonl", mrow)):
        with open(os.path.join(root, fn), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return prow

if __name__ == "__main__":
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rows = build(root)
    for r in rows:
        print(r["id"], len(r["text"].split()), "words,", len(r["places"]), "places,", len(r["not_places"]), "traps")
