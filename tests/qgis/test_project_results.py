"""Results belong to the project (issue 20, acceptance 1): a saved project's runs write into its results folder,
a re-run updates its layer in place, and a reopened project reads every layer from its folder and shows the
runs' summaries and charts again; an unsaved project's results follow it when it is saved."""

from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsSettings, QgsVectorFileWriter, QgsVectorLayer

from aguaperu.aguaperu_plugin.groups import MODELS_GROUP
from aguaperu.aguaperu_plugin.gui.models_page import ModelsPage
from aguaperu.aguaperu_plugin.layers import OUTPUT_ID, add_output, layer_file, vector_layer
from aguaperu.aguaperu_plugin.project_folder import FOLDER_KEY, SCOPE, STORE_KEY, results

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
SYSTEMS = "Water-quality risk of systems"
DISTRICTS = "Population served by high-risk systems"


@pytest.fixture()
def unconfigured(qgis_new_project):
    """No output folder in the settings (it would win over the project's folder)."""
    settings = QgsSettings()
    saved = settings.value("aguaperu/output_folder", "")
    settings.setValue("aguaperu/output_folder", "")
    QgsProject.instance().clear()
    yield
    settings.setValue("aguaperu/output_folder", saved)
    QgsProject.instance().clear()


def model_layers() -> list:
    group = QgsProject.instance().layerTreeRoot().findGroup(MODELS_GROUP)
    return [node.layer() for node in group.findLayers()] if group else []


def run_water_risk(page, qtbot) -> None:
    page.run_water_risk()
    assert page.task is not None
    qtbot.waitUntil(lambda: page.task is None, timeout=300_000)


def test_a_saved_projects_runs_stay_in_its_folder_replace_their_layers_and_come_back(
    unconfigured, qgis_iface, qtbot, tmp_path
):
    project = QgsProject.instance()
    project_file = tmp_path / "plan" / "plan_cusco.qgz"
    project_file.parent.mkdir()
    assert project.write(str(project_file))
    page = ModelsPage(qgis_iface)
    qtbot.addWidget(page)
    page.use_data_folder(SHARED)

    run_water_risk(page, qtbot)
    folder = tmp_path / "plan" / "plan_cusco_aguaperu"
    assert page.output_folder() == folder
    first = {layer.name(): layer.id() for layer in model_layers()}
    assert set(first) == {SYSTEMS, DISTRICTS}
    for layer in model_layers():
        assert layer_file(layer)[0].parent == folder
    summary = page.summary.text()
    assert "6,076 systems" in summary

    run_water_risk(page, qtbot)  # a re-run: the same two layers, same ids, same order in the tree
    again = model_layers()
    assert [layer.name() for layer in again] == list(first)
    assert {layer.name(): layer.id() for layer in again} == first
    assert all(layer.customProperty(OUTPUT_ID) for layer in again)
    assert again[0].renderer().classAttribute() == "risk_class"  # the style is applied again

    assert project.write()
    project.clear()
    assert page.summary.text() == "" and page.charts == []  # another project: nothing of this one's runs
    assert project.read(str(project_file))
    reopened = model_layers()
    assert {layer.name(): layer.id() for layer in reopened} == first
    for layer in reopened:
        assert layer.isValid() and layer_file(layer)[0].parent == folder
    assert page.summary.text() == summary
    assert [chart.objectName() for chart in page.charts] == ["aguaperu_calibration_chart", "aguaperu_importance_chart"]
    assert ModelsPage(qgis_iface).summary.text() == summary  # a new dock shows the project's runs too


def districts_file(folder: Path, where: str = "ubigeo IN ('010101', '010102', '010103')") -> Path:
    """A small results file (by default three districts of Amazonas) written into ``folder``, as a task writes
    it: complete under another name, then moved into place."""
    source = QgsVectorLayer(
        f"{SHARED / 'boundaries' / 'peru_limites_inei2017.gpkg'}|layername=distritos", "distritos", "ogr"
    )
    source.setSubsetString(where)
    target, written = folder / "aguaperu_riesgo_distritos.gpkg", folder / "escribiendo.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.layerName = "water_risk_districts"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(source, str(written), project_context(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    return written.replace(target)


def zipped_project(path: Path) -> str:
    """The text of the .qgs inside a .qgz."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read(next(name for name in archive.namelist() if name.endswith(".qgs"))).decode()


def project_context():
    return QgsProject.instance().transformContext()


def test_an_unsaved_projects_results_move_with_its_first_save_and_are_copied_by_save_as(
    unconfigured, qgis_iface, qtbot, tmp_path
):
    project = QgsProject.instance()
    page = ModelsPage(qgis_iface)
    qtbot.addWidget(page)
    session = page.output_folder()  # no dialog possible here: a session folder, the same for every page
    assert session.is_dir() and session != tmp_path and page.poverty.page.output_folder() == session
    layer = add_output(
        project, vector_layer(districts_file(session), "water_risk_districts", "riesgo"), "water_risk_districts"
    )
    (session / "aguaperu_escenarios.gpkg").write_bytes(b"")  # the scenario store, remembered by the project
    project.writeEntry(SCOPE, STORE_KEY, str(session / "aguaperu_escenarios.gpkg"))

    project.setFileName(str(tmp_path / "cusco.qgz"))  # the first save names the project (as QGIS's dialog does)
    assert project.write()  # the results move before the project is written
    folder = tmp_path / "cusco_aguaperu"
    assert (folder / "aguaperu_riesgo_distritos.gpkg").is_file() and not session.exists()
    assert layer.isValid() and layer_file(layer)[0] == folder / "aguaperu_riesgo_distritos.gpkg"
    assert page.output_folder() == folder
    assert project.readEntry(SCOPE, STORE_KEY, "")[0] == "cusco_aguaperu/aguaperu_escenarios.gpkg"
    layer_id = layer.id()
    project.clear()
    assert project.read(str(tmp_path / "cusco.qgz"))  # the saved file reads the moved file
    reopened = project.mapLayer(layer_id)
    assert reopened.isValid() and reopened.featureCount() == 3
    assert layer_file(reopened)[0] == folder / "aguaperu_riesgo_distritos.gpkg"

    (tmp_path / "copia").mkdir()
    assert project.write(str(tmp_path / "copia" / "lima.qgz"))  # Save as from a script: written again after
    qtbot.waitUntil(lambda: "lima_aguaperu" in zipped_project(tmp_path / "copia" / "lima.qgz"))
    copied = tmp_path / "copia" / "lima_aguaperu" / "aguaperu_riesgo_distritos.gpkg"
    assert copied.is_file() and (folder / "aguaperu_riesgo_distritos.gpkg").is_file()  # cusco keeps its own
    assert layer_file(reopened)[0] == copied
    project.clear()
    assert project.read(str(tmp_path / "copia" / "lima.qgz"))
    assert layer_file(project.mapLayer(layer_id))[0] == copied


def test_a_folder_chosen_for_an_unsaved_project_is_kept_and_written_into_it(
    unconfigured, qgis_iface, tmp_path, monkeypatch
):
    from aguaperu.aguaperu_plugin import project_folder

    chosen = tmp_path / "mis resultados"
    chosen.mkdir()
    monkeypatch.setattr(project_folder, "dialogs_possible", lambda: True)
    monkeypatch.setattr("qgis.PyQt.QtWidgets.QFileDialog.getExistingDirectory", lambda *args: str(chosen))
    assert results.path() == chosen
    monkeypatch.setattr(
        "qgis.PyQt.QtWidgets.QFileDialog.getExistingDirectory", lambda *args: pytest.fail("asked twice")
    )
    assert results.path() == chosen  # asked once
    project = QgsProject.instance()
    project.setFileName(str(tmp_path / "plan.qgz"))
    assert project.write()
    assert project.readEntry(SCOPE, FOLDER_KEY, "")[0] == "mis resultados"  # relative to the project
    project.clear()
    assert project.read(str(tmp_path / "plan.qgz"))
    assert results.path() == chosen


def test_poverty_and_child_risk_runs_come_back_with_their_charts_and_panel(unconfigured, qgis_iface, qtbot, tmp_path):
    project = QgsProject.instance()
    project.setFileName(str(tmp_path / "ninos.qgz"))
    assert project.write()
    page = ModelsPage(qgis_iface)
    qtbot.addWidget(page)
    page.use_data_folder(SHARED)
    page.poverty.run_poverty()
    qtbot.waitUntil(lambda: page.task is None, timeout=300_000)
    child = page.child
    child.level.setCurrentIndex(child.level.findData("province"))
    child.run_child_risk()
    qtbot.waitUntil(lambda: page.task is None, timeout=300_000)
    poverty_summary, child_summary = page.poverty.summary.text(), child.summary.text()
    assert "1,874 districts" in poverty_summary and "196 provinces" in child_summary
    areas = [child.area.itemText(row) for row in range(child.area.count())]
    details = child.details.toPlainText()
    assert len(areas) == 196 and details
    held_out = page.poverty.charts[0].getPlotItem().listDataItems()[-1].getData()[0]  # the observed values
    assert all(layer_file(layer)[0].parent == tmp_path / "ninos_aguaperu" for layer in model_layers())

    assert project.write()
    project.clear()
    assert child.area.count() == 0 and child.area_box.isHidden() and page.poverty.charts == []
    assert project.read(str(tmp_path / "ninos.qgz"))
    assert page.poverty.summary.text() == poverty_summary and child.summary.text() == child_summary
    charts = page.poverty.charts
    assert [chart.objectName() for chart in charts] == [
        "aguaperu_observed_predicted_chart",
        "aguaperu_importance_chart",
    ]
    restored = charts[0].getPlotItem().listDataItems()[-1].getData()[0]
    assert len(restored) == len(held_out) and restored == pytest.approx(held_out, abs=1e-3)
    assert [child.area.itemText(row) for row in range(child.area.count())] == areas  # the panel, read again
    assert child.details.toPlainText() == details
    index = child.index_layer
    assert index.name() == "Child-risk index 2019" and project.mapLayer(index.id()) is index


def test_a_demand_forecast_comes_back_with_its_areas_and_chart_from_the_results_folder(
    unconfigured, qgis_iface, qtbot, tmp_path
):
    from aguaperu.core.models.demand.series import bwdf_files

    project = QgsProject.instance()
    project.setFileName(str(tmp_path / "demanda.qgz"))
    assert project.write()
    page = ModelsPage(qgis_iface)
    qtbot.addWidget(page)
    demand = page.demand
    inflow, weather = bwdf_files()
    demand.inflow.setFilePath(str(inflow))
    demand.weather.setFilePath(str(weather))
    demand.run_demand()
    qtbot.waitUntil(lambda: page.task is None, timeout=300_000)
    assert demand.result is not None
    summary = demand.summary.text()
    areas = [demand.area.itemText(row) for row in range(demand.area.count())]
    assert len(areas) == 10
    demand.area.setCurrentText(areas[3])
    drawn = {item.name(): item.getData() for item in demand.chart.getPlotItem().listDataItems() if item.name()}

    assert project.write()
    project.clear()
    assert demand.area.count() == 0 and demand.chart is None and demand.summary.text() == ""
    assert project.read(str(tmp_path / "demanda.qgz"))
    assert demand.summary.text() == summary
    assert [demand.area.itemText(row) for row in range(demand.area.count())] == areas
    assert demand.area.currentText() == areas[3] and demand.chart is not None
    again = {item.name(): item.getData() for item in demand.chart.getPlotItem().listDataItems() if item.name()}
    assert set(again) == set(drawn) and len(drawn) == 2  # observed flows and forecast
    for name, (x, y) in drawn.items():
        assert list(again[name][0]) == pytest.approx(list(x))
        assert list(again[name][1]) == pytest.approx(list(y), abs=1e-3, nan_ok=True)

    from aguaperu.aguaperu_plugin.project_runs import recall

    (tmp_path / "demanda_aguaperu" / recall("demand")["intervals"]).unlink()  # a file gone: the summary stays
    project.clear()
    assert project.read(str(tmp_path / "demanda.qgz"))
    assert demand.summary.text() == summary and demand.area.count() == 0 and demand.chart is None


def test_a_rerun_reads_the_new_file_and_a_memory_output_gets_the_new_features(unconfigured, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle

    from aguaperu.aguaperu_plugin.layers import new_field

    project = QgsProject.instance()
    target = districts_file(tmp_path)
    first = add_output(project, vector_layer(target, "water_risk_districts", "riesgo"), "water_risk_districts")
    districts_file(tmp_path, "ubigeo LIKE '0101%'")  # the 21 districts of Chachapoyas, over the same file
    again = add_output(project, vector_layer(target, "water_risk_districts", "riesgo"), "water_risk_districts")
    assert again.id() == first.id() and again.featureCount() == 21 and len(project.mapLayers()) == 1

    def growth(count: int) -> QgsVectorLayer:
        layer = QgsVectorLayer("MultiPolygon?crs=EPSG:32718", "Crecimiento", "memory")
        layer.dataProvider().addAttributes([new_field("area", "text"), new_field("growth_pct")])
        layer.updateFields()
        features = []
        for number in range(count):
            feature = QgsFeature(layer.fields())
            feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(number, 0, number + 1, 1)))
            feature.setAttributes([str(number), float(number)])
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        return layer

    breaks = (-10.0, [-5.0, 0.0, 5.0, 10.0])
    memory = add_output(project, growth(3), "growth_pct", *breaks)
    rerun = add_output(project, growth(5), "growth_pct", *breaks)
    assert rerun.id() == memory.id() and len(project.mapLayers()) == 2
    assert [feature["growth_pct"] for feature in rerun.getFeatures()] == [0.0, 1.0, 2.0, 3.0, 4.0]
    assert rerun.renderer().classAttribute() == "growth_pct"
