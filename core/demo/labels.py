"""What is real and what is synthetic in each demo file, written beside it or into it."""

from dataclasses import dataclass, field

import pandas as pd


@dataclass
class Labelled:
    """A demo table with the provenance of each of its columns.

    Parameters
    ----------
    frame:
        The table, columns in the order of the real file.
    description:
        One sentence on what the table is.
    real:
        Column → the package that gives its values.
    synthetic:
        Column → how its values are generated.
    partly:
        Column → :func:`partly_synthetic` for columns that are real where a package gives a value and
        synthetic elsewhere.
    """

    frame: pd.DataFrame
    description: str
    real: dict[str, str]
    synthetic: dict[str, str]
    partly: dict[str, dict] = field(default_factory=dict)


def partly_synthetic(real: str, how: str, rows: list[str], other_rows: int = 0) -> dict:
    """The label of a partly synthetic column.

    Parameters
    ----------
    real:
        The package that gives the real values.
    how:
        How the synthetic values are made, naming any rows synthetic by rule rather than listed.
    rows:
        Keys of the rows whose value is synthetic.
    other_rows:
        How many further rows ``how`` declares synthetic by rule.
    """
    return {"real": real, "synthetic": how, "synthetic_count": len(rows) + other_rows, "synthetic_rows": rows}


def sidecar(labelled: Labelled, file: str, recipe: dict) -> dict:
    """The content of ``<file>.metadata.json``."""
    return {
        "file": file,
        "aguaperu_demo": True,
        "description": labelled.description,
        "rows": len(labelled.frame),
        "seed": recipe["seed"],
        "real_columns": labelled.real,
        "synthetic_columns": labelled.synthetic,
        "partly_synthetic_columns": labelled.partly,
    }


def layer_tags(labelled: Labelled, recipe: dict) -> dict[str, str]:
    """GDAL metadata items for a GeoPackage layer or a GeoTIFF (flat strings)."""
    tags = {
        "AGUAPERU_DEMO": "true",
        "DEMO_SEED": str(recipe["seed"]),
        "REAL_FIELDS": ",".join(labelled.real),
        "SYNTHETIC_FIELDS": ",".join(list(labelled.synthetic) + list(labelled.partly)),
    }
    for column, source in labelled.real.items():
        tags[f"SOURCE_{column}"] = source
    for column, how in labelled.synthetic.items():
        tags[f"SYNTHETIC_{column}"] = how
    for column, label in labelled.partly.items():
        tags[f"SYNTHETIC_{column}"] = (
            f"{label['synthetic']} ({len(label['synthetic_rows'])} rows; real: {label['real']})"
        )
    return tags
