"""Run inside the real QGIS desktop (qgis --code): open the AguaPerú dock at its default width, choose the data
folder in $AGUAPERU_DATA on the Data page, and grab each page of the dock (and the whole window) into
$AGUAPERU_SHOTS; record, for each page, whether its content fits the dock's width (no horizontal scroll bar)."""

import os
from pathlib import Path

import qgis.utils
from desktop_harness import Session
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QScrollArea

run = Session(timeout_s=120, pages={})
SHOTS = Path(os.environ["AGUAPERU_SHOTS"])
MAX_WIDTH = 1200


def save(pixmap, name: str) -> None:
    if pixmap.width() > MAX_WIDTH:
        pixmap = pixmap.scaledToWidth(MAX_WIDTH, Qt.SmoothTransformation)
    pixmap.save(str(SHOTS / f"{name}.png"))


def start():
    window = qgis.utils.iface.mainWindow()
    window.setGeometry(QApplication.primaryScreen().geometry())
    run.plugin.dock_action.trigger()
    run.page("data").data_folder.setFilePath(os.environ["AGUAPERU_DATA"])
    QTimer.singleShot(1500, lambda: grab(list(run.plugin.dock.page_keys())))


def grab(keys: list) -> None:
    if not keys:
        run.result["screenshot_saved"] = True
        run.finish()
        return
    key, rest = keys[0], keys[1:]
    dock = run.plugin.dock
    dock.show_page(key)

    def take():
        page = dock.page(key)
        scroll = page.findChild(QScrollArea)
        run.result["pages"][key] = {
            "dock_width": dock.width(),
            "horizontal_scroll": scroll.horizontalScrollBar().isVisible(),
            "content_min_width": scroll.widget().minimumSizeHint().width(),
            "viewport_width": scroll.viewport().width(),
            "inputs": page.inputs.rowCount() if key == "data" else None,
        }
        save(dock.grab(), f"pagina_{key}")
        if key == "data":
            save(QApplication.primaryScreen().grabWindow(0), "ventana")
        grab(rest)

    QTimer.singleShot(800, take)


run.begin(start)
