"""Run inside the real QGIS desktop (qgis --code), twice. ``$AGUAPERU_PHASE`` "run": save a new project as
``$AGUAPERU_PROJECT``, run the water-quality risk model twice from the Models page, record the layers and the
summary, save. "reopen": open that project in a fresh QGIS, open the dock's Models page, record what it shows and
where its layers read from, and screenshot it."""

import os

import qgis.utils
from desktop_harness import Session
from qgis.core import QgsProject

run = Session(timeout_s=300)
PROJECT = os.environ["AGUAPERU_PROJECT"]


def layers() -> dict:
    """Name → (id, file) of the layers of the models group."""
    from aguaperu.aguaperu_plugin.layers import layer_file

    return {
        node.name(): [node.layer().id(), str((layer_file(node.layer()) or ("",))[0])] for node in run.group_layers()
    }


def start():
    project = QgsProject.instance()
    if os.environ["AGUAPERU_PHASE"] == "reopen":
        qgis.utils.iface.addProject(PROJECT)
        page = run.open_page("models", data_folder=False)
        run.result["layers_read"] = layers()
        run.result["valid"] = all(node.layer().isValid() for node in run.group_layers())
        run.result["summary"] = page.summary.text()
        run.result["charts"] = [chart.objectName() for chart in page.charts]
        run.screenshot_when_drawn(run.group_layers()[-1].layer())
        return
    project.setFileName(PROJECT)  # what *Save as* does before writing
    run.result["saved"] = project.write()
    page = run.open_page("models")
    page.run_button.click()
    run.result["output_folder"] = str(page.output_folder())
    run.when_done(page, again)


def again():
    page = run.page("models")
    run.result["first"] = layers()
    page.run_button.click()
    run.when_done(page, done)


def done():
    page = run.page("models")
    run.result["second"] = layers()
    run.result["summary"] = page.summary.text()
    run.result["saved_again"] = QgsProject.instance().write()
    run.finish()


run.begin(start)
