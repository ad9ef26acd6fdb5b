"""Write planning tables: CSV, or a GeoPackage point layer from ``longitude, latitude``; files appear complete."""

from pathlib import Path

import pandas as pd

from ..errors import InputError

SUFFIXES = (".csv", ".gpkg")


def write_table(frame: pd.DataFrame, target: str | Path, layer: str = "plan") -> Path:
    """Write ``frame`` to ``target`` (``.csv`` or ``.gpkg``, layer ``layer``) through a temporary file.

    Raises
    ------
    InputError
        When the suffix is neither ``.csv`` nor ``.gpkg``.
    """
    target = Path(target)
    _check_suffix(target)
    from ..io.atomic import replacing

    with replacing(target) as temporary:
        write_to(frame, temporary, layer)
    return target


def _check_suffix(target: Path) -> None:
    if target.suffix.lower() not in SUFFIXES:
        raise InputError(
            f"{target}: the output must be a .csv or .gpkg file.",
            code="bad_output",
            file=str(target),
            fix="Use .csv or .gpkg.",
        )


def write_to(frame: pd.DataFrame, path: Path, layer: str = "plan") -> None:
    """Write ``frame`` at ``path`` as it is (CSV or GeoPackage by its suffix); ``write_table`` for outputs."""
    _check_suffix(path)
    table = pd.DataFrame(frame).drop(columns="geometry", errors="ignore")
    if path.suffix.lower() == ".csv":
        from ..io.outputs import to_csv

        to_csv(table, path)
    else:
        import geopandas as gpd

        points = gpd.points_from_xy(table["longitude"], table["latitude"])
        gpd.GeoDataFrame(table, geometry=points, crs="EPSG:4326").to_file(path, layer=layer, driver="GPKG")
