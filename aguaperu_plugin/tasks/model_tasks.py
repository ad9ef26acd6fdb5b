"""Tasks of the Models page."""

from dataclasses import dataclass
from pathlib import Path

from ...core.settings import MIN_CELL
from ..outputs import CHILD_RISK_LAYER, CHILD_RISK_TABLE, write_child_risk
from ..styling import OUTPUTS
from .base import BaseTask, cache_folder


@dataclass
class WaterRiskResult:
    systems: Path  # GeoPackage, layer "water_risk_systems"
    districts: Path  # GeoPackage, layer "water_risk_districts"
    card: dict
    counts: dict  # risk class → number of systems
    observed: int = 0  # systems whose state the survey or the measurements gave
    estimated: int = 0
    shares: object = None  # per district: systems observed and estimated and their not-working shares (frame)
    history: object = None  # the measurements matched to systems with the standard's limits (frame), or None


class WaterRiskTask(BaseTask):
    """Predict the water-quality risk of every system and aggregate it per district; write two GeoPackages.
    With the office's ``survey`` and ``measurements`` (files), observed systems take their observed state."""

    SYSTEMS_LAYER = "water_risk_systems"
    DISTRICTS_LAYER = "water_risk_districts"

    SHARE_COLUMNS = (
        "ubigeo",
        "distr",
        "systems_observed",
        "systems_estimated",
        "observed_share",
        "observed_not_working_share",
        "estimated_not_working_share",
    )

    def __init__(
        self,
        data_dir: Path,
        out_dir: Path,
        survey: Path | None = None,
        measurements: Path | None = None,
        **callbacks,
    ) -> None:
        from ..toolbelt.i18n import tr

        super().__init__(tr("AguaPerú: water-quality risk model"), **callbacks)
        self.data_dir, self.out_dir = Path(data_dir), Path(out_dir)
        self.survey = Path(survey) if survey else None
        self.measurements = Path(measurements) if measurements else None

    def compute(self) -> WaterRiskResult:
        import pandas as pd

        from ...core import jobs
        from ...core.features.district_features import write_features
        from ...core.jobs.models import WaterRiskRequest

        result = jobs.run(
            "waterrisk",
            WaterRiskRequest(
                data_dir=self.data_dir,
                cache_dir=cache_folder(self.out_dir),
                survey=self.survey,
                measurements=self.measurements,
            ),
            progress=lambda f, m="": self.progress_callback(0.9 * f, m),
            is_cancelled=self.isCanceled,
        )
        systems, districts, card = result.table("systems"), result.table("districts"), result.card
        self.progress_callback(0.92, "writing")
        self.check_cancelled()
        systems_path = self.output(
            write_features(systems, self.out_dir / "aguaperu_riesgo_sistemas.gpkg", self.SYSTEMS_LAYER)
        )
        districts_path = self.output(
            write_features(districts, self.out_dir / "aguaperu_riesgo_distritos.gpkg", self.DISTRICTS_LAYER)
        )
        counts = {name: count for name, count in result.summary["counts"].items() if count}
        shares = pd.DataFrame(districts[[c for c in self.SHARE_COLUMNS if c in districts]])
        history = None
        if self.measurements is not None:  # the chart's series: a reader of this task's own input
            from ...core.models.water_risk.survey import measurement_history

            history = measurement_history(self.measurements, systems)
        return WaterRiskResult(
            systems_path,
            districts_path,
            card,
            counts,
            result.summary.get("observed", 0),
            result.summary.get("estimated", len(systems)),
            shares,
            history,
        )


@dataclass
class PovertyResult:
    path: Path  # GeoPackage, layer "poverty"
    card: dict
    minimum: float  # class breaks of the choropleth (mapclassify, Fisher-Jenks) and of the interval width
    breaks: list
    width_minimum: float
    width_breaks: list
    districts: int
    observed: list  # department-held-out predictions of the card, for the observed-predicted chart
    predicted: list
    low: list
    high: list


class PovertyTask(BaseTask):
    """Predict district poverty with 90 % intervals (bundled or retrained model); write a GeoPackage."""

    LAYER = "poverty"
    CLASSES = OUTPUTS["poverty_pct"].classes

    def __init__(self, data_dir: Path, out_dir: Path, model_dir: Path | None = None, **callbacks) -> None:
        from ..toolbelt.i18n import tr

        super().__init__(tr("AguaPerú: district poverty model"), **callbacks)
        self.data_dir, self.out_dir = Path(data_dir), Path(out_dir)
        self.model_dir = Path(model_dir) if model_dir else None

    def compute(self) -> PovertyResult:
        from ...core import jobs
        from ...core.features.district_features import write_features
        from ...core.jobs.models import PovertyRequest

        result = jobs.run(
            "poverty",
            PovertyRequest(
                data_dir=self.data_dir,
                model_dir=self.model_dir,
                classes=self.CLASSES,
                cache_dir=cache_folder(self.out_dir),
            ),
            progress=lambda f, m="": self.progress_callback(0.9 * f, m),
            is_cancelled=self.isCanceled,
        )
        frame, card = result.table("poverty"), result.card
        self.progress_callback(0.92, "writing")
        suffix = f"_{self.model_dir.name}" if self.model_dir else ""
        self.check_cancelled()
        path = self.output(write_features(frame, self.out_dir / f"aguaperu_pobreza{suffix}.gpkg", self.LAYER))
        held_out = result.table("held_out")
        return PovertyResult(
            path,
            card,
            *result.breaks["poverty_pct"],
            *result.breaks["interval_width"],
            len(frame),
            *(held_out[column].tolist() for column in ("observed", "predicted", "low", "high")),
        )


@dataclass
class HotspotsResult:
    path: Path  # GeoPackage, layer "hotspots"
    column: str
    summary: dict


class HotspotsTask(BaseTask):
    """Getis-Ord Gi* and local Moran clusters of a numeric field of a polygon layer; write a GeoPackage."""

    LAYER = "hotspots"

    def __init__(self, source, column: str, permutations: int, out_dir: Path, **callbacks) -> None:
        """``source``: (path, sub-layer name) of a file-backed layer, or a GeoDataFrame read on the main thread."""
        from ..describe import field_alias
        from ..toolbelt.i18n import tr

        super().__init__(tr("AguaPerú: hotspots of {0}", field_alias(column)), **callbacks)
        self.source, self.column, self.permutations, self.out_dir = source, column, permutations, Path(out_dir)

    def compute(self) -> HotspotsResult:
        from ...core import jobs
        from ...core.features.district_features import write_features
        from ...core.jobs.data import HotspotsRequest

        if isinstance(self.source, tuple):
            request = HotspotsRequest(self.column, source=self.source[0], layer=self.source[1])
        else:
            request = HotspotsRequest(self.column, zones=self.source)
        request.permutations = self.permutations
        result = jobs.run(
            "hotspots",
            request,
            progress=lambda f, m="": self.progress_callback(0.9 * f, m),
            is_cancelled=self.isCanceled,
        )
        self.progress_callback(0.92, "writing")
        safe = "".join(c if c.isalnum() else "_" for c in self.column)
        self.check_cancelled()
        target = self.out_dir / f"aguaperu_puntos_calientes_{safe}.gpkg"
        path = self.output(write_features(result.table("hotspots"), target, self.LAYER))
        return HotspotsResult(path, self.column, result.summary)


class PovertyRetrainTask(BaseTask):
    """Retrain the poverty model on the user's target table (and rasters) into a new model folder."""

    def __init__(self, data_dir: Path, target: Path, column: str, rasters: list, model_dir: Path, **callbacks) -> None:
        from ..toolbelt.i18n import tr

        super().__init__(tr("AguaPerú: retraining the poverty model"), **callbacks)
        self.data_dir, self.target, self.column = Path(data_dir), Path(target), column
        self.rasters, self.model_dir = [Path(r) for r in rasters], Path(model_dir)

    def compute(self) -> dict:
        """The new model's card, with ``folder`` added."""
        from ...core import jobs
        from ...core.jobs.models import PovertyRetrainRequest

        request = PovertyRetrainRequest(
            self.data_dir, self.model_dir, self.target, self.column, tuple(self.rasters), compare_keras=False
        )
        return jobs.run("povertyretrain", request, progress=self.progress_callback, is_cancelled=self.isCanceled).card


@dataclass
class DemandResult:
    forecast_csv: Path  # one row per hour, one column per area
    intervals_csv: Path  # long table with the 80 % and 95 % intervals
    anomalies_csv: Path
    forecast: object  # the long table (timestamp, area, forecast, lower_80…upper_95)
    history: object  # the last two weeks of flows before the origin (hour x area)
    anomalies: object  # area, start, end, score, excess_flow
    areas: list
    growth: object  # area, key, last_week_lps, forecast_lps, growth_pct


class DemandTask(BaseTask):
    """Forecast every area's hourly demand after ``origin`` and flag anomalous periods; write three CSVs."""

    HISTORY_SHOWN = 14 * 24

    def __init__(self, inflow: Path, weather: Path | None, origin, horizon: int, country: str, out_dir: Path, **cb):
        from ..toolbelt.i18n import tr

        super().__init__(tr("AguaPerú: water demand forecast"), **cb)
        self.inflow, self.weather = Path(inflow), Path(weather) if weather else None
        self.origin, self.horizon, self.country, self.out_dir = origin, horizon, country, Path(out_dir)

    def compute(self) -> DemandResult:
        from ...core import jobs
        from ...core.jobs.demand import DemandForecastRequest
        from ...core.models.demand.cli import write_csv

        request = DemandForecastRequest(
            inflow=self.inflow,
            origin=self.origin,
            horizon=self.horizon,
            weather=self.weather,
            country=self.country,
            anomalies=True,
            history_hours=self.HISTORY_SHOWN,
        )
        result = jobs.run("demandforecast", request, progress=self.progress_callback, is_cancelled=self.isCanceled)
        wide, table, periods = (result.table(name) for name in ("forecast", "intervals", "anomalies"))
        self.progress_callback(0.95, "writing")
        self.origin = result.summary["origin"]  # the one chosen, or the end of the data's last full day
        stem = f"aguaperu_demanda_{self.origin:%Y%m%d_%H%M}"
        paths = [self.out_dir / f"{stem}.csv", self.out_dir / f"{stem}_intervalos.csv"]
        paths.append(self.out_dir / f"{stem}_anomalias.csv")
        self.check_cancelled()
        self.output(write_csv(wide, paths[0], True) or paths[0])
        self.output(write_csv(table, paths[1], False) or paths[1])
        self.output(write_csv(periods, paths[2], False) or paths[2])
        areas = result.summary["areas"]
        return DemandResult(*paths, table, result.table("history"), periods, areas, result.table("growth"))


@dataclass
class ScheduleResult:
    path: Path  # flows per hour, source and area (CSV)
    flows: object
    unmet: object
    summary: dict


class ScheduleTask(BaseTask):
    """Schedule the hourly supply of a demand forecast (hour x area, L/s) from sources and tanks (CSV)."""

    def __init__(self, demand, sources: Path, tanks: Path | None, target: Path, **callbacks) -> None:
        from ..toolbelt.i18n import tr

        super().__init__(tr("AguaPerú: supply schedule"), **callbacks)
        self.demand, self.sources, self.tanks, self.target = demand, Path(sources), tanks, Path(target)

    def compute(self) -> ScheduleResult:
        from ...core import jobs
        from ...core.jobs.demand import DemandScheduleRequest
        from ...core.models.demand.cli import write_csv

        request = DemandScheduleRequest(self.demand, self.sources, Path(self.tanks) if self.tanks else None)
        result = jobs.run("demandschedule", request, progress=self.progress_callback, is_cancelled=self.isCanceled)
        flows = result.table("flows")
        self.check_cancelled()
        self.output(write_csv(flows, self.target, False) or self.target)
        return ScheduleResult(self.target, flows, result.table("unmet"), result.summary)


@dataclass
class ChildRiskResult:
    path: Path  # GeoPackage: layer "child_risk" (areas) and table "interventions" (one row per recommendation)
    level: str
    year: int
    card: dict
    frame: object  # the published estimates (aggregates only), for the per-area panel and chart
    recommendations: object
    breaks: dict  # column -> (minimum, upper bounds of the classes)


class ChildRiskTask(BaseTask):
    """Stunting and anaemia with 90 % intervals, the child-risk index and interventions of every district or
    province; write a GeoPackage. Only aggregates of at least ``min_cell`` children ever leave core."""

    LAYER = CHILD_RISK_LAYER
    TABLE = CHILD_RISK_TABLE
    CLASSES = OUTPUTS["child_risk_index"].classes

    def __init__(
        self,
        data_dir: Path,
        out_dir: Path,
        level: str = "district",
        year: int | None = None,
        min_cell: int = MIN_CELL,
        rules: Path | None = None,
        language: str = "es",
        **callbacks,
    ) -> None:
        from ..toolbelt.i18n import tr

        super().__init__(tr("AguaPerú: child-risk model"), **callbacks)
        self.data_dir, self.out_dir = Path(data_dir), Path(out_dir)
        self.level, self.year, self.min_cell = level, year, min_cell
        self.rules, self.language = (Path(rules) if rules else None), language

    def compute(self) -> ChildRiskResult:
        from ...core import jobs
        from ...core.jobs.models import ChildRiskRequest
        from ..child_texts import localised_areas

        request = ChildRiskRequest(
            self.data_dir,
            level=self.level,
            year=self.year,
            min_cell=self.min_cell,
            rules=self.rules,
            language=self.language,
            geometry=True,
            classes=self.CLASSES,
            cache_dir=cache_folder(self.out_dir),
        )
        result = jobs.run(
            "childrisk",
            request,
            progress=lambda f, m="": self.progress_callback(0.9 * f, m),
            is_cancelled=self.isCanceled,
        )
        frame, recommendations, card = result.table("areas"), result.table("interventions"), result.card
        self.progress_callback(0.92, "writing")
        self.check_cancelled()
        areas = localised_areas(result.table("areas_map"), recommendations, self.language)  # drivers, triggers
        path = write_child_risk(areas, recommendations, self.out_dir / f"aguaperu_riesgo_infantil_{self.level}.gpkg")
        self.output(path)
        return ChildRiskResult(
            path, self.level, int(frame["year"].iloc[0]), card, frame, recommendations, result.breaks
        )
