"""Tasks of the Models page."""

from dataclasses import dataclass
from pathlib import Path

from .base import BaseTask


@dataclass
class WaterRiskResult:
    systems: Path  # GeoPackage, layer "water_risk_systems"
    districts: Path  # GeoPackage, layer "water_risk_districts"
    card: dict
    counts: dict  # risk class → number of systems


class WaterRiskTask(BaseTask):
    """Predict the water-quality risk of every system and aggregate it per district; write two GeoPackages."""

    SYSTEMS_LAYER = "water_risk_systems"
    DISTRICTS_LAYER = "water_risk_districts"

    def __init__(self, data_dir: Path, out_dir: Path, **callbacks) -> None:
        from ..toolbelt.i18n import tr

        super().__init__(tr("AguaPerú: water-quality risk model"), **callbacks)
        self.data_dir, self.out_dir = Path(data_dir), Path(out_dir)

    def compute(self) -> WaterRiskResult:
        from ...core.features.district_features import write_features
        from ...core.models.water_risk import predict

        systems, districts, card = predict(
            data_dir=self.data_dir,
            progress=lambda f, m="": self.progress_callback(0.9 * f, m),
            is_cancelled=self.isCanceled,
        )
        self.progress_callback(0.92, "writing")
        self.check_cancelled()
        systems_path = self.output(
            write_features(systems, self.out_dir / "aguaperu_riesgo_sistemas.gpkg", self.SYSTEMS_LAYER)
        )
        districts_path = self.output(
            write_features(districts, self.out_dir / "aguaperu_riesgo_distritos.gpkg", self.DISTRICTS_LAYER)
        )
        counts = systems["risk_class"].value_counts().to_dict()
        return WaterRiskResult(systems_path, districts_path, card, {str(k): int(v) for k, v in counts.items()})


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
    CLASSES = 5

    def __init__(self, data_dir: Path, out_dir: Path, model_dir: Path | None = None, **callbacks) -> None:
        from ..toolbelt.i18n import tr

        super().__init__(tr("AguaPerú: district poverty model"), **callbacks)
        self.data_dir, self.out_dir = Path(data_dir), Path(out_dir)
        self.model_dir = Path(model_dir) if model_dir else None

    def compute(self) -> PovertyResult:
        from ...core.features.district_features import write_features
        from ...core.models.poverty import held_out_predictions, predict
        from ...core.spatial.classify import class_breaks

        frame, card = predict(
            data_dir=self.data_dir,
            model_dir=self.model_dir,
            progress=lambda f, m="": self.progress_callback(0.85 * f, m),
            is_cancelled=self.isCanceled,
        )
        self.progress_callback(0.88, "classes")
        breaks = class_breaks(frame["poverty_pct"], k=self.CLASSES)
        width_breaks = class_breaks(frame["interval_width"], k=self.CLASSES)
        self.progress_callback(0.92, "writing")
        suffix = f"_{self.model_dir.name}" if self.model_dir else ""
        self.check_cancelled()
        path = self.output(write_features(frame, self.out_dir / f"aguaperu_pobreza{suffix}.gpkg", self.LAYER))
        held_out = held_out_predictions(card)
        return PovertyResult(
            path,
            card,
            float(frame["poverty_pct"].min()),
            breaks,
            float(frame["interval_width"].min()),
            width_breaks,
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
        from ..toolbelt.i18n import tr

        super().__init__(tr("AguaPerú: hotspots of {0}", column), **callbacks)
        self.source, self.column, self.permutations, self.out_dir = source, column, permutations, Path(out_dir)

    def compute(self) -> HotspotsResult:
        from ...core.features.district_features import write_features
        from ...core.spatial.hotspots import hotspots

        frame = self.source
        if isinstance(frame, tuple):
            import geopandas as gpd

            path, layer = frame
            frame = gpd.read_file(path, layer=layer) if layer else gpd.read_file(path)
        self.progress_callback(0.05, "weights")
        result, summary = hotspots(
            frame,
            self.column,
            permutations=self.permutations,
            progress=lambda f, m="": self.progress_callback(0.05 + 0.85 * f, m),
            is_cancelled=self.isCanceled,
        )
        self.progress_callback(0.92, "writing")
        safe = "".join(c if c.isalnum() else "_" for c in self.column)
        self.check_cancelled()
        path = self.output(write_features(result, self.out_dir / f"aguaperu_puntos_calientes_{safe}.gpkg", self.LAYER))
        return HotspotsResult(path, self.column, summary)


class PovertyRetrainTask(BaseTask):
    """Retrain the poverty model on the user's target table (and rasters) into a new model folder."""

    def __init__(self, data_dir: Path, target: Path, column: str, rasters: list, model_dir: Path, **callbacks) -> None:
        from ..toolbelt.i18n import tr

        super().__init__(tr("AguaPerú: retraining the poverty model"), **callbacks)
        self.data_dir, self.target, self.column = Path(data_dir), Path(target), column
        self.rasters, self.model_dir = [Path(r) for r in rasters], Path(model_dir)

    def compute(self) -> dict:
        """The new model's card, with ``folder`` added."""
        from ...core.models.poverty import train

        card = train(
            self.data_dir,
            self.model_dir,
            target=self.target,
            target_column=self.column,
            rasters=self.rasters,
            compare_keras=False,
            progress=self.progress_callback,
            is_cancelled=self.isCanceled,
        )
        return {**card, "folder": str(self.model_dir)}


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
        from ...core.models.demand.anomalies import detect
        from ...core.models.demand.cli import write_csv
        from ...core.models.demand.forecast import ForecastConfig, forecast, to_wide
        from ...core.models.demand.series import read_inflow, read_weather
        from ...core.models.demand.summary import growth_by_area

        self.progress_callback(0.02, "reading")
        inflow = read_inflow(self.inflow)
        weather = read_weather(self.weather) if self.weather else None
        config = ForecastConfig(calendar={"country": self.country, "extra_days": ()})
        table = forecast(
            inflow,
            weather,
            self.origin,
            self.horizon,
            config=config,
            progress=lambda f, m="": self.progress_callback(0.05 + 0.8 * f, m),
            is_cancelled=self.isCanceled,
        )
        self.progress_callback(0.87, "anomalies")
        before = inflow[inflow.index < self.origin]
        periods = detect(before)
        if self.isCanceled():  # nothing is written once the user has cancelled
            from ...core.errors import CancelledError

            raise CancelledError("The demand forecast was cancelled.")
        self.progress_callback(0.95, "writing")
        stem = f"aguaperu_demanda_{self.origin:%Y%m%d_%H%M}"
        wide = to_wide(table)
        wide.index.name = "timestamp"
        paths = [self.out_dir / f"{stem}.csv", self.out_dir / f"{stem}_intervalos.csv"]
        paths.append(self.out_dir / f"{stem}_anomalias.csv")
        self.check_cancelled()
        self.output(write_csv(wide, paths[0], True) or paths[0])
        self.output(write_csv(table, paths[1], False) or paths[1])
        self.output(write_csv(periods, paths[2], False) or paths[2])
        history = before.tail(self.HISTORY_SHOWN)
        areas = [str(c) for c in wide.columns]
        return DemandResult(*paths, table, history, periods, areas, growth_by_area(before, table))


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
        from ...core.models.demand.cli import write_csv
        from ...core.models.demand.network import read_sources, read_tanks
        from ...core.models.demand.schedule import schedule

        sources = read_sources(self.sources)
        tanks = read_tanks(self.tanks) if self.tanks else None
        self.progress_callback(0.1, "solving")
        plan = schedule(self.demand, sources, tanks)
        if self.isCanceled():
            from ...core.errors import CancelledError

            raise CancelledError("The supply schedule was cancelled.")
        self.check_cancelled()
        self.output(write_csv(plan.flows, self.target, False) or self.target)
        return ScheduleResult(self.target, plan.flows, plan.unmet, plan.summary)


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

    LAYER = "child_risk"
    TABLE = "interventions"
    CLASSES = 5

    def __init__(
        self,
        data_dir: Path,
        out_dir: Path,
        level: str = "district",
        year: int | None = None,
        min_cell: int = 30,
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
        from ...core.models.child_risk import predict, with_geometry
        from ...core.models.child_risk.privacy import check_published
        from ...core.spatial.classify import class_breaks

        frame, recommendations, card = predict(
            self.data_dir,
            level=self.level,
            year=self.year,
            min_cell=self.min_cell,
            rules=self.rules,
            language=self.language,
            progress=lambda f, m="": self.progress_callback(0.85 * f, m),
            is_cancelled=self.isCanceled,
        )
        self.progress_callback(0.88, "classes")
        breaks = {
            column: (float(frame[column].min()), class_breaks(frame[column], k=self.CLASSES))
            for column in ("child_risk_index", "stunting_pct", "anemia_pct")
        }
        self.progress_callback(0.92, "writing")
        self.check_cancelled()
        path = write_child_risk(
            with_geometry(frame, self.data_dir, self.level),
            check_published(recommendations, self.min_cell),
            self.out_dir / f"aguaperu_riesgo_infantil_{self.level}.gpkg",
        )
        self.output(path)
        return ChildRiskResult(path, self.level, int(frame["year"].iloc[0]), card, frame, recommendations, breaks)


def write_table(table, path: str, layer: str) -> None:
    """A table without geometry as a GeoPackage attribute layer (numbers as reals, everything else as text)."""
    import fiona
    import pandas as pd

    kinds = {c: "float" if pd.api.types.is_numeric_dtype(table[c]) else "str" for c in table.columns}
    schema = {"geometry": "None", "properties": kinds}
    with fiona.open(path, "w", driver="GPKG", layer=layer, schema=schema) as sink:
        sink.writerecords(
            {
                "geometry": None,
                "properties": {
                    c: (None if pd.isna(v) else (float(v) if kinds[c] == "float" else str(v))) for c, v in row.items()
                },
            }
            for row in table.to_dict(orient="records")
        )


def write_child_risk(areas, recommendations, target: Path) -> Path:
    """The areas layer and the recommendations table in one GeoPackage; the file appears only when complete."""
    from ...core.io.atomic import replacing

    with replacing(target) as temporary:
        areas.to_file(temporary, layer=ChildRiskTask.LAYER, driver="GPKG")
        write_table(recommendations, str(temporary), ChildRiskTask.TABLE)
    return target
