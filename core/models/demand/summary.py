"""Per-area summaries of a forecast for maps: forecast mean against the week before the origin."""

import re

import pandas as pd

UNIT = re.compile(r"\s*\((?:l/s|m3/h|m³/h)\)\s*$", re.IGNORECASE)


def area_key(name) -> str:
    """An area name as layers write it: ``"DMA 5 (L/s)"`` → ``"dma 5"`` (unit dropped, case and spaces folded)."""
    return " ".join(UNIT.sub("", str(name)).split()).lower()


def growth_by_area(history: pd.DataFrame, forecast: pd.DataFrame) -> pd.DataFrame:
    """Mean forecast flow of each area against its mean over the last 168 hours before the origin.

    Parameters
    ----------
    history:
        Hourly flows before the origin (hour x area, L/s).
    forecast:
        The long forecast table (``timestamp, area, forecast, …``).

    Returns
    -------
    DataFrame
        ``area, key`` (see ``area_key``), ``last_week_lps, forecast_lps, growth_pct`` (NaN when the last week has
        no reading or a zero mean).
    """
    last_week = history.tail(168).mean()
    mean = forecast.groupby("area", sort=False)["forecast"].mean()
    rows = []
    for area, value in mean.items():
        before = last_week.get(area, float("nan"))
        growth = 100.0 * (value / before - 1.0) if before and before == before else float("nan")
        rows.append({"area": area, "key": area_key(area), "last_week_lps": before, "forecast_lps": value,
                     "growth_pct": growth})  # fmt: skip
    return pd.DataFrame(rows, columns=["area", "key", "last_week_lps", "forecast_lps", "growth_pct"])
