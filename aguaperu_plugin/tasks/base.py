"""Background work: a QgsTask whose run() only computes, and whose finished() reports on the main thread."""

from collections.abc import Callable

from qgis.core import QgsApplication, QgsMessageLog, QgsTask

from ..toolbelt.log import LOG_TAG

_RUNNING: set = set()  # QGIS may drop Python references to running tasks; keep them alive (qgis/QGIS#38583)


class BaseTask(QgsTask):
    """Subclasses implement ``compute()``; its return value reaches ``on_done`` on the main thread.

    ``compute`` reports through ``self.progress_callback(fraction, message)`` and checks
    ``self.isCanceled()`` (pass ``self.isCanceled`` to core as ``is_cancelled``). Any exception is stored
    and handed to ``on_error``; QGIS deletes the task after ``finished``, so results are copied out there.
    """

    def __init__(
        self,
        description: str,
        on_done: Callable[[object], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        super().__init__(description, QgsTask.CanCancel)
        self.on_done, self.on_error = on_done, on_error
        self.result = None
        self.exception: BaseException | None = None
        self.message = ""

    def compute(self):
        raise NotImplementedError

    def progress_callback(self, fraction: float, message: str = "") -> None:
        self.message = message
        self.setProgress(max(0.0, min(100.0, 100.0 * fraction)))

    def run(self) -> bool:
        try:
            self.result = self.compute()
        except Exception as error:  # stored and reported on the main thread
            self.exception = error
            return False
        return not self.isCanceled()

    def finished(self, ok: bool) -> None:
        _RUNNING.discard(self)
        if ok and self.on_done is not None:
            try:
                self.on_done(self.result)
            except Exception as error:  # showing the result failed: report it, never into QGIS's error dialog
                self.exception = error
                ok = False
        if not ok and self.on_error is not None:
            from ...core.errors import CancelledError

            error = self.exception or CancelledError("The task was cancelled.")
            if self.exception is not None and not isinstance(error, CancelledError):
                import traceback

                trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
                QgsMessageLog.logMessage(trace, LOG_TAG)
            self.on_error(error)


def start(task: BaseTask) -> BaseTask:
    """Hand ``task`` to the QGIS task manager and keep it alive until it ends."""
    _RUNNING.add(task)
    QgsApplication.taskManager().addTask(task)
    return task
