"""The command line, run as an analyst would run it."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "seeds").glob("*.txt"))


def _run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "components", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)


def test_cli_extract_writes_the_contract(tmp_path):
    out = tmp_path / "x.json"
    result = _run("extract", *SEEDS, "--out", str(out))
    assert result.returncode == 0, result.stderr
    articles = json.loads(out.read_text(encoding="utf-8"))["articles"]
    assert [a["id"] for a in articles] == [Path(p).stem for p in SEEDS]
    assert [a["source"] for a in articles] == SEEDS
    for article, path in zip(articles, SEEDS):
        assert article["text"] == (ROOT / path).read_text(encoding="utf-8")
        for mention in article["mentions"]:
            assert article["text"][mention["start"]:mention["end"]] == mention["text"]
            assert mention["place"] is None or {"id", "name", "name_ar", "kind", "country", "lat", "lon", "area"} <= set(
                mention["place"])
        for movement in article["movements"]:
            assert movement["status"] in {"reported", "planned", "conditional", "denied"}
            evidence = movement["evidence"]
            assert article["text"][evidence["start"]:evidence["end"]] == evidence["text"]


def test_cli_extract_to_stdout_and_a_clear_error_for_a_bad_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = _run("extract", str(empty), SEEDS[2])
    assert result.returncode == 1
    assert f"error: {empty} is empty (0 bytes).\n" == result.stderr
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == [Path(SEEDS[2]).stem]


def test_cli_ingest_then_duplicate_then_reextract(tmp_path):
    store = tmp_path / "store.sqlite3"
    first = _run("ingest", "seeds", "--store", str(store))
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[-1] == "5 added, 0 already stored, 0 rejected."
    again = _run("ingest", SEEDS[0], "--store", str(store))
    assert again.stdout.splitlines()[-1] == "0 added, 1 already stored, 0 rejected."
    assert _run("reextract", "--store", str(store)).stdout.strip() == "Re-extracted 5 article(s); analysts' corrections kept."


def test_cli_evaluate_prints_the_figures():
    result = _run("evaluate", "tests/golden")
    assert result.returncode == 0
    assert result.stdout.startswith("places     precision ")
    assert "movements  precision " in result.stdout
