"""Run inside the real QGIS desktop (qgis --code): the water-quality risk from the Models page with the office's
survey and measurements ($AGUAPERU_SURVEY, $AGUAPERU_MEASUREMENTS); screenshot the map of observed and
estimated systems zoomed on the surveyed department, then the measurement chart of $AGUAPERU_SYSTEM
($AGUAPERU_CHART_SCREENSHOT)."""

import os

import qgis.utils
from desktop_harness import Session
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication

run = Session(timeout_s=300)


def start():
    page = run.open_page("models", min_width=560)
    page.survey_file.setFilePath(os.environ["AGUAPERU_SURVEY"])
    page.measurements_file.setFilePath(os.environ["AGUAPERU_MEASUREMENTS"])
    page.run_button.click()
    run.result["task_started"] = page.task is not None
    run.when_done(page, done)


def done():
    page = run.page("models")
    run.group_layers()
    run.result["summary"] = page.summary.text()
    run.result["shares_rows"] = page.shares.rowCount()
    layer = page.systems_layer
    layer.selectByExpression(f"\"ID\" = '{os.environ['AGUAPERU_SYSTEM']}'")
    run.result["selected"] = layer.selectedFeatureCount()
    canvas = qgis.utils.iface.mapCanvas()
    layer.selectByExpression("\"status\" = 'observed'")
    extent = layer.boundingBoxOfSelected()
    extent.grow(0.15)
    layer.selectByExpression(f"\"ID\" = '{os.environ['AGUAPERU_SYSTEM']}'")
    canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(layer, extent))
    qgis.utils.iface.layerTreeView().setCurrentLayer(layer)
    run.before_exit.append(lambda: None)
    canvas.refresh()
    canvas.mapCanvasRefreshed.connect(lambda: QTimer.singleShot(1500, chart))


def chart():
    if "chart_saved" in run.result:
        return
    run.result["chart_saved"] = False
    page = run.page("models")
    page.history_button.click()
    dialog = page.history_dialog
    run.result["dialog"] = dialog.windowTitle() if dialog is not None else None

    def grab_both():
        map_path = os.environ.get("AGUAPERU_SCREENSHOT")
        run.result["screenshot_saved"] = QApplication.primaryScreen().grabWindow(0).save(map_path)
        if dialog is not None:
            run.result["chart_saved"] = dialog.grab().save(os.environ["AGUAPERU_CHART_SCREENSHOT"])
            dialog.close()
        run.finish()

    if dialog is not None:
        dialog.move(60, 120)
    QTimer.singleShot(1500, grab_both)


run.begin(start)
