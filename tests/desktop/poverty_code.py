"""Run inside the real QGIS desktop (qgis --code): predict district poverty from the Models page on the folder
in $AGUAPERU_DATA, then its hotspots, and screenshot the layers and charts."""

from desktop_harness import Session
from qgis.PyQt.QtWidgets import QScrollArea

run = Session(timeout_s=300)


def start():
    page = run.open_page("models", min_width=520)
    page.poverty.predict_button.click()
    run.result["poverty_started"] = page.task is not None
    run.when_done(page, poverty_done)


def poverty_done():
    page = run.page("models")
    section = page.poverty
    run.result["poverty_summary"] = section.summary.text()
    run.result["charts"] = [chart.objectName() for chart in section.charts]
    run.result["hotspot_field"] = section.hotspot_field.currentField()
    section.hotspots_button.click()
    run.result["hotspots_started"] = page.task is not None
    run.when_done(page, hotspots_done)


def hotspots_done():
    page = run.page("models")
    section = page.poverty
    run.result["hotspot_summary"] = section.hotspot_summary.text()
    nodes = run.group_layers()
    page.findChild(QScrollArea).ensureWidgetVisible(section.charts[0] if section.charts else section, 0, 0)
    run.screenshot_when_drawn(nodes[0].layer() if nodes else None)


run.begin(start)
