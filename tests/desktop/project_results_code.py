"""Run inside the real QGIS desktop (qgis --code), twice. ``$AGUAPERU_PHASE`` "run": save a new project as
``$AGUAPERU_PROJECT``; from the Models page run water risk, poverty, child risk and the demand forecast; from the
Scenarios page run the baseline and "crecimiento 15 %" and compare them; run water risk again; record every
layer, summary, chart and panel, and save. "reopen": open that project in a fresh QGIS, open the dock, wait for the
comparison the project remembers, record the same things, and screenshot the Models page and the comparison."""

import os
from pathlib import Path

import qgis.utils
from desktop_harness import Session
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QScrollArea

run = Session(timeout_s=1500)
PROJECT = os.environ["AGUAPERU_PROJECT"]
EXAMPLES = Path(os.environ["AGUAPERU_EXAMPLES"])


def layers() -> dict:
    """Every layer of the project: name → [id, file it reads (blank when none), valid, feature count]."""
    from aguaperu.aguaperu_plugin.layers import layer_file

    out = {}
    for layer in QgsProject.instance().mapLayers().values():
        found = layer_file(layer)
        count = layer.featureCount() if hasattr(layer, "featureCount") else -1
        out.setdefault(layer.name(), []).append([layer.id(), str(found[0]) if found else "", layer.isValid(), count])
    return out


def shown() -> dict:
    """What the Models page shows of each run: summaries, chart names, the child panel and the demand chart."""
    page = run.page("models")
    plot_names = [chart.objectName() for chart in page.charts]
    return {
        "water_risk": page.summary.text(),
        "water_risk_charts": plot_names,
        "poverty": page.poverty.summary.text(),
        "poverty_charts": [chart.objectName() for chart in page.poverty.charts],
        "child": page.child.summary.text(),
        "child_areas": page.child.area.count(),
        "child_details": page.child.details.toPlainText(),
        "child_chart": page.child.chart.objectName() if page.child.chart is not None else None,
        "demand": page.demand.summary.text(),
        "demand_areas": page.demand.area.count(),
        "demand_chart": page.demand.chart.objectName() if page.demand.chart is not None else None,
    }


def data_folders() -> dict:
    """The data folder each page of the dock shows."""
    pages = {key: run.plugin.dock.page(key) for key in run.plugin.dock.page_keys()}
    return {key: page.data_folder.filePath() for key, page in pages.items() if hasattr(page, "data_folder")}


def comparison() -> dict:
    """The comparison window's KPI table (row label → cells), or None when there is none."""
    dialog = run.page("scenarios").comparison
    if dialog is None:
        return None
    table = dialog.table
    return {
        "columns": [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())],
        "rows": {
            table.verticalHeaderItem(r).text(): [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        },
        "maps": len(dialog.canvases),
    }


def close_comparison():
    scenarios = run.plugin.dock.page("scenarios") if run.plugin.dock is not None else None
    if scenarios is not None and scenarios.comparison is not None:
        scenarios.comparison.close()


run.before_exit.append(close_comparison)


# --- phase "run" ------------------------------------------------------------------------------------------
def start():
    if os.environ["AGUAPERU_PHASE"] == "reopen":
        reopen()
        return
    QgsProject.instance().setFileName(PROJECT)  # what *Save as* does before writing
    run.result["saved"] = QgsProject.instance().write()
    page = run.open_page("models")
    run.result["output_folder"] = str(page.output_folder())
    page.run_button.click()
    run.when_done(page, poverty)


def poverty():
    page = run.page("models")
    run.result["water_risk_first"] = layers()
    page.poverty.predict_button.click()
    run.when_done(page, child)


def child():
    page = run.page("models")
    page.child.run_button.click()
    run.when_done(page, demand)


def demand():
    from aguaperu.core.models.demand.series import bwdf_files

    page = run.page("models")
    inflow, weather = bwdf_files()
    page.demand.inflow.setFilePath(str(inflow))
    page.demand.weather.setFilePath(str(weather))
    page.demand.forecast_button.click()
    run.when_done(page, scenarios)


def scenarios():
    run.result["models_done"] = shown()
    run.run_scenarios(EXAMPLES, ["crecimiento_15.json"], compare)


def compare():
    page = run.page("scenarios")
    run.result["store"] = str(page.store_path())
    page.compare()
    run.when_done(page, rerun)


def rerun():
    run.result["comparison"] = comparison()
    close_comparison()
    run.result["before_rerun"] = layers()
    page = run.open_page("models", data_folder=False)
    page.run_button.click()
    run.when_done(page, saved)


def saved():
    run.result["after_rerun"] = layers()
    run.result["shown"] = shown()
    run.result["data_folders"] = data_folders()
    run.result["saved_again"] = QgsProject.instance().write()
    run.finish()


# --- phase "reopen" ---------------------------------------------------------------------------------------
def reopen():
    qgis.utils.iface.addProject(PROJECT)
    run.result["layers"] = layers()
    run.open_page("models", data_folder=False)
    run.result["shown"] = shown()
    run.result["data_folders"] = data_folders()  # the folder the project's results were made from
    page = run.open_page("scenarios", data_folder=False)
    run.result["restoring"] = page.task is not None  # the remembered comparison, computed again in a task
    run.when_done(page, reopened)


def reopened():
    run.result["comparison"] = comparison()
    models = run.open_page("models", min_width=520, data_folder=False)
    models.findChild(QScrollArea).verticalScrollBar().setValue(0)
    canvas = qgis.utils.iface.mapCanvas()
    canvas.refresh()
    QTimer.singleShot(8000, screenshots)


def screenshots():
    """The whole screen (the Models page as reopened), then the comparison window alone."""
    path = os.environ.get("AGUAPERU_SCREENSHOT")
    dialog = run.page("scenarios").comparison
    if path and dialog is not None:
        screen = QApplication.primaryScreen().geometry()
        dialog.setGeometry(screen.x() + 40, screen.y() + 60, screen.width() - 640, screen.height() - 120)
        dialog.hide()  # the screen first (the Models page as reopened), once redrawn without the window
        QTimer.singleShot(2500, lambda: screen_then_window(dialog, Path(path)))
        return
    run.screenshot()


def screen_then_window(dialog, path: Path):
    QApplication.primaryScreen().grabWindow(0).save(str(path))
    dialog.show()
    dialog.raise_()
    QTimer.singleShot(4000, lambda: finish_with_dialog(path))


def finish_with_dialog(path: Path):
    run.page("scenarios").comparison.grab().save(str(path.with_name(path.stem + "_comparison.png")))
    run.result["screenshot_saved"] = path.is_file()
    run.finish()


run.begin(start)
