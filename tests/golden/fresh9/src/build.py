"""Strip [[surface|key]] markers and build places.jsonl / movements.jsonl with true-offset occurrences."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import TEXTS
from meta import P, TRAPS, PHEN, MOVES, NOTES

BORDER = "الحدود مع "
MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]]+)\]\]")


def strip(marked):
    out, mentions, pos = [], [], 0
    plain_len = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk); plain_len += len(chunk)
        surf, key = m.group(1), m.group(2)
        start = plain_len
        if ">" in key:
            rk, ck = key.split(">")
            assert surf.startswith(BORDER), surf
            mentions.append((start, surf, rk))
            mentions.append((start + len(BORDER), surf[len(BORDER):], ck))
        else:
            mentions.append((start, surf, key))
        out.append(surf); plain_len += len(surf)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text
    return text, sorted(mentions)


def occurrence(text, surf, offset):
    n, i = 0, text.find(surf)
    while i != -1:
        n += 1
        if i == offset:
            return n
        if i > offset:
            break
        i = text.find(surf, i + len(surf))
    raise SystemExit(f"offset {offset} of {surf!r} is not a non-overlapping str.find match")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    prow, mrow = [], []
    for rid, marked in TEXTS.items():
        text, mentions = strip(marked)
        places = []
        for off, surf, key in mentions:
            name, kind, cc, lat, lon = P[key]
            places.append({"text": surf, "occurrence": occurrence(text, surf, off), "kind": kind,
                           "country": cc, "lat": lat, "lon": lon, "name": name})
        prow.append({"id": rid, "text": text, "phenomena": PHEN[rid], "places": places, "not_places": TRAPS[rid]})
        mrow.append({"id": rid, "text": text, "note": NOTES[rid], "movements": MOVES[rid]})
    for fn, rows in (("places.jsonl", prow), ("movements.jsonl", mrow)):
        with open(os.path.join(root, fn), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in prow:
        print(r["id"], len(r["text"].split()), "words", len(r["places"]), "places", len(r["not_places"]), "traps")


if __name__ == "__main__":
    main()
