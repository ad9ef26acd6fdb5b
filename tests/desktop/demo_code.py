"""Run inside the real QGIS desktop (qgis --code): load the demo from the Data page, screenshot the map."""

import json
import os
import time

import qgis.utils
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication

result = {"steps": []}
started = time.time()
TIMEOUT_S = 240


def finish():
    result["seconds"] = round(time.time() - started, 1)
    with open(os.environ["AGUAPERU_RESULT"], "w", encoding="utf-8") as handle:
        json.dump(result, handle)
    QgsProject.instance().clear()  # layers go while the layer tree view still exists
    QTimer.singleShot(500, lambda: QgsApplication.exit(0))


def page():
    return qgis.utils.plugins["aguaperu"].dock.page("data")


def start():
    window = qgis.utils.iface.mainWindow()
    window.setGeometry(QApplication.primaryScreen().geometry())
    plugin = qgis.utils.plugins["aguaperu"]
    plugin.dock_action.trigger()
    plugin.dock.show_page("data")
    page().demo_button.click()
    result["task_started"] = page().task is not None
    QTimer.singleShot(500, wait_for_layers)


def wait_for_layers():
    group = QgsProject.instance().layerTreeRoot().findGroup("AguaPerú – Datos")
    done = page().task is None and group is not None and len(group.findLayers()) >= 5
    if not done and time.time() - started < TIMEOUT_S:
        QTimer.singleShot(500, wait_for_layers)
        return
    result["layers"] = {node.name(): node.layer().renderer().type() for node in (group.findLayers() if group else [])}
    result["status"] = page().status.text()
    result["report_counts"] = page().report_tree.counts()
    canvas = qgis.utils.iface.mapCanvas()
    nodes = group.findLayers() if group else []
    districts = next((n.layer() for n in nodes if "peru_limites" in n.layer().source()), None)
    if districts is not None:
        canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(districts, districts.extent()))
    canvas.refresh()
    canvas.mapCanvasRefreshed.connect(lambda: QTimer.singleShot(1000, screenshot))
    QTimer.singleShot(15000, screenshot)  # in case no refresh signal arrives


def screenshot():
    if "screenshot_saved" in result:
        return
    path = os.environ.get("AGUAPERU_SCREENSHOT")
    result["screenshot_saved"] = bool(path) and QApplication.primaryScreen().grabWindow(0).save(path)
    finish()


QTimer.singleShot(1000, start)
