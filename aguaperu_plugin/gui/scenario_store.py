"""The Scenarios page's store and baseline, without widgets: which GeoPackage holds the project's scenarios, and
which of them is the baseline.

The store is remembered by the project (``aguaperu/scenario_store``, relative to the project's folder where it
can be), else it sits in the project's results folder (``project_folder``; next to the project file in projects
made before issue 20). The baseline is recognised by its id, never by its (translated) name: the reserved id
``BASELINE_ID`` in stores made since issue 17, or the id the project remembers (``aguaperu/baseline_id``) in
older ones.
"""

from collections.abc import Callable
from pathlib import Path

from qgis.core import QgsProject

from ..project_folder import SCOPE as PROJECT_SCOPE
from ..project_folder import STORE_KEY, results

BASELINE_KEY = "baseline_id"
STORE_SUFFIX = "_escenarios.gpkg"
DEFAULT_STORE = "aguaperu_escenarios.gpkg"


def stored_scenarios(path: Path) -> list | None:
    """``(id, name, version, result_version)`` of every scenario of the store (empty when there is none yet),
    or None when the file cannot be read. Read with sqlite3 alone: listing imports nothing heavy."""
    import sqlite3

    if not path.is_file():
        return []
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            present = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'scenarios'"
            ).fetchone()
            if not present:
                return []
            return connection.execute("SELECT id, name, version, result_version FROM scenarios ORDER BY fid").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return None


class ScenarioStoreController:
    """The project's scenario store and its baseline.

    Parameters
    ----------
    output_folder:
        Where the store goes while the project has no file (called each time: the setting may change).
    """

    def __init__(self, output_folder: Callable[[], Path]) -> None:
        self.output_folder = output_folder

    @staticmethod
    def project() -> QgsProject:
        return QgsProject.instance()

    def path(self, ask: bool = False) -> Path:
        """The project's scenario GeoPackage: in the project's results folder by default (``ask``: an unsaved
        project that has not chosen its results folder yet chooses it now)."""
        project = self.project()
        remembered, found = project.readEntry(PROJECT_SCOPE, STORE_KEY, "")
        if found and remembered:
            path = Path(remembered)
            return path if path.is_absolute() else Path(project.homePath()) / path
        if project.fileName():
            name = f"{Path(project.fileName()).stem}{STORE_SUFFIX}"
            beside = Path(project.homePath()) / name  # where stores were kept before issue 20
            return beside if beside.is_file() else Path(self.output_folder()) / name
        return (Path(self.output_folder()) if ask else results.undecided()) / DEFAULT_STORE

    def store(self):
        """The ``ScenarioStore`` of the project (remembered by the project from now on)."""
        from ...core.scenarios import ScenarioStore

        path = self.path(ask=True)
        project = self.project()
        home = project.homePath()
        value = str(path.relative_to(home)) if home and path.is_relative_to(home) else str(path)
        if project.readEntry(PROJECT_SCOPE, STORE_KEY, "")[0] != value:
            project.writeEntry(PROJECT_SCOPE, STORE_KEY, value)
        return ScenarioStore(path)

    def listed(self) -> list | None:
        """``stored_scenarios`` of the project's store."""
        return stored_scenarios(self.path())

    def known_baseline(self, ids) -> str | None:
        """The baseline's id among ``ids`` (the reserved id, else the one the project remembers), or None."""
        from ...core.scenarios.batch import BASELINE_ID

        ids = set(ids)
        if BASELINE_ID in ids:
            return BASELINE_ID
        remembered, _ = self.project().readEntry(PROJECT_SCOPE, BASELINE_KEY, "")
        return remembered if remembered and remembered in ids else None

    def baseline_id(self, name: str) -> str:
        """The id of the project's baseline, created (no plan, named ``name``, the reserved id) the first time
        it is needed."""
        from ...core.scenarios.batch import file_baseline

        store = self.store()
        known = self.known_baseline(store.list()["id"])
        if known is None:
            known = store.create(file_baseline().copy(name=name)).id
        if self.project().readEntry(PROJECT_SCOPE, BASELINE_KEY, "")[0] != known:
            self.project().writeEntry(PROJECT_SCOPE, BASELINE_KEY, known)
        return known
