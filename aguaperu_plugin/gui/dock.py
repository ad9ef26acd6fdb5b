"""The AguaPerú dock: one tab per job."""

from pathlib import Path

from qgis.core import QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QTabWidget, QWidget

from .data_page import DataPage
from .job_page import JobPage
from .maps_page import MapsPage
from .models_page import ModelsPage
from .responsive import fit
from .scenarios_page import ScenariosPage

PAGE_CLASSES = (DataPage, ModelsPage, ScenariosPage, MapsPage)

DOCK_OBJECT_NAME = "AguaPeruDock"
DEFAULT_WIDTH = 340  # QGIS gives a new dock its minimum width
SCROLL_BAR = 20  # a page's vertical scroll bar and the tab frame


class AguaPeruDock(QgsDockWidget):
    """Main dock widget; pages are reachable by key through ``page(key)``."""

    def __init__(self, iface, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("AguaPerú"))
        self.setObjectName(DOCK_OBJECT_NAME)
        self.setAllowedAreas(Qt.LeftDockWidgetArea | Qt.RightDockWidgetArea)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("aguaperu_tabs")
        # every tab visible at the default width (no scroll arrows hiding the last): titles shorten with "…"
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.ElideRight)
        self._pages: dict[str, JobPage] = {}
        for page_class in PAGE_CLASSES:
            page = page_class(iface, self.tabs)
            self._pages[page.key] = page
            index = self.tabs.addTab(page, page.title())  # text only: the four titles fit the default width
            self.tabs.setTabToolTip(index, page.title())
        self.setWidget(self.tabs)
        # one data folder: the one chosen on the Data page (the configured one at first) is every page's
        data = self._pages["data"]
        for page in (self._pages["models"], self._pages["scenarios"], self._pages["maps"]):
            data.data_folder.fileChanged.connect(lambda path, p=page: p.use_data_folder(Path(path)) if path else None)
            if data.data_dir() is not None:
                page.use_data_folder(data.data_dir())
        for page in self._pages.values():  # the project remembers the folder its results were made from
            if hasattr(page, "data_folder"):
                page.data_folder.fileChanged.connect(remember_data_folder)
        QgsProject.instance().readProject.connect(self._project_read)
        self._project_read()  # the dock opened on a project already read
        self.setMinimumWidth(DEFAULT_WIDTH)
        for page in self._pages.values():  # nothing wider than the default width: no horizontal scroll bar
            fit(page, DEFAULT_WIDTH - SCROLL_BAR)

    def _project_read(self, *_args) -> None:
        """A project opened: every page uses the data folder it remembers (when that folder still exists)."""
        from qgis.PyQt import sip

        folder = remembered_data_folder()
        if sip.isdeleted(self) or folder is None:
            return
        for page in self._pages.values():
            if hasattr(page, "data_folder"):
                page.data_folder.blockSignals(True)
                page.data_folder.setFilePath(str(folder))
                page.data_folder.blockSignals(False)
            if hasattr(page, "use_data_folder"):
                page.use_data_folder(folder)

    def page(self, key: str) -> JobPage:
        return self._pages[key]

    def page_keys(self) -> list[str]:
        return list(self._pages)

    def show_page(self, key: str) -> None:
        self.tabs.setCurrentWidget(self._pages[key])


DATA_FOLDER_KEY = "data_folder"


def remember_data_folder(path: str) -> None:
    """Keep ``path`` as the project's data folder (relative to the project file when it is saved)."""
    from ..project_folder import SCOPE, stored_path

    if path:
        project = QgsProject.instance()
        project.writeEntry(SCOPE, DATA_FOLDER_KEY, stored_path(project, Path(path)))


def remembered_data_folder() -> Path | None:
    """The data folder the current project remembers, when it still exists."""
    from ..project_folder import SCOPE, resolved_path

    project = QgsProject.instance()
    value, found = project.readEntry(SCOPE, DATA_FOLDER_KEY, "")
    folder = resolved_path(project, value) if found and value else None
    return folder if folder is not None and folder.is_dir() else None
