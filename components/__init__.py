"""Arabic news about Libya → places, movements and a map an analyst can trust.

An optional compiled build of the extractor (``python scripts/accelerate.py``, Cython) lives in
``build/accel``. It is used only if its manifest matches this interpreter and the current source of
every module it compiled (all or nothing: one changed source means pure Python for all of them), and
never when ``LIBYA_MAP_PURE`` is set (to anything but ``0``).
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the repository: data/, seeds/, build/


def compiled_modules(root: Path = ROOT) -> tuple[str, ...]:
    """The modules of ``root/build/accel`` that may be used in place of ``root/components``, or () if any is stale.

    Usable means: the manifest exists, was built for this interpreter's extension suffix, and for every
    module it lists the source's sha256 is the current file's; its folder holds exactly those compiled files.
    """
    import hashlib
    import json
    import sysconfig

    accel = root / "build" / "accel"
    try:
        manifest = json.loads((accel / "manifest.json").read_bytes())
        suffix, modules = manifest["ext_suffix"], manifest["modules"]
        if suffix != sysconfig.get_config_var("EXT_SUFFIX") or not modules:
            return ()
        for name, digest in modules.items():
            if hashlib.sha256((root / "components" / f"{name}.py").read_bytes()).hexdigest() != digest:
                return ()
        if set(os.listdir(accel / "components")) != {f"{name}{suffix}" for name in modules}:
            return ()  # a compiled file missing, or one the manifest does not vouch for
    except (OSError, ValueError, KeyError, TypeError, AttributeError):  # missing, unreadable or malformed
        return ()
    return tuple(modules)


COMPILED: tuple[str, ...] = () if os.environ.get("LIBYA_MAP_PURE", "") not in ("", "0") else compiled_modules()
if COMPILED:  # the compiled modules are found first; every other module still comes from this folder
    __path__.insert(0, str(ROOT / "build" / "accel" / "components"))
