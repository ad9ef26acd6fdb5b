"""The Models page predicts district poverty in a task (choropleth, interval layer, charts), maps hotspots of
the predicted poverty, and retrains the model on a user table into its own folder; the Processing algorithms
give the same districts."""

from pathlib import Path

import pandas as pd
import pytest
from qgis.core import QgsFeature, QgsGraduatedSymbolRenderer, QgsProject, QgsVariantUtils, QgsVectorLayer

from aguaperu.aguaperu_plugin.groups import MODELS_GROUP
from aguaperu.aguaperu_plugin.gui.models_page import ModelsPage
from aguaperu.core.models.artifacts import MODELS_DIR

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


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


def test_poverty_runs_in_a_task_and_adds_a_choropleth_an_interval_layer_and_charts(page, qtbot):
    section = page.poverty
    section.run_poverty()
    assert page.task is not None and not page.cancel_button.isHidden()
    assert not section.predict_button.isEnabled() and not page.run_button.isEnabled()
    qtbot.waitUntil(lambda: page.task is None, timeout=300_000)

    layers = model_layers()
    poverty = layers["Poverty (predicted, %)"]
    width = layers["Poverty: width of the 90 % interval (points)"]
    assert poverty.featureCount() == 1874
    renderer = poverty.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "poverty_pct"
    assert len(renderer.ranges()) == 5
    values = sorted(f["poverty_pct"] for f in poverty.getFeatures())
    assert renderer.ranges()[0].lowerValue() == pytest.approx(values[0])
    assert renderer.ranges()[-1].upperValue() == pytest.approx(values[-1])
    assert width.renderer().classAttribute() == "interval_width"
    for feature in poverty.getFeatures():
        assert feature["poverty_lo90"] <= feature["poverty_pct"] <= feature["poverty_hi90"]
    names = [chart.objectName() for chart in section.charts]
    assert names == ["aguaperu_observed_predicted_chart", "aguaperu_importance_chart"]
    assert "1,874 districts" in section.summary.text()
    # the hotspot form now points at the predicted poverty
    assert section.hotspot_layer.currentLayer() is poverty
    assert section.hotspot_field.currentField() == "poverty_pct"


def poverty_memory_layer() -> QgsVectorLayer:
    """The INEI districts with the 2018 poverty in a memory layer (no file behind it), NULL where unknown."""
    from aguaperu.aguaperu_plugin.layers import new_field

    table = pd.read_csv(SHARED / "socioeconomic" / "pobreza2018_distrital.csv", dtype={"ubigeo": str})
    poverty = dict(zip(table["ubigeo"].str.zfill(6), table["pobreza_monetaria"], strict=True))
    source = QgsVectorLayer(f"{SHARED / 'boundaries' / 'peru_limites_inei2017.gpkg'}|layername=distritos", "d", "ogr")
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "distritos_pobreza", "memory")
    layer.dataProvider().addAttributes([new_field("ubigeo", "text"), new_field("pobreza")])
    layer.updateFields()
    features = []
    for feature in source.getFeatures():
        copy = QgsFeature(layer.fields())
        copy.setGeometry(feature.geometry())
        copy["ubigeo"] = feature["ubigeo"]
        value = poverty.get(feature["ubigeo"])
        copy["pobreza"] = None if value is None else float(value)
        features.append(copy)
    layer.dataProvider().addFeatures(features)
    return layer


def test_hotspots_of_a_memory_layer_field_in_a_task(page, qtbot):
    layer = poverty_memory_layer()
    QgsProject.instance().addMapLayer(layer)
    section = page.poverty
    section.hotspot_layer.setLayer(layer)
    section.hotspot_field.setField("pobreza")
    section.permutations.setValue(99)
    section.run_hotspots()
    qtbot.waitUntil(lambda: page.task is None, timeout=300_000)
    hotspots = model_layers()["Hotspots of pobreza (Gi*)"]
    assert hotspots.featureCount() == sum(1 for f in layer.getFeatures() if not QgsVariantUtils.isNull(f["pobreza"]))
    assert hotspots.featureCount() == 1532
    assert hotspots.renderer().classAttribute() == "gi_class"
    assert len(hotspots.styleManager().styles()) == 2  # Gi* and local Moran
    assert "pobreza:" in section.hotspot_summary.text()


def test_retraining_on_a_user_table_makes_a_new_model_that_predicts(page, qtbot, tmp_path):
    bundled = {p.name: p.stat().st_mtime_ns for p in (MODELS_DIR / "poverty").iterdir()}
    truth = pd.read_csv(SHARED / "socioeconomic" / "pobreza2018_distrital.csv", dtype={"ubigeo": str})
    target = tmp_path / "mi_encuesta.csv"
    truth[["ubigeo", "pobreza_monetaria"]].rename(columns={"pobreza_monetaria": "pobreza_2024"}).to_csv(
        target, index=False
    )
    section = page.poverty
    section.target_table.setFilePath(str(target))
    assert section.target_column.findText("pobreza_2024") >= 0
    section.target_column.setCurrentText("pobreza_2024")
    section.run_retrain()
    qtbot.waitUntil(lambda: page.task is None, timeout=600_000)

    folders = list((tmp_path / "aguaperu_modelos").glob("*/model_card.json"))
    assert len(folders) == 1
    assert section.model_combo.currentData() == str(folders[0].parent)
    assert "New model" in section.summary.text()
    assert {p.name: p.stat().st_mtime_ns for p in (MODELS_DIR / "poverty").iterdir()} == bundled

    section.run_poverty()  # with the retrained model selected
    qtbot.waitUntil(lambda: page.task is None, timeout=300_000)
    assert model_layers()["Poverty (predicted, %)"].featureCount() == 1874
    assert list(tmp_path.glob(f"aguaperu_pobreza_{folders[0].parent.name}.gpkg"))


def test_cancelling_poverty_adds_nothing(page, qtbot, tmp_path):
    page.poverty.run_poverty()
    page.cancel()
    qtbot.waitUntil(lambda: page.task is None, timeout=300_000)
    assert not model_layers()
    assert not list(tmp_path.glob("*.gpkg"))


def test_poverty_algorithm_writes_every_district(plugin, qgis_processing, tmp_path):
    import processing

    result = processing.run("aguaperu:poverty", {"DATA_FOLDER": str(SHARED), "OUTPUT": str(tmp_path / "p.gpkg")})
    layer = QgsVectorLayer(f"{result['OUTPUT']}|layername=poverty", "p", "ogr")
    assert layer.featureCount() == result["DISTRICTS"] == 1874
    field_names = layer.fields().names()
    for column in ("ubigeo", "poverty_pct", "poverty_lo90", "poverty_hi90"):
        assert column in field_names
