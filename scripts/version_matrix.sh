#!/usr/bin/env bash
# Version matrix (issue 16, acceptance 2): every job of `python -m core` on Debian bookworm's stack (.venv),
# the Windows QGIS 3.40 stack and the newest releases; outputs compared across stacks. See
# scripts/version_matrix.py for what it does and its options:
#   bash scripts/version_matrix.sh [run|setup|compare|lock STACK] [--stacks a,b] [--jobs x,y] [--parallel N]
# The harness runs in the dev venv (the reference stack, created by `make setup`); the other stacks' venvs are
# created under build/matrix/ with /usr/bin/python3 and reused while tests/matrix/*.txt are unchanged.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
[ -x .venv/bin/python ] || bash scripts/setup.sh
exec env PROJ_DATA=/usr/share/proj .venv/bin/python scripts/version_matrix.py "$@"
