"""Run inside the real QGIS desktop (qgis --code): predict district poverty from the Models page on the folder
in $AGUAPERU_DATA, then find the hotspots of the predicted poverty, and screenshot the map and the charts."""

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
    plugin.dock.setMinimumWidth(520)
    page().use_data_folder(os.environ["AGUAPERU_DATA"])
    page().poverty.predict_button.click()
    result["poverty_started"] = page().task is not None
    QTimer.singleShot(500, wait_poverty)


def wait_poverty():
    if page().task is not None and time.time() - started < TIMEOUT_S:
        QTimer.singleShot(500, wait_poverty)
        return
    section = page().poverty
    result["poverty_summary"] = section.summary.text()
    result["charts"] = [chart.objectName() for chart in section.charts]
    result["hotspot_field"] = section.hotspot_field.currentField()
    section.hotspots_button.click()
    result["hotspots_started"] = page().task is not None
    QTimer.singleShot(500, wait_hotspots)


def wait_hotspots():
    if page().task is not None and time.time() - started < TIMEOUT_S:
        QTimer.singleShot(500, wait_hotspots)
        return
    section = page().poverty
    result["hotspot_summary"] = section.hotspot_summary.text()
    group = QgsProject.instance().layerTreeRoot().findGroup("AguaPerú – Modelos")
    nodes = group.findLayers() if group else []
    result["layers"] = {node.name(): node.layer().featureCount() for node in nodes}
    result["renderers"] = {node.name(): node.layer().renderer().type() for node in nodes}
    scroll = page().findChild(QScrollArea)
    scroll.ensureWidgetVisible(section.charts[0] if section.charts else section, 0, 0)
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
