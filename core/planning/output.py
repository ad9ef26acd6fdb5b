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
    suffix = target.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            f"{target}: the output must be a .csv or .gpkg file.",
            "bad_output",
            file=str(target),
            fix="Use .csv or .gpkg.",
        )
    from ..io.atomic import replacing

    with replacing(target) as temporary:
        table = pd.DataFrame(frame).drop(columns="geometry", errors="ignore")
        if suffix == ".csv":
            table.to_csv(temporary, index=False)
        else:
            import geopandas as gpd

            points = gpd.points_from_xy(table["longitude"], table["latitude"])
            gpd.GeoDataFrame(table, geometry=points, crs="EPSG:4326").to_file(temporary, layer=layer, driver="GPKG")
    return target
