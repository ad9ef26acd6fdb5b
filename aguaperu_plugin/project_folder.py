"""The project's results folder: where every page writes its outputs, and how the results follow the project.

A saved project keeps its results in ``<project folder>/<project name>_aguaperu/`` (the output folder of the
Settings, when one is set, still wins). An unsaved project asks once where to keep them (no dialog is possible
in tests and headless runs: a session folder in the temporary folder is used). When the project is saved under
a new name or place, its results go to the new project's folder and the layers read from there: the session
folder is moved, the results of an earlier saved project are copied (that project still reads its own); a
folder the user chose is kept and written into the project (relative to it where it can be).
"""

import shutil
import tempfile
from pathlib import Path

from qgis.core import QgsProject

SCOPE, FOLDER_KEY = "aguaperu", "results_folder"
STORE_KEY = "scenario_store"  # the project's scenario store (``gui.scenario_store``): moves with the results
FOLDER_SUFFIX = "_aguaperu"
CACHE = ".aguaperu-cache"  # rebuilt on demand: not carried to the new folder
SESSION_PREFIX = "aguaperu_sesion_"  # the session folders of unsaved projects, in the temporary folder
UNDECIDED = "aguaperu_sin_guardar"  # a folder name standing for "not chosen yet" (never created)


def project_results_folder(project: QgsProject) -> Path | None:
    """``<project folder>/<project name>_aguaperu`` of a saved project, else None."""
    if not project.fileName():
        return None
    return Path(project.absolutePath()) / f"{project.baseName()}{FOLDER_SUFFIX}"


def stored_path(project: QgsProject, path: Path) -> str:
    """``path`` as the project stores it: relative to the project's folder when inside it."""
    home = project.absolutePath() if project.fileName() else ""
    if home and Path(path).is_relative_to(home):
        return Path(path).relative_to(home).as_posix()
    return str(path)


def resolved_path(project: QgsProject, value: str) -> Path:
    """A path stored with ``stored_path``, absolute again."""
    path = Path(value)
    return path if path.is_absolute() else Path(project.absolutePath()) / path


def dialogs_possible() -> bool:
    """False in tests and headless runs (offscreen or minimal Qt platforms): nobody could answer a dialog."""
    from qgis.PyQt.QtWidgets import QApplication

    app = QApplication.instance()
    return app is not None and app.platformName() not in ("offscreen", "minimal")


class ResultsFolder:
    """The results folder of the current project (one instance: ``results``), following its saves.

    ``folder`` is the folder of the unsaved project once decided (``chosen`` when the user picked it, else a
    session folder), or the folder the project was last known to use.
    """

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.tentative: Path | None = None  # a session folder lent before the unsaved project decided
        self.chosen = False
        self.known_file = ""
        self.connected = False
        self.saving = False

    # --- where -------------------------------------------------------------------------------------------
    def configured(self) -> Path | None:
        from .toolbelt.settings import PluginSettings

        configured = PluginSettings.load().output_folder
        return Path(configured) if configured else None

    def current(self) -> Path | None:
        """The folder in use now, without asking or creating anything; None while an unsaved project has not
        decided."""
        self.connect()
        project = QgsProject.instance()
        configured = self.configured()
        if configured is not None:
            return configured
        remembered, found = project.readEntry(SCOPE, FOLDER_KEY, "")
        if found and remembered and project.fileName():
            return resolved_path(project, remembered)
        return project_results_folder(project) or self.folder

    def path(self, parent=None, ask: bool = True) -> Path:
        """The project's results folder (created); an unsaved project asks once where to keep its results.

        Without ``ask`` (a default shown before anything runs) an unsaved project that has not decided gets a
        session folder for now, and is still asked at its first run."""
        from .toolbelt.i18n import tr

        folder = self.current()
        if folder is None and not ask:
            if self.tentative is None or not self.tentative.is_dir():
                self.tentative = Path(tempfile.mkdtemp(prefix=SESSION_PREFIX))
            return self.tentative
        if folder is None:
            from qgis.PyQt.QtWidgets import QFileDialog

            answer = ""
            if dialogs_possible():
                answer = QFileDialog.getExistingDirectory(
                    parent,
                    tr("The project is not saved yet: choose the folder for the results of AguaPerú"),
                    str(Path.home()),
                )
            self.chosen = bool(answer)
            self.folder = Path(answer) if answer else self.path(ask=False)
            folder = self.folder
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def undecided(self) -> Path:
        """A path standing for the results folder while an unsaved project has not chosen one (never created)."""
        return self.current() or Path(tempfile.gettempdir()) / UNDECIDED

    # --- following the project -----------------------------------------------------------------------------
    def connect(self) -> None:
        """Follow the saves of the project (once)."""
        if self.connected:
            return
        project = QgsProject.instance()
        project.fileNameChanged.connect(self.file_name_changed)
        project.projectSaved.connect(self.saved)
        project.readProject.connect(self.reset)
        project.cleared.connect(self.reset)
        self.known_file = project.fileName()
        self.connected = True

    def disconnect(self) -> None:
        """Stop following the project (the plugin is unloaded)."""
        if not self.connected:
            return
        project = QgsProject.instance()
        for signal, slot in (
            (project.fileNameChanged, self.file_name_changed),
            (project.projectSaved, self.saved),
            (project.readProject, self.reset),
            (project.cleared, self.reset),
        ):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass
        self.connected = False

    def reset(self, *_args) -> None:
        """Another project: nothing decided yet."""
        self.folder, self.tentative, self.chosen = None, None, False
        self.known_file = QgsProject.instance().fileName()

    def file_name_changed(self) -> None:
        """*Save as* (or the first save) names the file before it is written: the results follow it now."""
        if not self.saving:
            self.follow()

    def saved(self) -> None:
        """A save under a name the plugin did not see set (``QgsProject.write(path)``): follow it, then write
        the project again, once the save has ended, so that it reads its layers from its own folder."""
        from qgis.PyQt.QtCore import QTimer

        project = QgsProject.instance()
        if self.saving or project.fileName() == self.known_file:
            return
        if self.follow():
            QTimer.singleShot(0, self.write_again)  # a write inside this one would be overwritten by it (.qgz)

    def write_again(self) -> None:
        self.saving = True
        try:
            QgsProject.instance().write()
        finally:
            self.saving = False

    def follow(self) -> bool:
        """Move or copy the results to the folder of the project's new file; True when anything changed."""
        project = QgsProject.instance()
        old_file, self.known_file = self.known_file, project.fileName()
        if not project.fileName() or self.configured() is not None:
            return False
        remembered, found = project.readEntry(SCOPE, FOLDER_KEY, "")
        if found and remembered:  # a chosen folder stays; its stored path follows the project's file
            path = Path(remembered)
            path = path if path.is_absolute() or not old_file else Path(old_file).parent / path
            value = stored_path(project, path)
            return value != remembered and project.writeEntry(SCOPE, FOLDER_KEY, value)
        chosen, previous = self.chosen, self.folder or self.tentative
        self.folder, self.tentative, self.chosen = None, None, False
        if chosen and previous is not None:
            return project.writeEntry(SCOPE, FOLDER_KEY, stored_path(project, previous))
        if old_file:
            previous = Path(old_file).parent / f"{Path(old_file).stem}{FOLDER_SUFFIX}"
        target = project_results_folder(project)
        if previous is None or not previous.is_dir() or previous == target:
            return False
        relocate(project, previous, target, move=not old_file)  # the session's folder moves; a project's is copied
        return True


def relocate(project: QgsProject, source: Path, target: Path, move: bool) -> None:
    """Copy the results in ``source`` to ``target``, repoint the project's layers (and its scenario store) that
    read from ``source``, then remove ``source`` when ``move``."""
    from qgis.core import QgsDataProvider, QgsProviderRegistry

    shutil.copytree(source, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns(CACHE))
    registry = QgsProviderRegistry.instance()
    for layer in project.mapLayers().values():
        parts = registry.decodeUri(layer.providerType(), layer.source())
        path = parts.get("path") or ""
        if not path or not Path(path).is_relative_to(source):
            continue
        parts["path"] = str(target / Path(path).relative_to(source))
        uri = registry.encodeUri(layer.providerType(), parts)
        layer.setDataSource(uri, layer.name(), layer.providerType(), QgsDataProvider.ProviderOptions())
    remembered, found = project.readEntry(SCOPE, STORE_KEY, "")
    if found and remembered and Path(remembered).is_absolute() and Path(remembered).is_relative_to(source):
        moved = target / Path(remembered).relative_to(source)
        project.writeEntry(SCOPE, STORE_KEY, stored_path(project, moved))
    if move:
        shutil.rmtree(source, ignore_errors=True)  # a file still open (Windows) stays behind in the temp folder


results = ResultsFolder()


def results_folder(parent=None, ask: bool = True) -> Path:
    """The current project's results folder (see ``ResultsFolder.path``)."""
    return results.path(parent, ask)
