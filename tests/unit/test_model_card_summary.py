"""Each bundled model's readable card opens with a summary in Spanish (issue 20): what it predicts, from which
data, its held-out skill with the card's headline figure written the Spanish way, and when not to use it; the
file is what the card's renderer writes from model_card.json."""

import json
import re

import pytest

from core.models.artifacts import MODELS_DIR
from core.models.skill import skill_of
from core.models.summary_es import HEADING, spanish_number

MODELS = ("poverty", "water_risk", "child_risk", "demand")


def render(model: str, card: dict) -> str:
    if model == "demand":
        from core.models.demand.training import _markdown

        return _markdown(card)
    module = __import__(f"core.models.{model}.report", fromlist=["render_markdown"])
    return module.render_markdown(card)


def headline(model: str, card: dict) -> str:
    """The card's held-out figure as the summary must write it."""
    skill = skill_of(model, card)
    if skill.metric == "roc_auc":
        return f"ordena bien {skill.pairs_right} (ROC-AUC {spanish_number(skill.value, 3)})"
    if skill.metric == "r2":
        return f"R² {spanish_number(skill.value, 3)}"
    return spanish_number(skill.error, 3 if model == "demand" else 1)


@pytest.mark.parametrize("model", MODELS)
def test_the_card_opens_with_a_spanish_summary_of_its_skill(model):
    card = json.loads((MODELS_DIR / model / "model_card.json").read_text(encoding="utf-8"))
    text = (MODELS_DIR / model / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert text == render(model, card)  # regenerated from the card, not edited by hand
    lines = text.splitlines()
    assert lines[0].startswith("# ") and lines[2] == HEADING
    summary = text.split(HEADING, 1)[1].split("\n\n", 2)[1]
    for part in ("**Qué predice:**", "**Con qué datos:**", "**Acierto en datos no vistos:**", "**Cuándo no usarlo:**"):
        assert part in summary
    assert headline(model, card) in summary
    assert not re.search(r"\d\.\d", summary)  # decimal commas
    assert not re.search(r"\b(the|and|model|points|which|with)\b", summary)
    if skill_of(model, card).near_chance:
        assert "cercano al azar" in summary
