# -*- coding: utf-8 -*-
"""Independent check: own marker parser (no regex), n-th str.find walk, movement surfaces
must be gold surfaces of the same article, not_places present, no place inside a trap."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from texts import TEXTS

def parse(marked):
    plain, ments, i = "", [], 0
    while True:
        j = marked.find("[[", i)
        if j == -1:
            plain += marked[i:]; break
        plain += marked[i:j]
        k = marked.find("]]", j)
        body = marked[j + 2:k]
        surf, key = body.split("|")
        ments.append((len(plain), surf))
        if ">" in key:
            pre = "الحدود مع "
            ments.append((len(plain) + len(pre), surf[len(pre):]))
        plain += surf
        i = k + 2
    return plain, ments

def nth(text, s, n):
    i = -1; start = 0
    for _ in range(n):
        i = text.find(s, start)
        if i == -1:
            return -1
        start = i + len(s)
    return i

root = os.path.dirname(HERE)
P = [json.loads(l) for l in open(os.path.join(root, "places.jsonl"), encoding="utf-8")]
M = {r["id"]: r for r in (json.loads(l) for l in open(os.path.join(root, "movements.jsonl"), encoding="utf-8"))}
ok = bad = 0
for r in P:
    plain, ments = parse(TEXTS[r["id"]])
    assert plain == r["text"] == M[r["id"]]["text"], r["id"]
    assert len(ments) == len(r["places"]), r["id"]
    for (off, surf), pl in zip(ments, r["places"]):
        if pl["text"] == surf and nth(plain, surf, pl["occurrence"]) == off:
            ok += 1
        else:
            bad += 1; print("BAD", r["id"], surf, pl)
    golds = {pl["text"] for pl in r["places"]}
    for mv in M[r["id"]]["movements"]:
        for k in ("origins", "destinations", "via"):
            for s in mv[k]:
                if s not in golds:
                    bad += 1; print("MOVE SURFACE NOT GOLD", r["id"], s)
    for t in r["not_places"]:
        if t not in plain:
            bad += 1; print("TRAP MISSING", r["id"], t)
print(f"{ok}/{ok+bad} correct")
