#!/usr/bin/env bash
# Idempotent set-up: Debian packages (QGIS 3.40 LTR from bookworm-backports), then .venv with the lock.
# A second run checks and returns in seconds.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

APT_PACKAGES=(
  qgis python3-qgis qgis-providers python3-pyqt5 pyqt5-dev-tools qttools5-dev-tools
  python3-geopandas python3-rasterio python3-shapely python3-pyproj python3-sklearn python3-pandas
  python3-scipy python3-h5py python3-openpyxl python3-venv gdal-bin python3-libpysal python3-networkx
  xvfb xauth poppler-utils fonts-open-sans
)
QGIS_SERIES="3.40"

missing_packages() {
  local p
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || echo "$p"
  done
  case "$(dpkg-query -W -f='${Version}' qgis 2>/dev/null)" in
    "$QGIS_SERIES".*) ;;
    *) echo "qgis" ;;
  esac
}

missing=$(missing_packages | sort -u)
[ -z "${AGUAPERU_FORCE_APT:-}" ] || missing="${missing:-forced}"
if [ -n "$missing" ]; then
  echo "setup: installing Debian packages (missing: $(echo $missing))"
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: these Debian packages need root; run 'sudo make setup'" >&2
    exit 1
  fi
  mkdir -p build/apt
  bash scripts/apt-backports-source.sh > build/apt/backports.list
  APT_OPTS=(-o Dir::Etc::sourcelist="$ROOT/build/apt/backports.list")
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q "${APT_OPTS[@]}"
  apt-get install -y -q --no-install-recommends "${APT_OPTS[@]}" -t bookworm-backports "${APT_PACKAGES[@]}"
fi

VENV="$ROOT/.venv"
if [ ! -x "$VENV/bin/python" ]; then
  echo "setup: creating $VENV"
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
lock_sum=$(cat requirements.lock requirements-nodeps.lock requirements-models.lock constraints.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat "$VENV/.lock.sha256" 2>/dev/null)" != "$lock_sum" ]; then
  echo "setup: installing requirements.lock into $VENV"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r requirements.lock -c constraints.txt
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps -r requirements-nodeps.lock
  # TensorFlow/Keras (no deps: see the lock): imported only by the tasks that fit a network (the autoencoder
  # leak detector, the LSTM comparison, model training), so QGIS starts without it
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps -r requirements-models.lock -c constraints.txt
  echo "$lock_sum" > "$VENV/.lock.sha256"
fi

# the repository root is the plugin package: make it importable as `aguaperu` inside the venv (through a
# .pth file, which the venv's Python reads but a QGIS given the venv's site-packages on PYTHONPATH does not)
site=$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
rm -f "$site/aguaperu"
mkdir -p "$VENV/aguaperu-src"
ln -sfn "$ROOT" "$VENV/aguaperu-src/aguaperu"
echo "$VENV/aguaperu-src" > "$site/aguaperu_dev.pth"
# the venv's prefix hides Debian's PROJ database from pyproj; pyqtgraph must pick PyQt5 (QGIS's binding)
printf '%s\n' 'import os; os.environ.setdefault("PROJ_DATA", "/usr/share/proj"); os.environ.setdefault("PYQTGRAPH_QT_LIB", "PyQt5")' \
  > "$site/aguaperu_env.pth"
"$VENV/bin/python" - <<'PY'
import numpy, qgis.core
assert numpy.__version__ == "1.24.2", f"numpy {numpy.__version__} shadows Debian's 1.24.2"
assert qgis.core.Qgis.QGIS_VERSION.startswith("3.40"), qgis.core.Qgis.QGIS_VERSION
PY
echo "setup: ready (QGIS $(dpkg-query -W -f='${Version}' qgis))"
