"""Survey mode in the plugin (issue 18, acceptance 5): the office's survey and measurements added on the Models
page run in the water-risk task; systems styled by observed and estimated; the district table of shares; a
system's measurement chart; the same files as optional inputs of ``aguaperu:waterrisk``."""

from pathlib import Path

import pandas as pd
import pytest
from qgis.core import QgsProject, QgsRuleBasedRenderer, QgsVectorLayer
from qgis.PyQt.QtWidgets import QWidget

from aguaperu.aguaperu_plugin.groups import MODELS_GROUP
from aguaperu.aguaperu_plugin.gui.models_page import ModelsPage

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
SIASAR = SHARED / "water" / "siasar_peru_systems.csv"
OEFA = ["Nombre del punto", "Fecha", "Parámetro", "Valor", "Unidad de medida", "lon", "lat"]


def title_text(plot) -> str:
    """A chart's title as one line (a title wraps on several lines in a narrow dock)."""
    return plot.plotItem.titleLabel.text.replace("<br>", " ")


def office_files(folder: Path, department: str = "06", every: int = 4) -> tuple[Path, Path, list[str]]:
    """A survey of every ``every``-th labelled system of ``department`` (SIASAR's own answer, semicolons and
    cp1252 as Excel saves it) and a monthly chlorine series of three other systems of it (OEFA columns): the
    first always above 0.5 mg/L, the second below it from the last month, the third low then good."""
    table = pd.read_csv(SIASAR, dtype=str)
    own = table[table["ubigeo"].str.zfill(6).str[:2].eq(department)]
    labelled = own[own["trat_funciona"].isin(["SI", "NO"])]
    surveyed = labelled.iloc[::every]
    survey = folder / "encuesta_oficina.csv"
    surveyed[["ID", "trat_funciona", "fecha_encuesta"]].to_csv(survey, sep=";", index=False, encoding="cp1252")
    measured = own[~own["ID"].isin(surveyed["ID"])].iloc[:3]["ID"].tolist()
    months = pd.date_range("2023-01-15", periods=12, freq="MS") + pd.Timedelta(days=14)
    series = {
        measured[0]: [0.9, 0.8, 1.1, 0.7, 0.8, 0.9, 1.0, 0.6, 0.7, 0.8, 0.9, 0.8],
        measured[1]: [0.8, 0.7, 0.6, 0.6, 0.5, 0.7, 0.6, 0.5, 0.6, 0.5, 0.6, 0.2],
        measured[2]: [0.1, 0.2, 0.3, 0.2, 0.4, 0.3, 0.5, 0.6, 0.7, 0.6, 0.8, 0.7],
    }
    rows = [
        (system, when.strftime("%d/%m/%Y"), "Cloro residual libre", f"{value:.1f}".replace(".", ","), "mg/L", "", "")
        for system, values in series.items()
        for when, value in zip(months, values, strict=True)
    ]
    measurements = folder / "cloro_residual.csv"
    pd.DataFrame(rows, columns=OEFA).to_csv(measurements, index=False, encoding="utf-8")
    return survey, measurements, measured


@pytest.fixture()
def page(qgis_iface, qgis_new_project, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(ModelsPage, "output_folder", lambda self: tmp_path)
    widget = ModelsPage(qgis_iface)
    qtbot.addWidget(widget)
    return widget


def test_survey_and_measurements_from_the_page_run_in_the_task(page, qtbot, tmp_path):
    survey, measurements, measured = office_files(tmp_path)
    surveyed = len(pd.read_csv(survey, sep=";", encoding="cp1252"))
    page.use_data_folder(SHARED)
    page.survey_file.setFilePath(str(survey))
    page.measurements_file.setFilePath(str(measurements))
    assert page.observation_files() == {"survey": survey, "measurements": measurements}
    page.run_water_risk()
    assert page.task is not None and page.task.survey == survey and page.task.measurements == measurements
    qtbot.waitUntil(lambda: page.task is None, timeout=300_000)
    assert page.systems_layer is not None, page.status.text()

    group = QgsProject.instance().layerTreeRoot().findGroup(MODELS_GROUP)
    systems = {node.layer().name(): node.layer() for node in group.findLayers()}["Water-quality risk of systems"]
    assert systems is page.systems_layer and systems.featureCount() == 6076
    observed = [f for f in systems.getFeatures() if f["status"] == "observed"]
    assert len(observed) == surveyed + len(measured)
    by_id = {str(f["ID"]): f for f in observed}
    assert by_id[measured[1]]["risk_class"] == "alto" and by_id[measured[1]]["source"] == "measurement"
    assert by_id[measured[2]]["risk_class"] == "bajo"  # the latest measurement wins: good chlorine
    renderer = systems.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    rules = {rule.label(): rule for rule in renderer.rootRule().children()}
    assert "Estimated without local evidence (department rate)" in rules and len(rules) == 6
    assert "department_rate" in systems.mapTipTemplate()
    assert f"Observed: {len(observed):,}" in page.summary.text()

    assert not page.shares.isHidden() and page.shares.rowCount() > 0
    assert int(page.shares.item(0, 1).text()) > 0  # the most observed district first
    assert page.history_button.isEnabled()

    page.show_measurement_history()  # nothing selected: a word, no window
    assert "Select a system" in page.status.text() and page.history_dialog is None
    systems.selectByExpression(f"\"ID\" = '{measured[1]}'")
    page.history_button.click()
    dialog = page.history_dialog
    assert dialog is not None and measured[1] in dialog.windowTitle()
    assert dialog.findChild(QWidget, "aguaperu_measurement_chart") is not None
    plot = dialog.findChild(QWidget, "aguaperu_measurement_chlorine")
    assert plot is not None and "Free residual chlorine" in title_text(plot)
    dialog.close()


def test_without_survey_the_layer_is_the_national_models(page, qtbot):
    """No survey and no measurements: survey mode stays out of the way (no status field, the model's classes)."""
    page.use_data_folder(SHARED)
    page.run_water_risk()
    qtbot.waitUntil(lambda: page.task is None, timeout=300_000)
    systems = page.systems_layer
    assert systems.fields().indexOf("status") == -1
    assert {f["risk_class"] for f in systems.getFeatures()} == {"alto", "medio", "bajo"}
    assert not page.history_button.isEnabled()


def test_waterrisk_algorithm_takes_survey_and_measurements(plugin, qgis_processing, tmp_path):
    import processing

    survey, measurements, measured = office_files(tmp_path)
    surveyed = len(pd.read_csv(survey, sep=";", encoding="cp1252"))
    result = processing.run(
        "aguaperu:waterrisk",
        {
            "DATA_FOLDER": str(SHARED),
            "SURVEY": str(survey),
            "MEASUREMENTS": str(measurements),
            "SYSTEMS": str(tmp_path / "s.gpkg"),
            "DISTRICTS": str(tmp_path / "d.gpkg"),
        },
    )
    assert result["OBSERVED_SYSTEMS"] == surveyed + len(measured)
    systems = QgsVectorLayer(f"{result['SYSTEMS']}|layername=water_risk_systems", "s", "ogr")
    assert sum(1 for f in systems.getFeatures() if f["status"] == "observed") == result["OBSERVED_SYSTEMS"]
    districts = QgsVectorLayer(f"{result['DISTRICTS']}|layername=water_risk_districts", "d", "ogr")
    assert sum(f["systems_observed"] for f in districts.getFeatures()) == result["OBSERVED_SYSTEMS"]
