"""The inputs of the poverty model: the district table with context features, and the target rates."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ...errors import CancelledError, InputError
from ...features.district_features import LAYER, FeatureRequest, build_district_features
from ..common import never_cancelled, noop_progress
from .features import add_context

TARGET_FILE = "socioeconomic/pobreza2018_distrital.csv"
TARGET_COLUMN = "pobreza_monetaria"


@dataclass
class Inputs:
    """One row per district: the table (with geometry when known), its department codes and the target.

    ``target`` is NaN where the district's rate is unknown.
    """

    table: pd.DataFrame
    departments: np.ndarray
    target: np.ndarray


def load_inputs(
    data_dir: str | Path | None = None,
    features=None,
    target: str | Path | None = None,
    target_column: str | None = None,
    rasters=(),
    progress: Callable[[float, str], None] = noop_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
    cache=None,
) -> Inputs:
    """Read (or take) the district table, add the context features, and read the target.

    Parameters
    ----------
    data_dir:
        A folder laid out like the shared data.
    features:
        A district feature table (GeoDataFrame) or the path of a GeoPackage written by ``python -m core
        features``; built from ``data_dir`` (and ``rasters``) when omitted.
    target, target_column:
        A table with a UBIGEO column and the rate (%) in ``target_column`` (see ``default_target``); without
        it every rate is NaN.
    rasters:
        GeoTIFFs whose zonal statistics join the table (when it is built here).
    progress, is_cancelled:
        Plain callables: ``progress(fraction, message)`` and ``is_cancelled() -> bool``.
    cache:
        A ``core.cache.Cache``: the table built from ``data_dir`` (with its context features) is taken from it
        when built before from the same files and code; None builds it anew.

    Raises
    ------
    InputError
        When no district table can be had, or the target table is unusable.
    CancelledError
        When ``is_cancelled()`` turns true.
    """
    from ...cache import resolve

    base, cache = (Path(data_dir) if data_dir is not None else None), resolve(cache)
    if features is None and base is not None and cache is not None:
        table = _cached_table(base, [Path(r) for r in rasters], progress, is_cancelled, cache)
        return _inputs(table, target, target_column, base, progress)
    if features is None:
        if base is None:
            raise InputError(
                "The poverty model needs a data folder or a district feature table.",
                code="file_not_found",
                fix="Choose a folder laid out like the shared data.",
            )
        request = FeatureRequest(data_dir=base, rasters=[Path(r) for r in rasters])
        features, _ = build_district_features(
            request, progress=lambda f, m: progress(0.8 * f, m), is_cancelled=is_cancelled
        )
    elif isinstance(features, (str, Path)):
        features = read_feature_table(Path(features))
    if is_cancelled():
        raise CancelledError("The poverty model was cancelled.")
    progress(0.85, "context features")
    return _inputs(_with_context(features, base), target, target_column, base, progress)


def _with_context(features, base: Path | None):
    table = add_context(features.reset_index(drop=True), base)
    table["ubigeo"] = table["ubigeo"].astype(str).str.zfill(6)
    return table


def _cached_table(base: Path, rasters: list[Path], progress, is_cancelled, cache):
    """The district table of a data folder with its context features, through ``cache``."""
    from ...io.datafolder import input_files

    def build() -> dict:
        request = FeatureRequest(data_dir=base, rasters=rasters)
        features, _ = build_district_features(
            request, progress=lambda f, m: progress(0.8 * f, m), is_cancelled=is_cancelled, cache=cache
        )
        if is_cancelled():
            raise CancelledError("The poverty model was cancelled.")
        progress(0.85, "context features")
        return {"table": _with_context(features, base)}

    parameters = {"data_dir": str(base.resolve()), "rasters": [str(r.resolve()) for r in rasters]}
    return cache.get_or_build("poverty_inputs", [*input_files(base), *rasters], build, parameters)["table"]


def _inputs(table, target, target_column, base: Path | None, progress) -> Inputs:
    rates = read_target(Path(target), target_column, base) if target is not None else pd.Series(dtype=float)
    progress(1.0, "inputs")
    return Inputs(
        table,
        table["ubigeo"].str[:2].to_numpy(dtype=str),
        table["ubigeo"].map(rates).to_numpy(dtype=float),
    )


def default_target(data_dir: str | Path | None) -> tuple[Path | None, str | None]:
    """INEI's 2018 poverty map of the data folder and its rate column, or ``(None, None)``."""
    path = Path(data_dir) / TARGET_FILE if data_dir is not None else None
    return (path, TARGET_COLUMN) if path is not None and path.is_file() else (None, None)


def read_feature_table(path: Path):
    """The district feature GeoPackage (layer ``district_features`` when it has one)."""
    import geopandas as gpd

    if not path.is_file():
        raise InputError(
            f"The district feature table {path} does not exist.",
            code="file_not_found",
            file=str(path),
            fix="Write one with `python -m core features --data DIR --out FILE.gpkg`.",
        )
    try:
        from ...io.geometry import list_layers

        layer = LAYER if LAYER in list_layers(path) else None
        table = gpd.read_file(path, layer=layer)
    except Exception as error:  # fiona, pyogrio and GDAL raise many kinds
        raise InputError(
            f"The district feature table {path} cannot be read: {error}.",
            code="unreadable_file",
            file=str(path),
            expected="GeoPackage",
            reason=str(error),
        ) from error
    if "ubigeo" not in table:
        raise InputError(
            f"The district feature table {path} has no ubigeo column.",
            code="missing_column_no_suggestion",
            file=str(path),
            column="ubigeo",
        )
    return table


def read_target(path: Path, column: str | None, data_dir: Path | None = None) -> pd.Series:
    """The target rate (%) by district UBIGEO from a table; rows without a value are left out.

    Raises
    ------
    InputError
        When the table cannot be read, is not at district level, lacks the column, or has values
        outside 0-100.
    """
    from ...io.columns import closest_column
    from ...io.district_tables import read_district_table
    from ...io.ubigeo import UbigeoReference

    reference = UbigeoReference.from_data_dir(data_dir) if data_dir is not None else None
    loaded = read_district_table(path, reference)
    if loaded.data is None:
        problems = "; ".join(str(item) for item in loaded.report.errors) or "no UBIGEO column"
        first = loaded.report.errors[0] if loaded.report.errors else None
        fields = dict(first.params) if first is not None else {"column": "ubigeo"}
        raise InputError(
            f"The target table {path} cannot be used: {problems}.",
            # the first problem of the table's report (its catalogue code and fields), or its missing UBIGEO
            code=first.code if first is not None else "missing_column_no_suggestion",
            file=str(path),
            report=loaded.report,
            **{key: value for key, value in fields.items() if key not in ("message", "code", "file", "report")},
        )
    frame = loaded.data
    if loaded.attrs.get("level") != "district":
        raise InputError(
            f"The target table {path} is keyed by {loaded.attrs.get('level')} codes; the model needs districts.",
            code="target_not_district",
            file=str(path),
            level=str(loaded.attrs.get("level")),
            fix="Use 6-digit district UBIGEO codes.",
        )
    if not column or column not in frame:
        choices = ", ".join(c for c in frame.columns if c != "ubigeo")
        suggestion = closest_column([c for c in frame.columns if c != "ubigeo"], str(column or ""))
        if suggestion is None and len(frame.columns) == 2:
            suggestion = next(c for c in frame.columns if c != "ubigeo")  # the one column that could hold it
        raise InputError(
            f"The target table {path} has no column {column!r} (columns: {choices}).",
            code="missing_column" if suggestion else "missing_column_no_suggestion",
            file=str(path),
            column=column,
            suggestion=suggestion,
            choices=choices,
            fix="Choose the column that holds the rate to learn.",
        )
    values = pd.to_numeric(frame[column], errors="coerce")
    outside = values.notna() & ~values.between(0, 100)
    if outside.any():
        raise InputError(
            f"The target column {column!r} of {path} has {int(outside.sum())} values outside 0-100; the model "
            "learns a rate in percent.",
            code="target_not_percent",
            file=str(path),
            column=column,
            rows=frame.loc[outside, "ubigeo"].head(5).tolist(),
            count=int(outside.sum()),
            example=f"{values[outside].iloc[0]:g}",
            fix="Give the rate in percent (0-100).",
        )
    return values.set_axis(frame["ubigeo"]).dropna()
