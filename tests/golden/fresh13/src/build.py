"""Strip [[surface|key]] markers (nestable) and build places.jsonl / movements.jsonl with true-offset occurrences."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import T
from meta import P, TRAPS, PHEN, MOVES, NOTES

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def strip(marked):
    """Return (plain, [(start, surface, key)]) ; markers may nest."""
    out, stack, ments, i = [], [], [], 0
    while i < len(marked):
        if marked.startswith("[[", i):
            stack.append(len("".join(out))); i += 2; continue
        if marked[i] == "|" and stack:
            j = marked.index("]]", i)
            key = marked[i + 1:j]
            start = stack.pop()
            plain = "".join(out)
            ments.append((start, plain[start:], key))
            i = j + 2; continue
        out.append(marked[i]); i += 1
    assert not stack
    return "".join(out), sorted(ments)


def spans(text, sub):
    res, i = [], text.find(sub)
    while i != -1:
        res.append(i); i = text.find(sub, i + len(sub))
    return res


def build():
    prows, mrows = [], []
    for rid in sorted(T):
        text, ments = strip(T[rid])
        places = []
        for start, surf, key in ments:
            sp = spans(text, surf)
            if start not in sp:
                sys.exit(f"{rid}: {surf!r} at {start} is not a raw str.find match")
            kind, cc, lat, lon, name = P[key]
            places.append({"text": surf, "occurrence": sp.index(start) + 1, "kind": kind, "country": cc,
                           "lat": lat, "lon": lon, "name": name})
        prows.append({"id": rid, "text": text, "phenomena": PHEN[rid], "places": places, "not_places": TRAPS[rid]})
        mrows.append({"id": rid, "text": text, "note": NOTES[rid], "movements": MOVES[rid]})
    for fn, rows in (("places.jsonl", prows), ("movements.jsonl", mrows)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("built", sum(len(r["places"]) for r in prows), "places,", sum(len(r["movements"]) for r in mrows), "movements")


if __name__ == "__main__":
    build()
