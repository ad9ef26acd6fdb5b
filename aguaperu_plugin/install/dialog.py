"""The "Install dependencies…" dialog: missing packages per feature, the source (PyPI or an offline bundle),
exactly what will be installed, then the installation in a background task and its check."""

from pathlib import Path

from qgis.core import QgsApplication
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import dependencies
from ..toolbelt.i18n import tr
from ..toolbelt.widgets import progress_row
from . import bundle as bundles
from . import environment
from .titles import feature_title

PLUGIN_DIR = Path(__file__).resolve().parents[2]
_DIALOG = None


def target_folder() -> Path:
    """This profile's private dependency folder."""
    return environment.target_folder(QgsApplication.qgisSettingsDirPath())


def bundle_folders() -> list[Path]:
    """Where a bundle may be: next to the plugin zip the user installed, the plugin folder and its parent."""
    folders = []
    try:
        from qgis.core import QgsSettingsTree

        last_zip = QgsSettingsTree.node("plugin-manager").childSetting("last-zip-directory").valueAsVariant()
        if last_zip:
            folders.append(Path(str(last_zip)))
    except (AttributeError, TypeError):  # QGIS without that setting
        pass
    return folders + [PLUGIN_DIR, PLUGIN_DIR.parent]


def error_text(error: BaseException) -> str:
    """A translated sentence for the installer's errors (the details are in the log)."""
    code, details = getattr(error, "code", ""), getattr(error, "details", {})
    expected = bundles.bundle_name()
    if code == "wrong_python":
        return tr(
            "This bundle is for Python {0}; this QGIS runs Python {1}. Use the bundle {2}.",
            details.get("bundle"),
            details.get("here"),
            expected,
        )
    if code == "wrong_platform":
        return tr(
            "This bundle is for {0}; this computer is {1}. Use the bundle {2}.",
            details.get("bundle"),
            details.get("here"),
            expected,
        )
    if code == "checksum":
        return tr(
            "The bundle is damaged or was altered: {0} does not match its SHA-256. Nothing was installed; "
            "copy the bundle again.",
            details.get("file"),
        )
    if code in ("unreadable", "not_a_bundle", "unlisted", "missing"):
        return tr("This file is not a complete AguaPerú bundle ({0}). Nothing was installed.", str(error))
    if code == "no_interpreter":
        return tr(
            "QGIS's Python interpreter was not found; nothing was installed. The AguaPerú log tab says where it looked."
        )
    if code == "no_pip":
        return tr("QGIS's Python has no pip: use an offline bundle, which brings its own.")
    if code == "pip_failed":
        return tr(
            "pip could not finish and nothing was installed; its output is in the AguaPerú log tab. Online, check "
            "the internet connection, or use an offline bundle."
        )
    if code == "verify_failed":
        return tr("The installation could not be checked; its output is in the AguaPerú log tab.")
    return tr("The installation failed: {0}", str(error))


class InstallerDialog(QDialog):
    """Lists what is missing, lets the user choose the source, shows the plan, installs in a QgsTask."""

    def __init__(self, iface, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.plan = None
        self.task = None
        self.restart_needed = False
        self.setObjectName("aguaperu_installer")
        self.setWindowTitle(tr("AguaPerú – Install dependencies"))
        self.setMinimumSize(640, 620)
        layout = QVBoxLayout(self)

        intro = QLabel(
            tr(
                "AguaPerú needs these Python packages, which are not installed in QGIS. They are installed into a "
                "folder of your QGIS profile, after QGIS's own packages: nothing QGIS ships is changed."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.missing_tree = QTreeWidget(self)
        self.missing_tree.setObjectName("aguaperu_installer_missing")
        self.missing_tree.setHeaderLabels([tr("Function / package"), tr("Versions")])
        self.missing_tree.setColumnWidth(0, 380)
        self.missing_tree.itemChanged.connect(self._selection_changed)
        layout.addWidget(self.missing_tree, 1)

        source = QGroupBox(tr("Source"), self)
        source_layout = QVBoxLayout(source)
        self.online = QRadioButton(tr("From the internet (PyPI)"), source)
        self.online.setObjectName("aguaperu_installer_online")
        self.offline = QRadioButton(
            tr("From an offline bundle (a zip copied from a USB stick or a shared folder)"), source
        )
        self.offline.setObjectName("aguaperu_installer_offline")
        group = QButtonGroup(self)
        group.addButton(self.online)
        group.addButton(self.offline)
        self.bundle = QgsFileWidget(source)
        self.bundle.setObjectName("aguaperu_installer_bundle")
        self.bundle.setFilter(tr("AguaPerú bundles (aguaperu-deps-*.zip)"))
        self.bundle.fileChanged.connect(self._bundle_chosen)
        expected = QLabel(tr("The bundle for this QGIS: {0}", bundles.bundle_name()), source)
        expected.setTextInteractionFlags(Qt.TextSelectableByMouse)
        for widget in (self.online, self.offline, self.bundle, expected):
            source_layout.addWidget(widget)
        self.online.toggled.connect(self._source_changed)
        layout.addWidget(source)

        self.target_label = QLabel(tr("Installs into: {0}", str(target_folder())), self)
        self.target_label.setWordWrap(True)
        self.target_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.target_label)

        self.check_button = QPushButton(tr("Check what will be installed"), self)
        self.check_button.setObjectName("aguaperu_installer_check")
        self.check_button.clicked.connect(self.check)
        layout.addWidget(self.check_button)
        self.plan_tree = QTreeWidget(self)
        self.plan_tree.setObjectName("aguaperu_installer_plan")
        self.plan_tree.setHeaderLabels([tr("Will be installed"), tr("Version")])
        self.plan_tree.setColumnWidth(0, 380)
        layout.addWidget(self.plan_tree, 1)
        self.status = QLabel(self)
        self.status.setObjectName("aguaperu_installer_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        row, self.progress, self.cancel_button = progress_row(self, self.cancel)
        layout.addLayout(row)

        buttons = QDialogButtonBox(self)
        self.install_button = buttons.addButton(tr("Install"), QDialogButtonBox.AcceptRole)
        self.install_button.setObjectName("aguaperu_installer_install")
        self.install_button.setEnabled(False)
        self.install_button.clicked.connect(self.install)
        close = buttons.addButton(QDialogButtonBox.Close)
        close.setText(tr("Close"))
        close.clicked.connect(self.close)
        layout.addWidget(buttons)

        self.refresh()
        found = bundles.find_bundles(bundle_folders())
        if found:
            self.bundle.setFilePath(str(found[0]))
        else:
            self.online.setChecked(True)

    # --- what is missing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fill the tree with the missing packages per feature (all ticked)."""
        self.missing_tree.blockSignals(True)
        self.missing_tree.clear()
        absent = dependencies.all_missing()
        for feature, requirements in absent.items():
            item = QTreeWidgetItem(self.missing_tree, [feature_title(feature), ""])
            item.setData(0, Qt.UserRole, feature)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(0, Qt.Checked)
            for requirement in requirements:
                QTreeWidgetItem(item, [requirement.dist, requirement.spec])
            item.setExpanded(True)
        if not absent:
            QTreeWidgetItem(self.missing_tree, [tr("Every package AguaPerú needs is installed."), ""])
        self.missing_tree.blockSignals(False)
        self.check_button.setEnabled(bool(absent) and self.task is None)
        self._forget_plan()

    def selected_requirements(self) -> list:
        chosen: dict = {}
        root = self.missing_tree.invisibleRootItem()
        for index in range(root.childCount()):
            item = root.child(index)
            feature = item.data(0, Qt.UserRole)
            if feature and item.checkState(0) == Qt.Checked:
                for requirement in dependencies.missing(feature):
                    chosen.setdefault(requirement.dist, requirement)
        return list(chosen.values())

    def selected_bundle(self) -> Path | None:
        return Path(self.bundle.filePath()) if self.offline.isChecked() and self.bundle.filePath() else None

    # --- source ---------------------------------------------------------------------------------------
    def _bundle_chosen(self, path: str) -> None:
        if path:
            self.offline.setChecked(True)
            self._check_bundle(Path(path))
        self._forget_plan()

    def _check_bundle(self, path: Path) -> bool:
        """Refuse at once a bundle for another Python or platform (the checksums are verified when checking)."""
        try:
            bundles.check_compatible(bundles.read_manifest(path), path)
        except bundles.BundleError as error:
            self.show_error(error)
            return False
        self.status.setText(tr("Bundle {0}: for this QGIS.", path.name))
        return True

    def _source_changed(self, *_args) -> None:
        self.bundle.setEnabled(self.offline.isChecked())
        self._forget_plan()

    def _selection_changed(self, *_args) -> None:
        self._forget_plan()

    def _forget_plan(self) -> None:
        if self.plan is not None:
            self.plan.cleanup()
        self.plan = None
        self.plan_tree.clear()
        self.install_button.setEnabled(False)

    # --- tasks ----------------------------------------------------------------------------------------
    def _run(self, task) -> None:
        from ..tasks.base import start

        self.task = task
        busy = task is not None
        for widget in (self.check_button, self.missing_tree, self.online, self.offline, self.bundle):
            widget.setEnabled(not busy)
        self.install_button.setEnabled(not busy and self.plan is not None and bool(self.plan.planned))
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setValue(0)
            task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
            start(task)
        else:
            self.bundle.setEnabled(self.offline.isChecked())

    def check(self) -> None:
        """Resolve what will be installed (touching nothing) and show it."""
        from .tasks import PlanTask

        requirements = self.selected_requirements()
        bundle = self.selected_bundle()
        if self.offline.isChecked() and bundle is None:
            self.status.setText(tr("Choose the bundle first."))
            return
        if not requirements or (bundle is not None and not self._check_bundle(bundle)):
            return
        self._forget_plan()
        self.status.setText(tr("Checking what will be installed…"))
        self._run(PlanTask(requirements, target_folder(), bundle, on_done=self._planned, on_error=self._failed))

    def _planned(self, plan) -> None:
        self.plan = plan
        for planned in plan.planned:
            QTreeWidgetItem(self.plan_tree, [planned.name, planned.version])
        if plan.planned:
            self.status.setText(
                tr(
                    "Packages to install: {0}, from {1}; nothing else changes. Press Install to go on.",
                    len(plan.planned),
                    plan.bundle.name if plan.bundle else tr("the internet (PyPI)"),
                )
            )
        else:
            self.status.setText(tr("Nothing to install: the packages are already in the folder."))
        self._run(None)

    def install(self) -> None:
        from .tasks import InstallTask

        if self.plan is None or not self.plan.planned:
            return
        self.status.setText(tr("Installing the packages ({0})…", len(self.plan.planned)))
        self._run(InstallTask(self.plan, on_done=self._installed, on_error=self._failed))

    def _installed(self, result) -> None:
        from . import workflow

        plan, self.plan = self.plan, None
        self.restart_needed = workflow.activate(plan.target, [p.name for p in result.installed])
        plan.cleanup()
        failed = {module: problem for module, problem in result.imports.items() if problem}
        self._run(None)
        self.refresh()
        lines = [tr("Packages installed: {0}, into {1}.", len(result.installed), str(plan.target))]
        for feature in dependencies.features():
            modules = [r.module for r in dependencies.feature_requirements(feature)]
            checked = [m for m in modules if m in result.imports]
            if checked:
                ok = not any(m in failed for m in checked)
                lines.append(("✓ " if ok else "✗ ") + feature_title(feature))
        if failed:
            lines.append(tr("Some packages do not import: {0}. Details in the AguaPerú log tab.", ", ".join(failed)))
        if self.restart_needed:
            lines.append(tr("Restart QGIS to use them."))
        else:
            lines.append(tr("They can be used now, without restarting QGIS."))
        self.status.setText("\n".join(lines))

    def _failed(self, error: BaseException) -> None:
        from ...core.errors import CancelledError

        self._run(None)
        if isinstance(error, CancelledError):
            self.status.setText(tr("Cancelled; nothing was installed."))
            return
        output = getattr(error, "output", "")
        if output:
            import logging

            logging.getLogger("aguaperu.install").error(output)
        self.show_error(error)

    def show_error(self, error: BaseException) -> None:
        self.status.setText(f"<span style='color:#b00020'>{error_text(error)}</span>")

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.task is None:
            self._forget_plan()
        super().closeEvent(event)


def show_installer(iface) -> InstallerDialog:
    """Open the installer (one per session), with the missing packages as they are now."""
    global _DIALOG
    if _DIALOG is None:
        _DIALOG = InstallerDialog(iface, iface.mainWindow() if iface is not None else None)
    elif _DIALOG.task is None:
        _DIALOG.refresh()
    _DIALOG.show()
    _DIALOG.raise_()
    _DIALOG.activateWindow()
    return _DIALOG


def close_installer() -> None:
    """Called when the plugin unloads."""
    global _DIALOG
    if _DIALOG is not None:
        _DIALOG.close()
        _DIALOG.deleteLater()
        _DIALOG = None
