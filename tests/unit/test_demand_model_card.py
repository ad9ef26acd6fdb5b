"""The demand model card: what it claims matches the code and its artifacts."""

import json
from pathlib import Path

import pytest

from core.models.artifacts import verified_path
from core.models.demand.forecast import ForecastConfig
from core.models.demand.training import CONFIG_FILE

MODEL = Path(__file__).resolve().parents[2] / "models" / "demand"


@pytest.fixture(scope="module")
def card() -> dict:
    return json.loads((MODEL / "model_card.json").read_text(encoding="utf-8"))


def test_the_card_reports_a_rolling_origin_evaluation(card):
    evaluation = card["evaluation"]
    assert card["training_data"]["areas"] == [f"DMA {i} (L/s)" for i in range(1, 11)]
    assert "rolling origin" in evaluation["protocol"]
    origins = int(evaluation["protocol"].split("rolling origin: ")[1].split()[0])
    assert origins >= 20
    for model in ("bundled", "seasonal_naive"):
        assert set(evaluation[model]) == {"PI1", "PI2", "PI3"}
    assert evaluation["bundled"]["PI1"] < evaluation["seasonal_naive"]["PI1"]
    assert evaluation["bundled"]["PI3"] < evaluation["seasonal_naive"]["PI3"]
    assert len(evaluation["per_area"]["gbm"]) == 10
    coverage = evaluation["interval_coverage"]
    assert 0.7 <= coverage["interval_80"]["coverage"] <= 0.9
    assert 0.88 <= coverage["interval_95"]["coverage"] <= 0.99
    leaks = card["leak_detection"]
    assert leaks["detection_rate"] >= 0.8 and leaks["false_alarms_per_area_month"] <= 2


def test_the_bundled_configuration_is_the_code_default(card):
    shipped = json.loads(verified_path(MODEL, CONFIG_FILE, card).read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(ForecastConfig().to_dict()))
    evaluated = dict(card["model"]["config"])
    assert evaluated.pop("calendar") == {"country": "IT", "extra_days": [[11, 3]]}
    shipped.pop("calendar")
    assert evaluated == shipped


def test_the_per_origin_results_match_their_hash(card):
    assert verified_path(MODEL, "rolling_origin.csv", card).stat().st_size > 1000
    assert (MODEL / "MODEL_CARD.md").read_text(encoding="utf-8").startswith("# Water demand forecaster")
