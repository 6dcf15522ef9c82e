#!/usr/bin/env bash
# Build the one-folder PolicyLens bundle with PyInstaller:
#   packaging/dist/policylens/policylens-gui   the desktop app
#   packaging/dist/policylens/policylens       the command line
# Work files go to packaging/build (both git-ignored). Skips the build when nothing it depends on
# changed since the last one (--force rebuilds anyway). See packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PY="$VENV/bin/python"
OUT=packaging/dist/policylens
STAMP=packaging/build/.bundle-stamp

force=0
[ "${1:-}" = "--force" ] && force=1

[ -x "$VENV/bin/pyinstaller" ] || {
  echo "build-bundle: $VENV/bin/pyinstaller not found: run scripts/setup.sh --test (or make bundle)" >&2
  exit 2
}

# compiled translations (i18n/*.qm) go into the bundle
"$PY" scripts/i18n.py build >/dev/null

site=$("$PY" -c 'import sysconfig; print(sysconfig.get_path("purelib"))')
if [ "$force" = 0 ] && [ -f "$STAMP" ] && [ -x "$OUT/policylens" ] && [ -x "$OUT/policylens-gui" ] \
   && [ -z "$(find app resources i18n packaging/policylens.spec packaging/launch.py packaging/launch_cli.py \
                "$site" -maxdepth 0 -newer "$STAMP" 2>/dev/null)" ] \
   && [ -z "$(find app resources i18n -newer "$STAMP" ! -name '*.pyc' ! -path '*/__pycache__*' \
                ! -path '*.egg-info*' 2>/dev/null | head -1)" ]; then
  echo "build-bundle: $OUT is up to date"
  exit 0
fi

echo "build-bundle: building $OUT" >&2
mkdir -p packaging/build
"$VENV/bin/pyinstaller" --noconfirm --log-level "${PYI_LOG_LEVEL:-WARN}" \
  --workpath packaging/build --distpath packaging/dist packaging/policylens.spec
touch "$STAMP"
echo "build-bundle: done: $OUT ($(du -sh "$OUT" | cut -f1))"
