#!/usr/bin/env bash
# Run the test suites, each in its own process: unit (no QGIS), qgis (headless), desktop (real QGIS
# under Xvfb). Headless QGIS writes into HOME, so every run gets a fresh temporary HOME and profile.
set -euo pipefail
# the whole run happens without a network (a network namespace with loopback only: scripts/no_network.sh)
[ -n "${AGUAPERU_NETNS:-}" ] || exec bash "$(dirname "$0")/no_network.sh" bash "$0" "$@"
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PY="$ROOT/.venv/bin/python"

HOME=$(mktemp -d "${TMPDIR:-/tmp}/aguaperu-home.XXXXXX")
export HOME
export XDG_RUNTIME_DIR="$HOME/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME"' EXIT

RESULTS="$ROOT/build/test-results"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=(unit qgis desktop)
for suite in "${suites[@]}"; do
  echo "=== tests/$suite"
  case "$suite" in
    unit)    "$PY" -m pytest -p no:pytest_qgis --junitxml="$RESULTS/unit.xml" tests/unit ;;
    qgis)    rm -rf .qgis-settings
             QT_QPA_PLATFORM=offscreen "$PY" -m pytest --junitxml="$RESULTS/qgis.xml" tests/qgis ;;
    desktop) "$PY" -m pytest -p no:pytest_qgis --junitxml="$RESULTS/desktop.xml" tests/desktop ;;
    *)       echo "unknown suite: $suite" >&2; exit 2 ;;
  esac
done
"$PY" scripts/test_totals.py
