"""Independent check: own marker parser (no regex), n-th str.find walk, movement surfaces are gold surfaces."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import TEXTS
from meta import NESTED
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse(marked):
    plain, ments, i = "", [], 0
    while True:
        a = marked.find("[[", i)
        if a == -1:
            plain += marked[i:]
            return plain, ments
        plain += marked[i:a]
        b = marked.find("]]", a)
        surf, key = marked[a + 2:b].split("|")
        ments.append((len(plain), surf, key))
        plain += surf
        i = b + 2


def nth(text, surf, n):
    i = -1
    start = 0
    for _ in range(n):
        i = text.find(surf, start)
        if i == -1:
            return -1
        start = i + len(surf)
    return i


rows = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(ROOT, "places.jsonl"), encoding="utf-8")}
mrows = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(ROOT, "movements.jsonl"), encoding="utf-8")}
ok = bad = 0
for rid, marked in TEXTS.items():
    plain, ments = parse(marked)
    r = rows[rid]
    assert plain == r["text"] == mrows[rid]["text"], rid
    assert "[[" not in plain and "]]" not in plain and "|" not in plain
    expected = []
    for off, surf, key in ments:
        expected.append((off, surf))
        if key in NESTED:
            expected.append((off + surf.find(NESTED[key][0]), NESTED[key][0]))
    assert len(expected) == len(r["places"]), rid
    for (off, surf), pl in zip(expected, r["places"]):
        got = nth(plain, pl["text"], pl["occurrence"])
        if got == off and pl["text"] == surf:
            ok += 1
        else:
            bad += 1
            print("MISMATCH", rid, surf, off, pl)
    golds = {p["text"] for p in r["places"]}
    for m in mrows[rid]["movements"]:
        for k in ("origins", "destinations", "via"):
            for s in m[k]:
                if s not in golds:
                    bad += 1
                    print("MOVE SURFACE NOT GOLD", rid, s)
    for t in r["not_places"]:
        if t not in plain:
            bad += 1
            print("TRAP NOT IN TEXT", rid, t)
print(f"{ok}/{ok + bad} correct")
sys.exit(1 if bad else 0)
