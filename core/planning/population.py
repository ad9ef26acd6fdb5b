"""Demand points for planning: the populated centres, their population, need and whether a system serves them.

Population (an assumption, stated in every summary): INEI publishes no population per populated centre in the
shared data, so each district's 2020 population is spread over its populated centres. District totals come
from ``pobreza2018_distrital.csv`` (``pob_2020``, INEI projection); districts absent there take
``pob_densidad_2020 × superficie`` from ``ubigeo_distrito.csv`` (the same INEI density, times the area).
Within a district an urban centre receives ``urban_factor`` shares and a rural centre one share; the centres
of a district with neither figure get the national median of people per share (a warning names them). The
default factor, 90, is the ratio of people per centre in the 2017 census (23.3 million urban people over the
3,747 urban centres, about 6,200 each, against 6.1 million rural people over the 91,175 rural centres, about
67 each); it is a national average, not a measurement of any one place. A user population raster replaces the whole
method: the population of a centre is then the raster value at its location (``"point"``: a population count
grid) or the raster sum within the access distance (``"buffer"``; overlapping buffers count people twice).

Need multiplies population: ``need = population × need_factor``. By default ``need_factor = 1 + poverty``
(the district's monetary poverty rate as a fraction: INEI 2018 where published, the bundled poverty model's
prediction where not). A user table (``ubigeo`` and a numeric column) gives ``need_factor`` directly, e.g. a
child-risk index.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import CancelledError, InputError
from ..io.numbers import csv_float_options
from .coverage import coverage_matrix
from .mclp import never_cancelled, no_progress

LOG = logging.getLogger("aguaperu")
CENTRES = Path("socioeconomic") / "centros_poblados.csv.gz"
POVERTY = Path("socioeconomic") / "pobreza2018_distrital.csv"
DISTRICTS = Path("socioeconomic") / "ubigeo_distrito.csv"
SYSTEMS = Path("water") / "siasar_peru_systems.csv"
URBAN_FACTOR = 90.0
RASTER_MODES = ("point", "buffer")
CENTRE_COLUMNS = ("inei_ccpp", "inei_distrito", "tipo", "latitude", "longitude")


def _data_file(data_dir: str | Path | None, relative: Path) -> Path:
    if data_dir is None:
        raise InputError(
            f"No data folder was given to find {relative}.",
            code="missing_data_dir",
            file=str(relative),
            relative=relative.as_posix(),
            fix="--data DIR",
        )
    path = Path(data_dir) / relative
    if not path.is_file():
        raise InputError(
            f"{path} does not exist.",
            code="missing_data_file",
            file=str(path),
            relative=relative.as_posix(),
            fix="Point --data at a folder laid out like the shared data.",
        )
    return path


def check_departments(departments) -> tuple[str, ...]:
    """Department codes as two-digit text (``"8"`` → ``"08"``); an InputError lists the invalid ones."""
    codes = tuple(str(code).strip().zfill(2) for code in (departments or ()))
    bad = [code for code in codes if not (code.isdigit() and 1 <= int(code) <= 25)]
    if bad:
        raise InputError(
            f"Department codes are two digits from 01 to 25; not {', '.join(bad)}.",
            code="bad_department",
            value=bad,
            departments=", ".join(bad),
            fix="e.g. --department 08",
        )
    return codes


def read_centres(path: str | Path, departments=()) -> pd.DataFrame:
    """Populated centres (``centros_poblados.csv.gz`` layout) of the given departments (all when empty).

    Returns
    -------
    DataFrame
        ``centre_id, name, ubigeo, department, urban, longitude, latitude`` (rows without coordinates dropped).
    """
    path = Path(path)
    codes = check_departments(departments)
    try:
        frame = pd.read_csv(path, dtype={"inei_ccpp": str, "inei_distrito": str}, **csv_float_options())
    except (OSError, ValueError) as error:
        raise InputError(
            f"{path} cannot be read: {error}.",
            code="unreadable_file",
            file=str(path),
            expected="CSV",
            reason=str(error),
        ) from error
    missing = [c for c in CENTRE_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(
            f"{path} lacks the column(s) {', '.join(missing)}.",
            code="centres_missing_columns",
            file=str(path),
            column=", ".join(missing),
            fix="Use the populated-centre table of the shared data.",
        )
    ubigeo = frame["inei_distrito"].astype("string").str.strip().str.zfill(6)
    centres = pd.DataFrame(
        {
            "centre_id": frame["inei_ccpp"].astype("string").to_numpy(),
            "name": frame["ccpp"].to_numpy() if "ccpp" in frame else None,
            "ubigeo": ubigeo.to_numpy(),
            "department": ubigeo.str[:2].to_numpy(),
            "urban": frame["tipo"].astype("string").str.lower().eq("urban").fillna(False).to_numpy(dtype=bool),
            "longitude": pd.to_numeric(frame["longitude"], errors="coerce").to_numpy(),
            "latitude": pd.to_numeric(frame["latitude"], errors="coerce").to_numpy(),
        }
    )
    if codes:
        centres = centres[centres["department"].isin(codes)]
    return centres.dropna(subset=["longitude", "latitude"]).reset_index(drop=True)


def district_population(data_dir: str | Path) -> pd.DataFrame:
    """District population 2020: ``ubigeo, population, population_source`` (``pob_2020`` or ``density_x_area``)."""
    poverty = pd.read_csv(_data_file(data_dir, POVERTY), dtype={"ubigeo": str}, **csv_float_options())
    table = pd.DataFrame(
        {"ubigeo": poverty["ubigeo"].str.zfill(6), "population": pd.to_numeric(poverty["pob_2020"], errors="coerce")}
    ).assign(population_source="pob_2020")
    path = Path(data_dir) / DISTRICTS
    if path.is_file():
        districts = pd.read_csv(path, dtype={"inei": str}, **csv_float_options())
        density = pd.to_numeric(districts["pob_densidad_2020"], errors="coerce")
        area = pd.to_numeric(districts["superficie"], errors="coerce")
        extra = pd.DataFrame({"ubigeo": districts["inei"].str.zfill(6), "population": density * area})
        extra = extra[~extra["ubigeo"].isin(table.loc[table["population"].notna(), "ubigeo"])].dropna()
        table = pd.concat([table.dropna(subset=["population"]), extra.assign(population_source="density_x_area")])
    return table.drop_duplicates("ubigeo").reset_index(drop=True)


def spread_population(centres: pd.DataFrame, districts: pd.DataFrame, urban_factor: float = URBAN_FACTOR):
    """Each centre's share of its district's population (see the module docstring).

    Returns
    -------
    (population, source)
        Two arrays aligned with ``centres``: people, and where the district total came from
        (``pob_2020``, ``density_x_area`` or ``median_per_centre``).
    """
    if not urban_factor > 0:
        raise InputError(
            f"The urban factor must be positive (got {urban_factor}).",
            code="bad_urban_factor",
            value=urban_factor,
            default=URBAN_FACTOR,
        )
    shares = np.where(centres["urban"].to_numpy(dtype=bool), float(urban_factor), 1.0)
    district_shares = pd.Series(shares).groupby(centres["ubigeo"].to_numpy()).transform("sum").to_numpy()
    totals = districts.set_index("ubigeo")
    population = centres["ubigeo"].map(totals["population"]).to_numpy(dtype=float)
    source = centres["ubigeo"].map(totals["population_source"]).to_numpy(dtype=object, copy=True)  # written below
    per_share = population / district_shares
    unknown = ~np.isfinite(population)
    if unknown.any():
        median = float(np.nanmedian(per_share)) if np.isfinite(per_share).any() else 0.0
        LOG.info("planning: %d centres in districts without population: %.0f per share", unknown.sum(), median)
        per_share[unknown] = median
        source[unknown] = "median_per_centre"
    return per_share * shares, source


def raster_population(centres: pd.DataFrame, raster: str | Path, mode: str = "point", radius_km: float = 1.0):
    """Population of each centre from a raster: value at the point, or sum within ``radius_km`` (``"buffer"``)."""
    if mode not in RASTER_MODES:
        raise InputError(f"Unknown raster mode {mode!r}; use point or buffer.", code="bad_raster_mode", value=mode)
    import geopandas as gpd

    points = gpd.GeoDataFrame(
        geometry=gpd.points_from_xy(centres["longitude"], centres["latitude"]), crs="EPSG:4326", index=centres.index
    )
    if mode == "buffer":
        from ..features.zonal import buffer_statistics

        table = buffer_statistics(raster, points, radius_km * 1000.0, stats=["sum"])
        return table["sum"].fillna(0.0).clip(lower=0.0).to_numpy(dtype=float)
    return _sample(raster, points)


def _sample(raster: str | Path, points) -> np.ndarray:
    try:
        import rasterio
    except ImportError as error:
        from ..errors import MissingDependencyError

        raise MissingDependencyError(
            "Reading a population raster needs rasterio: pip install rasterio.",
            code="missing_dependency",
            package="rasterio",
        ) from error
    try:
        with rasterio.open(raster) as source:
            if source.crs is None:
                raise InputError(
                    f"{raster} has no CRS.", code="raster_no_crs", file=str(raster), fix="Assign the raster a CRS."
                )
            projected = points.to_crs(source.crs)
            coordinates = list(zip(projected.geometry.x, projected.geometry.y, strict=True))
            values = np.array([v[0] for v in source.sample(coordinates, indexes=1, masked=True)], dtype=object)
            nodata = source.nodata
    except rasterio.errors.RasterioIOError as error:
        raise InputError(
            f"{raster} cannot be read: {error}.",
            code="unreadable_file",
            file=str(raster),
            expected="GeoTIFF",
            reason=str(error),
        ) from error
    result = np.array([0.0 if v is np.ma.masked else float(v) for v in values], dtype=float)
    if nodata is not None:
        result[result == nodata] = 0.0
    return np.clip(np.nan_to_num(result, nan=0.0), 0.0, None)


def read_need_table(table, column: str = "need_weight") -> pd.DataFrame:
    """A user's district need table (path or frame) as ``ubigeo, need_factor``; an InputError says what is wrong."""
    from ..io.tables import read_table
    from ..io.ubigeo import repair_padding

    name = str(table) if not isinstance(table, pd.DataFrame) else "need table"
    frame = table if isinstance(table, pd.DataFrame) else read_table(Path(table))
    if frame is None:
        raise InputError(f"{name} cannot be read.", code="unreadable_table", file=name)
    for wanted in ("ubigeo", column):
        if wanted not in frame.columns:
            from ..io.columns import closest_column

            suggestion = closest_column([str(c) for c in frame.columns], wanted)
            fix = f"Name the district code 'ubigeo' and the need '{column}' (or pass --need-column)."
            if suggestion:
                raise InputError(
                    f"{name} has no column {wanted!r}.",
                    code="missing_column",
                    file=name,
                    column=wanted,
                    suggestion=suggestion,
                    fix=fix,
                )
            raise InputError(
                f"{name} has no column {wanted!r}.",
                code="missing_column_no_suggestion",
                file=name,
                column=wanted,
                fix=fix,
            )
    values = pd.to_numeric(frame[column], errors="coerce")
    bad = values.isna() | (values < 0)
    if bad.any():
        raise InputError(
            f"{name}: {int(bad.sum())} row(s) of {column!r} are not non-negative numbers.",
            code="bad_need",
            file=name,
            column=column,
            rows=[int(i) for i in np.flatnonzero(bad)[:10]],
            count=int(bad.sum()),
            examples=", ".join(str(int(i)) for i in np.flatnonzero(bad)[:5]),
            fix="Fill the column with numbers ≥ 0.",
        )
    return pd.DataFrame({"ubigeo": repair_padding(frame["ubigeo"])[0], "need_factor": values.astype(float)})


def district_poverty(
    data_dir: str | Path,
    ubigeos,
    poverty_model: bool = True,
    progress: Callable[[float, str], None] = no_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
    cache=None,
) -> pd.DataFrame:
    """Monetary poverty (%) of the districts: ``ubigeo, poverty_pct, poverty_source`` (``inei2018`` or ``model``).

    Districts INEI 2018 leaves out take the bundled poverty model's prediction (only computed when some are
    needed); with ``poverty_model=False``, or for a district the model does not cover, the national median.
    """
    observed = pd.read_csv(_data_file(data_dir, POVERTY), dtype={"ubigeo": str}, **csv_float_options())
    rates = pd.Series(
        pd.to_numeric(observed["pobreza_monetaria"], errors="coerce").to_numpy(), index=observed["ubigeo"].str.zfill(6)
    ).dropna()
    ubigeos = pd.Index(pd.unique(pd.Series(ubigeos, dtype="string").dropna()))
    table = pd.DataFrame({"ubigeo": ubigeos, "poverty_pct": ubigeos.map(rates).to_numpy(dtype=float)})
    table["poverty_source"] = np.where(table["poverty_pct"].notna(), "inei2018", None)
    missing = table["poverty_pct"].isna()
    if missing.any() and poverty_model:
        from ..models.poverty import predict

        predicted, _ = predict(data_dir=data_dir, progress=progress, is_cancelled=is_cancelled, cache=cache)
        modelled = predicted.set_index("ubigeo")["poverty_pct"]
        table.loc[missing, "poverty_pct"] = table.loc[missing, "ubigeo"].map(modelled).to_numpy(dtype=float)
        table.loc[missing & table["poverty_pct"].notna(), "poverty_source"] = "model"
    still = table["poverty_pct"].isna()
    if still.any():
        table.loc[still, "poverty_pct"] = float(rates.median())
        table.loc[still, "poverty_source"] = "national_median"
    return table


@dataclass
class PopulationOptions:
    """How demand points get their population and need (see the module docstring).

    Attributes
    ----------
    raster:
        A population GeoTIFF replacing the district spreading (None: spread district totals).
    raster_mode:
        ``"point"`` (raster value at the centre) or ``"buffer"`` (sum within the access distance).
    urban_factor:
        Shares of an urban centre relative to a rural one when spreading district totals.
    need_table, need_column:
        A district table (path or frame) with ``ubigeo`` and ``need_column``, the need factor; None:
        ``1 + poverty / 100``.
    poverty_model:
        Fill the poverty of districts INEI 2018 leaves out with the bundled model (else the national median).
    """

    raster: str | Path | None = None
    raster_mode: str = "point"
    urban_factor: float = URBAN_FACTOR
    need_table: object = None
    need_column: str = "need_weight"
    poverty_model: bool = True

    def describe(self) -> dict:
        """``population_method`` and ``need_method`` in words, for summaries."""
        population = (
            f"raster {Path(self.raster).name} ({self.raster_mode})"
            if self.raster is not None
            else "district 2020 totals spread over populated centres, "
            f"urban centre = {self.urban_factor:g} rural shares"
        )
        need = (
            f"population x {self.need_column} of the need table"
            if self.need_table is not None
            else "population x (1 + poverty)"
        )
        return {"population_method": population, "need_method": need}


def populated_centres(
    data_dir: str | Path, departments=(), options: PopulationOptions | None = None, access_km: float = 1.0
) -> pd.DataFrame:
    """The populated centres of the departments (all when empty) with ``population, population_source``.

    Population is spread from district totals, or read from ``options.raster`` (see the module docstring;
    ``access_km`` is the radius of the ``"buffer"`` mode).
    """
    options = options or PopulationOptions()
    every = read_centres(_data_file(data_dir, CENTRES))
    codes = check_departments(departments)
    if options.raster is not None:
        centres = (every[every["department"].isin(codes)] if codes else every).reset_index(drop=True)
        centres["population"] = raster_population(centres, options.raster, options.raster_mode, access_km)
        centres["population_source"] = f"raster_{options.raster_mode}"
    else:
        population, source = spread_population(every, district_population(data_dir), options.urban_factor)
        every = every.assign(population=population, population_source=source)
        centres = (every[every["department"].isin(codes)] if codes else every).reset_index(drop=True)
    if not len(centres):
        raise InputError(
            "No populated centre is left in the departments chosen.",
            code="empty_selection",
            value=list(codes),
            departments=", ".join(codes),
        )
    guessed = centres["population_source"].eq("median_per_centre")
    if guessed.any():
        LOG.warning(
            "planning: %d populated centres are in districts without a population figure (%s); each got the "
            "national median per share",
            guessed.sum(),
            ", ".join(sorted(centres.loc[guessed, "ubigeo"].unique())),
        )
    return centres


def demand_points(
    data_dir: str | Path,
    departments=(),
    access_km: float = 1.0,
    options: PopulationOptions | None = None,
    systems=None,
    progress: Callable[[float, str], None] = no_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
) -> pd.DataFrame:
    """The populated centres as demand points, with population, need and whether a water system serves them.

    Parameters
    ----------
    data_dir:
        A folder laid out like the shared data.
    departments:
        Two-digit department codes to keep (all of Peru when empty).
    access_km:
        A centre within this great-circle distance of a water system counts as served.
    options:
        How population and need are obtained (default ``PopulationOptions()``).
    systems:
        Water systems (frame with ``longitude, latitude``); default: SIASAR of ``data_dir``.
    progress, is_cancelled:
        Plain callables: ``progress(fraction, message)`` and ``is_cancelled() -> bool``.

    Returns
    -------
    DataFrame
        One row per centre: ``centre_id, name, ubigeo, department, urban, longitude, latitude, population,
        population_source, poverty_pct, poverty_source, need_factor, need, served``.

    Raises
    ------
    InputError
        For a bad access distance or department, a missing file or column, or a need table missing districts.
    CancelledError
        When ``is_cancelled()`` turns true.
    """
    if not access_km > 0:
        raise InputError(
            f"The access distance must be positive (got {access_km} km).", code="bad_access", value=access_km
        )
    options = options or PopulationOptions()
    progress(0.0, "populated centres")
    centres = populated_centres(data_dir, departments, options, access_km)
    if is_cancelled():
        raise CancelledError("The planning was cancelled.")
    progress(0.4, "need")
    poverty = district_poverty(
        data_dir,
        centres["ubigeo"],
        options.poverty_model and options.need_table is None,
        progress=lambda f, m: progress(0.4 + 0.4 * f, m),
        is_cancelled=is_cancelled,
    )
    centres = centres.merge(poverty, on="ubigeo", how="left")
    if options.need_table is not None:
        factors = read_need_table(options.need_table, options.need_column).drop_duplicates("ubigeo")
        centres["need_factor"] = centres["ubigeo"].map(factors.set_index("ubigeo")["need_factor"])
        absent = centres.loc[centres["need_factor"].isna(), "ubigeo"].unique()
        if len(absent):
            raise InputError(
                f"The need table has no value for {len(absent)} district(s) of the selection, e.g. {absent[0]}.",
                code="missing_need",
                column=options.need_column,
                rows=list(absent[:10]),
                count=len(absent),
                examples=", ".join(str(code) for code in absent[:5]),
                fix="Add those districts to the need table.",
            )
    else:
        centres["need_factor"] = 1.0 + centres["poverty_pct"] / 100.0
    centres["need"] = centres["population"] * centres["need_factor"]
    progress(0.85, "served centres")
    frame = system_points(data_dir) if systems is None else systems
    served = coverage_matrix(
        centres[["longitude", "latitude"]].to_numpy(), frame[["longitude", "latitude"]].to_numpy(), access_km
    )
    centres["served"] = np.diff(served.indptr) > 0
    progress(1.0, "done")
    return centres


def system_points(data_dir: str | Path | None = None, path: str | Path | None = None):
    """Water systems (SIASAR of ``data_dir``, or any water-point file) read with ``read_water_points``."""
    from ..io.water_points import read_water_points

    source = Path(path) if path is not None else _data_file(data_dir, SYSTEMS)
    return read_water_points(source).require().reset_index(drop=True)
