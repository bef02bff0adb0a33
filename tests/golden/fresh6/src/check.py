"""Independent check: own marker parser (no regex), n-th str.find walk, movement surfaces are gold surfaces."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import TEXTS
from meta import KEYS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def parse(marked):
    text, ments, i = "", [], 0
    while True:
        j = marked.find("[[", i)
        if j == -1:
            text += marked[i:]; break
        text += marked[i:j]
        k = marked.find("]]", j)
        surf, key = marked[j + 2:k].split("|")
        ments.append((len(text), surf, key)); text += surf; i = k + 2
    return text, ments

def nth(text, s, n):
    i = -1
    pos = 0
    for _ in range(n):
        i = text.find(s, pos)
        if i == -1: return -1
        pos = i + len(s)
    return i

places = {r["id"]: r for r in map(json.loads, open(os.path.join(OUT, "places.jsonl"), encoding="utf-8"))}
moves = {r["id"]: r for r in map(json.loads, open(os.path.join(OUT, "movements.jsonl"), encoding="utf-8"))}
ok = tot = 0
for rid, marked in TEXTS.items():
    text, ments = parse(marked)
    assert text == places[rid]["text"] == moves[rid]["text"], rid
    exp = []
    for off, surf, key in ments:
        if ">" in key:
            exp.append((off, surf)); exp.append((off + len("الحدود مع "), surf[len("الحدود مع "):]))
        else:
            exp.append((off, surf))
    got = places[rid]["places"]
    assert len(got) == len(exp), rid
    for (off, surf), p in zip(exp, got):
        tot += 1
        if p["text"] == surf and nth(text, surf, p["occurrence"]) == off:
            ok += 1
        else:
            print("MISMATCH", rid, surf, p)
    gold = {p["text"] for p in got}
    for m in moves[rid]["movements"]:
        for k in ("origins", "destinations", "via"):
            for s in m[k]:
                if s not in gold: print("MOVE SURFACE NOT GOLD", rid, s)
    words = len(text.split())
    print(rid, "words", words, "places", len(got), "moves", len(moves[rid]["movements"]))
print(f"{ok}/{tot} correct")
