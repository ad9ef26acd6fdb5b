"""Run inside the real QGIS desktop in Spanish (qgis --code): with the dock at its default width, run each model
from the Models page on the folder in $AGUAPERU_DATA, then the baseline and "crecimiento 15 %" compared, then an
identify of a district; after each step record every text the user sees (dock, layer tree, comparison window,
identify results) and grab the screen into $AGUAPERU_SHOTS."""

import html
import os
import re
from pathlib import Path

import qgis.utils
from desktop_harness import Session
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QPoint, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

run = Session(timeout_s=1500, texts={}, shots=[])
SHOTS = Path(os.environ["AGUAPERU_SHOTS"])
EXAMPLES = Path(os.environ["AGUAPERU_EXAMPLES"])
TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    return html.unescape(TAG.sub(" ", text or "")).strip()


def visible_texts(root) -> list[str]:
    """Every text a user can see in ``root``: labels, buttons, group titles, combo boxes, tables, text views."""
    texts = []
    for widget in root.findChildren(QLabel):
        if widget.isVisibleTo(root):
            texts.append(plain(widget.text()))
    for widget in root.findChildren(QAbstractButton):
        if widget.isVisibleTo(root):
            texts.append(widget.text())
    for widget in root.findChildren(QGroupBox):
        if widget.isVisibleTo(root):
            texts.append(widget.title())
    for widget in root.findChildren(QComboBox):
        if widget.isVisibleTo(root):
            texts.append(widget.currentText())
    for widget in root.findChildren(QTextBrowser):
        if widget.isVisibleTo(root):
            texts.append(widget.toPlainText())
    for table in root.findChildren(QTableWidget):
        if not table.isVisibleTo(root):
            continue
        for column in range(table.columnCount()):
            header = table.horizontalHeaderItem(column)
            texts.append(header.text() if header else "")
        for row in range(table.rowCount()):
            header = table.verticalHeaderItem(row)
            texts.append(header.text() if header else "")
            texts.extend(table.item(row, c).text() for c in range(table.columnCount()) if table.item(row, c))
    return [text for text in texts if text and text.strip()]


def too_wide() -> list:
    """The widgets of the open dock page that reach past the right edge of its scroll area's viewport."""
    dock = run.plugin.dock
    page = dock.findChild(QTabWidget).currentWidget()
    scroll = page.findChild(QScrollArea, "", Qt.FindDirectChildrenOnly)  # not a scroll area of a child window
    if scroll is None:
        return []
    content, edge = scroll.widget(), scroll.viewport().width()
    out = []
    for widget in content.findChildren(QWidget):
        if widget.isVisibleTo(content):
            right = widget.mapTo(content, QPoint(widget.width(), 0)).x()
            if right > edge + 1:
                out.append([type(widget).__name__, widget.objectName(), right, edge])
    return sorted(out, key=lambda row: row[2])[-12:]


def tree_names() -> list[str]:
    root = QgsProject.instance().layerTreeRoot()
    return [node.name() for node in root.findLayers()] + [group.name() for group in root.findGroups()]


def record(name: str, extra=None) -> None:
    """The texts of the dock and the layer tree (and ``extra``'s) under ``name``, and a screenshot."""
    texts = visible_texts(run.plugin.dock) + tree_names()
    if extra is not None:
        texts += visible_texts(extra)
    run.result["texts"][name] = texts
    run.result.setdefault("too_wide", {})[name] = too_wide()
    path = SHOTS / f"{name}.png"
    QApplication.primaryScreen().grabWindow(0).save(str(path))
    run.result["shots"].append(path.name)


def later(step, ms: int = 3000):
    QTimer.singleShot(ms, step)


def show(widget, then) -> None:
    """Scroll the Models page so that ``widget`` is at the top, then call ``then`` once it is drawn."""
    scroll = run.page("models").findChild(QScrollArea)
    QApplication.processEvents()
    scroll.verticalScrollBar().setValue(widget.mapTo(scroll.widget(), QPoint(0, 0)).y() - 8)
    later(then, 1500)


# --- the steps ----------------------------------------------------------------------------------------------
def start():
    page = run.open_page("models")
    run.result["dock_width"] = run.plugin.dock.width()
    page.run_button.click()
    run.when_done(page, lambda: later(water_risk))


def water_risk():
    page = run.page("models")
    show(page.summary, lambda: record("modelo_riesgo_agua") or poverty_run())


def poverty_run():
    page = run.page("models")
    page.poverty.predict_button.click()
    run.when_done(page, lambda: later(poverty))


def poverty():
    page = run.page("models")
    show(page.poverty.summary, lambda: record("modelo_pobreza") or child_run())


def child_run():
    page = run.page("models")
    page.child.run_button.click()
    run.when_done(page, lambda: later(child))


def child():
    page = run.page("models")
    show(page.child.area_box, lambda: record("modelo_riesgo_infantil") or demand_run())


def demand_run():
    page = run.page("models")
    from aguaperu.core.models.demand.series import bwdf_files

    inflow, weather = bwdf_files()
    page.demand.inflow.setFilePath(str(inflow))
    page.demand.weather.setFilePath(str(weather))
    page.demand.forecast_button.click()
    run.when_done(page, lambda: later(demand))


def demand():
    page = run.page("models")
    show(page.demand.summary, lambda: record("modelo_demanda") or scenarios_run())


def scenarios_run():
    run.run_scenarios(EXAMPLES, ["crecimiento_15.json"], compare)


def compare():
    scenarios = run.page("scenarios")
    scenarios.compare()
    run.when_done(scenarios, lambda: later(compared, 8000))


def compared():
    """The Scenarios page with the comparison's table and chart (the window hidden), then the window."""
    dialog = run.page("scenarios").comparison
    run.result["compared"] = dialog is not None
    if dialog is None:
        later(identify, 1500)
        return
    dialog.hide()
    later(lambda: record("escenarios") or show_window(dialog), 2000)


def show_window(dialog):
    screen = QApplication.primaryScreen().geometry()
    dialog.setGeometry(screen.x() + 40, screen.y() + 60, screen.width() - 640, screen.height() - 120)
    dialog.show()
    dialog.raise_()
    later(lambda: window_shot(dialog), 4000)


def window_shot(dialog):
    record("comparacion", dialog)
    dialog.grab().save(str(SHOTS / "comparacion_ventana.png"))
    dialog.close()
    later(identify, 1500)


def identify():
    """Click the identify tool on a district of the poverty layer in the middle of the map."""
    layer = next(
        (node.layer() for node in QgsProject.instance().layerTreeRoot().findLayers() if "obreza" in node.name()),
        None,
    )
    run.result["identified_layer"] = layer.name() if layer is not None else None
    if layer is None:
        run.finish()
        return
    iface = qgis.utils.iface
    iface.setActiveLayer(layer)
    canvas = iface.mapCanvas()
    feature = next(layer.getFeatures())
    box = feature.geometry().boundingBox()
    box.grow(max(box.width(), box.height()))  # the district and its neighbours
    canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(layer, box))
    canvas.refresh()
    point = canvas.mapSettings().layerToMapCoordinates(layer, feature.geometry().pointOnSurface().asPoint())
    run.result["identified_feature"] = feature.id()

    def click():
        iface.actionIdentify().trigger()
        pixel = canvas.getCoordinateTransform().transform(point)
        QTest.mouseClick(canvas.viewport(), Qt.LeftButton, Qt.NoModifier, QPoint(int(pixel.x()), int(pixel.y())))
        later(identified, 3000)

    later(click, 3000)


def identified():
    window = qgis.utils.iface.mainWindow()
    texts = []
    for tree in window.findChildren(QTreeWidget, "lstResults"):
        tree.expandAll()
        tree.resizeColumnToContents(0)
        iterator = QTreeWidgetItemIterator(tree)
        while iterator.value():
            item = iterator.value()
            texts += [item.text(column) for column in range(tree.columnCount()) if item.text(column)]
            iterator += 1
    run.result["identify"] = texts
    for dock in window.findChildren(QDockWidget):
        if dock.findChild(QTreeWidget, "lstResults") is not None:
            window.resizeDocks([dock], [560], Qt.Horizontal)  # wide enough to read the names
    later(lambda: record("identificar_distrito") or finish(), 1500)


def finish():
    run.result["screenshot_saved"] = True
    run.finish()


run.begin(start)
