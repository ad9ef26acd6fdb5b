"""The AguaPerú dock: one tab per job."""

from pathlib import Path

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QTabWidget, QWidget

from .data_page import DataPage
from .job_page import JobPage
from .maps_page import MapsPage
from .models_page import ModelsPage
from .scenarios_page import ScenariosPage

PAGE_CLASSES = (DataPage, ModelsPage, ScenariosPage, MapsPage)

DOCK_OBJECT_NAME = "AguaPeruDock"


class AguaPeruDock(QgsDockWidget):
    """Main dock widget; pages are reachable by key through ``page(key)``."""

    def __init__(self, iface, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("AguaPerú"))
        self.setObjectName(DOCK_OBJECT_NAME)
        self.setAllowedAreas(Qt.LeftDockWidgetArea | Qt.RightDockWidgetArea)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("aguaperu_tabs")
        self._pages: dict[str, JobPage] = {}
        for page_class in PAGE_CLASSES:
            page = page_class(iface, self.tabs)
            self._pages[page.key] = page
            self.tabs.addTab(page, page.icon, page.title())
        self.setWidget(self.tabs)
        data, models, scenarios = self._pages["data"], self._pages["models"], self._pages["scenarios"]
        for page in (models, scenarios):
            data.data_folder.fileChanged.connect(lambda path, p=page: p.use_data_folder(Path(path)) if path else None)
        self.setMinimumWidth(340)

    def page(self, key: str) -> JobPage:
        return self._pages[key]

    def page_keys(self) -> list[str]:
        return list(self._pages)

    def show_page(self, key: str) -> None:
        self.tabs.setCurrentWidget(self._pages[key])
