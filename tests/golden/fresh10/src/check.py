"""Independent check of places.jsonl against texts.py: own marker parser (character walk with an explicit
stack, no regex), n-th raw non-overlapping str.find walk, movement surfaces ⊆ gold surfaces, traps in text,
no gold place inside a trap."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from texts import TEXTS
from meta import MOVES

def mentions(marked):
    plain, opened, found = "", [], []
    k = 0
    while k < len(marked):
        two = marked[k:k + 2]
        if two == "[[":
            opened.append(len(plain)); k += 2; continue
        if marked[k] == "|" and opened:
            close = marked.find("]]", k)
            found.append((opened.pop(), len(plain), marked[k + 1:close])); k = close + 2; continue
        plain += marked[k]; k += 1
    return plain, found

def nth(text, sub, n):
    pos, i = -1, 0
    for _ in range(n):
        pos = text.find(sub, i)
        if pos < 0:
            return -1
        i = pos + len(sub)
    return pos

root = os.path.dirname(HERE)
rows = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(root, "places.jsonl"), encoding="utf-8")}
mrows = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(root, "movements.jsonl"), encoding="utf-8")}
ok = bad = 0
for rid, marked in TEXTS.items():
    plain, found = mentions(marked)
    r = rows[rid]
    assert r["text"] == plain == mrows[rid]["text"], rid
    assert len(found) == len(r["places"]), (rid, len(found), len(r["places"]))
    gold_offsets = sorted(nth(plain, p["text"], p["occurrence"]) for p in r["places"])
    true_offsets = sorted(a for a, b, _ in found)
    for p in r["places"]:
        pos = nth(plain, p["text"], p["occurrence"])
        if pos >= 0 and any(a == pos and plain[a:b] == p["text"] for a, b, _ in found):
            ok += 1
        else:
            bad += 1; print("BAD", rid, p["text"], p["occurrence"])
    assert gold_offsets == true_offsets, rid
    surfs = {p["text"] for p in r["places"]}
    for m in mrows[rid]["movements"]:
        for key in ("origins", "destinations", "via"):
            for s in m[key]:
                if s not in surfs:
                    bad += 1; print("MOVE SURFACE NOT GOLD", rid, s)
    for t in r["not_places"]:
        if t not in plain:
            bad += 1; print("TRAP NOT IN TEXT", rid, t)
        i = plain.find(t)
        while i != -1:
            for a, b, _ in found:
                if i <= a and b <= i + len(t):
                    bad += 1; print("PLACE INSIDE TRAP", rid, plain[a:b], t)
            i = plain.find(t, i + len(t))
print(f"{ok}/{ok + bad} correct")
