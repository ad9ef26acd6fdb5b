"""Multi-page reports: one page per ``ReportPage`` (its map, KPIs, chart and notes), all in one PDF.

Scenarios plug in here: a page per scenario, then a comparison page whose ``kpis`` is the KPI table
(``kpi_header`` naming the scenario columns) and whose layers show the difference map.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsMapLayer, QgsPrintLayout, QgsProject

from .compose import MapSpec, map_page
from .export import export_pdf, never_cancelled, no_progress


@dataclass
class ReportPage:
    """One page of a report. ``layers``: map layers or ids of layers of the project, top first.

    ``kpis``: (label, value) rows, or wider rows under ``kpi_header``; ``chart``: a PNG (see
    ``chart_image``); ``models``: bundled model folders whose version the page notes.
    """

    title: str
    layers: Sequence[QgsMapLayer | str]
    subtitle: str = ""
    kpis: list = field(default_factory=list)
    kpi_header: list[str] | None = None
    chart: Path | str | None = None
    notes: str = ""
    models: list[str] = field(default_factory=list)


@dataclass
class ReportOptions:
    """What every page of a report shares."""

    template: str = "a4_landscape"
    language: str = "es"
    sources: str = ""
    data_date: str = ""
    inset_layer: QgsMapLayer | None = None


def _layers(project: QgsProject, layers: Sequence[QgsMapLayer | str]) -> list[QgsMapLayer]:
    found = []
    for layer in layers:
        resolved = project.mapLayer(layer) if isinstance(layer, str) else layer
        if resolved is None:
            raise KeyError(f"no layer {layer!r} in the project")
        found.append(resolved)
    return found


def build_report(project: QgsProject, pages: Sequence[ReportPage], options: ReportOptions) -> list[QgsPrintLayout]:
    """One filled layout per page, in order."""
    layouts = []
    for page in pages:
        spec = MapSpec(
            layers=_layers(project, page.layers),
            title=page.title,
            subtitle=page.subtitle,
            template=options.template,
            language=options.language,
            sources=options.sources,
            data_date=options.data_date,
            notes=page.notes,
            models=list(page.models),
            kpis=list(page.kpis),
            kpi_header=page.kpi_header,
            chart=page.chart,
            inset_layer=options.inset_layer,
        )
        layouts.append(map_page(project, spec))
    return layouts


def export_report(
    project: QgsProject,
    pages: Sequence[ReportPage],
    path: Path,
    options: ReportOptions,
    progress: Callable[[float, str], None] = no_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
) -> Path:
    """Build the report and write it to the PDF ``path`` (atomically); return the path."""
    layouts = build_report(project, pages, options)
    title = pages[0].title if pages else ""
    return export_pdf(layouts, path, progress, is_cancelled, title)
