"""PDF export in the task manager. Layouts and the project's layers live on the main thread (QGIS's own
layout export algorithms and its layout designer export there too), so the pages are rendered on the main
thread, one page per turn of the event loop; a ``QgsProxyProgressTask`` shows progress and takes
cancellation in the task manager, and the page's progress bar follows it."""

from collections.abc import Callable
from pathlib import Path

from qgis.core import QgsProxyProgressTask
from qgis.PyQt.QtCore import QTimer

from ..printing.export import PdfJob


class PrintTask(QgsProxyProgressTask):
    """Renders ``job`` page by page; ``on_done(path, pages)`` or ``on_error(exception)`` on the main thread."""

    def __init__(
        self,
        description: str,
        job: PdfJob,
        on_done: Callable[[Path, int], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(description, True)
        self.job, self.on_done, self.on_error = job, on_done, on_error
        self.cancelled = False
        self.canceled.connect(self._cancel)
        QTimer.singleShot(0, self._step)  # after the task manager has it

    def _cancel(self) -> None:
        self.cancelled = True

    def _fail(self, error: BaseException) -> None:
        """Abort the job and report: the trace to the log panel (except for a cancel), the error to the page."""
        from ...core.errors import CancelledError

        self.job.abort()
        self._end(False)
        if not isinstance(error, CancelledError):
            import traceback

            from qgis.core import QgsMessageLog

            from ..toolbelt.log import LOG_TAG

            trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
            QgsMessageLog.logMessage(trace, LOG_TAG)
        self.on_error(error)

    def _end(self, ok: bool) -> None:
        from .base import _RUNNING

        self.finalize(ok)
        _RUNNING.discard(self)

    def _step(self) -> None:
        from ...core.errors import CancelledError

        try:
            if self.cancelled:
                raise CancelledError("The export was cancelled.")
            more = self.job.step()
        except Exception as error:  # reported to the page, never into QGIS's error dialog
            self._fail(error)
            return
        self.setProxyProgress(100.0 * self.job.fraction)
        if more:
            QTimer.singleShot(0, self._step)
            return
        try:
            path = self.job.finish()
        except OSError as error:
            self._fail(error)
            return
        self._end(True)
        self.on_done(path, len(self.job.pages))
