#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine: installs what the tests need, then runs them.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# A real browser and an Arabic font for the browser tests, from Debian's packages.
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Noto Naskh Arabic"; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-core fontconfig >/dev/null
fi
# npm is used by the data build (its reproducibility is tested).
command -v npm >/dev/null 2>&1 || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null

# Debian's PostgreSQL server, for the store's tests against PostgreSQL.
bash scripts/postgres.sh install

python3 -m pip install -q --disable-pip-version-check -r requirements-dev.txt
# A C compiler and Python's headers, for the extractor compiled with Cython.
if ! command -v cc >/dev/null 2>&1 \
    || [ ! -f "$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["include"])')/Python.h" ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends gcc libc6-dev python3-dev >/dev/null
fi
# The extractor compiled with Cython (~2 minutes; nothing to do when build/accel matches the sources), so the
# suite runs the compiled modules; tests/test_accelerate.py compares them with pure Python.
python3 scripts/accelerate.py
python3 -m ruff check app.py components scripts tests
python3 -m pytest -q "$@"
