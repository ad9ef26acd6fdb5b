"""AguaPerú plugin: menu, toolbar, dock, Processing provider and options page.

Loading is cheap on purpose: only Qt and QGIS modules are imported here; the dock is built the first
time the user opens it and every heavy library is imported by the task that needs it.
"""

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from ..__about__ import __title__
from .install.environment import add_to_sys_path, target_folder
from .processing.provider import AguaPeruProvider
from .toolbelt.i18n import install_translator, tr
from .toolbelt.log import attach_handler, detach_handler
from .toolbelt.settings import PluginSettings

ICON = Path(__file__).resolve().parents[1] / "resources" / "icons" / "aguaperu.svg"
HELP = Path(__file__).resolve().parents[1] / "resources" / "help"


def help_file(locale: str) -> Path:
    """The bundled user guide in ``locale`` (a two-letter code), the Spanish one when there is none."""
    guide = HELP / locale / "index.html"
    return guide if guide.is_file() else HELP / "es" / "index.html"


class AguaPeruPlugin:
    def __init__(self, iface) -> None:
        self.iface = iface
        # packages the installer added to this profile, after QGIS's own (one existence check)
        add_to_sys_path(target_folder(QgsApplication.qgisSettingsDirPath()))
        self.translator = install_translator()
        self.dock = None
        self.menu = None
        self.toolbar = None
        self.actions: list[QAction] = []
        self.provider = None
        self.options_factory = None
        self.log_handler = None

    # QGIS calls initProcessing for plugins with hasProcessingProvider=yes (also in qgis_process)
    def initProcessing(self) -> None:  # noqa: N802
        if self.provider is None:
            self.provider = AguaPeruProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802
        from .project_folder import results

        self.log_handler = attach_handler(PluginSettings.load().debug_logging)
        self.initProcessing()
        results.connect()  # the results folder follows the project's saves from the start
        main_window = self.iface.mainWindow()

        self.dock_action = QAction(QIcon(str(ICON)), __title__, main_window)
        self.dock_action.setObjectName("aguaperu_show_dock")
        self.dock_action.setToolTip(tr("Show or hide the AguaPerú panel"))
        self.dock_action.setCheckable(True)
        self.dock_action.toggled.connect(self.set_dock_visible)

        self.settings_action = QAction(QIcon(str(ICON)), tr("Settings…"), main_window)
        self.settings_action.setObjectName("aguaperu_settings")
        self.settings_action.triggered.connect(self.show_settings)
        self.install_action = QAction(QIcon(str(ICON)), tr("Install dependencies…"), main_window)
        self.install_action.setObjectName("aguaperu_install_dependencies")
        self.install_action.triggered.connect(self.show_installer)
        self.help_action = QAction(QIcon(str(ICON)), tr("Help…"), main_window)
        self.help_action.setObjectName("aguaperu_help")
        self.help_action.triggered.connect(self.show_help)
        self.actions = [self.dock_action, self.settings_action, self.install_action, self.help_action]

        self.menu = QMenu(__title__, main_window)
        self.menu.setObjectName("aguaperu_menu")
        self.menu.addAction(self.dock_action)
        self.menu.addSeparator()
        self.menu.addAction(self.settings_action)
        self.menu.addAction(self.install_action)
        self.menu.addSeparator()
        self.menu.addAction(self.help_action)
        menu_bar = main_window.menuBar()
        help_menu = next((a for a in menu_bar.actions() if a.menu() and a.menu().objectName() == "mHelpMenu"), None)
        menu_bar.insertMenu(help_menu, self.menu) if help_menu else menu_bar.addMenu(self.menu)

        self.toolbar = self.iface.addToolBar(__title__)
        self.toolbar.setObjectName("aguaperu_toolbar")
        self.toolbar.addAction(self.dock_action)

        from .gui.options import OptionsFactory

        self.options_factory = OptionsFactory()
        self.iface.registerOptionsWidgetFactory(self.options_factory)

    def unload(self) -> None:
        from .install.dialog import close_installer
        from .project_folder import results

        close_installer()
        results.disconnect()
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.menu is not None:
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        for action in self.actions:
            action.deleteLater()
        self.actions = []
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.log_handler is not None:
            detach_handler(self.log_handler)
            self.log_handler = None
        if self.translator is not None:
            QgsApplication.removeTranslator(self.translator)
            self.translator = None

    def ensure_dock(self):
        """Build the dock on first use and return it."""
        if self.dock is None:
            from .gui.dock import AguaPeruDock

            self.dock = AguaPeruDock(self.iface, self.iface.mainWindow())
            self.dock.closedStateChanged.connect(self._sync_action)
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        return self.dock

    def set_dock_visible(self, visible: bool) -> None:
        if visible or self.dock is not None:
            self.ensure_dock().setUserVisible(visible)

    def _sync_action(self, closed: bool) -> None:
        self.dock_action.blockSignals(True)
        self.dock_action.setChecked(not closed)
        self.dock_action.blockSignals(False)

    def show_installer(self) -> None:
        from .install.dialog import show_installer

        show_installer(self.iface)

    def show_help(self) -> None:
        """Open the bundled user guide (offline HTML) in the system browser."""
        from qgis.PyQt.QtCore import QUrl
        from qgis.PyQt.QtGui import QDesktopServices

        from .toolbelt.i18n import user_locale

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(help_file(user_locale()))))

    def show_settings(self) -> None:
        self.iface.showOptionsDialog(self.iface.mainWindow(), currentPage="aguaperu_options")
