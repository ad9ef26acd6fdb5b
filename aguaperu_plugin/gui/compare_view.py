"""Side-by-side comparison of scenarios: the KPI table with differences, a chart of the differences, and two map
views whose extents follow each other (pan or zoom one, the other moves with it)."""

from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

GOOD, BAD = QColor(225, 240, 225), QColor(250, 225, 222)


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


def kpi_item(value, better: str | None = None) -> QTableWidgetItem:
    """A right-aligned number (thousands separated); ``better`` ('up'/'down') colours a difference."""
    if value is None or value != value:
        item = QTableWidgetItem("–")
    elif isinstance(value, float) and abs(value) < 10 and value != int(value):
        item = QTableWidgetItem(f"{value:,.3f}" if abs(value) < 1 else f"{value:,.2f}")
    else:
        item = QTableWidgetItem(f"{value:,.0f}")
    item.setTextAlignment(int(Qt.AlignRight | Qt.AlignVCenter))
    if better and value is not None and value == value and value != 0:
        improves = (value > 0) == (better == "up")
        item.setBackground(GOOD if improves else BAD)
    return item


class ComparisonDialog(QDialog):
    """Baseline against scenarios: KPI table, chart of differences, two synchronised map views.

    Parameters
    ----------
    kpis:
        Rows ``(key, label, better, values)``: ``better`` is 'up', 'down' or None; ``values`` maps each column
        name to a number.
    columns:
        Column names in order, e.g. ``["Línea base", "A", "Δ A", "B", "Δ B"]``; difference columns start with Δ.
    layers:
        ``{name: layer}`` offered in both map views (the scenarios' district layers and difference layers).
    left, right:
        The names shown first on the left and on the right.
    """

    def __init__(self, kpis, columns, layers: dict, left: str, right: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aguaperu_comparison")
        self.setWindowTitle(self.tr("AguaPerú: scenario comparison"))
        self.layers = layers
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Vertical, self)
        layout.addWidget(splitter)

        maps = QWidget(splitter)
        grid = QGridLayout(maps)
        self.canvases, self.choosers = [], []
        for column, chosen in enumerate((left, right)):
            chooser = QComboBox(maps)
            chooser.setObjectName(f"aguaperu_comparison_layer_{column}")
            chooser.addItems(list(layers))
            canvas = QgsMapCanvas(maps)
            canvas.setObjectName(f"aguaperu_comparison_canvas_{column}")
            canvas.setCanvasColor(QColor("white"))
            canvas.setMinimumSize(320, 320)
            chooser.currentTextChanged.connect(lambda name, c=canvas: self._show(c, name))
            grid.addWidget(chooser, 0, column)
            grid.addWidget(canvas, 1, column)
            self.canvases.append(canvas)
            self.choosers.append(chooser)
            chooser.setCurrentText(chosen)
            self._show(canvas, chosen)
        self.sync = SyncedCanvases(self.canvases)
        first = layers[left]
        self.canvases[0].setDestinationCrs(first.crs())
        self.canvases[1].setDestinationCrs(first.crs())
        self.canvases[0].setExtent(first.extent())
        splitter.addWidget(maps)

        lower = QWidget(splitter)
        lower_layout = QVBoxLayout(lower)
        self.table = QTableWidget(len(kpis), len(columns), lower)
        self.table.setObjectName("aguaperu_comparison_table")
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setVerticalHeaderLabels([label for _, label, _, _ in kpis])
        for row, (_, _, better, values) in enumerate(kpis):
            for column, name in enumerate(columns):
                self.table.setItem(row, column, kpi_item(values.get(name), better if name.startswith("Δ") else None))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        lower_layout.addWidget(self.table)
        lower_layout.addWidget(
            QLabel(self.tr("Green: better than the baseline; red: worse. Pan or zoom one map: the other follows."))
        )
        splitter.addWidget(lower)
        self.resize(1200, 900)

    def _show(self, canvas: QgsMapCanvas, name: str) -> None:
        layer = self.layers.get(name)
        if layer is not None:
            canvas.setLayers([layer])
            canvas.refresh()
