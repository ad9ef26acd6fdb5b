"""A page of the AguaPerú dock: the job's widgets above a collapsible help panel."""

from pathlib import Path

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


class JobPage(QWidget):
    """A page of the dock: a body for the job's widgets above a collapsible help panel."""

    key = ""
    icon_name = ""

    def __init__(self, iface, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.setObjectName(f"aguaperu_page_{self.key}")
        layout = QVBoxLayout(self)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        layout.addStretch(1)

        self.help_box = QgsCollapsibleGroupBox(self.tr("Help"), self)
        self.help_box.setObjectName(f"aguaperu_help_{self.key}")
        self.help_box.setCollapsed(False)
        help_layout = QVBoxLayout(self.help_box)
        self.help_browser = QTextBrowser(self.help_box)
        self.help_browser.setOpenExternalLinks(False)
        self.help_browser.setHtml(self.help_html())
        self.help_browser.setMinimumHeight(140)
        help_layout.addWidget(self.help_browser)
        layout.addWidget(self.help_box)

        self.status = QLabel(self.placeholder(), self)
        self.status.setWordWrap(True)
        self.body.addWidget(self.status)

    @property
    def icon(self) -> QIcon:
        return QIcon(str(ICONS / f"{self.icon_name}.svg"))

    def title(self) -> str:
        raise NotImplementedError

    def help_html(self) -> str:
        raise NotImplementedError

    def placeholder(self) -> str:
        return ""
