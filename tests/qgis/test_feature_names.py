"""Every feature of the bundled models has a label for the charts (none shown as its raw id), translated."""

import json
from pathlib import Path

import pytest

from aguaperu.aguaperu_plugin.feature_names import FEATURE_LABELS, RANKED_SUFFIX, feature_label

MODELS = Path(__file__).resolve().parents[2] / "models"


@pytest.mark.parametrize("model", ["water_risk", "poverty", "child_risk"])
def test_every_feature_of_the_card_has_a_label(model):
    card = json.loads((MODELS / model / "model_card.json").read_text(encoding="utf-8"))
    for name in card["features"]:
        base = name.removesuffix(RANKED_SUFFIX)
        assert base in FEATURE_LABELS, name
        assert feature_label(name) == FEATURE_LABELS[base]  # no translator in this test: the English label


def test_an_unknown_feature_is_shown_as_words():
    assert feature_label("some_new_feature_pct_in_department") == "some new feature"
