"""Run inside the real QGIS desktop (qgis --code): validate the folder in $AGUAPERU_DATA from the Data page,
cancel it while it runs, and record what the page and QGIS's message bar say about it."""

import os

import qgis.utils
from desktop_harness import Session
from qgis.PyQt.QtCore import QTimer

run = Session(timeout_s=300, bar=[])


def record(item) -> None:
    run.result["bar"].append(f"{item.title()}: {item.text()}")


def start():
    page = run.open_page("data", data_folder=False)
    page.data_folder.setFilePath(os.environ["AGUAPERU_DATA"])
    qgis.utils.iface.messageBar().widgetAdded.connect(record)
    page.validate()
    run.result["started"] = page.task is not None
    run.result["description"] = page.task.description() if page.task else ""
    run.when(lambda: page.task is None or page.progress.value() >= 5, lambda: cancel(page), every_ms=100)


def cancel(page) -> None:
    run.result["cancelled_while_running"] = page.task is not None
    if page.task is not None:
        page.cancel_button.click()
        run.result["description"] = page.task.description()
    run.when_done(page, lambda: QTimer.singleShot(3000, lambda: done(page)))


def done(page) -> None:
    run.result["status"] = page.status.text()
    run.screenshot()


run.begin(start)
