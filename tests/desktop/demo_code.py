"""Run inside the real QGIS desktop (qgis --code): load the demo from the Data page, screenshot the map."""

from desktop_harness import Session
from qgis.core import QgsProject

DATA_GROUP = "AguaPerú – Datos"
run = Session(timeout_s=240)


def group():
    return QgsProject.instance().layerTreeRoot().findGroup(DATA_GROUP)


def start():
    page = run.open_page("data", data_folder=False)
    page.demo_button.click()
    run.result["task_started"] = page.task is not None
    run.when(lambda: page.task is None and group() is not None and len(group().findLayers()) >= 5, loaded)


def loaded():
    page = run.page("data")
    nodes = group().findLayers() if group() else []
    run.result["layers"] = {node.name(): node.layer().renderer().type() for node in nodes}
    run.result["status"] = page.status.text()
    run.result["report_counts"] = page.report_tree.counts()
    districts = next((n.layer() for n in nodes if "peru_limites" in n.layer().source()), None)
    run.screenshot_when_drawn(districts)


run.begin(start)
