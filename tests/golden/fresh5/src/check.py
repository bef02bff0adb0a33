"""Independent check: re-parse markers without regex and compare with places.jsonl."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import TEXTS
from meta import NESTED

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse(marked):
    text, ments, i = "", [], 0
    while i < len(marked):
        if marked.startswith("[[", i):
            j = marked.index("]]", i)
            surf, key = marked[i + 2:j].split("|")
            ments.append((len(text), surf))
            for inner, _ in NESTED.get(key, []):
                ments.append((len(text) + surf.index(inner), inner))
            text += surf
            i = j + 2
        else:
            text += marked[i]
            i += 1
    return text, ments


def nth(text, sub, n):
    i, k = -1, 0
    start = 0
    while k < n:
        i = text.find(sub, start)
        if i == -1:
            return None
        k += 1
        start = i + len(sub)
    return i


rows = [json.loads(l) for l in open(os.path.join(OUT, "places.jsonl"), encoding="utf-8")]
mrows = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(OUT, "movements.jsonl"), encoding="utf-8")}
ok = bad = 0
for r in rows:
    text, ments = parse(TEXTS[r["id"]])
    assert text == r["text"] == mrows[r["id"]]["text"], r["id"]
    assert len(ments) == len(r["places"]), r["id"]
    for (off, surf), pl in zip(ments, r["places"]):
        if pl["text"] == surf and nth(text, surf, pl["occurrence"]) == off:
            ok += 1
        else:
            bad += 1
            print("MISMATCH", r["id"], surf, pl)
    golds = {p["text"] for p in r["places"]}
    for m in mrows[r["id"]]["movements"]:
        for k in ("origins", "destinations", "via"):
            for s in m[k]:
                if s not in golds:
                    print("movement surface not a gold place surface:", r["id"], s)
    print(r["id"], "words:", len(text.split()), "places:", len(r["places"]), "not_places:", len(r["not_places"]))
print(f"{ok}/{ok + bad} occurrences correct")
