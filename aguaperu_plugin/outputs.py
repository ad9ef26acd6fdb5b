"""Writers of the plugin's own output files, shared by the dock's tasks and the Processing algorithms (neither
imports the other): the child-risk GeoPackage, its areas layer and its table of interventions."""

from pathlib import Path

CHILD_RISK_LAYER = "child_risk"  # the areas, with geometry
CHILD_RISK_TABLE = "interventions"  # one row per recommendation, no geometry


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
    from ..core.io.atomic import replacing

    with replacing(target) as temporary:
        areas.to_file(temporary, layer=CHILD_RISK_LAYER, driver="GPKG")
        write_table(recommendations, str(temporary), CHILD_RISK_TABLE)
    return target
