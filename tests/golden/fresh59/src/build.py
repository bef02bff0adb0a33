# Copied from tests/golden/fresh51/src/build.py (itself from fresh31; tooling for fresh59, ids bi1-bi5); logic unchanged.
"""Strip [[surface|key]] markers (nested allowed), compute occurrences from true offsets, write JSONL."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import TEXTS
from meta import P, TRAPS, PHEN, MOVES, NOTES

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse(marked):
    """Return (plain, [(start, surface, key)]) ; handles nesting with a stack."""
    out, stack, mentions, i = [], [], [], 0
    while i < len(marked):
        if marked.startswith("[[", i):
            stack.append(len("".join(out)))
            i += 2
        elif marked.startswith("]]", i) and stack:
            # the key is after the last '|' in the current output segment
            cur = "".join(out)
            start = stack.pop()
            seg = cur[start:]
            bar = seg.rfind("|")
            surface, key = seg[:bar], seg[bar + 1:]
            out = [cur[:start] + surface]
            mentions.append((start, surface, key))
            i += 2
        else:
            out.append(marked[i])
            i += 1
    assert not stack
    return "".join(out), sorted(mentions)


def spans(text, sub):
    res, i = [], text.find(sub)
    while i != -1:
        res.append(i)
        i = text.find(sub, i + len(sub))
    return res


def build():
    prow, mrow = [], []
    for rid, marked in TEXTS.items():
        text, ments = parse(marked.strip())
        places = []
        for start, surf, key in ments:
            assert text[start:start + len(surf)] == surf, (rid, surf)
            sp = spans(text, surf)
            if start not in sp:
                sys.exit(f"{rid}: {surf} at {start} is not a raw non-overlapping str.find match")
            kind, cc, lat, lon, name = P[key]
            places.append({"text": surf, "occurrence": sp.index(start) + 1, "kind": kind, "country": cc,
                           "lat": lat, "lon": lon, "name": name})
        prow.append({"id": rid, "text": text, "phenomena": PHEN[rid], "places": places, "not_places": TRAPS[rid]})
        mrow.append({"id": rid, "text": text, "note": NOTES[rid], "movements": MOVES[rid]})
    for fn, rows in (("places.jsonl", prow), ("movements.jsonl", mrow)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in prow:
        print(r["id"], "words", len(r["text"].split()), "places", len(r["places"]), "traps", len(r["not_places"]))


if __name__ == "__main__":
    build()
