"""Every bundled model's held-out skill, in words, from its card: the water-risk model (within-department ROC-AUC
0.54 on departments left out) is called weak, near chance; the poverty model (R² 0.72) is not; both languages."""

import json
from pathlib import Path

from aguaperu.aguaperu_plugin.skill import skill_sentence
from aguaperu.core.models.skill import skill_of

MODELS = Path(__file__).resolve().parents[2] / "models"


def test_figures_come_from_the_cards():
    card = json.loads((MODELS / "water_risk" / "model_card.json").read_text(encoding="utf-8"))
    bundled = card["model"]["bundled"]
    auc = card["evaluation"]["comparison"][bundled]["roc_auc_pooled_within_department"]
    water = skill_of("water_risk")
    assert water.value == auc and water.reference == 0.5 and water.near_chance is (auc < 0.6)
    poverty = skill_of("poverty")
    assert 0.6 < poverty.value < 0.9 and not poverty.near_chance and poverty.error > 0
    child = skill_of("child_risk")
    assert child.metric == "mae" and 0 < child.improvement < 1
    demand = skill_of("demand")
    assert demand.value < demand.reference
    assert skill_of("water_risk", card={}) is None  # a card without its evaluation: nothing claimed


def test_sentences_in_spanish_and_english():
    water = skill_sentence("water_risk", "es")
    assert f"ordena bien {skill_of('water_risk').pairs_right}" in water and "al azar serían 50" in water
    assert "cercano al azar" in water  # the bundled water-risk model is weak: the warning is part of the text
    poverty = skill_sentence("poverty", "es")
    assert "departamentos que no vio" in poverty and "azar" not in poverty and "," in poverty  # decimal comma
    assert "near chance" in skill_sentence("water_risk", "en")
    assert skill_sentence("poverty", "en").startswith("On departments it did not see")
    short = skill_sentence("water_risk", "es", short=True)
    assert short.startswith("ordena bien") and len(short) < 90


def test_a_model_output_layer_carries_its_skill_and_aliases():
    from qgis.core import QgsFeature, QgsVectorLayer

    from aguaperu.aguaperu_plugin.styling import style_output

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=distr:string&field=poverty_pct:double", "pobreza", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Ayacucho", 41.25])
    layer.dataProvider().addFeatures([feature])
    style_output(layer, "poverty_pct", 0.0, [20.0, 40.0, 60.0, 80.0, 100.0])
    assert layer.fields().field("poverty_pct").alias() == "Poverty (%)"
    assert layer.fields().field("distr").alias() == "District"
    assert layer.metadata().abstract() == skill_sentence("poverty")
    tip = layer.mapTipTemplate()
    assert '"distr"' in tip and 'format_number("poverty_pct", 1)' in tip and skill_sentence("poverty") in tip
    water = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string&field=risk:double", "riesgo", "memory")
    style_output(water, "water_risk_systems")
    assert "near chance" in water.metadata().abstract()  # the weak model says so on its layer
