"""Run inside the real QGIS desktop (qgis --code): estimate district child risk from the Models page on the folder
in $AGUAPERU_DATA, show the highest-risk district's drivers, interventions and chart, and screenshot them."""

import json
import os
import time

import qgis.utils
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QScrollArea

result = {}
started = time.time()
TIMEOUT_S = 300


def page():
    return qgis.utils.plugins["aguaperu"].dock.page("models")


def finish():
    result["seconds"] = round(time.time() - started, 1)
    with open(os.environ["AGUAPERU_RESULT"], "w", encoding="utf-8") as handle:
        json.dump(result, handle)
    QgsProject.instance().clear()  # layers go while the layer tree view still exists
    QTimer.singleShot(500, lambda: QgsApplication.exit(0))


def start():
    window = qgis.utils.iface.mainWindow()
    window.setGeometry(QApplication.primaryScreen().geometry())
    plugin = qgis.utils.plugins["aguaperu"]
    plugin.dock_action.trigger()
    plugin.dock.show_page("models")
    plugin.dock.setMinimumWidth(560)
    page().use_data_folder(os.environ["AGUAPERU_DATA"])
    for section in (page().poverty, page().demand):
        section.setCollapsed(True)
    page().child.run_button.click()
    result["started"] = page().task is not None
    QTimer.singleShot(500, wait)


def wait():
    if page().task is not None and time.time() - started < TIMEOUT_S:
        QTimer.singleShot(500, wait)
        return
    section = page().child
    result["summary"] = section.summary.text()
    result["areas"] = section.area.count()
    result["details"] = section.details.toPlainText()
    result["chart"] = section.chart.objectName() if section.chart is not None else None
    group = QgsProject.instance().layerTreeRoot().findGroup("AguaPerú – Modelos")
    nodes = group.findLayers() if group else []
    result["layers"] = {node.name(): node.layer().featureCount() for node in nodes}
    result["renderers"] = {node.name(): node.layer().renderer().type() for node in nodes}
    scroll = page().findChild(QScrollArea)
    scroll.ensureWidgetVisible(section.area_box, 0, 0)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    canvas = qgis.utils.iface.mapCanvas()
    if nodes:
        layer = nodes[0].layer()
        canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(layer, layer.extent()))
    canvas.refresh()
    canvas.mapCanvasRefreshed.connect(lambda: QTimer.singleShot(1000, screenshot))
    QTimer.singleShot(15000, screenshot)


def screenshot():
    if "screenshot_saved" in result:
        return
    path = os.environ.get("AGUAPERU_SCREENSHOT")
    result["screenshot_saved"] = bool(path) and QApplication.primaryScreen().grabWindow(0).save(path)
    finish()


QTimer.singleShot(1000, start)
