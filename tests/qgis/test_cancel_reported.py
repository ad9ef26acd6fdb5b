"""A run the user cancels ends as QGIS's "complete", never "terminated" (which QGIS reports as "Task failed"),
is named cancelled in the task list, and the page says "Cancelado" and adds nothing."""

from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsTask

from aguaperu.aguaperu_plugin.tasks.base import BaseTask
from aguaperu.core.errors import CancelledError


class Waiting(BaseTask):
    """Writes a file, then waits (checking for the cancel) until it is cancelled."""

    def __init__(self, out: Path, **callbacks) -> None:
        super().__init__("AguaPerú: prueba", **callbacks)
        self.out = out

    def compute(self):
        import time

        self.output(self.out).write_text("a half-made output", encoding="utf-8")
        self.progress_callback(0.5, "waiting")
        while True:
            self.check_cancelled()
            time.sleep(0.01)


class Failing(BaseTask):
    def compute(self):
        raise ValueError("a real failure")


def statuses(qtbot, task: BaseTask, cancel: bool) -> list:
    """Start ``task`` on the task manager (cancelled once it reports progress) and the statuses it went through."""
    from aguaperu.aguaperu_plugin.tasks.base import start

    seen: list = []
    task.statusChanged.connect(seen.append)
    if cancel:
        task.progressChanged.connect(lambda value: value >= 50 and not task.isCanceled() and task.cancel())
    start(task)
    qtbot.waitUntil(lambda: bool(seen) and seen[-1] in (QgsTask.Complete, QgsTask.Terminated), timeout=60_000)
    return seen


def test_a_cancelled_task_ends_complete_reports_cancelled_error_and_leaves_nothing(qgis_app, qtbot, tmp_path):
    ended: dict = {}
    task = Waiting(
        tmp_path / "salida.gpkg", on_done=lambda r: ended.update(done=r), on_error=lambda e: ended.update(error=e)
    )
    seen = statuses(qtbot, task, cancel=True)
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    assert seen[-1] == QgsTask.Complete and QgsTask.Terminated not in seen
    assert "done" not in ended and isinstance(ended["error"], CancelledError)
    assert not (tmp_path / "salida.gpkg").exists()


def test_a_failing_task_still_ends_terminated_with_its_error(qgis_app, qtbot):
    ended: dict = {}
    task = Failing("AguaPerú: prueba", on_error=lambda e: ended.update(error=e))
    seen = statuses(qtbot, task, cancel=False)
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    assert seen[-1] == QgsTask.Terminated
    assert isinstance(ended["error"], ValueError)


@pytest.mark.parametrize("locale", ["en", "es"])
def test_the_page_says_cancelled_and_no_failure_reaches_the_message_bar(locale, qgis_iface, qtbot, tmp_path):
    from qgis.core import QgsSettings

    from aguaperu.aguaperu_plugin.gui.data_page import DataPage
    from aguaperu.aguaperu_plugin.toolbelt.i18n import install_translator

    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", locale)
    translator = install_translator(locale) if locale == "es" else None
    try:
        page = DataPage(qgis_iface)
        qgis_iface.messageBar().clearWidgets()
        task = Waiting(tmp_path / "salida.gpkg", on_error=page.task_failed)
        page.run_task(task)
        qtbot.waitUntil(lambda: page.progress.value() >= 50, timeout=60_000)
        page.cancel_button.click()
        assert "(cancelled)" in task.description() or "(cancelado)" in task.description()
        qtbot.waitUntil(lambda: page.task is None, timeout=60_000)
        expected = "Cancelado; no se agregó nada." if locale == "es" else "Cancelled; nothing was added."
        assert page.status.text() == expected
        assert qgis_iface.messageBar().currentItem() is None  # nothing reported as failed
    finally:
        if translator is not None:
            QgsApplication.removeTranslator(translator)
        settings.remove("locale/overrideFlag")
        settings.remove("locale/userLocale")
