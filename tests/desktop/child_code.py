"""Run inside the real QGIS desktop (qgis --code): estimate district child risk from the Models page on the folder
in $AGUAPERU_DATA, show the highest-risk district's drivers, interventions and chart, and screenshot them."""

from desktop_harness import Session
from qgis.PyQt.QtWidgets import QScrollArea

run = Session(timeout_s=300)


def start():
    page = run.open_page("models", min_width=560)
    for section in (page.poverty, page.demand):
        section.setCollapsed(True)
    page.child.run_button.click()
    run.result["started"] = page.task is not None
    run.when_done(page, done)


def done():
    page = run.page("models")
    section = page.child
    run.result["summary"] = section.summary.text()
    run.result["areas"] = section.area.count()
    run.result["details"] = section.details.toPlainText()
    run.result["chart"] = section.chart.objectName() if section.chart is not None else None
    nodes = run.group_layers()
    scroll = page.findChild(QScrollArea)
    scroll.ensureWidgetVisible(section.area_box, 0, 0)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    run.screenshot_when_drawn(nodes[0].layer() if nodes else None)


run.begin(start)
