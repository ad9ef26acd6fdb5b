"""The Data page: inputs validated in a background task, the report shown as a tree, valid layers added
to the "AguaPerú – Datos" group with their styles; cancelling leaves nothing behind."""

import hashlib
from pathlib import Path

import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsProject

from aguaperu.aguaperu_plugin.gui.data_page import DataPage
from aguaperu.aguaperu_plugin.tasks.data_tasks import InputSpec

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
SIASAR = SHARED / "water" / "siasar_peru_systems.csv"
DISTRICTS = SHARED / "boundaries" / "peru_limites_inei2017.gpkg"


@pytest.fixture()
def page(qgis_iface, qgis_new_project, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(DataPage, "output_folder", lambda self: tmp_path)
    widget = DataPage(qgis_iface)
    qtbot.addWidget(widget)
    return widget


def wait_idle(qtbot, page, timeout=120_000):
    qtbot.waitUntil(lambda: page.task is None, timeout=timeout)


def test_validation_runs_in_a_task_and_adds_styled_layers(page, qtbot, tmp_path):
    broken = tmp_path / "broken.csv"
    broken.write_text("ubigo,valor\n150101,1\n", encoding="utf-8")
    page.data_folder.setFilePath(str(SHARED))
    page.inputs.setRowCount(0)  # only the inputs added here, not the folder's
    page.add_input(InputSpec(DISTRICTS, "districts", "distritos", "Distritos"))
    page.add_input(InputSpec(SIASAR, None))
    page.add_input(InputSpec(broken, "district_table"))
    sums = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (DISTRICTS, SIASAR, broken)}

    page.validate()
    assert page.task is not None and not page.progress.isHidden()
    wait_idle(qtbot, page)

    assert page.report_tree.counts()["error"] == 1
    group = QgsProject.instance().layerTreeRoot().findGroup("AguaPerú – Datos")
    names = sorted(node.name() for node in group.findLayers())
    assert names == ["Distritos", "siasar_peru_systems"]
    points = next(n.layer() for n in group.findLayers() if n.name() == "siasar_peru_systems")
    assert points.featureCount() == 6076
    assert isinstance(points.renderer(), QgsCategorizedSymbolRenderer)
    assert points.renderer().classAttribute() == "treatment_works"
    assert points.source().startswith(str(tmp_path)) and ".gpkg" in points.source()
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sums} == sums


def test_build_features_from_the_shared_folder(page, qtbot, tmp_path):
    page.data_folder.setFilePath(str(SHARED))
    target = tmp_path / "features.gpkg"
    page.features_output.setFilePath(str(target))
    page.build_features()
    wait_idle(qtbot, page, timeout=300_000)
    layer = QgsProject.instance().mapLayersByName("District features")[0]
    assert layer.featureCount() == 1874
    assert layer.renderer().type() == "graduatedSymbol"


def test_cancelling_leaves_no_output(page, qtbot, tmp_path):
    page.data_folder.setFilePath(str(SHARED))
    target = tmp_path / "cancelled.gpkg"
    page.features_output.setFilePath(str(target))
    page.build_features()
    page.cancel()
    wait_idle(qtbot, page)
    assert not target.exists()
    assert not list(tmp_path.glob(".aguaperu-*"))
    assert "Cancelled" in page.status.text()
    assert not QgsProject.instance().mapLayersByName("District features")


def test_the_inputs_cannot_change_while_validating_and_results_keep_their_inputs(page, qtbot):
    page.data_folder.setFilePath(str(SHARED))
    page.inputs.setRowCount(0)  # only the inputs added here, not the folder's
    page.add_input(InputSpec(DISTRICTS, "districts", "distritos", "Distritos"))
    page.add_input(InputSpec(SIASAR, None))
    editing = (page.inputs, page.add_files_button, page.layer_combo, page.add_layer_button, page.remove_button)

    page.validate()
    assert page.task is not None
    assert not any(widget.isEnabled() for widget in editing)
    # even if the list changes under the running task (a plugin or a script), its results keep their inputs
    page.inputs.setRowCount(0)
    page.add_input(InputSpec(SIASAR, None, None, "another"))
    wait_idle(qtbot, page)

    assert all(widget.isEnabled() for widget in editing)
    group = QgsProject.instance().layerTreeRoot().findGroup("AguaPerú – Datos")
    assert sorted(node.name() for node in group.findLayers()) == ["Distritos", "siasar_peru_systems"]
    districts = next(n.layer() for n in group.findLayers() if n.name() == "Distritos")
    assert districts.featureCount() == 1874
