"""Messages to the user: the message bar, with the full text behind a details button and in the log."""

from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt.QtWidgets import QMessageBox, QPushButton

from .i18n import tr
from .log import LOG_TAG

DURATION_S = 8


def show_error(iface, message: str, details: str = "") -> None:
    """A critical message-bar item; ``details`` (the trace, the report) behind a button and in the log."""
    QgsMessageLog.logMessage(f"{message}\n{details}".strip(), LOG_TAG, Qgis.MessageLevel.Critical, notifyUser=False)
    bar = iface.messageBar()
    if details:
        widget = bar.createMessage(tr("AguaPerú"), message)
        button = QPushButton(tr("Details…"), widget)
        button.clicked.connect(lambda: QMessageBox.information(iface.mainWindow(), tr("AguaPerú"), details))
        widget.layout().addWidget(button)
        bar.pushWidget(widget, Qgis.MessageLevel.Critical, 0)
    else:
        bar.pushMessage(tr("AguaPerú"), message, level=Qgis.MessageLevel.Critical, duration=0)


def show_success(iface, message: str) -> None:
    iface.messageBar().pushMessage(tr("AguaPerú"), message, level=Qgis.MessageLevel.Success, duration=DURATION_S)
