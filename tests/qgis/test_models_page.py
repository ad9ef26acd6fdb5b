"""The Models page runs the water-quality risk model in a task: styled system and district layers, charts;
the Processing algorithm gives the same systems."""

from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsRectangle, QgsVectorLayer

from aguaperu.aguaperu_plugin.groups import MODELS_GROUP
from aguaperu.aguaperu_plugin.gui.models_page import ModelsPage

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


def title_text(plot) -> str:
    """A chart's title as one line (a title wraps on several lines in a narrow dock)."""
    return plot.plotItem.titleLabel.text.replace("<br>", " ")


@pytest.fixture()
def page(qgis_iface, qgis_new_project, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(ModelsPage, "output_folder", lambda self: tmp_path)
    widget = ModelsPage(qgis_iface)
    qtbot.addWidget(widget)
    return widget


def test_water_risk_runs_in_a_task_and_adds_styled_layers_and_charts(page, qtbot):
    page.use_data_folder(SHARED)
    page.run_water_risk()
    assert page.task is not None and not page.cancel_button.isHidden()
    qtbot.waitUntil(lambda: page.task is None, timeout=300_000)

    group = QgsProject.instance().layerTreeRoot().findGroup(MODELS_GROUP)
    layers = {node.layer().name(): node.layer() for node in group.findLayers()}
    systems = layers["Water-quality risk of systems"]
    districts = layers["Population served by high-risk systems"]
    assert systems.featureCount() == 6076
    assert systems.renderer().classAttribute() == "risk_class"  # no survey: the national model's classes
    assert {c.value() for c in systems.renderer().categories()} == {"alto", "medio", "bajo"}
    assert districts.renderer().classAttribute() == "population_alto_share"
    assert districts.featureCount() == 876
    assert [chart.objectName() for chart in page.charts] == ["aguaperu_calibration_chart", "aguaperu_importance_chart"]
    assert "6,076 systems" in page.summary.text()


def test_cancelling_the_model_adds_nothing(page, qtbot, tmp_path):
    page.use_data_folder(SHARED)
    page.run_water_risk()
    page.cancel()
    qtbot.waitUntil(lambda: page.task is None, timeout=300_000)
    assert QgsProject.instance().layerTreeRoot().findGroup(MODELS_GROUP) is None
    assert not list(tmp_path.glob("*.gpkg"))
    assert "Cancelled" in page.status.text()


def test_waterrisk_algorithm_writes_both_layers(plugin, qgis_processing, tmp_path):
    import processing

    result = processing.run(
        "aguaperu:waterrisk",
        {"DATA_FOLDER": str(SHARED), "SYSTEMS": str(tmp_path / "s.gpkg"), "DISTRICTS": str(tmp_path / "d.gpkg")},
    )
    systems = QgsVectorLayer(f"{result['SYSTEMS']}|layername=water_risk_systems", "s", "ogr")
    assert systems.featureCount() == 6076
    assert result["HIGH_RISK_SYSTEMS"] == sum(1 for f in systems.getFeatures() if f["risk_class"] == "alto")


def test_demand_forecast_runs_in_a_task_and_charts_each_area(page, qtbot, tmp_path):
    from qgis.PyQt.QtCore import QDateTime

    from aguaperu.core.models.demand.series import bwdf_files

    inflow, weather = bwdf_files()
    section = page.demand
    section.inflow.setFilePath(str(inflow))
    section.weather.setFilePath(str(weather))
    section.origin.setDateTime(QDateTime.fromString("2022-09-05 00:00", "yyyy-MM-dd HH:mm"))
    section.horizon.setValue(72)
    section.country.setText("IT")
    areas = QgsVectorLayer("Polygon?crs=EPSG:32633&field=nombre:string", "sectores", "memory")
    squares = []
    for number in range(1, 11):  # "DMA 1" … "DMA 10": the workbook's names without their unit
        feature = QgsFeature(areas.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(number * 100, 0, number * 100 + 90, 90)))
        feature["nombre"] = f"DMA {number}"
        squares.append(feature)
    areas.dataProvider().addFeatures(squares)
    QgsProject.instance().addMapLayer(areas)
    section.areas_layer.setLayer(areas)
    section.area_field.setField("nombre")
    section.run_demand()
    assert page.task is not None and not section.forecast_button.isEnabled()
    qtbot.waitUntil(lambda: page.task is None, timeout=300_000)

    assert section.area.count() == 10 and not section.area.isHidden()
    assert section.chart is not None and section.chart.objectName() == "aguaperu_demand_chart"
    first_chart = section.chart
    section.area.setCurrentIndex(3)
    assert section.chart is not first_chart and section.area.currentText() in title_text(section.chart)
    written = sorted(p.name for p in tmp_path.glob("aguaperu_demanda_20220905_0000*.csv"))
    assert written == [
        "aguaperu_demanda_20220905_0000.csv",
        "aguaperu_demanda_20220905_0000_anomalias.csv",
        "aguaperu_demanda_20220905_0000_intervalos.csv",
    ]
    assert "10 areas, 72 hours from 2022-09-05 00:00" in section.summary.text()
    growth = section.growth_layer
    assert growth.featureCount() == 10 and growth.renderer().classAttribute() == "growth_pct"
    ranges = growth.renderer().ranges()
    assert ranges[0].lowerValue() == pytest.approx(-ranges[-1].upperValue())  # centred on no change
    for feature in growth.getFeatures():
        expected = 100 * (feature["forecast_lps"] / feature["last_week_lps"] - 1)
        assert feature["growth_pct"] == pytest.approx(expected)

    # the schedule of that forecast: one source per area large enough for its peak, plus a shared dear one
    import pandas as pd

    wide = pd.read_csv(tmp_path / "aguaperu_demanda_20220905_0000.csv", index_col=0)
    rows = [f"{area},{wide[area].max() * 1.01:.3f},0.1,{area}" for area in wide.columns]
    (tmp_path / "fuentes.csv").write_text(
        "name,capacity_lps,cost_per_m3,areas\n" + "\n".join(rows) + "\nreserva,5,1.0,\n", encoding="utf-8"
    )
    section.sources.setFilePath(str(tmp_path / "fuentes.csv"))
    section.run_schedule()
    qtbot.waitUntil(lambda: page.task is None, timeout=300_000)
    assert "unmet 0.0 m³" in section.schedule_summary.text()
    assert section.schedule_table.rowCount() == 10
    assert section.schedule_chart.objectName() == "aguaperu_supply_chart"
    flows = pd.read_csv(tmp_path / "aguaperu_demanda_20220905_0000_programa.csv")
    assert flows.loc[flows["source"] == "reserva", "flow_lps"].sum() == pytest.approx(0.0, abs=1e-6)  # dearer
    assert flows["volume_m3"].sum() == pytest.approx(wide.to_numpy().sum() * 3.6, rel=1e-6)
