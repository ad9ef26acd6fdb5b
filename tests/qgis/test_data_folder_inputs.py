"""The data folder is the way in: choosing it on the Data page lists its inputs with their kinds at once, the
*Kind* column shows what each input was read as, the report's lines carry their whole text as a tooltip, and
the other pages of the dock use the same folder."""

from pathlib import Path

from qgis.PyQt.QtCore import Qt

from aguaperu.aguaperu_plugin.tasks.data_tasks import InputSpec
from tests.qgis.test_data_page import page  # noqa: F401 (the Data page, its outputs in tmp_path)

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
POVERTY = SHARED / "socioeconomic" / "pobreza2018_distrital.csv"


def rows(data_page) -> list[tuple[str, str]]:
    inputs = data_page.inputs
    return [
        (inputs.item(row, 0).data(Qt.UserRole).path.name, inputs.cellWidget(row, 1).currentData())
        for row in range(inputs.rowCount())
    ]


def test_choosing_the_folder_lists_its_inputs_with_their_kinds(page, tmp_path):  # noqa: F811
    mine = tmp_path / "mi_tabla.csv"
    mine.write_text("ubigeo,valor\n150101,1\n", encoding="utf-8")
    page.add_input(InputSpec(mine))  # added by the user: stays when the folder changes
    page.data_folder.setFilePath(str(SHARED))
    listed = rows(page)
    assert listed[0] == ("peru_limites_inei2017.gpkg", "districts")
    assert ("siasar_peru_systems.csv", "water_points") in listed
    assert ("pobreza2018_distrital.csv", "district_table") in listed
    assert ("endes_children_2014_2018.csv.gz", "child_welfare") in listed
    assert sum(kind == "satellite_table" for _, kind in listed) == 4
    assert listed[-1] == ("mi_tabla.csv", "")  # not read yet: "Detect"
    assert "10" in page.status.text()

    page.data_folder.setFilePath(str(tmp_path))  # a folder without the layout: its inputs replace the others
    assert rows(page) == [("mi_tabla.csv", "")]


def test_after_validation_the_kind_column_shows_what_each_input_was_read_as(page, qtbot):  # noqa: F811
    page.add_input(InputSpec(POVERTY))
    assert page.inputs.cellWidget(0, 1).currentText() == "Detect"
    page.validate()
    qtbot.waitUntil(lambda: page.task is None, timeout=120_000)
    assert rows(page) == [("pobreza2018_distrital.csv", "district_table")]
    assert page.inputs.cellWidget(0, 1).currentText() == "District table"


def test_every_line_of_the_report_has_its_whole_text_as_tooltip(page, qtbot, tmp_path):  # noqa: F811
    broken = tmp_path / "broken.csv"
    broken.write_text("ubigo,valor\n150101,1\n", encoding="utf-8")
    page.add_input(InputSpec(broken, "district_table"))
    page.validate()
    qtbot.waitUntil(lambda: page.task is None, timeout=120_000)
    errors = page.report_tree.topLevelItem(0)
    problem = errors.child(0)
    lines = [problem.child(i) for i in range(problem.childCount())]
    fix = next(line for line in lines if line.text(0).startswith("Fix: "))
    assert len(fix.text(0)) > 20
    assert all(line.toolTip(0) == line.text(0) for line in lines)


def test_the_dock_pages_use_the_data_page_folder(qgis_iface, qgis_new_project, tmp_path):
    from aguaperu.aguaperu_plugin.gui.dock import AguaPeruDock

    dock = AguaPeruDock(qgis_iface)
    try:
        dock.page("data").data_folder.setFilePath(str(SHARED))
        assert dock.page("maps").data_dir == SHARED
        assert Path(dock.page("models").data_folder.filePath()) == SHARED
        assert Path(dock.page("scenarios").data_folder.filePath()) == SHARED
    finally:
        dock.deleteLater()


def test_the_maps_page_takes_the_departments_from_the_data_page_folder(qgis_iface, qgis_new_project, monkeypatch):
    from qgis.core import QgsProject

    from aguaperu.aguaperu_plugin.gui.maps_page import MapsPage
    from aguaperu.aguaperu_plugin.toolbelt import settings

    monkeypatch.setattr(settings.PluginSettings, "load", classmethod(lambda cls: cls(data_folder="")))
    maps = MapsPage(qgis_iface)
    maps.use_data_folder(SHARED)
    maps.use_boundaries("departamentos")
    layer = maps.coverage.currentLayer()
    assert layer is not None and layer.featureCount() == 25
    assert layer in QgsProject.instance().mapLayers().values()
