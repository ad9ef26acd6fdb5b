"""Monthly demand for planning horizons: the seasonal profile of the history, its level, population growth.

Each area's forecast for a calendar month is its mean flow of the last 12 complete months times the month's
seasonal index (mean of that calendar month over the history / mean of the history's months), grown by the
population growth rate per year from the middle of those 12 months. A scenario, not a statistical forecast: it
has no intervals and assumes demand per person stays as it was.
"""

import numpy as np
import pandas as pd

from ...errors import InputError

MIN_MONTH_SHARE = 0.5


def monthly_forecast(
    inflow: pd.DataFrame, months: int = 12, growth_per_year: float | dict[str, float] = 0.0
) -> pd.DataFrame:
    """Mean flow (L/s) of each area for the ``months`` calendar months after the last complete month.

    Parameters
    ----------
    inflow:
        Hourly flows, one column per area; needs 12 complete months (a month counts when at least half its
        hours were read).
    months:
        How many months ahead.
    growth_per_year:
        Population growth rate (0.015 for 1.5 % a year), one for all areas or one per area.

    Returns
    -------
    DataFrame
        Index: first day of each month; one column per area.
    """
    monthly = inflow.resample("MS").mean()
    counts = inflow.notna().resample("MS").sum()
    hours = inflow.resample("MS").size()
    monthly = monthly.where(counts.ge(MIN_MONTH_SHARE * hours.to_numpy()[:, None]))
    last_full = (
        inflow.index[-1].normalize() + pd.Timedelta(hours=23) == inflow.index[-1]
        and (inflow.index[-1] + pd.Timedelta(hours=1)).day == 1
    )
    if not last_full:
        monthly = monthly.iloc[:-1]
    if len(monthly) < 12:
        raise InputError(
            f"A monthly forecast needs 12 complete months of flows ({len(monthly)} are given).",
            code="short_history_months",
            months=len(monthly),
            needed=12,
            fix="give at least a year of hourly flows",
        )
    seasonal = monthly.groupby(monthly.index.month).mean() / monthly.mean()
    level = monthly.iloc[-12:].mean()
    growth = pd.Series(growth_per_year, index=inflow.columns, dtype=float)
    if isinstance(growth_per_year, dict):
        growth = pd.Series({area: growth_per_year.get(area, 0.0) for area in inflow.columns})
    index = pd.date_range(monthly.index[-1] + pd.offsets.MonthBegin(1), periods=months, freq="MS")
    years = (np.arange(months) + 6.5) / 12  # from the middle of the last 12 months to the middle of each month
    factor = seasonal.reindex(index.month).fillna(1.0).to_numpy()
    values = level.to_numpy()[None, :] * factor * (1 + growth.to_numpy()[None, :]) ** years[:, None]
    return pd.DataFrame(values, index=index, columns=inflow.columns)
