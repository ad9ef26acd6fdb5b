"""Run inside the real QGIS desktop (qgis --code): import two scenarios (resources/scenarios), run them and the
baseline on all of Peru from the Scenarios page, compare them side by side, and screenshot the comparison."""

import json
import os
import time
from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication

result = {}
started = time.time()
TIMEOUT_S = 900
EXAMPLES = Path(os.environ["AGUAPERU_EXAMPLES"])


def page():
    return qgis.utils.plugins["aguaperu"].dock.page("scenarios")


def finish():
    result["seconds"] = round(time.time() - started, 1)
    with open(os.environ["AGUAPERU_RESULT"], "w", encoding="utf-8") as handle:
        json.dump(result, handle)
    if page().comparison is not None:
        page().comparison.close()
    QgsProject.instance().clear()
    QTimer.singleShot(500, lambda: QgsApplication.exit(0))


def start():
    from aguaperu.core.scenarios import Scenario

    window = qgis.utils.iface.mainWindow()
    window.setGeometry(QApplication.primaryScreen().geometry())
    plugin = qgis.utils.plugins["aguaperu"]
    plugin.dock_action.trigger()
    plugin.dock.show_page("scenarios")
    plugin.dock.setMinimumWidth(560)
    page().use_data_folder(os.environ["AGUAPERU_DATA"])
    page().store_path().unlink(missing_ok=True)  # a store left by an earlier run in the temporary folder
    page().refresh()
    store = page().store()
    page().baseline_id()
    for name in ("crecimiento_15.json", "rehabilitacion.json"):
        store.create(Scenario.load(EXAMPLES / name))
    page().refresh()
    for row in range(page().list.count()):
        item = page().list.item(row)
        if item.flags() & Qt.ItemIsUserCheckable:
            item.setCheckState(Qt.Checked)
    page().run_all_button.click()
    result["started"] = page().task is not None
    QTimer.singleShot(1000, wait)


def wait():
    if page().task is not None and time.time() - started < TIMEOUT_S:
        QTimer.singleShot(1000, wait)
        return
    result["run_seconds"] = round(time.time() - started, 1)
    result["listed"] = [page().list.item(row).text() for row in range(page().list.count())]
    page().compare()
    dialog = page().comparison
    result["compared"] = dialog is not None
    if dialog is None:
        finish()
        return
    table = dialog.table
    result["columns"] = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    result["rows"] = {
        table.verticalHeaderItem(r).text(): [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    }
    screen = QApplication.primaryScreen().geometry()
    dialog.setGeometry(screen.x() + 40, screen.y() + 60, screen.width() - 640, screen.height() - 120)
    dialog.raise_()
    for canvas in dialog.canvases:
        canvas.refresh()
    QTimer.singleShot(12000, screenshot)


def screenshot():
    path = os.environ.get("AGUAPERU_SCREENSHOT")
    result["screenshot_saved"] = bool(path) and QApplication.primaryScreen().grabWindow(0).save(path)
    if path:
        page().comparison.grab().save(str(Path(path).with_name("scenario_comparison_dialog.png")))
    finish()


QTimer.singleShot(1000, start)
