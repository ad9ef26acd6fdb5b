"""Run inside the real QGIS desktop (qgis --code): predict the water-quality risk from the Models page on the
folder in $AGUAPERU_DATA, wait for the task, record the layers and charts, and screenshot them."""

from desktop_harness import Session

run = Session(timeout_s=300)


def start():
    page = run.open_page("models")
    page.run_button.click()
    run.result["task_started"] = page.task is not None
    run.when_done(page, done)


def done():
    page = run.page("models")
    nodes = run.group_layers()
    run.result["summary"] = page.summary.text()
    run.result["charts"] = [chart.objectName() for chart in page.charts]
    run.screenshot_when_drawn(nodes[-1].layer() if nodes else None)


run.begin(start)
