"""Run inside the real QGIS desktop (qgis --code): open the AguaPerú dock, take a screenshot, quit."""

import json
import os

import qgis.utils
from qgis.core import QgsApplication, QgsProcessingRegistry  # noqa: F401
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction, QApplication, QDockWidget, QMenu, QTabWidget, QWidget

result = {}


def write_and_quit():
    with open(os.environ["AGUAPERU_RESULT"], "w", encoding="utf-8") as handle:
        json.dump(result, handle)
    QgsApplication.exit(0)


def screenshot():
    window = qgis.utils.iface.mainWindow()
    dock = window.findChild(QDockWidget, "AguaPeruDock")
    result["dock_visible"] = bool(dock and dock.isVisible())
    result["dock_title"] = dock.windowTitle() if dock else None
    tabs = dock.findChild(QTabWidget, "aguaperu_tabs") if dock else None
    result["pages"] = [tabs.tabText(i) for i in range(tabs.count())] if tabs else []
    path = os.environ.get("AGUAPERU_SCREENSHOT")
    if path:
        result["screenshot_saved"] = QApplication.primaryScreen().grabWindow(0).save(path)
    QTimer.singleShot(0, open_options)


def open_options():
    QTimer.singleShot(1500, inspect_options)
    qgis.utils.plugins["aguaperu"].settings_action.trigger()  # modal: returns when inspect_options closes it
    write_and_quit()


def inspect_options():
    dialog = QApplication.activeModalWidget()
    page = dialog.findChild(QWidget, "aguaperu_options") if dialog else None
    result["options_page_visible"] = bool(page and page.isVisible())
    path = os.environ.get("AGUAPERU_OPTIONS_SCREENSHOT")
    if path:
        QApplication.primaryScreen().grabWindow(0).save(path)
    if dialog:
        dialog.reject()


def open_dock():
    qgis.core.QgsMessageLog.logMessage("smoke-sentinel", "AguaPerú smoke", qgis.core.Qgis.MessageLevel.Info)
    window = qgis.utils.iface.mainWindow()
    screen = QApplication.primaryScreen().geometry()
    window.setGeometry(screen)
    result["window_width"] = window.width()
    result["qgis_version"] = qgis.core.Qgis.QGIS_VERSION
    result["active_plugins"] = list(qgis.utils.active_plugins)
    menu = window.findChild(QMenu, "aguaperu_menu")
    result["menu_title"] = menu.title() if menu else None
    result["provider"] = QgsApplication.processingRegistry().providerById("aguaperu") is not None
    action = window.findChild(QAction, "aguaperu_show_dock")
    result["action_found"] = action is not None
    if action is None:
        write_and_quit()
        return
    action.trigger()
    QTimer.singleShot(1500, screenshot)


QTimer.singleShot(1000, open_dock)
