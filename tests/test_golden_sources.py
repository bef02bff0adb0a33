"""Every held-out sample with sources is rebuilt byte for byte by tests/golden/sample_tools.py, and its check passes."""
import json
import re
import shutil
from pathlib import Path

import pytest

from tests.golden import sample_tools

GOLDEN = Path(__file__).resolve().parent / "golden"


def _natural(folder):
    """fresh5 before fresh10."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", folder.name)]


SAMPLES = sorted((texts.parent.parent for texts in GOLDEN.glob("*/src/texts.py")), key=_natural)


def test_samples_found():
    assert len(SAMPLES) >= 54


@pytest.mark.parametrize("folder", SAMPLES, ids=lambda folder: folder.name)
def test_build_reproduces_committed_jsonl(folder, tmp_path):
    sample_tools.build(folder, tmp_path)
    for name in sample_tools.OUTPUTS:
        assert (tmp_path / name).read_bytes() == (folder / name).read_bytes(), f"{folder.name}/{name}"


@pytest.mark.parametrize("folder", SAMPLES, ids=lambda folder: folder.name)
def test_check_passes(folder, capsys):
    assert sample_tools.check(folder) == 0, capsys.readouterr().out


def _rewrite_jsonl(path, change):
    records = sample_tools.read_jsonl(path)
    change(records)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def _shift_first_place(records):
    records[0]["places"][0]["occurrence"] += 1


def _drop_a_movement(records):
    next(r for r in records if r["movements"])["movements"].pop()


@pytest.mark.parametrize("name", ["fresh6", "fresh58"])  # a flat-marker sample with "region>country" keys; the newest
@pytest.mark.parametrize("jsonl, change", [("places.jsonl", _shift_first_place), ("movements.jsonl", _drop_a_movement)])
def test_check_catches_a_corrupted_copy(name, jsonl, change, tmp_path, capsys):
    folder = shutil.copytree(GOLDEN / name, tmp_path / name)
    _rewrite_jsonl(folder / jsonl, change)
    assert sample_tools.check(folder) == 1
    assert "problems" in capsys.readouterr().out
