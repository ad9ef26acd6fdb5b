"""Route the ``aguaperu`` logger of core and plugin into the QGIS log panel."""

import logging

from qgis.core import Qgis, QgsMessageLog

LOG_TAG = "AguaPerú"
LOGGER_NAME = "aguaperu"

_LEVELS = (
    (logging.ERROR, Qgis.MessageLevel.Critical),
    (logging.WARNING, Qgis.MessageLevel.Warning),
    (logging.NOTSET, Qgis.MessageLevel.Info),
)


class QgsLogHandler(logging.Handler):
    """A logging handler that writes records to the AguaPerú tab of the log panel."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = self.format(record)
            level = next(qgis for py, qgis in _LEVELS if record.levelno >= py)
            QgsMessageLog.logMessage(message, LOG_TAG, level=level, notifyUser=False)
        except Exception:  # a log handler must never raise into the caller
            self.handleError(record)


def attach_handler(debug: bool = False) -> QgsLogHandler:
    """Attach one handler to the ``aguaperu`` logger and return it (call ``detach_handler`` on unload)."""
    logger = logging.getLogger(LOGGER_NAME)
    handler = QgsLogHandler()
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if debug else logging.INFO)
    return handler


def detach_handler(handler: logging.Handler) -> None:
    """Remove a handler added by ``attach_handler``."""
    logging.getLogger(LOGGER_NAME).removeHandler(handler)
