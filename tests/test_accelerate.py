"""The Cython build (scripts/accelerate.py) gives pure Python's output byte for byte, and a stale build is never used."""
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

from components import compiled_modules

ROOT = Path(__file__).resolve().parent.parent
SUFFIX = sysconfig.get_config_var("EXT_SUFFIX")

# Every seed and every golden text, extracted and written as the CLI writes them, one JSON line each.
EXTRACT = """
import json, sys
from pathlib import Path
import components
from components.pipeline import extract_text
from components.records import article_json_line

texts = [p.read_text(encoding="utf-8") for p in sorted(Path("seeds").glob("*.txt"))]
for path in sorted(Path("tests/golden").glob("**/*.jsonl")):
    texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for number, text in enumerate(texts):
        out.write(article_json_line(extract_text(text, article_id=f"t-{number}", source="test")) + "\\n")
print(json.dumps([components.COMPILED, len(texts), sys.modules["components.text"].__file__]))
"""


def _accelerate():
    spec = importlib.util.spec_from_file_location("accelerate", ROOT / "scripts" / "accelerate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(code: str, *args: str, pure: str | None) -> list:
    env = {k: v for k, v in os.environ.items() if k != "LIBYA_MAP_PURE"}
    if pure is not None:
        env["LIBYA_MAP_PURE"] = pure
    result = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_compiled_extraction_is_byte_identical_to_pure_python(tmp_path):
    accelerate = _accelerate()
    accelerate.build()  # nothing to do when build/accel matches the sources; compiles them otherwise (~2 minutes)
    assert accelerate.up_to_date()
    # C files and build intermediates stayed in a temporary folder: only build/accel is left
    assert not [p.name for p in (ROOT / "components").iterdir() if p.suffix in (".c", ".so", ".cpp", ".html")]
    assert sorted(p.name for p in (ROOT / "build").iterdir() if p.name != "accel") == []
    assert sorted(p.name for p in (ROOT / "build" / "accel" / "components").iterdir()) == sorted(
        f"{name}{SUFFIX}" for name in accelerate.MODULES)

    compiled, count, text_file = _run(EXTRACT, str(tmp_path / "compiled.jsonl"), pure=None)
    assert sorted(compiled) == sorted(accelerate.MODULES) and "prefilter" in compiled and "movements" in compiled
    assert text_file == str(ROOT / "build" / "accel" / "components" / f"text{SUFFIX}")
    pure, pure_count, pure_file = _run(EXTRACT, str(tmp_path / "pure.jsonl"), pure="1")
    assert pure == [] and pure_file == str(ROOT / "components" / "text.py")
    assert count == pure_count > 380  # 5 seeds and every golden text
    output = (tmp_path / "compiled.jsonl").read_bytes()
    assert output.count(b"\n") == count and b'"movements": [{' in output
    assert output == (tmp_path / "pure.jsonl").read_bytes()


def test_the_build_covers_what_the_store_fingerprints_and_the_prefilter():
    from components.store import EXTRACTOR_CODE

    modules = _accelerate().MODULES
    assert modules == (*EXTRACTOR_CODE, "prefilter")


def test_pure_python_is_chosen_by_the_environment_variable():
    _accelerate().build()
    show = "import json, components; print(json.dumps([components.COMPILED]))"
    assert _run(show, pure="0")[0] and _run(show, pure="")[0]
    assert _run(show, pure="1") == [[]] and _run(show, pure="yes") == [[]]


def _fake_build(root: Path, suffix: str = SUFFIX) -> None:
    """A repository with two modules and a build that matches them (the compiled files are stand-ins)."""
    (root / "components").mkdir()
    (root / "build" / "accel" / "components").mkdir(parents=True)
    modules = {}
    for name in ("text", "movements"):
        source = f"NAME = {name!r}\n".encode()
        (root / "components" / f"{name}.py").write_bytes(source)
        (root / "build" / "accel" / "components" / f"{name}{suffix}").write_bytes(b"\x7fELF")
        modules[name] = hashlib.sha256(source).hexdigest()
    manifest = {"ext_suffix": suffix, "modules": modules}
    (root / "build" / "accel" / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_a_matching_build_is_used(tmp_path):
    _fake_build(tmp_path)
    assert compiled_modules(tmp_path) == ("text", "movements")


def test_no_manifest_means_pure_python(tmp_path):
    _fake_build(tmp_path)
    (tmp_path / "build" / "accel" / "manifest.json").unlink()
    assert compiled_modules(tmp_path) == ()
    assert compiled_modules(tmp_path / "elsewhere") == ()


def test_one_changed_source_means_pure_python_for_all(tmp_path):
    _fake_build(tmp_path)
    (tmp_path / "components" / "movements.py").write_text("NAME = 'movements'  # edited\n", encoding="utf-8")
    assert compiled_modules(tmp_path) == ()
    (tmp_path / "components" / "movements.py").unlink()
    assert compiled_modules(tmp_path) == ()


def test_a_missing_or_unlisted_compiled_file_means_pure_python(tmp_path):
    _fake_build(tmp_path)
    compiled = tmp_path / "build" / "accel" / "components"
    (compiled / f"text{SUFFIX}").rename(compiled / "text.backup")
    assert compiled_modules(tmp_path) == ()
    (compiled / "text.backup").rename(compiled / f"text{SUFFIX}")
    assert compiled_modules(tmp_path) == ("text", "movements")
    (compiled / f"dates{SUFFIX}").write_bytes(b"\x7fELF")  # not vouched for by the manifest
    assert compiled_modules(tmp_path) == ()


def test_another_interpreter_build_means_pure_python(tmp_path):
    _fake_build(tmp_path, suffix=".cpython-310-x86_64-linux-gnu.so")
    assert compiled_modules(tmp_path) == ()


def test_a_malformed_manifest_means_pure_python(tmp_path):
    _fake_build(tmp_path)
    manifest = tmp_path / "build" / "accel" / "manifest.json"
    for text in ("", "{", "[]", '{"ext_suffix": null}', json.dumps({"ext_suffix": SUFFIX, "modules": {}})):
        manifest.write_text(text, encoding="utf-8")
        assert compiled_modules(tmp_path) == ()


def test_other_directives_or_another_cython_mean_building_again(tmp_path):
    import shutil

    accelerate = _accelerate()
    accelerate.build()
    (tmp_path / "components").mkdir()
    for name in accelerate.MODULES:
        shutil.copy2(ROOT / "components" / f"{name}.py", tmp_path / "components" / f"{name}.py")
    shutil.copytree(ROOT / "build" / "accel", tmp_path / "build" / "accel")
    assert accelerate.up_to_date(tmp_path)
    path = tmp_path / "build" / "accel" / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    for key, value in (("directives", {**manifest["directives"], "binding": True}), ("cython", "0.29.0")):
        path.write_text(json.dumps({**manifest, key: value}), encoding="utf-8")
        assert not accelerate.up_to_date(tmp_path)  # accelerate.py builds again
        assert compiled_modules(tmp_path)  # while the build, from the same sources, stays usable until then
