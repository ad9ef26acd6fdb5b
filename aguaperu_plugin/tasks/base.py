"""Background work: a QgsTask whose run() only computes, and whose finished() reports on the main thread."""

from collections.abc import Callable

from qgis.core import QgsApplication, QgsMessageLog, QgsTask

from ..toolbelt.log import LOG_TAG

_RUNNING: set = set()  # QGIS may drop Python references to running tasks; keep them alive (qgis/QGIS#38583)


def cache_folder(out_dir):
    """The disk cache of the jobs that write into ``out_dir`` (``core.cache``): beside their outputs, so that a
    second job, a scenario batch or a reopened project reuses the district feature table."""
    from pathlib import Path

    return Path(out_dir) / ".aguaperu-cache"


class BaseTask(QgsTask):
    """Subclasses implement ``compute()``; its return value reaches ``on_done`` on the main thread.

    ``compute`` reports through ``self.progress_callback(fraction, message)`` and checks
    ``self.isCanceled()`` (pass ``self.isCanceled`` to core as ``is_cancelled``). Any exception is stored
    and handed to ``on_error``; QGIS deletes the task after ``finished``, so results are copied out there.

    Cancelling is prompt even inside one long library call: if ``compute`` has not stopped at its own check
    within ``core.cancel.GRACE`` seconds, it is interrupted at its next Python instruction (``core.cancel``). Writing is
    never cut in half: the atomic writers are protected blocks, and files recorded with ``output`` are
    removed when the run ends cancelled or failed.
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
        self.outputs: list = []  # files written by compute(): removed when the task is cancelled or fails
        self.cancelled = False  # the run ended cancelled (run() returned True: QGIS must not report a failure)

    def output(self, path):
        """Record a file ``compute`` wrote (returned unchanged), so that a cancelled or failed run leaves none."""
        self.outputs.append(path)
        return path

    def check_cancelled(self) -> None:
        """Raise CancelledError when the user cancelled (call it before writing anything)."""
        from ...core.errors import CancelledError

        if self.isCanceled():
            raise CancelledError("The task was cancelled.")

    def _discard_outputs(self) -> None:
        from pathlib import Path

        for path in self.outputs:
            try:
                Path(path).unlink(missing_ok=True)
            except OSError as error:
                QgsMessageLog.logMessage(f"{path} could not be removed: {error}", LOG_TAG)
        self.outputs = []

    def compute(self):
        raise NotImplementedError

    def progress_callback(self, fraction: float, message: str = "") -> None:
        self.message = message
        self.setProgress(max(0.0, min(100.0, 100.0 * fraction)))

    def cancel(self) -> None:
        """Cancel, and say so in the task's description: QGIS lists it, and names it if it notifies the end."""
        from ..toolbelt.i18n import tr

        if not self.isCanceled():
            self.setDescription(tr("{0} (cancelled)").format(self.description()))
        super().cancel()

    def run(self) -> bool:
        """Compute; True when the run ended, completed or cancelled, False when it failed.

        A cancelled run returns True: QGIS reports a run that returns False as failed ("Task failed" in its
        message bar or a desktop notification), and a cancel is no failure. ``finished`` tells the two apart
        by ``cancelled`` and hands the page a CancelledError, never a result.
        """
        from ...core.cancel import Interrupted, cancellable

        try:
            with cancellable(self.isCanceled):
                self.check_cancelled()  # cancelled while queued
                self.result = self.compute()
        except Interrupted:
            return self._end_cancelled()
        except Exception as error:  # stored and reported on the main thread
            # once cancelled, an error is the interruption seen through a library (a reader reporting its
            # interrupted read as a parse error): the run was cancelled
            if self.isCanceled():
                return self._end_cancelled()
            self.exception = error
            self._discard_outputs()
            return False
        if self.isCanceled():  # cancelled while the last file was written: nothing is left behind
            return self._end_cancelled()
        return True

    def _end_cancelled(self) -> bool:
        from ...core.errors import CancelledError

        self.cancelled = True
        self.result = None
        self.exception = CancelledError("The task was cancelled.")
        self._discard_outputs()
        return True

    def finished(self, ok: bool) -> None:
        _RUNNING.discard(self)
        if self.cancelled:  # run() returned True so that QGIS reports no failure: the page hears of the cancel
            ok = False
        elif ok and self.on_done is not None:
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
