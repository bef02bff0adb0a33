"""Optional: compile the extractor ahead of time with Cython (pure-Python mode: the .py sources are compiled as they are).

    pip install -r requirements-accel.txt && python scripts/accelerate.py [--force]

Writes ``build/accel/components/*.so`` and ``build/accel/manifest.json`` (each module's source sha256 and
the interpreter's extension suffix); C files and build intermediates stay in a temporary folder. Does
nothing if the manifest already matches the sources. ``components/__init__.py`` uses the build only while
the manifest matches every source (all or nothing); ``LIBYA_MAP_PURE=1`` runs pure Python regardless.
Output is byte-identical to pure Python (tests/test_accelerate.py).
"""
from __future__ import annotations

import argparse
import ast
import hashlib
import json
import os
import shutil
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ACCEL = ROOT / "build" / "accel"
DIRECTIVES = {"annotation_typing": False, "language_level": 3, "binding": False, "infer_types": True}

sys.path.insert(0, str(ROOT))
from components import compiled_modules  # noqa: E402


def _extractor_code() -> tuple[str, ...]:
    """components.store.EXTRACTOR_CODE, read from the source: importing the store would import the extractor."""
    for node in ast.parse((ROOT / "components" / "store.py").read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["EXTRACTOR_CODE"]:
            return tuple(ast.literal_eval(node.value))
    raise SystemExit("accelerate: EXTRACTOR_CODE not found in components/store.py")


MODULES = (*_extractor_code(), "prefilter")


class BuildError(RuntimeError):
    """Compilation failed; the message says where."""


def up_to_date(root: Path = ROOT) -> bool:
    """Whether ``root/build/accel`` holds exactly MODULES compiled from their current sources for this interpreter,
    with these directives and this Cython (a change of either is a reason to build again)."""
    if sorted(compiled_modules(root)) != sorted(MODULES):
        return False
    try:
        manifest = json.loads((root / "build" / "accel" / "manifest.json").read_bytes())
        return manifest.get("directives") == DIRECTIVES and manifest.get("cython") == _cython_version()
    except (OSError, ValueError, ImportError):
        return False


def build(root: Path = ROOT, force: bool = False, jobs: int = 2) -> str:
    """Compile MODULES into ``root/build/accel`` unless it is up to date; returns what was done."""
    if not force and up_to_date(root):
        return f"build/accel is up to date ({len(MODULES)} modules match their sources); nothing to do (--force rebuilds)"
    try:
        from Cython.Build import cythonize
        from setuptools import setup
    except ImportError as error:
        raise BuildError(f"{error}: pip install -r requirements-accel.txt") from error
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    accel = root / "build" / "accel"
    with tempfile.TemporaryDirectory(prefix="libya-accel-") as folder:
        work = Path(folder)
        (work / "components").mkdir()
        (work / "components" / "__init__.py").write_bytes(b"")  # so Cython names the modules components.<name>
        digests = {}
        for name in MODULES:  # the bytes hashed are the bytes compiled, even if a source changes meanwhile
            source = (root / "components" / f"{name}.py").read_bytes()
            (work / "components" / f"{name}.py").write_bytes(source)
            digests[name] = hashlib.sha256(source).hexdigest()
        here = Path.cwd()
        os.chdir(work)  # cythonize writes each .c beside its .py: here, in the temporary folder
        try:
            extensions = cythonize([f"components/{name}.py" for name in MODULES], compiler_directives=DIRECTIVES,
                                   nthreads=jobs, quiet=True)
            setup(name="libya-accel", py_modules=[], packages=[], ext_modules=extensions,
                  script_args=["-q", "build_ext", "--build-lib", str(work / "lib"), "--build-temp", str(work / "tmp"),
                               f"--parallel={jobs}"])
        except (Exception, SystemExit) as error:  # Cython's CompileError, distutils' errors (setup() exits on them)
            raise BuildError(f"compilation failed: {error}") from error
        finally:
            os.chdir(here)
        built = {p.name for p in (work / "lib" / "components").iterdir()}
        missing = sorted(f"{name}{suffix}" for name in MODULES if f"{name}{suffix}" not in built)
        if missing:
            raise BuildError(f"compilation failed: {', '.join(missing)} not built")
        # Replace the build: the manifest goes first (a process starting meanwhile runs pure Python) and comes last.
        (accel / "manifest.json").unlink(missing_ok=True)
        shutil.rmtree(accel / "components", ignore_errors=True)
        accel.mkdir(parents=True, exist_ok=True)
        (accel / "components").mkdir()
        for name in MODULES:
            shutil.copy2(work / "lib" / "components" / f"{name}{suffix}", accel / "components" / f"{name}{suffix}")
        manifest = {"ext_suffix": suffix, "cython": _cython_version(), "directives": DIRECTIVES, "modules": digests}
        (accel / "manifest.json.new").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
        os.replace(accel / "manifest.json.new", accel / "manifest.json")
    state = "current" if up_to_date(root) else "already stale again (a source changed during the build)"
    return f"compiled {len(MODULES)} modules ({', '.join(MODULES)}) into build/accel/components; the build is {state}"


def _cython_version() -> str:
    import Cython

    return Cython.__version__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even if the build matches the sources")
    parser.add_argument("--jobs", type=int, default=2, help="parallel Cython and C compiler processes (default 2)")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    try:
        done = build(force=args.force, jobs=args.jobs)
    except BuildError as error:
        print(f"accelerate: {error}; the extractor runs as pure Python", file=sys.stderr)
        return 1
    print(f"accelerate: {done} ({time.perf_counter() - began:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
