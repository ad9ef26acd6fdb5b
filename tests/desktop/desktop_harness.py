"""What the scripts run inside the real QGIS desktop (``qgis --code``, tests/desktop/*_code.py) share: open a
page of the AguaPerú dock on the whole screen, wait for its task, read the layers of a group, take the
screenshot once the map is drawn, write the JSON result to ``$AGUAPERU_RESULT`` and quit QGIS.

``scripts/qgis_desktop.run_qgis`` puts the script's folder on ``PYTHONPATH``, as ``python script.py`` would, so
a script imports this module by name.
"""

import json
import os
import time
from collections.abc import Callable

import qgis.utils
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication

MODELS_GROUP = "AguaPerú – Modelos"


class Session:
    """One desktop run: ``result`` is written as JSON when ``finish`` is called (at the latest after the
    screenshot); ``timeout_s`` bounds every wait for a task."""

    def __init__(self, timeout_s: float, **result) -> None:
        self.result = result
        self.started = time.time()
        self.timeout_s = timeout_s
        self.before_exit: list[Callable[[], None]] = []  # run before the project is cleared

    @property
    def plugin(self):
        return qgis.utils.plugins["aguaperu"]

    def page(self, key: str):
        return self.plugin.dock.page(key)

    def open_page(self, key: str, min_width: int | None = None, data_folder: bool = True):
        """Full-screen main window, the dock on page ``key`` (and the shared data folder chosen); the page."""
        window = qgis.utils.iface.mainWindow()
        window.setGeometry(QApplication.primaryScreen().geometry())
        dock = self.plugin.dock
        if dock is None or not dock.isVisible():  # the action toggles the dock: a second page must not hide it
            self.plugin.dock_action.trigger()
        self.plugin.dock.show_page(key)
        if min_width:
            self.plugin.dock.setMinimumWidth(min_width)
        page = self.page(key)
        if data_folder:
            page.use_data_folder(os.environ["AGUAPERU_DATA"])
        return page

    def when(self, condition: Callable[[], bool], then: Callable[[], None], every_ms: int = 500) -> None:
        """Call ``then`` once ``condition()`` holds (or the time is up)."""

        def poll() -> None:
            if not condition() and time.time() - self.started < self.timeout_s:
                QTimer.singleShot(every_ms, poll)
            else:
                then()

        QTimer.singleShot(every_ms, poll)

    def when_done(self, page, then: Callable[[], None], every_ms: int = 500) -> None:
        """Call ``then`` once ``page`` runs no task (or the time is up)."""
        self.when(lambda: page.task is None, then, every_ms)

    def run_scenarios(self, examples, names, then: Callable[[], None], min_width: int | None = None):
        """On the Scenarios page: the baseline and the scenarios ``names`` (files of ``examples``) created,
        ticked and run in the page's task; ``then`` once it is done. The page."""
        from aguaperu.core.scenarios import Scenario

        page = self.open_page("scenarios", min_width=min_width)
        page.refresh()
        page.baseline_id()
        for name in names:
            page.store().create(Scenario.load(examples / name))
        page.refresh()
        for row in range(page.list.count()):
            item = page.list.item(row)
            if item.flags() & Qt.ItemIsUserCheckable:
                item.setCheckState(Qt.Checked)
        page.run_all_button.click()
        self.when_done(page, then, every_ms=1000)
        return page

    def group_layers(self, name: str = MODELS_GROUP) -> list:
        """The layer tree nodes of group ``name``; their feature counts and renderers go into the result."""
        group = QgsProject.instance().layerTreeRoot().findGroup(name)
        nodes = group.findLayers() if group else []
        self.result["layers"] = {node.name(): node.layer().featureCount() for node in nodes}
        self.result["renderers"] = {node.name(): node.layer().renderer().type() for node in nodes}
        return nodes

    def screenshot_when_drawn(self, layer=None, fallback_ms: int = 15000) -> None:
        """Zoom to ``layer`` (when given), redraw, and take the screenshot a second after the map is drawn
        (after ``fallback_ms`` at the latest), then finish."""
        canvas = qgis.utils.iface.mapCanvas()
        if layer is not None:
            canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(layer, layer.extent()))
        canvas.refresh()
        canvas.mapCanvasRefreshed.connect(lambda: QTimer.singleShot(1000, self.screenshot))
        QTimer.singleShot(fallback_ms, self.screenshot)

    def screenshot(self) -> None:
        """The whole screen to ``$AGUAPERU_SCREENSHOT`` (once), then finish."""
        if "screenshot_saved" in self.result:
            return
        path = os.environ.get("AGUAPERU_SCREENSHOT")
        self.result["screenshot_saved"] = bool(path) and QApplication.primaryScreen().grabWindow(0).save(path)
        self.finish()

    def finish(self) -> None:
        self.result["seconds"] = round(time.time() - self.started, 1)
        with open(os.environ["AGUAPERU_RESULT"], "w", encoding="utf-8") as handle:
            json.dump(self.result, handle)
        for step in self.before_exit:
            step()
        QgsProject.instance().clear()  # layers go while the layer tree view still exists
        QTimer.singleShot(500, lambda: QgsApplication.exit(0))

    def begin(self, start: Callable[[], None]) -> None:
        """Call ``start`` once QGIS has settled. Nobody answers a dialog here: an unsaved project keeps its
        results in a session folder instead of asking where (``project_folder``)."""
        from aguaperu.aguaperu_plugin import project_folder

        project_folder.dialogs_possible = lambda: False
        QTimer.singleShot(1000, start)
