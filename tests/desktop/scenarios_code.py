"""Run inside the real QGIS desktop (qgis --code): import two scenarios (resources/scenarios), run them and the
baseline on all of Peru from the Scenarios page, compare them side by side, and screenshot the comparison."""

import os
import time
from pathlib import Path

from desktop_harness import Session
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication

EXAMPLES = Path(os.environ["AGUAPERU_EXAMPLES"])
run = Session(timeout_s=900)


def close_comparison():
    if run.page("scenarios").comparison is not None:
        run.page("scenarios").comparison.close()


run.before_exit.append(close_comparison)


def start():
    page = run.open_page("scenarios", min_width=560)
    page.store_path().unlink(missing_ok=True)  # a store left by an earlier run in the temporary folder
    page = run.run_scenarios(EXAMPLES, ["crecimiento_15.json", "rehabilitacion.json"], done, min_width=560)
    run.result["started"] = page.task is not None


def done():
    page = run.page("scenarios")
    run.result["run_seconds"] = round(time.time() - run.started, 1)
    run.result["listed"] = [page.list.item(row).text() for row in range(page.list.count())]
    page.compare()  # the comparison runs in a task: read the window once it is done
    run.when_done(page, compared, every_ms=500)


def compared():
    page = run.page("scenarios")
    dialog = page.comparison
    run.result["compared"] = dialog is not None
    if dialog is None:
        run.finish()
        return
    table = dialog.table
    run.result["columns"] = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    run.result["rows"] = {
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
    """The whole screen, and the comparison window alone beside it."""
    path = os.environ.get("AGUAPERU_SCREENSHOT")
    if path:
        run.page("scenarios").comparison.grab().save(str(Path(path).with_name("scenario_comparison_dialog.png")))
    run.screenshot()


run.begin(start)
