"""How good each bundled model is on data it did not see, read from its model card: one held-out figure per
model, the figure a chance (or naive) forecast would get, and whether the model is near chance. The plugin puts
these figures into words wherever a result is shown (dock summary, layer metadata, map tips, printed note).

* water risk: ROC-AUC of systems ranked within their department, departments left out one at a time: of 100
  pairs of systems of one department (one whose treatment fails, one whose works), how many the model orders
  right (chance: 50); near chance below ``NEAR_CHANCE_AUC``;
* poverty: R² over districts of departments left out (chance: 0) and the mean absolute error in points;
* child risk: the stunting mean absolute error in a later survey year (districts), against repeating each
  area's earlier mean (the naive forecast); near chance when it improves less than ``NEAR_CHANCE_IMPROVEMENT``;
* demand: the mean absolute error of the first 24 hours against last week's same hour (seasonal naive).
"""

import json
from dataclasses import dataclass
from pathlib import Path

MODELS = Path(__file__).resolve().parents[2] / "models"
NEAR_CHANCE_AUC = 0.6
NEAR_CHANCE_R2 = 0.2
NEAR_CHANCE_IMPROVEMENT = 0.05


@dataclass(frozen=True)
class Skill:
    """``model``: folder name under ``models/``; ``metric``: ``roc_auc`` | ``r2`` | ``mae``; ``value`` the
    model's held-out figure, ``reference`` the chance or naive one; ``error``: mean absolute error (points or
    L/s; NaN where not reported); ``near_chance``: the model barely beats its reference."""

    model: str
    metric: str
    value: float
    reference: float
    error: float
    near_chance: bool
    scheme: str

    @property
    def pairs_right(self) -> int:
        """For a ROC-AUC: the pairs of 100 ordered right."""
        return round(100 * self.value)

    @property
    def improvement(self) -> float:
        """For an error: the share by which the model's is lower than the reference's."""
        return 1 - self.value / self.reference if self.reference else float("nan")


def read_card(model: str, folder: Path | None = None) -> dict:
    path = (folder or MODELS / model) / "model_card.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def skill_of(model: str, card: dict | None = None) -> Skill | None:
    """The held-out skill of ``model`` from its card (default: the bundled one); None when the card does not
    report it."""
    card = read_card(model) if card is None else card
    evaluation, bundled = card.get("evaluation", {}), card.get("model", {}).get("bundled")
    try:
        if model == "water_risk":
            scores = evaluation["comparison"][bundled]
            auc = float(scores["roc_auc_pooled_within_department"])
            return Skill(model, "roc_auc", auc, 0.5, float("nan"), auc < NEAR_CHANCE_AUC, "departments_left_out")
        if model == "poverty":
            scores = evaluation["comparison"][bundled]
            r2 = float(scores["r2"])
            return Skill(model, "r2", r2, 0.0, float(scores["mae"]), r2 < NEAR_CHANCE_R2, "departments_left_out")
        if model == "child_risk":
            stunting = evaluation["out_of_time_districts"]["stunting"]
            mae, naive = float(stunting["approaches"][bundled]["mae"]), float(stunting["baseline_mae"])
            near = 1 - mae / naive < NEAR_CHANCE_IMPROVEMENT
            return Skill(model, "mae", mae, naive, mae, near, "later_year")
        if model == "demand":
            mae, naive = float(evaluation["bundled"]["PI1"]), float(evaluation["seasonal_naive"]["PI1"])
            near = 1 - mae / naive < NEAR_CHANCE_IMPROVEMENT
            return Skill(model, "mae", mae, naive, mae, near, "rolling_origin")
    except (KeyError, TypeError, ValueError):
        return None
    return None
