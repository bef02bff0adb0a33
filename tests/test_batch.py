"""Batch extraction on a Dask LocalCluster gives exactly the single-process output."""
import json
import subprocess
import sys
from pathlib import Path

from components.batch import extract_one, extract_paths

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "seeds").glob("*.txt"))


def test_batch_local_cluster_matches_single_process(monkeypatch):
    monkeypatch.chdir(ROOT)
    assert extract_paths(SEEDS, workers=2) == [extract_one(p) for p in SEEDS]


def test_batch_cli_engine_dask_writes_the_same_json(tmp_path):
    single, dask = tmp_path / "single.json", tmp_path / "dask.json"
    for engine, out in (("local", single), ("dask", dask)):
        result = subprocess.run([sys.executable, "-m", "components", "extract", *SEEDS, "--engine", engine,
                                 "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
    assert json.loads(dask.read_text(encoding="utf-8")) == json.loads(single.read_text(encoding="utf-8"))
    assert single.read_bytes() == dask.read_bytes()
