"""Page templates: four geometries (A4/A3, portrait/landscape) built in code and saved as
``resources/layouts/<name>.qpt`` (``scripts/make_layouts.py``). Texts are filled at export time in the
map's language (see ``texts.py``), so one geometry serves Spanish and English.

Every item has a stable id that the filling code looks up: title, subtitle, rule, map, inset, legend,
scalebar, north, sources, model_note, date, kpi_table (a manual table frame) and chart (a picture).
"""

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFillSymbol,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPicture,
    QgsLayoutItemRegistry,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

LAYOUTS = Path(__file__).resolve().parents[2] / "resources" / "layouts"
MM = QgsUnitTypes.LayoutMillimeters
PAPER = {"a4": (210.0, 297.0), "a3": (297.0, 420.0)}
TEMPLATES = ("a4_landscape", "a4_portrait", "a3_landscape", "a3_portrait")
FONT = "Open Sans"
NAVY = QColor(16, 52, 96)
MARGIN = 8.0


def page_size(name: str) -> tuple[float, float]:
    """Width and height (mm) of template ``name``."""
    paper, orientation = name.split("_")
    short, long = PAPER[paper]
    return (long, short) if orientation == "landscape" else (short, long)


def text_format(size: float, bold: bool = False, color: QColor | None = None) -> QgsTextFormat:
    font = QFont(FONT)
    font.setBold(bold)
    result = QgsTextFormat()
    result.setFont(font)
    result.setSize(size)
    result.setSizeUnit(Qgis.RenderUnit.Points)
    result.setColor(color or QColor(30, 30, 30))
    return result


def frames(name: str) -> dict[str, tuple[float, float, float, float]]:
    """Position and size (x, y, width, height in mm) of every item of template ``name``."""
    width, height = page_size(name)
    m = MARGIN
    top = 27.0 if name.startswith("a4") else 33.0
    footer = 19.0 if name.startswith("a4") else 24.0
    boxes = {
        "title": (m, 5.0, width - 2 * m, 11.0 if name.startswith("a4") else 14.0),
        "subtitle": (m, top - 10.5, width - 2 * m, 7.0 if name.startswith("a4") else 8.0),
        "rule": (m, top - 2.6, width - 2 * m, 0.6),
    }
    bottom = height - footer  # the footer notes start here
    if name.endswith("landscape"):
        map_width = round((width - 2 * m) * 0.67)
        boxes["map"] = (m, top, map_width, bottom - top)
        x0 = m + map_width + 5.0
        column = width - m - x0
        tall = bottom - top
        heights = {"inset": 0.28, "legend": 0.30, "kpi_table": 0.14, "chart": 0.28}
        y = top
        for key, share in heights.items():
            boxes[key] = (x0, y, column, tall * share - 2.0)
            y += tall * share
        notes_width = width - 2 * m
    else:
        map_height = round((bottom - top) * 0.66)
        boxes["map"] = (m, top, width - 2 * m, map_height)
        y0 = top + map_height + 4.0
        band = bottom - y0
        left = (width - 2 * m) * 0.42
        inset = (width - 2 * m) * 0.24
        right_x = m + left + inset + 8.0
        right = width - m - right_x
        boxes["legend"] = (m, y0, left, band)
        boxes["inset"] = (m + left + 4.0, y0, inset, band)
        boxes["kpi_table"] = (right_x, y0, right, band * 0.42)
        boxes["chart"] = (right_x, y0 + band * 0.45, right, band * 0.55)
        notes_width = width - 2 * m
    map_x, map_y, map_w, map_h = boxes["map"]
    scale = 1.0 if name.startswith("a4") else 1.3
    boxes["north"] = (map_x + map_w - 13.0 * scale, map_y + 3.0, 10.0 * scale, 14.0 * scale)
    boxes["scalebar"] = (map_x + 3.0, map_y + map_h - 13.0 * scale, 70.0 * scale, 10.0 * scale)
    left = notes_width * 0.7
    boxes["sources"] = (m, bottom + 1.5, left, footer * 0.45)
    boxes["model_note"] = (m, bottom + 1.5 + footer * 0.45, left, footer * 0.4)
    boxes["date"] = (m + left + 2.0, bottom + 1.5, notes_width - left - 2.0, footer * 0.5)
    return boxes


def _place(item, box) -> None:
    x, y, w, h = box
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))


def _label(layout, key, box, size, bold=False, color=None, align=Qt.AlignLeft):
    item = QgsLayoutItemLabel(layout)
    item.setId(key)
    item.setTextFormat(text_format(size, bold, color))
    item.setHAlign(align)
    item.setVAlign(Qt.AlignTop)
    item.setText(key)
    layout.addLayoutItem(item)
    _place(item, box)
    return item


def _map(layout, key, box, frame_mm: float) -> QgsLayoutItemMap:
    item = QgsLayoutItemMap(layout)
    item.setId(key)
    item.setFrameEnabled(True)
    item.setFrameStrokeWidth(QgsLayoutMeasurement(frame_mm, MM))
    layout.addLayoutItem(item)
    _place(item, box)
    return item


def north_arrow_svg() -> str:
    for folder in QgsApplication.svgPaths():
        candidate = Path(folder) / "arrows" / "NorthArrow_02.svg"
        if candidate.exists():
            return str(candidate)
    return ""


def build_template(name: str, project: QgsProject | None = None) -> QgsPrintLayout:
    """A layout with the empty items of template ``name`` (texts and layers are set when filled)."""
    project = project or QgsProject.instance()
    width, height = page_size(name)
    boxes = frames(name)
    scale = 1.0 if name.startswith("a4") else 1.25
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height, MM))

    _label(layout, "title", boxes["title"], 18 * scale, bold=True, color=NAVY)
    _label(layout, "subtitle", boxes["subtitle"], 10.5 * scale, color=QColor(60, 60, 60))
    rule = QgsLayoutItemShape(layout)
    rule.setId("rule")
    rule.setShapeType(QgsLayoutItemShape.Rectangle)
    rule.setSymbol(QgsFillSymbol.createSimple({"color": NAVY.name(), "outline_style": "no"}))
    layout.addLayoutItem(rule)
    _place(rule, boxes["rule"])

    main = _map(layout, "map", boxes["map"], 0.3)
    inset = _map(layout, "inset", boxes["inset"], 0.2)
    inset.setBackgroundColor(QColor(240, 244, 248))
    overview = QgsLayoutItemMapOverview("extent", inset)
    overview.setLinkedMap(main)
    overview.setFrameSymbol(
        QgsFillSymbol.createSimple({"color": "215,25,28,25", "outline_color": "#d7191c", "outline_width": "0.5"})
    )
    inset.overviews().addOverview(overview)

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setLinkedMap(main)
    legend.setResizeToContents(False)
    legend.setSymbolWidth(6 * scale)
    legend.setSymbolHeight(3.5 * scale)
    for style, size, bold in (
        (QgsLegendStyle.Title, 10, True),
        (QgsLegendStyle.Group, 9, True),
        (QgsLegendStyle.Subgroup, 8.5, True),
        (QgsLegendStyle.SymbolLabel, 7.5, False),
    ):
        legend.rstyle(style).setTextFormat(text_format(size * scale, bold))
    legend.rstyle(QgsLegendStyle.Subgroup).setMargin(QgsLegendStyle.Top, 2.0)
    layout.addLayoutItem(legend)
    _place(legend, boxes["legend"])

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(main)
    scalebar.setUnits(QgsUnitTypes.DistanceKilometers)
    scalebar.setUnitLabel("km")
    scalebar.setSegmentSizeMode(Qgis.ScaleBarSegmentSizeMode.FitWidth)
    scalebar.setMinimumBarWidth(25 * scale)
    scalebar.setMaximumBarWidth(50 * scale)
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(100)
    scalebar.setHeight(2.0 * scale)
    scalebar.setLabelBarSpace(1.5)
    scalebar.setBoxContentSpace(1.5)
    scalebar.setTextFormat(text_format(7 * scale))
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 220))
    layout.addLayoutItem(scalebar)
    _place(scalebar, boxes["scalebar"])

    north = QgsLayoutItemPicture(layout)
    north.setId("north")
    north.setPicturePath(north_arrow_svg())
    layout.addLayoutItem(north)
    _place(north, boxes["north"])

    table = QgsApplication.layoutItemRegistry().createMultiFrame(QgsLayoutItemRegistry.LayoutManualTable, layout)
    table.setHeaderTextFormat(text_format(7.5 * scale, bold=True))
    table.setContentTextFormat(text_format(7.5 * scale))
    table.setCellMargin(0.8)
    table.setGridStrokeWidth(0.1)
    table.setGridColor(QColor(170, 170, 170))
    table.setHorizontalGrid(True)
    table.setVerticalGrid(False)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId("kpi_table")
    table.addFrame(frame)
    _place(frame, boxes["kpi_table"])

    chart = QgsLayoutItemPicture(layout)
    chart.setId("chart")
    chart.setResizeMode(QgsLayoutItemPicture.Zoom)
    layout.addLayoutItem(chart)
    _place(chart, boxes["chart"])

    _label(layout, "sources", boxes["sources"], 7.5 * scale)
    _label(layout, "model_note", boxes["model_note"], 7.5 * scale, color=QColor(90, 90, 90))
    _label(layout, "date", boxes["date"], 7 * scale, color=QColor(90, 90, 90), align=Qt.AlignRight)
    return layout


def write_templates(folder: Path = LAYOUTS) -> list[Path]:
    """Write every template to ``folder`` as ``<name>.qpt``; return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TEMPLATES:
        path = folder / f"{name}.qpt"
        partial = path.with_suffix(".qpt.partial")
        if not build_template(name).saveAsTemplate(str(partial), QgsReadWriteContext()):
            raise OSError(f"could not write {path}")
        partial.replace(path)
        written.append(path)
    return written


def load_template(name: str, project: QgsProject | None = None) -> QgsPrintLayout:
    """A new layout from ``resources/layouts/<name>.qpt``."""
    if name not in TEMPLATES:
        raise ValueError(f"unknown template {name!r}; expected one of {', '.join(TEMPLATES)}")
    document = QDomDocument()
    if not document.setContent((LAYOUTS / f"{name}.qpt").read_text(encoding="utf-8")):
        raise OSError(f"the layout template {name}.qpt cannot be read")
    layout = QgsPrintLayout(project or QgsProject.instance())
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise OSError(f"the layout template {name}.qpt cannot be loaded")
    layout.setName(name)
    return layout
