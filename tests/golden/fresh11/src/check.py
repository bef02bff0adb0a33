"""Independent re-check of places.jsonl / movements.jsonl against src/texts.py (python src/check.py)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import TEXTS  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def offsets_from_markers(marked):
    """Second parser: walk character by character, track nesting depth with a list of open positions."""
    plain = ""
    opens = []
    found = []
    k = 0
    n = len(marked)
    while k < n:
        two = marked[k:k + 2]
        if two == "[[":
            opens.append(len(plain))
            k += 2
            continue
        if two == "]]":
            begin = opens.pop()
            inner = plain[begin:]
            cut = len(inner) - 1
            while inner[cut] != "|":
                cut -= 1
            surface = inner[:cut]
            plain = plain[:begin] + surface
            found.append((begin, surface))
            k += 2
            continue
        plain += marked[k]
        k += 1
    return plain, sorted(found)


def nth_find(text, sub, nth):
    pos = -len(sub)
    for _ in range(nth):
        pos = text.find(sub, pos + len(sub))
        if pos < 0:
            return -1
    return pos


def main():
    problems, good = [], 0
    places = [json.loads(l) for l in open(os.path.join(ROOT, "places.jsonl"), encoding="utf-8")]
    moves = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(ROOT, "movements.jsonl"), encoding="utf-8")}
    for rec in places:
        rid = rec["id"]
        plain, found = offsets_from_markers(TEXTS[rid])
        if plain != rec["text"]:
            problems.append(f"{rid}: text differs from marked source")
        got = set()
        for p in rec["places"]:
            off = nth_find(rec["text"], p["text"], p["occurrence"])
            if off < 0:
                problems.append(f"{rid}: {p['text']}#{p['occurrence']} not found")
                continue
            got.add((off, p["text"]))
        want = set(found)
        if got != want:
            problems.append(f"{rid}: offset mismatch {sorted(want - got)} / {sorted(got - want)}")
        else:
            good += len(got)
        trap_spans = []
        for t in rec["not_places"]:
            i = rec["text"].find(t)
            if i < 0:
                problems.append(f"{rid}: trap {t!r} not in text")
            while i >= 0:
                trap_spans.append((i, i + len(t)))
                i = rec["text"].find(t, i + len(t))
        for off, s in got:
            for a, b in trap_spans:
                if a <= off and off + len(s) <= b:
                    problems.append(f"{rid}: gold {s!r}@{off} inside a trap")
        surfaces = {p["text"] for p in rec["places"]}
        m = moves[rid]
        if m["text"] != rec["text"]:
            problems.append(f"{rid}: movements text differs")
        for mv in m["movements"]:
            for key in ("origins", "destinations", "via"):
                for s in mv[key]:
                    if s not in surfaces:
                        problems.append(f"{rid}: movement surface {s!r} is not a gold place surface")
    total = sum(len(r["places"]) for r in places)
    print(f"{good}/{total} mentions correct, {len(problems)} problems")
    for p in problems:
        print(" ", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
