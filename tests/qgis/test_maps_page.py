"""The Maps page prints the checked layers to PDF in a task (atlas included), can be cancelled, and opens the
layout in the layout designer."""

import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from aguaperu.aguaperu_plugin.gui.maps_page import MapsPage
from aguaperu.aguaperu_plugin.styling import apply_style

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
BOUNDARIES = SHARED / "boundaries" / "peru_limites_inei2017.gpkg"

pytestmark = pytest.mark.shared_data


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture()
def page(qgis_iface, qgis_new_project, qtbot, tmp_path, monkeypatch):
    project = QgsProject.instance()
    departments = QgsVectorLayer(f"{BOUNDARIES}|layername=departamentos", "Departamentos", "ogr")
    apply_style(departments, "districts")
    provinces = QgsVectorLayer(f"{BOUNDARIES}|layername=provincias", "Provincias", "ogr")
    project.addMapLayers([departments, provinces])
    project.layerTreeRoot().findLayer(provinces.id()).setItemVisibilityChecked(False)
    monkeypatch.setattr(MapsPage, "output_folder", lambda self: tmp_path)
    widget = MapsPage(qgis_iface)
    qtbot.addWidget(widget)
    return widget


def test_visible_layers_are_checked_and_the_departments_are_the_inset(page):
    assert [layer.name() for layer in page.checked_layers()] == ["Departamentos"]
    assert page.layer_list.count() == 2
    assert page.inset.currentLayer().name() == "Departamentos"
    assert page.language.currentData() == "es"


def test_export_writes_a_spanish_pdf_in_a_task(page, qtbot, tmp_path):
    page.map_title.setText("Departamentos del Perú")
    page.sources.setText("INEI 2017")
    page.export()
    assert page.task is not None and not page.export_button.isEnabled()
    qtbot.waitUntil(lambda: page.task is None, timeout=60_000)
    output = tmp_path / "mapa.pdf"
    text = pdf_text(output)
    for expected in ("Departamentos del Perú", "Leyenda", "Fuente: INEI 2017", "Departamentos"):
        assert expected in text, expected
    assert str(output) in page.status.text()


def test_atlas_export_can_be_cancelled_and_leaves_nothing(page, qtbot, tmp_path):
    page.coverage.setLayer(QgsProject.instance().mapLayersByName("Departamentos")[0])
    assert page.name_field.currentField() == "dep"
    page.export()
    page.cancel()
    qtbot.waitUntil(lambda: page.task is None, timeout=60_000)
    assert not (tmp_path / "mapa.pdf").exists()
    assert not list(tmp_path.glob(".aguaperu-*"))
    assert page.export_button.isEnabled()


def test_an_atlas_cancelled_while_it_prints_stops_after_the_page_being_drawn(page, qtbot, tmp_path):
    """Pages render on the main thread one per turn of the event loop: the cancel takes effect after the page
    being drawn, and no page is started after it (how long that takes: ``bench/cancel.py``)."""
    districts = QgsVectorLayer(f"{BOUNDARIES}|layername=distritos", "Distritos", "ogr")
    apply_style(districts, "districts")
    QgsProject.instance().addMapLayer(districts)
    page.coverage.setLayer(QgsProject.instance().mapLayersByName("Provincias")[0])
    page.export()
    task = page.task
    qtbot.waitUntil(lambda: page.task is not None and page.task.progress() > 2, timeout=60_000)
    job = task.job
    drawn = job.done
    page.cancel()
    qtbot.waitUntil(lambda: page.task is None, timeout=60_000)
    assert task.cancelled
    assert drawn <= job.done <= drawn + 1 < len(job.pages)
    assert not list(tmp_path.iterdir())
    assert page.export_button.isEnabled() and "cancel" in page.status.text().lower()


def test_open_in_layout_designer_adds_the_layout_to_the_project(page, monkeypatch):
    opened = []
    monkeypatch.setattr(page.iface, "openLayoutDesigner", lambda layout: opened.append(layout), raising=False)
    page.map_title.setText("Para editar")
    page.open_designer()
    page.open_designer()
    names = [layout.name() for layout in QgsProject.instance().layoutManager().layouts()]
    assert names == ["Para editar", "Para editar (2)"]
    assert len(opened) == 2 and opened[0].itemById("legend") is not None
