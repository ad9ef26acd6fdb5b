"""The scenario report: one page per scenario (its map of the population without water and its KPIs), then a
comparison page (the KPI table with the differences against the baseline, each split into what the scenario's
assumptions and what its plan did; the map of the change in the share served; and the chart of that split
rendered from the same data as the dock's chart). Words in the report's
language (Spanish or English), whatever language QGIS runs in."""

from collections.abc import Callable
from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer

from ...core.jobs.types import never_cancelled, noop_progress
from ..toolbelt.i18n import number as written
from .compose import number
from .report import ReportOptions, ReportPage

LABELS = {  # the words of each KPI shown (which, in what order, with what decimals: core.scenarios.kpis)
    "population": ("Población", "Population"),
    "unserved": ("Población sin agua", "Population without water"),
    "served_share": ("Proporción servida (%)", "Share served (%)"),
    "high_risk_served": ("Servida por sistemas de alto riesgo", "Served by high-risk systems"),
    "need_weighted_unserved": ("Sin agua, ponderada por necesidad", "Without water, need-weighted"),
    "demand_m3_day": ("Demanda (m³/día)", "Demand (m³/day)"),
    "new_systems": ("Sistemas nuevos", "New systems"),
    "rehabilitated": ("Sistemas rehabilitados", "Systems rehabilitated"),
    "treatment_fixes": ("Reparaciones del tratamiento", "Treatment fixes"),
    "cost": ("Costo (S/)", "Cost (S/)"),
}
WORDS = {
    "es": {
        "scenario": "Escenario: {0}",
        "baseline": "Línea base",
        "unserved_map": "Población sin agua por distrito (a {0} km de un punto de agua en funcionamiento)",
        "comparison": "Comparación con la línea base: {0}",
        "difference": "Cambio de la proporción servida de {0} frente a la línea base (puntos porcentuales)",
        "indicator": "Indicador",
        "column": "Escenario",
        "chart": "Cambio frente a la línea base (%): por supuestos y por el plan",
        "axis": "% de la línea base",
        "total": "Δ total",
        "assumptions": "Δ supuestos",
        "plan": "Δ plan",
        "by_assumptions": "{0}: por supuestos",
        "by_plan": "{0}: por el plan",
        "points": "{0} p. p.",
        "notes": "Horizonte {0}; crecimiento de la población ×{1}; clima: {2:+.1f} °C, {3:+.0f} % de precipitación. "
        "Supuestos y fuentes en el archivo del escenario.",
        "sources": "INEI 2017 (límites), INEI 2020 (población), SIASAR (sistemas rurales), modelos AguaPerú",
        "layer_unserved": "Población sin agua",
        "layer_difference": "Cambio de la proporción servida (puntos)",
    },
    "en": {
        "scenario": "Scenario: {0}",
        "baseline": "Baseline",
        "unserved_map": "Population without water per district (within {0} km of a functioning water point)",
        "comparison": "Comparison with the baseline: {0}",
        "difference": "Change in the share served of {0} against the baseline (percentage points)",
        "indicator": "Indicator",
        "column": "Scenario",
        "chart": "Change against the baseline (%): by assumptions and by the plan",
        "axis": "% of the baseline",
        "total": "Δ total",
        "assumptions": "Δ assumptions",
        "plan": "Δ plan",
        "by_assumptions": "{0}: by its assumptions",
        "by_plan": "{0}: by its plan",
        "points": "{0} pp",
        "notes": "Horizon {0}; population growth ×{1}; climate: {2:+.1f} °C, {3:+.0f} % precipitation. "
        "Assumptions and sources in the scenario file.",
        "sources": "INEI 2017 (boundaries), INEI 2020 (population), SIASAR (rural systems), AguaPerú models",
        "layer_unserved": "Population without water",
        "layer_difference": "Change in the share served (points)",
    },
}
MODELS = ["water_risk", "poverty", "child_risk"]
PARTS = ("diff", "assumptions", "plan")  # columns <name>_<part> of the comparison: total, then its split


def _label(kpi, language: str) -> str:
    return LABELS[kpi.key][language == "en"]


def _value(kpi, value: float, language: str) -> str:
    if value != value:  # NaN
        return "–"
    return number(100 * value if kpi.percent else value, language, kpi.decimals)


def _difference(kpi, value: float, language: str) -> str:
    """A change with its sign ("+4 938 277"; none when it rounds to zero); a share's in percentage points."""
    if value != value:
        return "–"
    text = written(100 * value if kpi.percent else value, kpi.decimals, language, sign=True)
    return WORDS[language]["points"].format(text) if kpi.percent else text


def _cell(table, key: str, column: str) -> float:
    """A number of the comparison table; NaN where the column is absent (results of an older version)."""
    return float(table.loc[key, column]) if column in table.columns else float("nan")


def _split_percent(table, kpis, baseline: str, name: str) -> tuple:
    """What the assumptions and what the plan changed of each KPI, in % of the baseline (the chart's bars)."""
    parts = []
    for part in ("assumptions", "plan"):
        values = []
        for kpi in kpis:
            reference = float(table.loc[kpi.key, baseline])
            change = _cell(table, kpi.key, f"{name}_{part}")
            values.append(100.0 * change / abs(reference) if reference and reference == reference else float("nan"))
        parts.append(values)
    return tuple(parts)


def scenario_pages(project: QgsProject, compared, out_dir: Path, language: str = "es") -> list[ReportPage]:
    """The report's pages from a comparison (``tasks.scenario_tasks.Comparison``); the layers they show
    are added to ``project`` without a place in the layer tree."""
    from ...core.scenarios.kpis import CHART, COMPARED, PAGE, shown
    from ..charts import kpi_split_chart
    from ..styling import style_output
    from .chart_image import chart_image

    words = WORDS[language]
    names = compared.names
    table = compared.table.set_index("kpi")
    pages = []
    for number_, name in enumerate(names):
        path, layer_name = compared.district_layers[name]
        layer = QgsVectorLayer(f"{path}|layername={layer_name}", f"{words['layer_unserved']} – {name}", "ogr")
        minimum, breaks = compared.styles[name]
        style_output(layer, "unserved", minimum, breaks)
        project.addMapLayer(layer, False)
        scenario = compared.scenarios[name]
        title = words["baseline"] if number_ == 0 else words["scenario"].format(name)
        kpis = [(_label(kpi, language), _value(kpi, table.loc[kpi.key, name], language)) for kpi in shown(PAGE)]
        pages.append(
            ReportPage(
                title,
                [layer],
                subtitle=words["unserved_map"].format(number(scenario.access_km, language, 1)),
                kpis=kpis,
                notes=words["notes"].format(
                    scenario.horizon_year,
                    number(scenario.growth.national_factor(scenario.years), language, 3),
                    scenario.climate.temperature_delta_c,
                    scenario.climate.precipitation_delta_pct,
                ),
                models=MODELS,
            )
        )
    charted = shown(CHART)
    chart = kpi_split_chart(
        [_label(kpi, language) for kpi in charted],
        {name: _split_percent(table, charted, names[0], name) for name in names[1:]},
        None,
        words["chart"],
        (words["by_assumptions"], words["by_plan"]),
        label_width=260,  # the printed chart is wide: labels on one or two lines
        axis_label=words["axis"],
        language=language,
    )
    image = chart_image(chart, Path(out_dir) / "graficos" / "escenarios_cambios.png")
    chart.deleteLater()
    for name in names[1:]:  # a comparison page per scenario: its indicators next to the baseline's
        rows = [
            [
                _label(kpi, language),
                *(_difference(kpi, _cell(table, kpi.key, f"{name}_{part}"), language) for part in PARTS),
            ]
            for kpi in shown(COMPARED)
        ]
        path, layer_name = compared.difference_layers[name]
        difference = QgsVectorLayer(f"{path}|layername={layer_name}", f"{words['layer_difference']} – {name}", "ogr")
        minimum, breaks = compared.difference_breaks[name]
        style_output(difference, "served_share_diff_pp", minimum, breaks)
        project.addMapLayer(difference, False)
        pages.append(
            ReportPage(
                words["comparison"].format(name),
                [difference],
                subtitle=words["difference"].format(name),
                kpis=rows,
                kpi_header=[words["indicator"], words["total"], words["assumptions"], words["plan"]],
                chart=image,
                models=MODELS,
            )
        )
    return pages


def export_scenario_report(
    project: QgsProject,
    compared,
    path: Path,
    out_dir: Path,
    language: str = "es",
    inset_layer=None,
    progress: Callable[[float, str], None] = noop_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
) -> Path:
    """Write the scenario report to the PDF ``path`` (complete or not at all)."""
    from .report import export_report

    pages = scenario_pages(project, compared, out_dir, language)
    options = ReportOptions(language=language, sources=WORDS[language]["sources"], inset_layer=inset_layer)
    return export_report(project, pages, Path(path), options, progress, is_cancelled)
