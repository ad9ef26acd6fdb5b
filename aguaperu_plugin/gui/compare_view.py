"""Side-by-side comparison of scenarios: the KPI table with each change split into what the assumptions and what
the plan did, a chart of that split, and two map views with their legends whose extents follow each other (pan or
zoom one, the other moves with it). Numbers are written in the user's locale (``toolbelt.i18n.number``)."""

import math
from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsGraduatedSymbolRenderer, QgsProject, QgsSymbolLayerUtils
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..toolbelt.i18n import number, tr

GOOD, BAD = QColor(225, 240, 225), QColor(250, 225, 222)
TOTAL, ASSUMPTIONS, PLAN = "diff", "assumptions", "plan"  # the parts of a change: columns <name>_<part>
WINDOW_LABELS = 400  # the widest line of a KPI's label on the window's chart (the dock's: 150 pixels)


@dataclass(frozen=True)
class Column:
    """A column of the KPI table: ``key`` (of each row's values), ``header`` and ``part`` (None: a value, else the
    part of the change against the baseline it shows: ``TOTAL``, ``ASSUMPTIONS`` or ``PLAN``)."""

    key: str
    header: str
    part: str | None = None


def comparison_columns(names: list) -> list[Column]:
    """The baseline, then for each scenario its value, its total change, and that change split into what its
    assumptions (growth, climate, horizon) and what its plan did."""
    columns = [Column(names[0], names[0])]
    for name in names[1:]:
        columns += [
            Column(name, name),
            Column(f"{name}_{TOTAL}", tr("Δ {0}", name), TOTAL),
            Column(f"{name}_{ASSUMPTIONS}", tr("Δ {0}\nby assumptions", name), ASSUMPTIONS),
            Column(f"{name}_{PLAN}", tr("Δ {0}\nby the plan", name), PLAN),
        ]
    return columns


def comparison_rows(table, kpis, labels: dict, names: list) -> list:
    """Rows ``(kpi, label, values)`` of the KPIs ``kpis`` (``core.scenarios.kpis.Kpi``) found in the comparison
    ``table`` (``core.scenarios.run.compare``); ``values`` maps each column key of ``comparison_columns`` to a
    number (NaN where the table lacks it: results stored before the split was computed)."""
    indexed = table.set_index("kpi")
    keys = [column.key for column in comparison_columns(names)]
    rows = []
    for kpi in kpis:
        if kpi.key not in indexed.index:
            continue
        row = indexed.loc[kpi.key]
        values = {key: float(row[key]) if key in row.index else math.nan for key in keys}
        rows.append((kpi, labels.get(kpi.key, kpi.key), values))
    return rows


def format_kpi(kpi, value, part: str | None = None, language: str | None = None) -> str:
    """``value`` of ``kpi`` in the user's locale (``toolbelt.i18n.number``; ``language``: default QGIS's): counts
    as integers with thousands separators ("32 921 845"), shares as percentages ("88,2 %"; their changes in
    percentage points), money in soles ("S/ 60 000 000"), changes with their sign ("+4 938 277"); "–" for a
    missing value."""
    if value is None or value != value:
        return "–"
    value = float(value)
    decimals = kpi.decimals
    if kpi.percent:
        value, decimals = 100.0 * value, max(decimals, 1)
    text = number(value, decimals, language, sign=part is not None)
    if kpi.percent:
        return tr("{0} pp", text) if part is not None else tr("{0} %", text)
    if kpi.unit == "PEN":
        sign = text[0] if text[0] in "+-" else ""
        return f"{sign}S/ {text[len(sign) :]}"  # the sol's symbol, alike in Spanish and English
    return text


def kpi_item(kpi, value, part: str | None = None) -> QTableWidgetItem:
    """A right-aligned number (``format_kpi``); a change is coloured by whether it is better (``kpi.better``)."""
    text = format_kpi(kpi, value, part)
    item = QTableWidgetItem(text)
    item.setTextAlignment(int(Qt.AlignRight | Qt.AlignVCenter))
    better = kpi.better if part is not None else None
    if better and any(digit in text for digit in "123456789"):  # a change written as zero is not coloured
        improves = (value > 0) == (better == "up")
        item.setBackground(GOOD if improves else BAD)
    return item


def fill_kpi_table(widget: QTableWidget, rows: list, columns: list) -> None:
    """Fill ``widget`` with ``rows`` (``comparison_rows``) under ``columns`` (``comparison_columns``)."""
    widget.clear()
    widget.setRowCount(len(rows))
    widget.setColumnCount(len(columns))
    widget.setHorizontalHeaderLabels([column.header for column in columns])
    widget.setVerticalHeaderLabels([label for _, label, _ in rows])
    tips = {
        TOTAL: tr("The whole change against the baseline"),
        ASSUMPTIONS: tr(
            "What the assumptions (growth, climate, horizon) change: the scenario without its plan against the baseline"
        ),
        PLAN: tr("What the plan itself changes: the scenario against the same scenario without its plan"),
    }
    for index, column in enumerate(columns):
        if column.part is not None:
            widget.horizontalHeaderItem(index).setToolTip(tips[column.part])
    for row, (kpi, _, values) in enumerate(rows):
        for index, column in enumerate(columns):
            widget.setItem(row, index, kpi_item(kpi, values.get(column.key), column.part))


def split_chart(rows: list, names: list, parent: QWidget | None = None, label_width: int = 150):
    """The chart of the changes of the KPIs, in % of the baseline, each split into what the assumptions and what
    the plan did (``charts.kpi_split_chart``; ``label_width``: the widest line of a row's label, in pixels): every
    row of the table whose baseline is not zero (a change of new systems or of the cost from nothing has no
    percentage)."""
    from ..charts import kpi_split_chart

    shown = [row for row in rows if not math.isnan(_percent(1.0, row[2][names[0]]))]
    series = {}
    for name in names[1:]:
        parts = []
        for part in (ASSUMPTIONS, PLAN):
            parts.append([_percent(values[f"{name}_{part}"], values[names[0]]) for _, _, values in shown])
        series[name] = tuple(parts)
    labels = [label for _, label, _ in shown]
    return kpi_split_chart(labels, series, parent, tr("Change against the baseline (%)"), label_width=label_width)


def _percent(change: float, reference: float) -> float:
    if change != change or not reference or reference != reference:
        return math.nan
    return 100.0 * change / abs(reference)


def place_difference_layer(project: QgsProject, layer) -> None:
    """Put a difference layer at the bottom of its group (below the scenarios' maps) and make its class around
    zero ("no change") transparent, outlined only, so that the layers below it stay visible."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsGraduatedSymbolRenderer):
        for index, class_range in enumerate(renderer.ranges()):
            if class_range.lowerValue() <= 0 <= class_range.upperValue():
                symbol = class_range.symbol().clone()
                symbol.setColor(QColor(0, 0, 0, 0))
                for symbol_layer in symbol.symbolLayers():
                    if hasattr(symbol_layer, "setStrokeColor"):
                        symbol_layer.setStrokeColor(QColor(150, 150, 150, 160))
                renderer.updateRangeSymbol(index, symbol)
                break
        layer.triggerRepaint()
    node = project.layerTreeRoot().findLayer(layer.id())
    if node is None or node.parent() is None:
        return
    parent = node.parent()
    if parent.children()[-1] is node:
        return
    parent.addChildNode(node.clone())
    parent.removeChildNode(node)


def share_project_breaks(project: QgsProject, district_layers: dict, styles: dict) -> int:
    """Restyle the project's layers showing the compared scenarios' districts (``district_layers``: name →
    (GeoPackage, layer)) with the comparison's classes (``styles``: name → (minimum, breaks)), so that the maps of
    the baseline and of the scenarios in the project share one legend as well; return how many were restyled."""
    from ..layers import layer_file
    from ..styling import style_output

    wanted = {(Path(path).resolve(), table): name for name, (path, table) in district_layers.items()}
    restyled = 0
    for layer in project.mapLayers().values():
        source = layer_file(layer)
        name = wanted.get((source[0].resolve(), source[1])) if source else None
        if name is not None and layer.customProperty("aguaperu/scenario_id"):
            style_output(layer, "unserved", *styles[name])
            layer.triggerRepaint()
            restyled += 1
    return restyled


def legend_entries(layer) -> list:
    """``(icon, label)`` of every class of the layer's renderer."""
    renderer = layer.renderer() if layer is not None else None
    entries = []
    for item in renderer.legendSymbolItems() if renderer is not None else []:
        symbol = item.symbol()
        icon = QgsSymbolLayerUtils.symbolPreviewIcon(symbol, QSize(16, 16)) if symbol is not None else None
        entries.append((icon, item.label()))
    return entries


class SyncedCanvases:
    """Keep the extents (and scales) of map canvases equal: the one the user moves leads."""

    def __init__(self, canvases: list[QgsMapCanvas]) -> None:
        self.canvases = canvases
        self._busy = False
        for canvas in canvases:
            canvas.extentsChanged.connect(lambda c=canvas: self._follow(c))

    def _follow(self, leader: QgsMapCanvas) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            for canvas in self.canvases:
                if canvas is not leader:
                    canvas.setExtent(leader.extent())
                    canvas.refresh()
        finally:
            self._busy = False


class ComparisonDialog(QDialog):
    """Baseline against scenarios: two synchronised map views with their legends, the KPI table with each change
    split into assumptions and plan, and the chart of that split.

    Parameters
    ----------
    rows:
        ``comparison_rows``: ``(kpi, label, values)``.
    columns:
        ``comparison_columns``.
    layers:
        ``{name: layer}`` offered in both map views (the scenarios' district layers, styled with the same class
        breaks, and the difference layers).
    left, right:
        The names shown first on the left and on the right.
    chart:
        A widget shown under the table (``split_chart``), or None.
    """

    def __init__(
        self, rows, columns, layers: dict, left: str, right: str, parent: QWidget | None = None, chart=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aguaperu_comparison")
        self.setWindowTitle(self.tr("AguaPerú: scenario comparison"))
        self.layers = layers
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Vertical, self)
        layout.addWidget(splitter)

        maps = QWidget(splitter)
        grid = QGridLayout(maps)
        grid.setContentsMargins(0, 0, 0, 0)
        self.canvases, self.choosers, self.legends = [], [], []
        for column, chosen in enumerate((left, right)):
            chooser = QComboBox(maps)
            chooser.setObjectName(f"aguaperu_comparison_layer_{column}")
            chooser.addItems(list(layers))
            canvas = QgsMapCanvas(maps)
            canvas.setObjectName(f"aguaperu_comparison_canvas_{column}")
            canvas.setCanvasColor(QColor("white"))
            canvas.setMinimumSize(320, 320)
            legend = QListWidget(maps)
            legend.setObjectName(f"aguaperu_comparison_legend_{column}")
            legend.setSelectionMode(QAbstractItemView.NoSelection)
            legend.setFocusPolicy(Qt.NoFocus)
            legend.setFixedWidth(210)
            legend.setWordWrap(True)
            legend.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
            chooser.currentTextChanged.connect(lambda name, c=canvas, g=legend: self._show(c, g, name))
            grid.addWidget(chooser, 0, 2 * column, 1, 2)
            grid.addWidget(canvas, 1, 2 * column)
            grid.addWidget(legend, 1, 2 * column + 1)
            self.canvases.append(canvas)
            self.choosers.append(chooser)
            self.legends.append(legend)
            chooser.setCurrentText(chosen)
            self._show(canvas, legend, chosen)
        self.sync = SyncedCanvases(self.canvases)
        first = layers[left]
        self.canvases[0].setDestinationCrs(first.crs())
        self.canvases[1].setDestinationCrs(first.crs())
        self.canvases[0].setExtent(first.extent())
        splitter.addWidget(maps)

        lower = QWidget(splitter)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(len(rows), len(columns), lower)
        self.table.setObjectName("aguaperu_comparison_table")
        fill_kpi_table(self.table, rows, columns)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        lower_layout.addWidget(self.table)
        note = QLabel(
            self.tr(
                "Green: better than the baseline; red: worse. Each change is split into what the scenario's "
                "assumptions (growth, climate, horizon) and what its plan did. Pan or zoom one map: the other "
                "follows."
            ),
            lower,
        )
        note.setWordWrap(True)  # a long sentence (longer in Spanish) does not widen the window
        lower_layout.addWidget(note)
        splitter.addWidget(lower)
        self.chart = chart
        if chart is not None:
            splitter.addWidget(chart)
        splitter.setSizes([380, 290, 380] if chart is not None else [550, 350])
        self.resize(1300, 1050)

    def _show(self, canvas: QgsMapCanvas, legend: QListWidget, name: str) -> None:
        layer = self.layers.get(name)
        legend.clear()
        if layer is None:
            return
        canvas.setLayers([layer])
        canvas.refresh()
        title = QListWidgetItem(layer.name())
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        legend.addItem(title)
        for icon, label in legend_entries(layer):
            item = QListWidgetItem(label)
            if icon is not None:
                item.setIcon(icon)
            legend.addItem(item)
