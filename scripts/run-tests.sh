#!/usr/bin/env bash
# The whole test suite: lint, layering contract, pytest (Qt offscreen; GUI start-up under Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1
# never touch the user's own settings, caches or Argos packages
export POLICYLENS_TEST=1
echo "== ruff"
"$BIN/ruff" check app tests bench scripts packaging
echo "== import contracts"
"$BIN/lint-imports" --no-cache
# the rule packs compiled once, on every core, into a cache the test processes copy (tests/conftest.py):
# otherwise each pytest process compiles all of them again while it collects the tests
PACKS=$(mktemp -d "${TMPDIR:-/tmp}/policylens-test-packs-XXXXXX")
trap 'rm -rf "$PACKS"' EXIT
XDG_CACHE_HOME="$PACKS" "$BIN/python" - <<'EOF' 2>/dev/null || echo "(the packs could not be compiled: the tests will say why)"
import os
from concurrent.futures import ProcessPoolExecutor

from policylens.core.rules import SUPPORTED, load_pack

with ProcessPoolExecutor(os.cpu_count() or 1) as pool:
    list(pool.map(load_pack, sorted(SUPPORTED)))
EOF
export POLICYLENS_TEST_PACKS="$PACKS/policylens/packs"

# pytest on every core (pytest-xdist, each test file on one worker so that its fixtures are built
# once), then the tests that measure time or responsiveness alone: run beside another worker they
# would measure the load. PYTEST_WORKERS=1 runs everything in one process, in one go.
WORKERS=${PYTEST_WORKERS:-$(nproc 2>/dev/null || echo 1)}
[ "$WORKERS" -gt 4 ] && WORKERS=4
if [ "$WORKERS" -le 1 ] || ! "$BIN/python" -c 'import xdist' >/dev/null 2>&1; then
  echo "== pytest"
  "$BIN/python" -m pytest "$@"
  exit
fi
# exit status 5 is "no test selected" (arguments that select tests of one part only)
part() { "$BIN/python" -m pytest "$@" || { rc=$?; [ $rc -eq 5 ] && return 0; return $rc; }; }
echo "== pytest, $WORKERS workers"
status=0
part -n "$WORKERS" --dist loadfile -m "not serial" "$@" || status=$?
echo "== pytest, the timing tests alone"
part -m serial "$@" || status=$?
exit $status
