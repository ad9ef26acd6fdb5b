"""What the stock-install test runs inside the real QGIS desktop (``qgis --code tests/stock/stock_code.py``): a
sequence of steps written as a generator that yields conditions to wait for (the event loop keeps running),
Processing algorithms run the way the Processing dialog runs them (a ``QgsProcessingAlgRunnerTask`` in the
background, then ``handleAlgorithmResults`` in the main thread), a watchdog that records and closes any modal
dialog (a test must never hang on one), and QGIS's message log recorded per step.

Only the standard library and what QGIS ships are imported here: the test runs QGIS without the project's
packages.
"""

import json
import os
import sys
import time
import traceback
from collections.abc import Callable, Generator

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDialog, QMessageBox

Steps = Generator[Callable[[], bool], None, None]

QGIS_GENERIC = ("Execution failed after", "There were errors executing the algorithm")


class RecordingFeedback(QgsProcessingFeedback):
    """The text a Processing dialog's log would show: errors, warnings and information."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []
        self.infos: list[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.errors.append(str(error))
        super().reportError(error, fatalError)

    def pushWarning(self, warning):  # noqa: N802
        self.infos.append(str(warning))
        super().pushWarning(warning)

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(str(info))
        super().pushInfo(info)


class Session:
    """One QGIS run of the test: ``result`` goes to ``$AGUAPERU_RESULT`` (JSON) before QGIS is asked to quit."""

    def __init__(self, timeout_s: float) -> None:
        self.started = time.time()
        self.deadline = self.started + timeout_s
        self.result: dict = {"steps": [], "modal_dialogs": [], "log": []}
        self.step_name = "start"
        self._tasks: list = []  # every running task, its context and feedback stay referenced until it ends
        QgsApplication.messageLog().messageReceived.connect(self._log)
        self._watchdog = QTimer()
        self._watchdog.timeout.connect(self._close_modal)
        self._watchdog.start(1000)

    # --- recording -------------------------------------------------------------------------------------
    def _log(self, message, tag, level) -> None:
        if tag == "AguaPerú" and level < Qgis.MessageLevel.Warning:
            return  # the plugin's own information lines
        self.result["log"].append({"step": self.step_name, "tag": tag, "level": int(level), "message": message})

    def _close_modal(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        text = widget.text() if isinstance(widget, QMessageBox) else ""
        self.result["modal_dialogs"].append(
            {"step": self.step_name, "class": type(widget).__name__, "title": widget.windowTitle(), "text": text}
        )
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    def python_errors(self, step: str) -> list[str]:
        """Python errors and warnings QGIS logged during ``step``."""
        return [m["message"] for m in self.result["log"] if m["step"] == step and m["tag"].startswith("Python")]

    def write(self) -> None:
        self.result["seconds"] = round(time.time() - self.started, 1)
        with open(os.environ["AGUAPERU_RESULT"], "w", encoding="utf-8") as handle:
            json.dump(self.result, handle, indent=1, ensure_ascii=False)

    # --- running -----------------------------------------------------------------------------------------
    def run(self, steps: Steps) -> None:
        """Drive ``steps``: each yielded condition is polled until it holds (or the run's time is up)."""

        def advance() -> None:
            try:
                condition = next(steps)
            except StopIteration:
                self.quit()
                return
            except Exception:  # noqa: BLE001 (a failure of the test itself: recorded, QGIS still quits)
                self.result["harness_error"] = traceback.format_exc()
                self.quit()
                return
            poll(condition)

        def poll(condition) -> None:
            if condition() or time.time() > self.deadline:
                if time.time() > self.deadline:
                    self.result["timed_out_in"] = self.step_name
                QTimer.singleShot(0, advance)
            else:
                QTimer.singleShot(200, lambda: poll(condition))

        QTimer.singleShot(1000, advance)  # once QGIS has settled

    def run_algorithm(self, algorithm_id: str, parameters: dict, record: dict, limit_s: float = 900) -> Steps:
        """Run ``algorithm_id`` as the Processing dialog does; fill ``record`` (ok, errors, seconds, results).
        After ``limit_s`` seconds the task is cancelled."""
        from processing.gui.Postprocessing import handleAlgorithmResults

        registry = QgsApplication.processingRegistry()
        algorithm = registry.createAlgorithmById(algorithm_id)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = RecordingFeedback()
        context.setFeedback(feedback)
        ok, message = algorithm.checkParameterValues(parameters, context)
        if not ok:
            record.update(ok=False, errors=[f"refused before running: {message}"], seconds=0.0)
            return
        state = {}
        started = time.time()
        if algorithm.flags() & QgsProcessingAlgorithm.FlagNoThreading:  # the dialog runs it in the main thread
            from processing.gui.AlgorithmExecutor import execute

            try:
                successful, results = execute(algorithm, parameters, context, feedback)
            except Exception:  # noqa: BLE001 (the dialog would show a Python error)
                feedback.errors.append(traceback.format_exc())
                successful, results = False, {}
            state.update(ok=successful, results=results)
            yield lambda: True
        else:
            task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
            task.executed.connect(lambda successful, results: state.update(ok=successful, results=results))
            self._tasks.append((task, context, feedback, algorithm))
            QgsApplication.taskManager().addTask(task)
            yield lambda: "ok" in state or time.time() > started + limit_s
            if "ok" not in state:  # out of time: cancel, and give the task a little time to end
                task.cancel()
                yield lambda: "ok" in state or time.time() > started + limit_s + 30
                state.setdefault("ok", False)
                feedback.errors.append(f"timed out after {limit_s} s")
            if "results" in state:  # the task ended: it, its context and feedback can go
                self._tasks.remove((task, context, feedback, algorithm))
        record["seconds"] = round(time.time() - started, 1)
        if state["ok"]:
            try:
                handleAlgorithmResults(algorithm, context, feedback, state.get("results", {}))
            except Exception:  # noqa: BLE001 (what the dialog would show as a Python error)
                feedback.errors.append(traceback.format_exc())
        record["ok"] = bool(state["ok"])
        record["errors"] = [e for e in feedback.errors if not e.startswith(QGIS_GENERIC)]
        record["results"] = {k: str(v)[:200] for k, v in (state.get("results") or {}).items()}
        record["info"] = feedback.infos[-5:]

    def quit(self) -> None:
        """Write the result, then quit QGIS the way a user does (File ▸ Exit), with nothing left to save."""
        self.step_name = "exit"
        self.write()
        QgsProject.instance().clear()
        QgsProject.instance().setDirty(False)
        import qgis.utils

        QTimer.singleShot(500, qgis.utils.iface.actionExit().trigger)


def installed_distributions_missing(names: list[str]) -> list[str]:
    """The names among ``names`` that no installed distribution answers to (``importlib.metadata``)."""
    from importlib import metadata

    missing = []
    for name in names:
        try:
            metadata.distribution(name)
        except metadata.PackageNotFoundError:
            missing.append(name)
    return missing


def flush_stdout() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
