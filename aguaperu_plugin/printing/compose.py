"""Fill a page template: title, map of the chosen layers, legend of those layers only, inset locating the
map in Peru, KPI table, chart, sources, data date and model note; optionally an atlas over a coverage layer."""

import textwrap
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsRectangle,
    QgsSpatialIndex,
    QgsTableCell,
    QgsVectorLayer,
)

from .templates import MM, load_template, north_arrow_svg
from .texts import field_label, model_note, word

KpiRows = list[tuple[str, str]]


@dataclass
class AtlasSpec:
    """One page per feature of ``coverage``, the map zoomed to it, named after ``name_field``.

    ``kpis`` are (label, QGIS expression) rows evaluated for each feature (see ``aggregate_kpis``).
    """

    coverage: QgsVectorLayer
    name_field: str
    kpis: KpiRows = field(default_factory=list)
    margin: float = 0.08
    clip: bool = True


@dataclass
class MapSpec:
    """What one printed page shows. ``layers`` are listed top first, as in the Layers panel.

    ``kpis`` are (label, value) rows, or rows of any width with ``kpi_header`` naming the columns;
    ``chart`` is a PNG; ``models`` are bundled model folders whose version goes into the model note.
    """

    layers: list[QgsMapLayer]
    title: str
    subtitle: str = ""
    template: str = "a4_landscape"
    language: str = "es"
    sources: str = ""
    data_date: str = ""
    notes: str = ""
    models: list[str] = field(default_factory=list)
    kpis: list = field(default_factory=list)
    kpi_header: list[str] | None = None
    chart: Path | str | None = None
    inset_layer: QgsMapLayer | None = None
    extent: QgsRectangle | None = None


def combined_extent(layers: list[QgsMapLayer], crs: QgsCoordinateReferenceSystem) -> QgsRectangle:
    """The extent covering every layer, in ``crs``."""
    extent = QgsRectangle()
    extent.setNull()
    for layer in layers:
        transform = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance().transformContext())
        extent.combineExtentWith(transform.transformBoundingBox(layer.extent()))
    return extent


def map_crs(layers: list[QgsMapLayer]) -> QgsCoordinateReferenceSystem:
    """A projected CRS for the map: the first projected layer's, else the UTM zone (south) of the centre.

    Distances on the scale bar are then true metres.
    """
    for layer in layers:
        if layer.crs().isValid() and not layer.crs().isGeographic():
            return layer.crs()
    centre = combined_extent(layers, QgsCoordinateReferenceSystem("EPSG:4326")).center()
    zone = min(max(int((centre.x() + 180) // 6) + 1, 1), 60)
    return QgsCoordinateReferenceSystem(f"EPSG:{(32700 if centre.y() < 0 else 32600) + zone}")


def expression_text(field_name: str) -> str:
    """A label fragment that prints ``field_name`` of the current (atlas) feature."""
    return f"[% {QgsExpression.quotedColumnRef(field_name)} %]"


def number(value: float, language: str, decimals: int = 1) -> str:
    """``value`` written the way the map's language writes numbers (Spanish: 1 874,5)."""
    from ..toolbelt.i18n import number as written

    return written(value, decimals, language)


def _members(data_layer: QgsVectorLayer, coverage: QgsVectorLayer) -> dict[int, list]:
    """Coverage feature id -> data features inside it: by UBIGEO prefix when both layers have ``ubigeo``
    (a district of department "01" has a code starting with "01"), else by the data feature's point on
    surface."""
    features = {feature.id(): feature for feature in coverage.getFeatures()}
    members: dict[int, list] = {fid: [] for fid in features}
    if "ubigeo" in data_layer.fields().names() and "ubigeo" in coverage.fields().names():
        by_code = {str(feature["ubigeo"]): fid for fid, feature in features.items()}
        lengths = sorted({len(code) for code in by_code})
        for feature in data_layer.getFeatures():
            code = str(feature["ubigeo"])
            fid = next((by_code[code[:n]] for n in lengths if code[:n] in by_code), None)
            if fid is not None:
                members[fid].append(feature)
        return members
    transform = QgsCoordinateTransform(data_layer.crs(), coverage.crs(), QgsProject.instance().transformContext())
    index = QgsSpatialIndex(coverage.getFeatures())
    for feature in data_layer.getFeatures():
        if not feature.hasGeometry():
            continue
        point = feature.geometry().pointOnSurface()
        point.transform(transform)
        for fid in index.intersects(point.boundingBox()):
            if features[fid].geometry().intersects(point):
                members[fid].append(feature)
                break
    return members


def aggregate_kpis(data_layer: QgsVectorLayer, value_field: str, coverage: QgsVectorLayer, language: str) -> KpiRows:
    """Per-feature numbers of ``data_layer`` inside each atlas feature: count, mean and maximum of
    ``value_field``, as (label, expression) rows for ``AtlasSpec.kpis``.

    The numbers are computed here, once, and looked up on each page by the atlas feature's id (an
    ``aggregate()`` expression would recompute them per page and needs the layer in the current project).
    """
    rows = {"count": {}, "mean": {}, "max": {}}
    members = _members(data_layer, coverage)
    every = [f[value_field] for fs in members.values() for f in fs if isinstance(f[value_field], int | float)]
    largest = max((abs(v) for v in every), default=0.0)
    decimals = 1 if largest >= 10 else 2 if largest >= 1 else 3
    for fid, features in members.items():
        values = [f[value_field] for f in features if isinstance(f[value_field], int | float)]
        rows["count"][fid] = number(len(features), language, 0)
        rows["mean"][fid] = number(sum(values) / len(values), language, decimals) if values else "–"
        rows["max"][fid] = number(max(values), language, decimals) if values else "–"

    def lookup(values: dict[int, str]) -> str:
        pairs = ", ".join(f"'{fid}', {QgsExpression.quotedString(text)}" for fid, text in values.items())
        return f"map_get(map({pairs}), to_string(@atlas_featureid))"

    label = field_label(language, value_field, data_layer)
    return [
        (word(language, "count"), lookup(rows["count"])),
        (word(language, "mean", label), lookup(rows["mean"])),
        (word(language, "max", label), lookup(rows["max"])),
    ]


def _legend(legend: QgsLayoutItemLegend, layers: list[QgsMapLayer], language: str) -> None:
    """Only the printed layers, long names wrapped to the legend's width, symbols filtered by the map."""
    legend.setTitle(word(language, "legend"))
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    width_mm = legend.rect().width()
    characters = max(18, int(width_mm / 1.75))
    for layer in layers:
        node = root.addLayer(layer)
        node.setUseLayerName(False)
        node.setName(textwrap.fill(layer.name(), characters))
        node.setCustomProperty("legend/title-label", textwrap.fill(layer.name(), characters))
    legend.setLegendFilterByMapEnabled(True)
    legend.adjustBoxSize()


def _table(layout: QgsPrintLayout, rows: list, header: list[str] | None, language: str, expressions: bool) -> float:
    """Fill the KPI table; return the height (mm) all its rows need (0 without rows)."""
    frame = layout.itemById("kpi_table")
    if not rows:
        frame.setVisibility(False)
        return 0.0
    table = frame.multiFrame()
    cells = []
    for row in rows:
        label, *values = row
        cells.append(
            [QgsTableCell(str(label))]
            + [QgsTableCell(QgsProperty.fromExpression(v) if expressions else str(v)) for v in values]
        )
    columns = len(cells[0])
    table.setTableContents(cells)
    headers = header or [word(language, "indicator"), word(language, "value")][:columns]
    table_columns = []
    label_share = 0.55 if columns <= 2 else 0.40  # wide tables (scenarios side by side): more room for numbers
    for index, heading in enumerate(headers):
        column = QgsLayoutTableColumn(heading)
        share = label_share if index == 0 else (1 - label_share) / max(1, columns - 1)
        column.setWidth(frame.rect().width() * share - 2)
        table_columns.append(column)
    table.setHeaders(table_columns)
    table.setIncludeTableHeader(True)
    # every row printed: the column gives the table one line per row (header included; labels are kept short
    # enough not to wrap), at the table's font size plus its cell margins
    line = table.contentTextFormat().size() * 0.3528 * 1.3 + 2 * table.cellMargin()
    return (len(rows) + 1) * line + 1.0


def _grow_legend(layout: QgsPrintLayout, hidden: list[str], heights: dict | None = None) -> None:
    """Below the legend (landscape column), stack the printed KPI table and chart at the bottom and give
    the legend the room of those not printed."""
    legend = layout.itemById("legend")
    rect = legend.sceneBoundingRect()
    column = [
        key
        for key in ("kpi_table", "chart")
        if abs(layout.itemById(key).sceneBoundingRect().left() - rect.left()) < 0.5
    ]
    if not column:
        return  # portrait: the table and the chart have their own column
    top = max(layout.itemById(key).sceneBoundingRect().bottom() for key in column)
    for key in reversed(column):
        if key in hidden:
            continue
        item = layout.itemById(key)
        box = item.sceneBoundingRect()
        height = max(box.height(), (heights or {}).get(key, 0.0))  # a long KPI table takes the room it needs
        top -= height
        item.attemptMove(QgsLayoutPoint(box.left(), top, MM))
        if height > box.height():
            item.attemptResize(QgsLayoutSize(box.width(), height, MM))
        top -= 2.0
    legend.attemptResize(QgsLayoutSize(rect.width(), top - rect.top(), MM))


def _content_size(legend: QgsLayoutItemLegend) -> tuple[float, float]:
    """Width and height (mm) the legend's content needs (every class, before the map filters them)."""
    context = QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None)
    size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
    return size.width(), size.height()


def _smaller_legend(legend: QgsLayoutItemLegend) -> None:
    """The smallest readable legend: 7 pt labels, smaller symbols and spacing."""
    for style, size in ((QgsLegendStyle.Group, 8.0), (QgsLegendStyle.Subgroup, 7.5), (QgsLegendStyle.SymbolLabel, 7.0)):
        text_format = legend.rstyle(style).textFormat()
        text_format.setSize(size)
        legend.rstyle(style).setTextFormat(text_format)
    legend.setSymbolHeight(3.0)
    legend.setSymbolWidth(5.0)
    legend.rstyle(QgsLegendStyle.Symbol).setMargin(QgsLegendStyle.Top, 1.0)


def _columns(legend: QgsLayoutItemLegend, count: int) -> None:
    legend.setColumnCount(count)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(True)
    _wrap_titles(legend, legend.rect().width() / count)


def _wrap_titles(legend: QgsLayoutItemLegend, width_mm: float) -> None:
    """Layer titles wrapped to ``width_mm`` (a column of the legend)."""
    characters = max(12, int(width_mm / 1.75))
    for node in legend.model().rootGroup().findLayers():
        layer = node.layer()
        if layer is not None:
            title = textwrap.fill(layer.name(), characters)
            node.setName(title)
            node.setCustomProperty("legend/title-label", title)
    legend.refresh()


def _fits(legend: QgsLayoutItemLegend) -> bool:
    box = legend.rect()
    width, height = _content_size(legend)
    return height <= box.height() + 0.1 and width <= box.width() + 0.1


LEGEND_FITTING = (
    None,
    lambda legend: _columns(legend, 2),
    _smaller_legend,  # two columns of 7 pt labels
    lambda legend: _columns(legend, 3),
)
PAGE_MARGIN_MM = 12.0


def _fit_legend(legend: QgsLayoutItemLegend, language: str = "es") -> bool:
    """Keep the whole legend inside its box: in two columns when it is too tall, then smaller (7 pt labels), then
    in three columns; when it still does not fit, the legend goes to a page of its own after the map (a note
    says so where it was). Returns whether it fits on the map's page."""
    for change in LEGEND_FITTING:
        if change is not None:
            change(legend)
        if _fits(legend):
            return True
    _legend_on_next_page(legend, language)
    return False


def _legend_on_next_page(legend: QgsLayoutItemLegend, language: str) -> None:
    """Move the legend to a new page of the first page's size, as many columns as it needs; leave a note."""
    from qgis.core import QgsLayoutItemLabel, QgsLayoutItemPage

    layout = legend.layout()
    pages = layout.pageCollection()
    first = pages.page(0)
    page = QgsLayoutItemPage(layout)
    page.setPageSize(first.pageSize())
    pages.addPage(page)
    box = legend.sceneBoundingRect()
    note = QgsLayoutItemLabel(layout)
    note.setId("legend_note")
    note.setText(word(language, "legend_next_page"))
    layout.addLayoutItem(note)
    note.attemptMove(QgsLayoutPoint(box.left(), box.top(), MM))
    note.attemptResize(QgsLayoutSize(box.width(), 8.0, MM))
    size = layout.renderContext().measurementConverter().convert(first.pageSize(), MM)
    legend.attemptMove(QgsLayoutPoint(PAGE_MARGIN_MM, PAGE_MARGIN_MM, MM), True, False, pages.pageCount() - 1)
    legend.attemptResize(QgsLayoutSize(size.width() - 2 * PAGE_MARGIN_MM, size.height() - 2 * PAGE_MARGIN_MM, MM))
    for count in range(1, 7):
        _columns(legend, count)
        if _fits(legend):
            return


def _inset(
    inset: QgsLayoutItemMap, layer: QgsMapLayer | None, crs: QgsCoordinateReferenceSystem, main: QgsRectangle | None
) -> None:
    """Peru (``layer``) with the main map's extent outlined; no outline when the main map shows most of it
    (``main``: the main map's extent, None for an atlas, whose extent changes from page to page)."""
    if layer is None:
        inset.setVisibility(False)
        return
    inset.setLayers([layer])
    inset.setCrs(crs)
    transform = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance().transformContext())
    extent = transform.transformBoundingBox(layer.extent())
    if main is not None and main.intersect(extent).area() >= 0.5 * extent.area():
        inset.overview().setEnabled(False)
    extent.scale(1.08)
    inset.zoomToExtent(extent)


def fill_layout(layout: QgsPrintLayout, spec: MapSpec, atlas: AtlasSpec | None = None) -> QgsPrintLayout:
    """Put ``spec`` (and ``atlas``) into a layout loaded from a template; return the layout."""
    from ... import __about__

    language = spec.language
    layers = list(spec.layers)
    main: QgsLayoutItemMap = layout.itemById("map")
    crs = map_crs(layers + ([atlas.coverage] if atlas else []))
    subtitle = spec.subtitle
    if atlas is not None:
        name = expression_text(atlas.name_field)
        subtitle = f"{subtitle} · {name}" if subtitle else name
        if atlas.coverage not in layers:
            layers.append(atlas.coverage)  # drawn below the data for context
    layout.itemById("title").setText(spec.title)
    layout.itemById("subtitle").setText(subtitle)
    main.setLayers(layers)
    main.setKeepLayerSet(True)
    main.setCrs(crs)
    extent = QgsRectangle(spec.extent) if spec.extent else combined_extent(layers, crs)
    extent.scale(1.04)
    main.zoomToExtent(extent)
    layout.itemById("scalebar").refresh()
    _legend(layout.itemById("legend"), layers, language)
    _inset(layout.itemById("inset"), spec.inset_layer, crs, None if atlas else main.extent())
    layout.itemById("north").setPicturePath(north_arrow_svg())

    hidden = []
    rows = atlas.kpis if atlas is not None and atlas.kpis else spec.kpis
    table_height = _table(
        layout, list(rows), spec.kpi_header, language, expressions=atlas is not None and bool(atlas.kpis)
    )
    if not rows:
        hidden.append("kpi_table")
    chart = layout.itemById("chart")
    if spec.chart:
        chart.setPicturePath(str(spec.chart))
    else:
        chart.setVisibility(False)
        hidden.append("chart")
    _grow_legend(layout, hidden, {"kpi_table": table_height})
    _fit_legend(layout.itemById("legend"), language)

    sources = spec.sources or word(language, "layers_source", ", ".join(layer.name() for layer in spec.layers))
    source_text = word(language, "source", sources)
    if spec.notes:
        source_text += f"\n{spec.notes}"
    layout.itemById("sources").setText(source_text)
    layout.itemById("model_note").setText(model_note(language, spec.models))
    stamp = word(language, "made", __about__.__version__, date.today().isoformat())
    if spec.data_date:
        stamp = f"{word(language, 'data_date', spec.data_date)} · {stamp}"
    layout.itemById("date").setText(stamp)

    if atlas is not None:
        _atlas(layout, main, atlas, [layer for layer in layers if layer is not atlas.coverage])
    return layout


def _atlas(layout: QgsPrintLayout, main: QgsLayoutItemMap, atlas: AtlasSpec, clipped: list[QgsMapLayer]) -> None:
    settings = layout.atlas()
    settings.setCoverageLayer(atlas.coverage)
    settings.setPageNameExpression(QgsExpression.quotedColumnRef(atlas.name_field))
    settings.setSortFeatures(True)
    settings.setSortExpression(QgsExpression.quotedColumnRef(atlas.name_field))
    settings.setEnabled(True)
    main.setAtlasDriven(True)
    main.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    main.setAtlasMargin(atlas.margin)
    if atlas.clip:
        clipping = main.atlasClippingSettings()
        clipping.setEnabled(True)
        clipping.setRestrictToLayers(True)
        clipping.setLayersToClip(clipped)


def map_page(project: QgsProject, spec: MapSpec, atlas: AtlasSpec | None = None) -> QgsPrintLayout:
    """A filled layout of ``spec.template`` in ``project``."""
    layout = load_template(spec.template, project)
    return fill_layout(layout, spec, atlas)


__all__ = ["AtlasSpec", "MapSpec", "aggregate_kpis", "combined_extent", "fill_layout", "map_crs", "map_page"]
