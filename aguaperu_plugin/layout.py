"""Print layouts: build a map page from layers and export it to PDF (written atomically)."""

import os
import tempfile
from datetime import date
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtGui import QFont

from .toolbelt.i18n import tr

MM = QgsUnitTypes.LayoutMillimeters
A4_LANDSCAPE = (297.0, 210.0)


def _label(layout: QgsPrintLayout, text: str, x: float, y: float, w: float, h: float, size: int, bold=False):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    text_format = QgsTextFormat()
    font = QFont("Open Sans")
    font.setBold(bold)
    text_format.setFont(font)
    text_format.setSize(size)
    text_format.setSizeUnit(Qgis.RenderUnit.Points)
    item.setTextFormat(text_format)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))
    layout.addLayoutItem(item)
    return item


def _north_arrow_svg() -> str:
    for folder in QgsApplication.svgPaths():
        candidate = Path(folder) / "arrows" / "NorthArrow_02.svg"
        if candidate.exists():
            return str(candidate)
    return ""


def combined_extent(layers: list[QgsMapLayer], crs: QgsCoordinateReferenceSystem) -> QgsRectangle:
    """The extent covering every layer, in ``crs``."""
    extent = QgsRectangle()
    extent.setNull()
    for layer in layers:
        transform = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance().transformContext())
        extent.combineExtentWith(transform.transformBoundingBox(layer.extent()))
    return extent


def map_crs(layers: list[QgsMapLayer]) -> QgsCoordinateReferenceSystem:
    """A projected CRS for the map: the first layer's when projected, else the UTM zone (south) of the centre.

    Distances on the scale bar are then true metres.
    """
    first = layers[0].crs()
    if first.isValid() and not first.isGeographic():
        return first
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    centre = combined_extent(layers, wgs84).center()
    zone = min(max(int((centre.x() + 180) // 6) + 1, 1), 60)
    return QgsCoordinateReferenceSystem(f"EPSG:{(32700 if centre.y() < 0 else 32600) + zone}")


def map_layout(
    project: QgsProject,
    layers: list[QgsMapLayer],
    title: str,
    subtitle: str = "",
    source_note: str = "",
) -> QgsPrintLayout:
    """An A4 landscape page: title, map of ``layers``, legend, scale bar, north arrow and notes."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(*A4_LANDSCAPE, MM))
    width, height = A4_LANDSCAPE
    margin = 10.0

    _label(layout, title, margin, 6, width - 2 * margin, 12, 20, bold=True)
    if subtitle:
        _label(layout, subtitle, margin, 18, width - 2 * margin, 8, 11)

    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(margin, 28, MM))
    map_item.attemptResize(QgsLayoutSize(190, 160, MM))
    map_item.setLayers(layers)
    crs = map_crs(layers)
    map_item.setCrs(crs)
    extent = combined_extent(layers, crs)
    extent.scale(1.05)
    map_item.setFrameEnabled(True)
    layout.addLayoutItem(map_item)
    map_item.zoomToExtent(extent)  # keeps the item's size, unlike setExtent

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(tr("Legend"))
    legend.setLinkedMap(map_item)
    legend.setLegendFilterByMapEnabled(True)
    legend.attemptMove(QgsLayoutPoint(margin + 196, 28, MM))
    layout.addLayoutItem(legend)

    scale_bar = QgsLayoutItemScaleBar(layout)
    scale_bar.setStyle("Single Box")
    scale_bar.setLinkedMap(map_item)
    scale_bar.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
    scale_bar.attemptMove(QgsLayoutPoint(margin + 196, 150, MM))
    layout.addLayoutItem(scale_bar)

    svg = _north_arrow_svg()
    if svg:
        arrow = QgsLayoutItemPicture(layout)
        arrow.setPicturePath(svg)
        arrow.attemptMove(QgsLayoutPoint(margin + 176, 30, MM))
        arrow.attemptResize(QgsLayoutSize(12, 16, MM))
        layout.addLayoutItem(arrow)

    notes = tr("Source: {0}", source_note) if source_note else ""
    made = tr("Made with AguaPerú on {0}", date.today().isoformat())
    _label(layout, f"{notes}\n{made}".strip(), margin, height - 18, width - 2 * margin, 10, 8)
    return layout


def export_pdf(layout: QgsPrintLayout, path: Path) -> Path:
    """Export ``layout`` to ``path``; the file appears only when it is complete."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=".pdf", dir=path.parent, prefix=".aguaperu-")
    os.close(handle)
    try:
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.rasterizeWholeImage = False
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # searchable, selectable text
        result = QgsLayoutExporter(layout).exportToPdf(temporary, settings)
        if result != QgsLayoutExporter.Success:
            raise OSError(tr("The map could not be written to {0} (exporter code {1}).", path, int(result)))
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return path
