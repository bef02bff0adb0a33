"""Strip [[surface|key]] markers and compute occurrences from true offsets."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import TEXTS
from meta import P, NESTED, ART

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]|]+)\]\]")


def spans(text, sub):
    out, i = [], text.find(sub)
    while sub and i != -1:
        out.append(i)
        i = text.find(sub, i + len(sub))
    return out


def strip(marked):
    plain, mentions, pos = [], [], 0
    for m in MARK.finditer(marked):
        plain.append(marked[pos:m.start()])
        off = sum(len(x) for x in plain)
        surf, key = m.group(1), m.group(2)
        mentions.append((off, surf, key))
        for inner, ikey in NESTED.get(key, []):
            j = surf.find(inner)
            assert j >= 0, (surf, inner)
            mentions.append((off + j, inner, ikey))
        plain.append(surf)
        pos = m.end()
    plain.append(marked[pos:])
    text = "".join(plain)
    assert "[[" not in text and "]]" not in text
    return text, mentions


def occurrence(text, off, surf):
    sp = spans(text, surf)
    if off not in sp:
        raise SystemExit(f"offset {off} of {surf!r} is not a raw non-overlapping str.find match")
    return sp.index(off) + 1


def main():
    prow, mrow = [], []
    for aid, marked in TEXTS.items():
        a = ART[aid]
        text, mentions = strip(marked)
        places = []
        for off, surf, key in mentions:
            kind, cc, lat, lon, name, _src = P[key]
            places.append({"text": surf, "occurrence": occurrence(text, off, surf), "kind": kind,
                           "country": cc, "lat": lat, "lon": lon, "name": name})
        prow.append({"id": aid, "text": text, "phenomena": a["phenomena"], "places": places,
                     "not_places": a["not_places"]})
        mrow.append({"id": aid, "text": text, "note": a["note"], "movements": a["movements"]})
    for fn, rows in (("places.jsonl", prow), ("movements.jsonl", mrow)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(prow), "articles,", sum(len(r["places"]) for r in prow), "places")


if __name__ == "__main__":
    main()
