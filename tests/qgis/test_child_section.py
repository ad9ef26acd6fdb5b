"""The Models page estimates child risk in a task: three styled layers (index, stunting, anaemia with intervals),
a per-area panel whose every recommendation names its trigger, and a chart against the department and Peru;
the Processing algorithm writes the same areas; nothing under the minimum cell reaches any output."""

import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from qgis.core import QgsGraduatedSymbolRenderer, QgsProject, QgsVariantUtils, QgsVectorLayer

from aguaperu.aguaperu_plugin.child_texts import trigger_text
from aguaperu.aguaperu_plugin.groups import MODELS_GROUP
from aguaperu.aguaperu_plugin.gui.models_page import ModelsPage

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
RECORDS = SHARED / "child_welfare" / "endes_children_2014_2018.csv.gz"


@pytest.fixture()
def page(qgis_iface, qgis_new_project, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(ModelsPage, "output_folder", lambda self: tmp_path)
    widget = ModelsPage(qgis_iface)
    qtbot.addWidget(widget)
    widget.use_data_folder(SHARED)
    return widget


def model_layers() -> dict:
    group = QgsProject.instance().layerTreeRoot().findGroup(MODELS_GROUP)
    return {node.layer().name(): node.layer() for node in group.findLayers()} if group else {}


def test_child_risk_runs_in_a_task_and_explains_each_area(page, qtbot, tmp_path):
    section = page.child
    section.level.setCurrentIndex(section.level.findData("province"))
    section.run_child_risk()
    assert page.task is not None and not section.run_button.isEnabled() and not page.run_button.isEnabled()
    qtbot.waitUntil(lambda: page.task is None, timeout=300_000)

    layers = model_layers()
    index = layers["Child-risk index 2019"]
    assert index.featureCount() == 196
    renderer = index.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "child_risk_index"
    stunting = next(layer for name, layer in layers.items() if name.startswith("Stunting 2019"))
    assert stunting.renderer().classAttribute() == "stunting_pct"
    for feature in stunting.getFeatures():
        assert feature["stunting_lo90"] <= feature["stunting_pct"] <= feature["stunting_hi90"]
        assert feature["anemia_lo90"] <= feature["anemia_pct"] <= feature["anemia_hi90"]
        measured = feature["n_children_measured"]
        assert QgsVariantUtils.isNull(measured) or measured >= 30  # suppressed, or at least 30 children
    assert "196 provinces estimated for 2019" in section.summary.text()

    # the panel: highest index first; every recommendation shows its trigger
    assert section.area.count() == 196
    first = section.area.itemData(0)
    highest = max(index.getFeatures(), key=lambda f: f["child_risk_index"])
    assert first == highest["ubigeo"]
    text = section.details.toPlainText()
    rules = section.result.recommendations
    mine = rules[rules["ubigeo"] == first]
    assert len(mine) > 0
    for rule in mine.itertuples():
        assert trigger_text(rule) in text  # the trigger in the user's language, from the structured columns
    assert text.count("Triggered by") == len(mine)
    assert section.chart is not None and section.chart.objectName() == "aguaperu_child_comparison_chart"

    # selecting a province on the map shows it in the panel
    other = next(f for f in index.getFeatures() if f["ubigeo"] != first)
    index.selectByIds([other.id()])
    assert section.area.currentData() == other["ubigeo"]
    assert str(other["province"]) in section.details.toPlainText()

    # the GeoPackage holds the areas and the recommendations table, nothing else
    with sqlite3.connect(section.result.path) as connection:
        tables = {row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")}
    assert tables == {"child_risk", "interventions"}


def test_the_rule_table_can_be_edited_and_is_then_used(page, qtbot, tmp_path, monkeypatch):
    from qgis.PyQt.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    section = page.child
    section.edit_rules()
    copy = tmp_path / "aguaperu_intervenciones.csv"
    assert opened == [str(copy)] and section.rules.filePath() == str(copy)
    rules = pd.read_csv(copy)
    rules.loc[rules["rule_id"] == "R01", "threshold"] = 55  # stricter: severe anaemia only above 55 %
    rules.to_csv(copy, index=False)
    section.run_child_risk()
    qtbot.waitUntil(lambda: page.task is None, timeout=300_000)
    fired = section.result.recommendations
    r01 = fired[fired["rule_id"] == "R01"]
    assert len(r01) > 0 and (r01["value"] >= 55).all()
    assert r01["trigger"].str.contains(">= 55").all()


def test_processing_child_risk_writes_aggregates_only(plugin, qgis_processing, tmp_path):
    import processing

    target = tmp_path / "riesgo.gpkg"
    table = tmp_path / "riesgo.csv"
    result = processing.run(
        "aguaperu:childrisk",
        {"DATA_FOLDER": str(SHARED), "LEVEL": 0, "MIN_CELL": 40, "OUTPUT": str(target), "OUTPUT_CSV": str(table)},
    )
    assert result["AREAS"] == 1874 and result["YEAR"] == 2019
    layer = QgsVectorLayer(f"{target}|layername=child_risk", "c", "ogr")
    assert layer.isValid() and layer.featureCount() == 1874
    frame = pd.read_csv(table, dtype={"ubigeo": str})
    assert frame.columns[:9].tolist() == [
        "ubigeo",
        "stunting_pct",
        "stunting_lo90",
        "stunting_hi90",
        "anemia_pct",
        "anemia_lo90",
        "anemia_hi90",
        "child_risk_index",
        "interventions",
    ]
    measured = frame["n_children_measured"].dropna()
    assert len(measured) > 0 and (measured >= 40).all()  # the raised minimum holds
    # nothing of an individual record: no record column, no child's z-score or coordinates
    records = pd.read_csv(RECORDS, nrows=2000)
    written = target.read_bytes() + table.read_bytes()
    for column in ("HHID", "haz_x100", "hb_adj_x10", "longitudx", "latitudy"):
        assert column.lower() not in table.read_text().lower()
    for value in records["longitudx"].dropna().astype(str).unique()[:50]:
        assert value.encode() not in written


def test_processing_refuses_a_minimum_below_30(plugin, qgis_processing, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException):
        processing.run(
            "aguaperu:childrisk",
            {"DATA_FOLDER": str(SHARED), "LEVEL": 1, "MIN_CELL": 10, "OUTPUT": str(tmp_path / "x.gpkg")},
        )
    assert not (tmp_path / "x.gpkg").exists()
