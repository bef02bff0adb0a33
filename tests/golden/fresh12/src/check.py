"""Independent re-check of places.jsonl against the marked texts (no regex, no shared code with build.py)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import TEXTS
from meta import NESTED, MOVES, TRAPS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse(marked):
    text, offs, i = "", [], 0
    while True:
        j = marked.find("[[", i)
        if j < 0:
            text += marked[i:]
            return text, offs
        text += marked[i:j]
        bar = marked.find("|", j)
        end = marked.find("]]", bar)
        surf, key = marked[j + 2:bar], marked[bar + 1:end]
        offs.append((len(text), surf))
        if key in NESTED:
            n = NESTED[key][0]
            offs.append((len(text) + surf.find(n), n))
        text += surf
        i = end + 2


def nth(text, surf, n):
    pos = -len(surf)
    for _ in range(n):
        pos = text.find(surf, pos + len(surf))
        if pos < 0:
            return None
    return pos


ok = bad = 0
rows = [json.loads(l) for l in open(os.path.join(ROOT, "places.jsonl"), encoding="utf-8")]
mrows = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(ROOT, "movements.jsonl"), encoding="utf-8")}
for r in rows:
    text, offs = parse(TEXTS[r["id"]])
    assert text == r["text"] == mrows[r["id"]]["text"], r["id"]
    got = set()
    for p in r["places"]:
        pos = nth(text, p["text"], p["occurrence"])
        if pos is None:
            bad += 1; print("MISSING", r["id"], p["text"], p["occurrence"]); continue
        got.add((pos, p["text"]))
    want = set(offs)
    ok += len(got & want)
    for x in got ^ want:
        bad += 1; print("MISMATCH", r["id"], x)
    trap_spans = []
    for t in r["not_places"]:
        assert t in text, t
        k = text.find(t)
        while k >= 0:
            trap_spans.append((k, k + len(t))); k = text.find(t, k + len(t))
    for pos, s in got:
        for a, b in trap_spans:
            if a <= pos and pos + len(s) <= b:
                bad += 1; print("INSIDE TRAP", r["id"], s)
    surfs = {p["text"] for p in r["places"]}
    for m in mrows[r["id"]]["movements"]:
        for k in ("origins", "destinations", "via"):
            for s in m[k]:
                if s not in surfs:
                    bad += 1; print("MOVE SURFACE NOT GOLD", r["id"], s)
    assert r["not_places"] == TRAPS[r["id"]] and mrows[r["id"]]["movements"] == MOVES[r["id"]]
print(f"{ok}/{ok + bad} correct")
