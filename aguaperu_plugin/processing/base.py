"""Shared base of AguaPerú Processing algorithms."""

import functools
from pathlib import Path

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication, QThread
from qgis.PyQt.QtGui import QIcon

from ..toolbelt.i18n import tr

ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "aguaperu.svg"


def _cancellable(process):
    """``processAlgorithm`` that stops within a moment of the user's cancel when it runs in a background
    thread (the Processing dialog, the model builder), even inside one long library call (``core.cancel``)."""

    @functools.wraps(process)
    def run(self, parameters, context, feedback):
        application = QCoreApplication.instance()
        if feedback is None or application is None or QThread.currentThread() == application.thread():
            return process(self, parameters, context, feedback)  # main thread: never interrupted
        from ...core.cancel import Interrupted, cancellable

        try:
            with cancellable(feedback.isCanceled):
                return process(self, parameters, context, feedback)
        except Interrupted:
            raise QgsProcessingException(tr("The algorithm was cancelled.")) from None
        except Exception:
            if feedback.isCanceled():  # the interruption seen through a library (a reader's parse error)
                raise QgsProcessingException(tr("The algorithm was cancelled.")) from None
            raise

    run.aguaperu_cancellable = True
    return run


class AguaPeruAlgorithm(QgsProcessingAlgorithm):
    """Ids stay untranslated; display names and groups go through ``tr``. Every subclass's
    ``processAlgorithm`` is made promptly cancellable (``_cancellable``)."""

    group_id = ""

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is not None and not getattr(process, "aguaperu_cancellable", False):
            cls.processAlgorithm = _cancellable(process)

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def groupId(self) -> str:  # noqa: N802
        return self.group_id

    def group(self) -> str:
        return {"maps": tr("Maps"), "data": tr("Data"), "models": tr("Models"), "scenarios": tr("Scenarios")}[
            self.group_id
        ]

    def icon(self) -> QIcon:
        return QIcon(str(ICON))
