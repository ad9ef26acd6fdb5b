"""A page of the AguaPerú dock: the job's widgets above a collapsible help panel."""

from pathlib import Path

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QFrame, QLabel, QScrollArea, QTextBrowser, QVBoxLayout, QWidget

from ..toolbelt.i18n import error_text, tr  # one context for the strings of every page (self.tr would use the subclass)

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


class JobPage(QWidget):
    """A page of the dock: a body for the job's widgets above a collapsible help panel."""

    key = ""
    icon_name = ""

    def __init__(self, iface, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.setObjectName(f"aguaperu_page_{self.key}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)  # pages grow taller than a dock: they scroll, the dock keeps its size
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        outer.addWidget(scroll)
        content = QWidget(scroll)
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        layout.addStretch(1)

        self.help_box = QgsCollapsibleGroupBox(tr("Help"), content)
        self.help_box.setObjectName(f"aguaperu_help_{self.key}")
        self.help_box.setCollapsed(False)
        help_layout = QVBoxLayout(self.help_box)
        self.help_browser = QTextBrowser(self.help_box)
        self.help_browser.setOpenExternalLinks(False)
        self.help_browser.setHtml(self.help_html())
        self.help_browser.setMinimumHeight(140)
        help_layout.addWidget(self.help_browser)
        layout.addWidget(self.help_box)

        self.status = QLabel(self.placeholder(), content)
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

    # --- the packages the page's jobs need ---------------------------------------------------------------
    sections: tuple = ()  # keys of core.dependencies.SECTIONS shown on this page
    dependency_row = None

    def require(self, job: str, extra: tuple = (), once: bool = False) -> bool:
        """True when ``job`` can run; else the missing packages are named and the installer offered."""
        from ..install.check import require

        return require(self.iface, job, extra, once)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """When shown, a line naming the packages the page's functions miss, with the installer's button."""
        super().showEvent(event)
        from ..install.check import section_notice

        notice = section_notice(*self.sections)
        if self.dependency_row is None and notice:
            from qgis.PyQt.QtWidgets import QHBoxLayout, QPushButton

            self.dependency_row = QWidget(self)
            row = QHBoxLayout(self.dependency_row)
            row.setContentsMargins(0, 0, 0, 0)
            self.dependency_label = QLabel(self.dependency_row)
            self.dependency_label.setWordWrap(True)
            self.dependency_label.setObjectName(f"aguaperu_missing_{self.key}")
            button = QPushButton(tr("Install dependencies…"), self.dependency_row)
            button.clicked.connect(self.open_installer)
            row.addWidget(self.dependency_label, 1)
            row.addWidget(button)
            self.body.insertWidget(0, self.dependency_row)
        if self.dependency_row is not None:
            self.dependency_label.setText(notice)
            self.dependency_row.setVisible(bool(notice))

    def open_installer(self) -> None:
        from ..install.check import open_installer

        open_installer(self.iface)

    # --- background tasks: a page has at most one running; its buttons wait for it -----------------
    task = None
    action_buttons: tuple = ()

    def add_progress_row(self) -> None:
        """The page's progress bar and cancel button (hidden until a task runs), added to the body."""
        from ..toolbelt.widgets import progress_row

        row, self.progress, self.cancel_button = progress_row(self, self.cancel)
        self.body.addLayout(row)

    def add_data_folder_row(self, object_name: str) -> None:
        """A data folder chooser (``self.data_folder``, the configured folder by default), added to the body."""
        from qgis.gui import QgsFileWidget
        from qgis.PyQt.QtWidgets import QFormLayout

        from ..toolbelt.settings import PluginSettings

        form = QFormLayout()
        self.data_folder = QgsFileWidget(self)
        self.data_folder.setObjectName(object_name)
        self.data_folder.setStorageMode(QgsFileWidget.GetDirectory)
        self.data_folder.setFilePath(PluginSettings.load().data_folder)
        form.addRow(tr("Data folder"), self.data_folder)
        self.body.addLayout(form)

    def task_widgets(self):
        """The progress bar and the cancel button of the page (pages that run tasks define them)."""
        return self.progress, self.cancel_button

    def run_task(self, task) -> None:
        """Start ``task`` (or, with None, mark the page idle): buttons disabled, progress and cancel shown."""
        progress, cancel = self.task_widgets()
        self.task = task
        for button in self.action_buttons:
            button.setEnabled(task is None)
        progress.setVisible(task is not None)
        cancel.setVisible(task is not None)
        if task is not None:
            from ..tasks.base import start

            progress.setValue(0)
            task.progressChanged.connect(lambda value: progress.setValue(int(value)))
            start(task)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def task_failed(self, error: BaseException) -> None:
        """A task ended in error or was cancelled: say so; the trace is in the log panel. A package found
        missing on the way is named, with the installer offered."""
        from ...core.errors import CancelledError
        from ..install.check import missing_message, offer_installer, requirements_of_error
        from ..toolbelt.messages import show_error

        self.run_task(None)
        if isinstance(error, CancelledError):
            self.status.setText(tr("Cancelled; nothing was added."))
            return
        absent = requirements_of_error(error)
        if absent:
            offer_installer(self.iface, missing_message(self.title(), absent))
            return
        text = error_text(error)  # in the user's language; the details keep core's English words too (support)
        details = text if text == str(error) else f"{text}\n\n{error}"
        show_error(self.iface, tr("AguaPerú could not finish: {0}").format(text), details=details)

    def output_folder(self):
        """Where outputs go: the project's results folder (``project_folder``: the configured folder, else
        beside the saved project; an unsaved project asks once, when a shown page first needs it: a default
        filled in while the dock is built asks nothing)."""
        from ..project_folder import results_folder

        window = getattr(self.iface, "mainWindow", None) if self.iface is not None else None
        return results_folder(window() if callable(window) else self, ask=self.isVisible())
