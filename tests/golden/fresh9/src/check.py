"""Independent check: own marker parser (no regex), n-th str.find walk, movement surfaces vs gold places, traps."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import TEXTS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BORDER = "الحدود مع "


def parse(marked):
    text, ments, i = "", [], 0
    while True:
        j = marked.find("[[", i)
        if j < 0:
            text += marked[i:]
            break
        text += marked[i:j]
        k = marked.find("]]", j)
        inner = marked[j + 2:k]
        bar = inner.rfind("|")
        surf, key = inner[:bar], inner[bar + 1:]
        ments.append((len(text), surf))
        if ">" in key:
            ments.append((len(text) + len(BORDER), surf[len(BORDER):]))
        text += surf
        i = k + 2
    return text, ments


def nth(text, surf, n):
    pos, i = -1, 0
    for _ in range(n):
        pos = text.find(surf, i)
        if pos < 0:
            return -1
        i = pos + len(surf)
    return pos


places = {r["id"]: r for r in map(json.loads, open(os.path.join(ROOT, "places.jsonl"), encoding="utf-8"))}
moves = {r["id"]: r for r in map(json.loads, open(os.path.join(ROOT, "movements.jsonl"), encoding="utf-8"))}
ok = bad = 0
for rid, marked in TEXTS.items():
    text, ments = parse(marked)
    rec = places[rid]
    assert rec["text"] == text == moves[rid]["text"], rid
    got = sorted((nth(text, p["text"], p["occurrence"]), p["text"]) for p in rec["places"])
    exp = sorted(ments)
    if got == exp:
        ok += len(got)
    else:
        bad += 1
        print(rid, "MISMATCH", set(got) ^ set(exp))
    surfs = {p["text"] for p in rec["places"]}
    for m in moves[rid]["movements"]:
        for s in m["origins"] + m["destinations"] + m["via"]:
            if s not in surfs:
                bad += 1; print(rid, "movement surface not a gold place:", s)
    for t in rec["not_places"]:
        if t not in text:
            bad += 1; print(rid, "trap not in text:", t)
    print(rid, len(text.split()), "words")
print(f"{ok} place mentions correct; {bad} problems")
sys.exit(1 if bad else 0)
