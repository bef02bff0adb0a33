"""Build places.jsonl and movements.jsonl from marked texts (python src/build.py)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import TEXTS  # noqa: E402
from meta import PLACES, TRAPS, PHENOMENA, MOVEMENTS, NOTES  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse(marked):
    """Return plain text and mentions [(start, surface, key)] in text order (nested allowed)."""
    out, stack, mentions, i = [], [], [], 0
    while i < len(marked):
        if marked.startswith("[[", i):
            stack.append(len("".join(out)))
            i += 2
        elif marked.startswith("]]", i):
            # the surface is what was emitted since the open; strip the "|key" part
            start = stack.pop()
            plain = "".join(out)
            seg = plain[start:]
            bar = seg.rfind("|")
            surface, key = seg[:bar], seg[bar + 1:]
            out = [plain[:start] + surface]
            mentions.append((start, surface, key))
            i += 2
        else:
            out.append(marked[i])
            i += 1
    assert not stack, "unbalanced markers"
    text = "".join(out)
    mentions.sort()
    return text, mentions


def spans(text, sub):
    res, i = [], text.find(sub)
    while i != -1:
        res.append(i)
        i = text.find(sub, i + len(sub))
    return res


def main():
    prow, mrow = [], []
    for tid, marked in TEXTS.items():
        text, mentions = parse(marked)
        places = []
        for start, surface, key in mentions:
            assert text[start:start + len(surface)] == surface
            sp = spans(text, surface)
            if start not in sp:
                sys.exit(f"{tid}: {surface!r} at {start} is not a str.find match")
            kind, cc, lat, lon, name = PLACES[key]
            places.append({"text": surface, "occurrence": sp.index(start) + 1, "kind": kind, "country": cc,
                           "lat": lat, "lon": lon, "name": name})
        prow.append({"id": tid, "text": text, "phenomena": PHENOMENA[tid], "places": places,
                     "not_places": TRAPS[tid]})
        mrow.append({"id": tid, "text": text, "note": NOTES[tid], "movements": MOVEMENTS[tid]})
        print(tid, "words", len(text.split()), "places", len(places), "traps", len(TRAPS[tid]),
              "moves", len(MOVEMENTS[tid]))
    for name, rows in (("places.jsonl", prow), ("movements.jsonl", mrow)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
