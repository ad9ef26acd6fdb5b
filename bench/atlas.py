"""Printing: a department atlas of Peru (25 A4 pages) of a district choropleth, to PDF.

Data (read in place from ``../shared/data``): the 1,874 INEI districts joined by UBIGEO to INEI's 2018
monetary poverty (``socioeconomic/pobreza2018_distrital.csv``), graduated in five classes; the 25 departments
as the coverage, drawn as outlines and in the inset; per-page numbers (count, mean and maximum poverty of the
department's districts). Timed: filling the template and writing every page (``export_pdf``). Reference: the
same layout written by QGIS's own atlas exporter (``QgsLayoutExporter.exportToPdf`` on the atlas), which
cannot report progress between pages to the Maps page. Runs in a child process (headless QGIS).
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
BOUNDARIES = SHARED / "boundaries" / "peru_limites_inei2017.gpkg"
POVERTY = SHARED / "socioeconomic" / "pobreza2018_distrital.csv"
RUNS = 3


def _layers(project):
    from qgis.core import QgsVectorLayer, QgsVectorLayerJoinInfo

    from aguaperu.aguaperu_plugin.styling import apply_style, style_graduated

    departments = QgsVectorLayer(f"{BOUNDARIES}|layername=departamentos", "Departamentos", "ogr")
    apply_style(departments, "districts")
    districts = QgsVectorLayer(f"{BOUNDARIES}|layername=distritos", "Pobreza monetaria 2018 (%)", "ogr")
    table = QgsVectorLayer(f"file://{POVERTY}?type=csv&detectTypes=yes&geomType=none", "pobreza2018", "delimitedtext")
    project.addMapLayers([table, districts, departments])
    join = QgsVectorLayerJoinInfo()
    join.setJoinLayer(table)
    join.setJoinFieldName("ubigeo")
    join.setTargetFieldName("ubigeo")
    join.setJoinFieldNamesSubset(["pobreza_monetaria"])
    join.setPrefix("")
    join.setUsingMemoryCache(True)
    districts.addJoin(join)
    style_graduated(districts, "pobreza_monetaria", 0.0, [20.0, 35.0, 50.0, 65.0, 100.0], "Reds", 0, " %")
    return departments, districts


def _atlas_layout(project, departments, districts):
    from aguaperu.aguaperu_plugin.printing.compose import AtlasSpec, MapSpec, aggregate_kpis, map_page

    spec = MapSpec(
        layers=[districts, departments],
        title="Pobreza monetaria distrital por departamento",
        template="a4_portrait",
        sources="INEI, Mapa de pobreza monetaria 2018; límites INEI 2017",
        data_date="2018",
        inset_layer=departments,
    )
    atlas = AtlasSpec(departments, "dep", aggregate_kpis(districts, "pobreza_monetaria", departments, "es"))
    return map_page(project, spec, atlas)


def child() -> dict:
    """Runs inside headless QGIS; returns the timings."""
    from qgis.core import QgsApplication, QgsLayoutExporter, QgsProject

    from aguaperu.aguaperu_plugin.printing.export import export_pdf

    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    departments, districts = _layers(project)
    ours, native, pages = [], [], 0
    with tempfile.TemporaryDirectory() as folder:
        for run in range(RUNS):
            start = time.perf_counter()
            layout = _atlas_layout(project, departments, districts)
            export_pdf(layout, Path(folder) / f"atlas{run}.pdf")
            ours.append(time.perf_counter() - start)
            pages = layout.atlas().count()
            start = time.perf_counter()
            layout = _atlas_layout(project, departments, districts)
            settings = QgsLayoutExporter.PdfExportSettings()
            result, _error = QgsLayoutExporter.exportToPdf(layout.atlas(), str(Path(folder) / "native.pdf"), settings)
            if result != QgsLayoutExporter.Success:
                raise RuntimeError(f"QGIS's atlas export failed ({result})")
            native.append(time.perf_counter() - start)
    project.clear()
    return {"ours": ours, "native": native, "pages": pages}


def run() -> list[dict]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "bench.atlas", "--child"],
        capture_output=True,
        text=True,
        env=environment,
        cwd=Path(__file__).resolve().parents[1],
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the atlas benchmark failed:\n{done.stderr[-3000:]}")
    timings = json.loads(lines[-1])
    ours, native = statistics.median(timings["ours"]), statistics.median(timings["native"])
    return [
        {
            "name": "atlas_departments_pdf",
            "value": round(ours, 2),
            "unit": "s",
            "reference": round(native, 2),
            "ratio": round(ours / native, 2),
            "target": "value < 60 s",
            "runs": RUNS,
            "note": f"{timings['pages']} A4 portrait pages, 1,874 districts joined to INEI 2018 poverty (5 classes), "
            "departments as coverage, outlines and inset, per-page count/mean/max; reference: QGIS's own atlas "
            "PDF export of the same layout",
        }
    ]


if __name__ == "__main__":
    if "--child" in sys.argv:
        print(json.dumps(child()), flush=True)
        os._exit(0)  # skip Python's teardown of QGIS objects
    for result in run():
        print(result)
