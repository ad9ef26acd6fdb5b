"""Checking measurements against a standard: per measurement, per point and per point and parameter.

Rules (see also ``resources/standards/README.md``):

- A limit is a maximum, a minimum (dissolved oxygen) or both (pH). A measurement *exceeds* when it is
  certainly outside: above the maximum or below the minimum.
- Censored values count only when the breach is certain: ``<x`` breaks a minimum when x is at or below it
  and never breaks a maximum; ``>x`` breaks a maximum when x is at or above it and never breaks a minimum.
  When the censoring limit does not settle the question (``<0.5`` against a maximum of 0.1, ``>1600``
  against a maximum of 2000, ``ND`` without a number) the status is ``undetermined``, which is not an
  exceedance.
- Values are converted to the limit's unit when both units measure the same thing (µg/L → mg/L,
  UFC/mL → UFC/100 mL…); otherwise the status is ``not_comparable`` (mg/kg against mg/L). Parameters
  the chosen category does not limit are ``no_limit``. Both are kept and counted, never dropped.
- Metals are compared as measured: a total concentration against a dissolved limit (Cat. 4 cadmium)
  is a conservative screening and is marked ``total_vs_dissolved_limit``; a dissolved concentration
  against a total limit may understate and is marked ``dissolved_vs_total_limit``.
- ``ratio`` tells how many times the limit is broken: value / maximum, or minimum / value; above 1 means
  outside. It is empty when the limit is 0 (coliforms in drinking water) or the value is 0 against a minimum.
"""

from pathlib import Path

import numpy as np
import pandas as pd

from .measurements import MEASUREMENT_COLUMNS, measurements_frame
from .parameters import METALS, match_parameters
from .tables import DEFAULT_STANDARD, load_limits, standard_name
from .units import conversion_factors, normalise_unit

STATUSES = ("exceeds", "complies", "undetermined", "no_limit", "not_comparable", "no_value")
CHECKED = ("exceeds", "complies", "undetermined")
DATE_FORMAT = "%Y-%m-%d"
MEASUREMENT_RESULT_COLUMNS = (
    "row",
    "point",
    "date",
    "time",
    "standard",
    "category",
    "parameter_name",
    "parameter",
    "parameter_es",
    "value_text",
    "value",
    "censored",
    "unit",
    "value_in_limit_unit",
    "limit_unit",
    "limit_min",
    "limit_max",
    "limit",
    "status",
    "exceeded",
    "ratio",
    "excess",
    "fraction",
    "limit_fraction",
    "fraction_note",
    "limit_note",
    "source",
    "lon",
    "lat",
    "water_body",
)


def check(
    measurements: pd.DataFrame, standard: str = DEFAULT_STANDARD, category: str | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Check every measurement against ``standard`` in ``category`` (every category when None or "all").

    Parameters
    ----------
    measurements:
        A frame from ``read_measurements``, or any long table with point, parameter, value and unit
        columns (Spanish or English names).
    standard:
        ``"DS 031-2010-SA"`` (drinking water, the default) or ``"DS 004-2017-MINAM"`` (ECA for water).
    category:
        A category code ("3-D1", "4-E2-selva"), a short form ("D1", "E2"), a whole category ("3", "Cat. 4"),
        or None/"all" for every category of the standard, reported category by category.

    Returns
    -------
    per_measurement, per_point:
        One row per measurement and category (``MEASUREMENT_RESULT_COLUMNS``), and one row per sampling
        point and category with what was exceeded, by how much and how often.
    """
    frame = _as_measurements(measurements)
    limits = load_limits(standard, category)
    per_measurement = _compare(frame, limits, standard_name(standard))
    return per_measurement, summarise_points(per_measurement)


def _as_measurements(measurements: pd.DataFrame) -> pd.DataFrame:
    if set(MEASUREMENT_COLUMNS) <= set(measurements.columns):
        return measurements.loc[:, list(MEASUREMENT_COLUMNS)].reset_index(drop=True)
    return measurements_frame(measurements)


def _compare(frame: pd.DataFrame, limits: pd.DataFrame, standard: str) -> pd.DataFrame:
    matched = match_parameters(frame["parameter_name"])
    frame = frame.assign(parameter=matched["parameter"], fraction=_measured_fraction(frame, matched))
    chosen = limits[["category"]].drop_duplicates()
    renamed = {"fraction": "limit_fraction", "unit": "limit_unit", "min": "limit_min", "max": "limit_max"}
    table = limits.rename(columns={**renamed, "note": "limit_note"})
    rows = frame.merge(chosen, how="cross").merge(
        table.drop(columns=["standard", "category_name", "cas_or_code"]), on=["category", "parameter"], how="left"
    )
    units = rows["unit"].where((rows["unit"].map(normalise_unit) != "") | (rows["parameter"] != "ph"), "pH")
    factor = conversion_factors(units, rows["limit_unit"].fillna(""))
    value = rows["value"] * factor
    low, high = rows["limit_min"], rows["limit_max"]
    below, above = rows["censored"] == "<", rows["censored"] == ">"
    exact = rows["censored"] == ""
    breaks_max = high.notna() & ((exact & (value > high)) | (above & (value >= high)))
    breaks_min = low.notna() & ((exact & (value < low)) | (below & (value <= low)))
    unsure_max = high.notna() & ((below & (value > high)) | (above & (value < high)))
    unsure_min = low.notna() & ((below & (value > low)) | (above & (value < low)))
    not_detected = ~exact & value.isna()
    has_limit = low.notna() | high.notna()
    status = np.select(
        [
            ~has_limit,
            factor.isna(),
            exact & value.isna(),
            breaks_max | breaks_min,
            unsure_max | unsure_min | not_detected,
        ],
        ["no_limit", "not_comparable", "no_value", "exceeds", "undetermined"],
        "complies",
    )
    over = (value / high).where(high > 0)
    under = (low / value).where(value > 0)
    rows = rows.assign(
        standard=standard,
        value_in_limit_unit=value,
        limit=[_limit_text(lo, hi, unit) for lo, hi, unit in zip(low, high, rows["limit_unit"], strict=True)],
        status=status,
        exceeded=status == "exceeds",
        ratio=pd.concat([over, under], axis=1).max(axis=1),
        excess=pd.concat([value - high, low - value], axis=1).max(axis=1),
        fraction_note=_fraction_note(rows),
    )
    unchecked = ~rows["status"].isin(CHECKED)
    rows.loc[unchecked, ["ratio", "excess"]] = np.nan
    return rows.loc[:, list(MEASUREMENT_RESULT_COLUMNS)]


def _measured_fraction(frame: pd.DataFrame, matched: pd.DataFrame) -> pd.Series:
    """The fraction named by the parameter, else by the analysis column ("Metales totales"), for metals."""
    analysis = frame["analysis"].astype(str).str.lower()
    from_analysis = np.select(
        [analysis.str.contains("disuelt|dissolved"), analysis.str.contains("total")], ["dissolved", "total"], ""
    )
    fraction = matched["fraction"].where(matched["fraction"] != "", from_analysis)
    return fraction.where(matched["parameter"].isin(METALS), "")


def _fraction_note(rows: pd.DataFrame) -> pd.Series:
    dissolved_limit = rows["limit_fraction"] == "dissolved"
    dissolved_value = rows["fraction"] == "dissolved"
    has_limit = rows["limit_min"].notna() | rows["limit_max"].notna()
    return pd.Series(
        np.select(
            [has_limit & dissolved_limit & ~dissolved_value, has_limit & ~dissolved_limit & dissolved_value],
            ["total_vs_dissolved_limit", "dissolved_vs_total_limit"],
            "",
        ),
        index=rows.index,
    )


def _limit_text(low: float, high: float, unit) -> str:
    def number(x: float) -> str:
        return f"{x:g}"

    if low == low and high == high:
        return f"{number(low)} - {number(high)} {unit}"
    if high == high:
        return f"<= {number(high)} {unit}"
    if low == low:
        return f">= {number(low)} {unit}"
    return ""


def summarise_parameters(per_measurement: pd.DataFrame) -> pd.DataFrame:
    """Per point, category and parameter: how many measurements, how many exceed, the worst ratio and value."""
    checked = per_measurement[per_measurement["status"].isin(CHECKED)]
    grouped = checked.groupby(["point", "category", "parameter"], sort=False)
    summary = grouped.agg(
        parameter_es=("parameter_es", "first"),
        limit=("limit", "first"),
        n_measurements=("status", "size"),
        n_exceeding=("exceeded", "sum"),
        max_value=("value_in_limit_unit", "max"),
        min_value=("value_in_limit_unit", "min"),
        max_ratio=("ratio", "max"),
    ).reset_index()
    summary["n_exceeding"] = summary["n_exceeding"].astype(int)
    return summary


def summarise_points(per_measurement: pd.DataFrame) -> pd.DataFrame:
    """One row per sampling point and category: what was exceeded, by how much and how often."""
    frame = per_measurement.assign(
        sample=per_measurement["date"].astype(str) + " " + per_measurement["time"].astype(str),
        exceeding_sample=lambda f: f["sample"].where(f["exceeded"]),
    )
    parameters = summarise_parameters(frame)
    exceeded = parameters[parameters["n_exceeding"] > 0].sort_values("max_ratio", ascending=False, na_position="last")
    shown = ["parameter_es", "n_exceeding", "n_measurements", "max_ratio"]  # not the keys (pandas 2.2 deprecation)
    texts = exceeded.groupby(["point", "category"], sort=False)[shown].apply(_exceeded_text)
    worst = exceeded.groupby(["point", "category"], sort=False)["parameter_es"].first()

    grouped = frame.groupby(["point", "category"], sort=False)
    points = grouped.agg(
        standard=("standard", "first"),
        lon=("lon", "first"),
        lat=("lat", "first"),
        water_body=("water_body", "first"),
        n_samples=("sample", "nunique"),
        n_samples_exceeding=("exceeding_sample", "nunique"),
        n_measurements=("status", "size"),
        n_checked=("status", lambda s: int(s.isin(CHECKED).sum())),
        n_exceedances=("exceeded", "sum"),
        n_undetermined=("status", lambda s: int((s == "undetermined").sum())),
        n_no_limit=("status", lambda s: int((s == "no_limit").sum())),
        n_not_comparable=("status", lambda s: int((s == "not_comparable").sum())),
        n_no_value=("status", lambda s: int((s == "no_value").sum())),
        max_ratio=("ratio", lambda r: r[frame.loc[r.index, "exceeded"]].max()),
    )
    points["n_exceedances"] = points["n_exceedances"].astype(int)
    points["n_parameters_exceeded"] = (
        exceeded.groupby(["point", "category"]).size().reindex(points.index, fill_value=0).astype(int)
    )
    points["worst_parameter"] = worst.reindex(points.index).fillna("")
    points["exceeded"] = (texts if len(texts) else pd.Series(dtype=object)).reindex(points.index).fillna("")
    points["no_limit_parameters"] = _names(frame, "no_limit").reindex(points.index).fillna("")
    points["not_comparable_parameters"] = (
        _names(frame, "not_comparable", with_unit=True).reindex(points.index).fillna("")
    )
    return points.reset_index()


def _exceeded_text(group: pd.DataFrame) -> str:
    """``"Plomo 1/1 (4.8x); Aceites y grasas 2/3 (4.72x)"``: how often and by how much."""
    parts = []
    for row in group.itertuples(index=False):
        times = f" ({row.max_ratio:.3g}x)" if row.max_ratio == row.max_ratio else ""
        parts.append(f"{row.parameter_es} {row.n_exceeding}/{row.n_measurements}{times}")
    return "; ".join(parts)


def _names(frame: pd.DataFrame, status: str, with_unit: bool = False) -> pd.Series:
    rows = frame[frame["status"] == status]
    if rows.empty:
        return pd.Series(dtype=object)
    names = rows["parameter_name"] + (" [" + rows["unit"] + "]" if with_unit else "")
    return names.groupby([rows["point"], rows["category"]]).agg(lambda s: "; ".join(sorted(set(s))))


def write_table(frame: pd.DataFrame, target: str | Path) -> Path:
    """Write ``frame`` as a UTF-8 CSV; the file appears only when complete (``core.io.outputs``)."""
    from ..io.outputs import write_csv

    return write_csv(frame, target, date_format=DATE_FORMAT)


def write_tables(frames: dict[str | Path, pd.DataFrame]) -> list[Path]:
    """Write several CSVs (target → frame) that are replaced together or not at all."""
    from ..io.outputs import to_csv, write_together

    return write_together(
        {
            target: lambda path, frame=frame: to_csv(frame, path, date_format=DATE_FORMAT)
            for target, frame in frames.items()
        }
    )
