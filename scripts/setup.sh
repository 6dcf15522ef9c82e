#!/usr/bin/env bash
# Set up PolicyLens on a fresh machine: system packages, a virtualenv, the package and its deps.
#   scripts/setup.sh          what the app needs
#   scripts/setup.sh --test   also what the test suite needs (Xvfb, poppler, validators, test deps)
# Idempotent: re-running only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=run
[ "${1:-}" = "--test" ] && MODE=test
PY=${PYTHON:-python3}
VENV=${VENV:-.venv}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# ---------------------------------------------------------------- system packages (Debian/Ubuntu)
RUN_PKGS="libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 \
libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-randr0 \
libxcb-shape0 libxcb-xfixes0 libxcb-sync1 libxcb-xkb1 fonts-dejavu-core"
TEST_PKGS="xvfb xauth x11-utils poppler-utils desktop-file-utils appstream binutils"
want="$RUN_PKGS"
[ "$MODE" = test ] && want="$want $TEST_PKGS"
if command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for p in $want; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  if ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    missing="$missing python3-venv"
  fi
  if [ -n "$missing" ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
    if [ "$(id -u)" -eq 0 ] || [ -n "$SUDO" ]; then
      say "installing system packages:$missing"
      export DEBIAN_FRONTEND=noninteractive
      $SUDO apt-get install -y -q --no-install-recommends $missing >/dev/null 2>&1 || {
        $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q --no-install-recommends $missing >/dev/null
      }
    else
      say "please install these system packages (no root access here):$missing"
    fi
  fi
fi

# ---------------------------------------------------------------- virtualenv
if [ ! -x "$VENV/bin/python" ]; then
  say "creating virtualenv $VENV"
  "$PY" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
fi
PIP="$VENV/bin/python -m pip"

# torch: argostranslate's sentence splitter (stanza) pulls it in. A CPU build is all PolicyLens
# needs; take the local CPU wheel where this machine has it, else PyTorch's CPU index, so that
# pip never downloads a multi-GB CUDA build.
if ! "$VENV/bin/python" -c 'import importlib.util as u, sys; sys.exit(u.find_spec("torch") is None)' >/dev/null 2>&1; then
  say "installing a CPU build of torch"
  # "+cpu" never matches PyPI's torch (a CUDA build on Linux): only a local CPU wheel or the CPU index
  $PIP install -q "torch==2.13.0+cpu" 2>/dev/null \
    || $PIP install -q torch --index-url https://download.pytorch.org/whl/cpu 2>/dev/null \
    || say "no CPU torch wheel found; pip will choose one"
fi

stamp="$VENV/.installed-$MODE"
fresh() { [ -f "$1" ] && [ ! pyproject.toml -nt "$1" ] && [ ! setup.py -nt "$1" ]; }
# the test install is a superset of the run install
if ! fresh "$stamp" && ! { [ "$MODE" = run ] && fresh "$VENV/.installed-test"; }; then
  extra=""
  [ "$MODE" = test ] && extra="[test,bench]"
  say "installing policylens$extra"
  $PIP install -q -e ".$extra"
  touch "$stamp"
fi

# compiled translations (build output, not committed)
"$VENV/bin/python" scripts/i18n.py build >/dev/null
