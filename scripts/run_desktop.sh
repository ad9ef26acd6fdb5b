#!/usr/bin/env bash
# Open the QGIS desktop with AguaPerú (this working tree, linked) in a dedicated profile and the demo
# project. Uses the current display, or a virtual one when there is none.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PROFILES="$ROOT/build/qgis-profiles"
PROFILE_DIR="$PROFILES/profiles/aguaperu-dev"
mkdir -p "$PROFILE_DIR/python/plugins" "$PROFILE_DIR/QGIS"
ln -sfn "$ROOT" "$PROFILE_DIR/python/plugins/aguaperu"
ini="$PROFILE_DIR/QGIS/QGIS3.ini"
grep -q '^aguaperu=true' "$ini" 2>/dev/null || printf '[PythonPlugins]\naguaperu=true\ngrassprovider=false\n' >> "$ini"
# Python packages QGIS lacks live in the project venv
export PYTHONPATH="$("$ROOT/.venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
command=(qgis --profiles-path "$PROFILES" --profile aguaperu-dev --noversioncheck --project "$ROOT/demo_output/aguaperu_demo.qgz")
if [ -n "${DISPLAY:-}" ]; then
  exec "${command[@]}"
else
  echo "run: no DISPLAY; starting QGIS on a virtual screen (xvfb-run)"
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "${command[@]}"
fi
