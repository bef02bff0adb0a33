"""Independent check of places.jsonl/movements.jsonl against the marked texts (no regex, own parser)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import T

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse(marked):
    # recursive-descent parser: returns plain text and list of (offset, surface, key)
    plain, ments = [], []
    def rec(pos, depth):
        while pos < len(marked):
            if marked[pos:pos + 2] == "[[":
                start = sum(len(x) for x in plain)
                pos = rec(pos + 2, depth + 1)
                bar = pos
                assert marked[bar] == "|", (marked[max(0, bar-20):bar+20])
                end = marked.find("]]", bar)
                key = marked[bar + 1:end]
                surf = "".join(plain)[start:]
                ments.append((start, surf, key))
                pos = end + 2
                continue
            if depth > 0 and marked[pos] == "|":
                return pos
            plain.append(marked[pos]); pos += 1
        assert depth == 0
        return pos
    rec(0, 0)
    return "".join(plain), ments


def nth(text, sub, n):
    pos, k = 0, 0
    while True:
        i = text.find(sub, pos)
        if i < 0:
            return None
        k += 1
        if k == n:
            return i
        pos = i + len(sub)


def main():
    P = [json.loads(l) for l in open(os.path.join(ROOT, "places.jsonl"), encoding="utf-8")]
    Mv = [json.loads(l) for l in open(os.path.join(ROOT, "movements.jsonl"), encoding="utf-8")]
    problems, ok = [], 0
    for rec, mrec in zip(P, Mv):
        rid = rec["id"]
        text, ments = parse(T[rid])
        if text != rec["text"] or text != mrec["text"]:
            problems.append(f"{rid}: text mismatch")
        want = {(o, s) for o, s, _ in ments}
        got = set()
        for pl in rec["places"]:
            i = nth(text, pl["text"], pl["occurrence"])
            if i is None:
                problems.append(f"{rid}: {pl['text']}#{pl['occurrence']} missing")
                continue
            got.add((i, pl["text"]))
        ok += len(want & got)
        for x in want ^ got:
            problems.append(f"{rid}: offset mismatch {x}")
        surfs = {pl["text"] for pl in rec["places"]}
        for m in mrec["movements"]:
            for k in ("origins", "destinations", "via"):
                for s in m[k]:
                    if s not in surfs:
                        problems.append(f"{rid}: movement surface {s!r} not a gold place")
        bad = []
        for t in rec["not_places"]:
            if t not in text:
                problems.append(f"{rid}: trap {t!r} not in text")
            i = text.find(t)
            while i != -1:
                bad.append((i, i + len(t))); i = text.find(t, i + len(t))
        for (i, s) in got:
            for a, b in bad:
                if a <= i and i + len(s) <= b:
                    problems.append(f"{rid}: gold {s!r}@{i} inside a trap")
    n = sum(len(r["places"]) for r in P)
    print(f"{ok}/{n} correct, {len(problems)} problems")
    for p in problems:
        print(" ", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
