# Copied from tests/golden/fresh51/src/check.py (tooling for fresh60, ids bj1-bj5); logic unchanged except the id check
# (ids must be exactly bj1-bj5 in both files); word range 230-320 as in fresh51.
"""Independent check: own marker parser (no regex, character walk with explicit depth), n-th str.find walk,
offset-set comparison with the JSONL, movement surfaces must be gold surfaces of the same record, traps occur,
no gold place inside a trap."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import TEXTS

ACTORS = {"Libyan National Army", "GNA forces", "Turkish armed forces", "Syrian mercenaries", "Foreign fighters",
          "Wagner Group", "Misrata forces", "Zintan forces", "Chadian armed groups", "Sudanese armed groups",
          "Algerian army", "Egyptian army", "Russian forces", "Tunisian army", None}
MKINDS = {"deploy", "reinforce", "advance", "withdraw", "redeploy", "airlift", "naval_landing", "mobilise", "shipment"}
KINDS = {"town", "city", "village", "airport", "base", "oilfield", "crossing", "district", "region", "country"}
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def offsets(marked):
    """Return plain text and list of (offset, surface). Two passes: first plain text, then mention offsets."""
    plain = []
    opens = []
    found = []
    i = 0
    n = len(marked)
    while i < n:
        two = marked[i:i + 2]
        if two == "[[":
            opens.append((len(plain), len(plain)))  # start offset
            i += 2
            continue
        if two == "]]" and opens:
            st, _ = opens.pop()
            chunk = "".join(plain[st:])
            cut = chunk.rindex("|")
            del plain[st + cut:]
            found.append((st, chunk[:cut]))
            i += 2
            continue
        plain.append(marked[i])
        i += 1
    return "".join(plain), found


def nth(text, sub, k):
    pos, start = -1, 0
    for _ in range(k):
        pos = text.find(sub, start)
        if pos < 0:
            return -1
        start = pos + len(sub)
    return pos


def main():
    places = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(ROOT, "places.jsonl"), encoding="utf-8")}
    moves = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(ROOT, "movements.jsonl"), encoding="utf-8")}
    ok = total = 0
    problems = []
    want_ids = [f"bj{i}" for i in range(1, 6)]
    if sorted(places) != want_ids or sorted(moves) != want_ids or sorted(TEXTS) != want_ids:
        problems.append(f"ids differ from bj1-bj5: {sorted(places)} {sorted(moves)}")
    for rid, marked in TEXTS.items():
        plain, found = offsets(marked.strip())
        rec = places[rid]
        if rec["text"] != plain or moves[rid]["text"] != plain:
            problems.append(f"{rid}: text mismatch")
        want = sorted(found)
        got = sorted((nth(plain, p["text"], p["occurrence"]), p["text"]) for p in rec["places"])
        total += len(want)
        ok += len(set(want) & set(got))
        if want != got:
            problems.append(f"{rid}: offsets differ {set(want) ^ set(got)}")
        trap_spans = []
        for t in rec["not_places"]:
            j = plain.find(t)
            if j < 0:
                problems.append(f"{rid}: trap {t} missing")
            while j >= 0:
                trap_spans.append((j, j + len(t)))
                j = plain.find(t, j + len(t))
        for off, s in got:
            if any(a <= off and off + len(s) <= b for a, b in trap_spans):
                problems.append(f"{rid}: gold {s}@{off} inside trap")
        surf = {p["text"] for p in rec["places"]}
        for m in moves[rid]["movements"]:
            for key in ("origins", "destinations", "via"):
                for s in m[key]:
                    if s not in surf:
                        problems.append(f"{rid}: movement surface {s} not a gold surface")
        # fresh15 additions: word count, status coverage, canonical kinds, every marker key has metadata
        words = len(plain.split())
        if not 230 <= words <= 320:
            problems.append(f"{rid}: {words} words (outside 230-320)")
        stats = {m["status"] for m in moves[rid]["movements"]}
        if stats != {"reported", "planned", "conditional", "denied"} or len(moves[rid]["movements"]) < 4:
            problems.append(f"{rid}: statuses {sorted(stats)} / {len(moves[rid]['movements'])} movements")
        for p in rec["places"]:
            if p["kind"] not in KINDS:
                problems.append(f"{rid}: bad kind {p['kind']}")
        # fresh16 additions: canonical actors and movement kinds; every movement has a place
        for m in moves[rid]["movements"]:
            if m["actor"] not in ACTORS:
                problems.append(f"{rid}: non-canonical actor {m['actor']}")
            if m["kind"] not in MKINDS:
                problems.append(f"{rid}: bad movement kind {m['kind']}")
            if not (m["origins"] or m["destinations"] or m["via"]):
                problems.append(f"{rid}: movement without place")
        for t in rec["not_places"]:
            if any(t == p["text"] for p in rec["places"]):
                problems.append(f"{rid}: trap {t} equals a gold surface")
    print(f"{ok}/{total} correct, {len(problems)} problems")
    for p in problems:
        print(" ", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
