"""Scenarios and their results in one GeoPackage, next to the QGIS project.

Layout: a ``scenarios`` attribute table (``id, name, version, json, modified, result_version, result_time``)
and, for every scenario that was run, four layers named with its id: ``kpi_<id>`` (``kpi, value, unit``),
``districts_<id>`` (district polygons with their KPIs), ``sites_<id>`` (new water points) and
``systems_<id>`` (SIASAR systems with their state after the plan), plus ``summary_<id>`` (``key, value``:
the run's assumptions, warnings and solver summary as JSON).

Every change is one SQLite transaction (``BEGIN IMMEDIATE`` … ``COMMIT``): a crash or an error rolls it back,
so the file never holds half of a write. Results are written for the scenario id a ``ScenarioResult``
carries — never for a "current" scenario — and only tables named with that id are touched.
"""

import json
import math
import sqlite3
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from ..cancel import protected
from ..errors import CancelledError, InputError
from . import gpkg
from .kpis import COUNT_KPIS
from .model import Scenario, check_id, now
from .run import ScenarioResult

SCENARIOS = "scenarios"
OUTPUTS = ("kpi", "districts", "sites", "systems", "summary")


def output_tables(scenario_id: str) -> dict[str, str]:
    """The output layer of each kind (``kpi``, ``districts``, ``sites``, ``systems``, ``summary``) of a scenario."""
    scenario_id = check_id(scenario_id)
    return {kind: f"{kind}_{scenario_id}" for kind in OUTPUTS}


class ScenarioStore:
    """The scenario GeoPackage at ``path`` (created on first use).

    Each method opens its own connection, so a store may be used from several threads (a background run
    writing its results while the user edits another scenario); SQLite serialises the writes.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    @contextmanager
    def _transaction(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with protected(), self._named_errors():  # a cancelled run is not interrupted inside a transaction
            connection = gpkg.connect(self.path)
            try:
                connection.execute("BEGIN IMMEDIATE")
                try:
                    gpkg.initialise(connection)
                    self._initialise(connection)
                    yield connection
                except BaseException:
                    connection.execute("ROLLBACK")
                    raise
                connection.execute("COMMIT")
            finally:
                connection.close()

    @contextmanager
    def _named_errors(self):
        """SQLite's errors (disk full, read-only, not a database) as errors naming the store and the fix."""
        try:
            yield
        except sqlite3.Error as error:
            from ..io.oserrors import as_os_error, file_system_error

            known = as_os_error(error, str(self.path))
            if known is not None:
                raise file_system_error(known) from error
            raise InputError(
                f"{self.path} cannot be used as the scenario store: {error}.",
                code="bad_store",
                file=str(self.path),
                reason=str(error),
                fix="Choose another output folder, or move the damaged scenarios.gpkg away.",
            ) from error

    @contextmanager
    def _reading(self):
        if not self.path.is_file():
            raise InputError(
                f"{self.path} does not exist.",
                code="no_scenario_store",
                file=str(self.path),
                fix="Create a scenario first.",
            )
        with self._named_errors():
            connection = gpkg.connect(self.path)
            try:
                yield connection
            finally:
                connection.close()

    @staticmethod
    def _initialise(connection: sqlite3.Connection) -> None:
        connection.execute(
            f"CREATE TABLE IF NOT EXISTS {SCENARIOS} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
            "id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, version INTEGER NOT NULL, json TEXT NOT NULL, "
            "modified TEXT NOT NULL, result_version INTEGER, result_time TEXT)"
        )
        connection.execute(
            "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description) "
            "VALUES (?, 'attributes', ?, 'AguaPerú planning scenarios')",
            (SCENARIOS, SCENARIOS),
        )

    def _row(self, connection: sqlite3.Connection, scenario_id: str):
        row = connection.execute(
            f"SELECT json, version, result_version, result_time FROM {SCENARIOS} WHERE id = ?", (check_id(scenario_id),)
        ).fetchone()
        if row is None:
            raise InputError(
                f"{self.path} holds no scenario {scenario_id}.",
                code="unknown_scenario",
                file=str(self.path),
                value=scenario_id,
                fix="It may have been deleted; list the scenarios of the store.",
            )
        return row

    # scenarios ---------------------------------------------------------------------------------------------

    def create(self, scenario: Scenario) -> Scenario:
        """Add a scenario (its id must be new); returns it as stored."""
        with self._transaction() as connection:
            exists = connection.execute(f"SELECT 1 FROM {SCENARIOS} WHERE id = ?", (scenario.id,)).fetchone()
            if exists:
                raise InputError(
                    f"A scenario with id {scenario.id} is already stored.",
                    code="scenario_exists",
                    value=scenario.id,
                    fix="Use duplicate() for a copy, update() for an edit.",
                )
            self._put(connection, scenario)
        return scenario

    def update(self, scenario: Scenario) -> Scenario:
        """Store an edit: the version goes up by one and ``modified`` is now.

        The scenario's ``version`` must be the stored one (an edit of an outdated copy is refused rather than
        overwriting someone else's edit). Its results stay, marked by their older ``result_version``.
        """
        with self._transaction() as connection:
            _, stored, _, _ = self._row(connection, scenario.id)
            if scenario.version != stored:
                raise InputError(
                    f"Scenario {scenario.name!r} was edited meanwhile (stored version {stored}, "
                    f"this copy {scenario.version}).",
                    code="scenario_edited_meanwhile",
                    value=scenario.id,
                    name=scenario.name,
                    stored=stored,
                    version=scenario.version,
                    fix="Reload the scenario and apply the edit again.",
                )
            updated = scenario.copy(version=stored + 1, modified=now())
            connection.execute(
                f"UPDATE {SCENARIOS} SET name = ?, version = ?, json = ?, modified = ? WHERE id = ?",
                (updated.name, updated.version, updated.to_json(), updated.modified, updated.id),
            )
        return updated

    def duplicate(self, scenario_id: str, name: str | None = None) -> Scenario:
        """A copy under a new id (version 1, without results)."""
        original = self.load(scenario_id)
        stamp = now()
        copy = Scenario.from_dict(
            {
                **original.to_dict(),
                "name": name or f"{original.name} (copy)",
                "version": 1,
                "created": stamp,
                "modified": stamp,
            },
        )
        copy.id = Scenario(name=copy.name).id
        return self.create(copy)

    def delete(self, scenario_id: str) -> None:
        """Remove a scenario and every output layer of it."""
        with self._transaction() as connection:
            self._row(connection, scenario_id)
            for table in output_tables(scenario_id).values():
                gpkg.drop(connection, table)
            connection.execute(f"DELETE FROM {SCENARIOS} WHERE id = ?", (scenario_id,))

    def list(self) -> pd.DataFrame:
        """``id, name, version, modified, result_version, result_time, has_results, stale`` (stale: results of an
        older version)."""
        columns = ["id", "name", "version", "modified", "result_version", "result_time"]
        if not self.path.is_file():
            return pd.DataFrame(columns=[*columns, "has_results", "stale"])
        with self._reading() as connection:
            present = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (SCENARIOS,)
            ).fetchone()
            if not present:
                return pd.DataFrame(columns=[*columns, "has_results", "stale"])
            frame = pd.read_sql_query(f"SELECT {', '.join(columns)} FROM {SCENARIOS} ORDER BY fid", connection)
        frame["has_results"] = frame["result_version"].notna()
        frame["stale"] = frame["has_results"] & (frame["result_version"] != frame["version"])
        return frame

    def load(self, scenario_id: str) -> Scenario:
        """The stored scenario."""
        with self._reading() as connection:
            text, _, _, _ = self._row(connection, scenario_id)
        return Scenario.from_json(text, source=f"{self.path.name}:{scenario_id}")

    def _save(self, connection: sqlite3.Connection, scenario: Scenario, seen: int | None) -> None:
        row = connection.execute(f"SELECT version FROM {SCENARIOS} WHERE id = ?", (scenario.id,)).fetchone()
        current = None if row is None else row[0]
        if current != seen:
            raise InputError(
                f"Scenario {scenario.name!r} was changed or deleted in {self.path} while this run went on "
                f"(stored version {current}, read {seen}); nothing was written.",
                code="stale_scenario",
                file=str(self.path),
                value=scenario.id,
                name=scenario.name,
                fix="Run it again.",
            )
        if current is None:
            self._put(connection, scenario)
        elif scenario.version != current:
            connection.execute(
                f"UPDATE {SCENARIOS} SET name = ?, version = ?, json = ?, modified = ? WHERE id = ?",
                (scenario.name, scenario.version, scenario.to_json(), scenario.modified, scenario.id),
            )

    @staticmethod
    def _put(connection: sqlite3.Connection, scenario: Scenario) -> None:
        connection.execute(
            f"INSERT INTO {SCENARIOS} (id, name, version, json, modified) VALUES (?, ?, ?, ?, ?)",
            (scenario.id, scenario.name, scenario.version, scenario.to_json(), scenario.modified),
        )

    # results -----------------------------------------------------------------------------------------------

    def write_results(self, result: ScenarioResult) -> dict[str, str]:
        """Replace the outputs of the scenario the result was run for (``result.scenario_id``), in one transaction.

        Returns
        -------
        dict
            The layer of each output kind.

        Raises
        ------
        InputError
            When that scenario is no longer in the store (deleted while it ran): nothing is written.
        """
        return self.write_many([result])[0]

    def write_many(
        self, results: Sequence[ScenarioResult], is_cancelled=None, seen: dict[str, int | None] | None = None
    ) -> tuple[dict[str, str], ...]:
        """``write_results`` for several results in one transaction: all of them are written or none.

        ``is_cancelled`` is asked once everything is written, just before the commit: when it answers True the
        transaction is rolled back (``CancelledError``) and the store is left as it was.

        With ``seen`` (scenario id → the version the caller read from the store, None when it was not stored),
        the scenarios the results were run for are stored in the same transaction: added, or updated to the
        result's version; one changed or deleted meanwhile (its stored version is no longer the one seen) is
        refused (``stale_scenario``) and nothing is written.
        """
        with self._transaction() as connection:
            for result in results if seen is not None else ():
                self._save(connection, result.scenario, seen.get(result.scenario_id))
            written = tuple(self._write(connection, result) for result in results)
            if is_cancelled is not None and is_cancelled():
                raise CancelledError("The scenario run was cancelled: nothing was written.")
        return written

    def _write(self, connection: sqlite3.Connection, result: ScenarioResult) -> dict[str, str]:
        names = output_tables(result.scenario_id)
        summary = pd.DataFrame(
            {
                "key": ["scenario", *result.summary],
                "value": [result.scenario.to_json()] + [json.dumps(v, default=str) for v in result.summary.values()],
            }
        )
        self._row(connection, result.scenario_id)
        gpkg.write(connection, names["kpi"], result.kpi_table(), f"KPIs of {result.scenario.name}")
        gpkg.write(connection, names["districts"], result.districts, f"districts of {result.scenario.name}")
        gpkg.write(connection, names["sites"], _points(result.sites), f"new sites of {result.scenario.name}")
        gpkg.write(connection, names["systems"], _points(result.systems), f"systems of {result.scenario.name}")
        gpkg.write(connection, names["summary"], summary, f"run summary of {result.scenario.name}")
        connection.execute(
            f"UPDATE {SCENARIOS} SET result_version = ?, result_time = ? WHERE id = ?",
            (result.scenario_version, result.summary.get("finished", now()), result.scenario_id),
        )
        return names

    def has_results(self, scenario_id: str) -> bool:
        with self._reading() as connection:
            return output_tables(scenario_id)["kpi"] in gpkg.tables(connection)

    def read_results(self, scenario_id: str) -> ScenarioResult:
        """The stored results of a scenario, as a ``ScenarioResult`` (its scenario: the version that was run).

        Raises
        ------
        InputError
            When the scenario or its results are absent.
        """
        names = output_tables(scenario_id)
        with self._reading() as connection:
            self._row(connection, scenario_id)
            if names["kpi"] not in gpkg.tables(connection):
                raise InputError(
                    f"Scenario {scenario_id} has no results in {self.path}.",
                    code="no_stored_results",
                    value=scenario_id,
                    fix="Run the scenario first.",
                )
            frames = {kind: gpkg.read(connection, table) for kind, table in names.items()}
        summary = dict(zip(frames["summary"]["key"], frames["summary"]["value"], strict=True))
        scenario = Scenario.from_json(summary.pop("scenario"), source=f"{self.path.name}:{scenario_id}")
        kpis = {row.kpi: _kpi_value(row.kpi, row.value) for row in frames["kpi"].itertuples(index=False)}
        return ScenarioResult(
            scenario=scenario,
            kpis=kpis,
            districts=frames["districts"],
            sites=pd.DataFrame(frames["sites"]).drop(columns="geometry"),
            systems=pd.DataFrame(frames["systems"]).drop(columns="geometry"),
            summary={key: json.loads(value) for key, value in summary.items()},
        )


def _kpi_value(name: str, value) -> float | int:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return float("nan")
    return int(value) if name in COUNT_KPIS else float(value)


def _points(frame: pd.DataFrame):
    """A point layer from ``longitude, latitude`` (kept as attributes too)."""
    import geopandas as gpd

    table = pd.DataFrame(frame).drop(columns="geometry", errors="ignore")
    return gpd.GeoDataFrame(table, geometry=gpd.points_from_xy(table["longitude"], table["latitude"]), crs="EPSG:4326")
