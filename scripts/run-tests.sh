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
echo "== pytest"
"$BIN/python" -m pytest "$@"
