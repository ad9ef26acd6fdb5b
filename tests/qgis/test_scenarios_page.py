"""The Scenarios page: scenarios stored in a GeoPackage next to the project, run in a task whose results land in
the scenario that was run (whatever is selected or edited meanwhile), compared with the baseline side by side,
and found again after the project is saved and reopened."""

import re
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

from aguaperu.aguaperu_plugin.groups import SCENARIOS_GROUP
from aguaperu.aguaperu_plugin.gui.scenarios_page import ScenariosPage
from aguaperu.aguaperu_plugin.styling import style_output
from aguaperu.core.scenarios import Scenario
from aguaperu.core.scenarios.model import Growth, Plan

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
ROOT = Path(__file__).resolve().parents[2]
DEPARTMENT = ["05"]  # Ayacucho: the whole method on real data, in seconds


@pytest.fixture()
def page(qgis_iface, qgis_new_project, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(ScenariosPage, "output_folder", lambda self: tmp_path)
    widget = ScenariosPage(qgis_iface)
    qtbot.addWidget(widget)
    widget.use_data_folder(SHARED)
    return widget


def scenario_layers() -> list:
    group = QgsProject.instance().layerTreeRoot().findGroup(SCENARIOS_GROUP)
    return [node.layer() for node in group.findLayers()] if group else []


def two_scenarios(page):
    store = page.store()
    base = store.load(page.baseline_id())
    store.update(base.copy(departments=DEPARTMENT))
    growth = store.create(
        Scenario(
            name="Crecimiento",
            horizon_year=2030,
            departments=DEPARTMENT,
            growth=Growth(annual_pct=1.5),
            plan=Plan(new_sites=[{"optimise": {"k": 10}}], fix_treatment={"top": 20}),
        )
    )
    repair = store.create(Scenario(name="Rehabilitación", departments=DEPARTMENT, plan=Plan(rehabilitate={"top": 15})))
    page.refresh()
    return growth, repair


def test_results_land_in_the_scenario_that_was_run(page, qtbot):
    growth, repair = two_scenarios(page)
    page.select(growth.id)
    page.run_selected()
    assert page.task is not None and not page.run_button.isEnabled()
    # while it runs, the user selects and edits the other scenario
    page.select(repair.id)
    store = page.store()
    store.update(store.load(repair.id).copy(name="Rehabilitación ampliada", plan=Plan(rehabilitate={"top": 30})))
    page.refresh()
    qtbot.waitUntil(lambda: page.task is None, timeout=600_000)

    listed = store.list().set_index("id")
    assert listed.loc[growth.id, "has_results"] and listed.loc[growth.id, "result_version"] == 1
    assert not listed.loc[repair.id, "has_results"]
    result = store.read_results(growth.id)
    assert result.scenario.name == "Crecimiento" and result.kpis["new_systems"] == 10
    assert result.kpis["treatment_fixes"] == 20
    layers = scenario_layers()
    assert layers and {layer.customProperty("aguaperu/scenario_id") for layer in layers} == {growth.id}
    assert page.selected_id() == repair.id  # the user's selection is left alone


def test_compare_side_by_side_then_reopen_the_project(page, qtbot, tmp_path):
    growth, _ = two_scenarios(page)
    for row in range(page.list.count()):
        item = page.list.item(row)
        if item.flags() & Qt.ItemIsUserCheckable:
            item.setCheckState(Qt.Checked)
    page.run_ticked()
    qtbot.waitUntil(lambda: page.task is None, timeout=600_000)
    maps = [layer for layer in scenario_layers() if "districts_" in layer.source()]
    assert len(maps) == 3
    style_output(maps[0], "unserved", 0.0, [1.0, 2.0, 3.0])  # as if run alone, with classes of its own
    page.compare()  # in a task: the dock stays responsive
    assert page.task is not None and page.comparison is None
    qtbot.waitUntil(lambda: page.task is None, timeout=600_000)
    dialog = page.comparison
    assert dialog is not None and dialog.isVisible(), page.status.text()
    columns = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    split = ("Δ {0}", "Δ {0}\nby assumptions", "Δ {0}\nby the plan")
    assert columns == [
        "Baseline",
        *("Crecimiento", *(words.format("Crecimiento") for words in split)),
        *("Rehabilitación", *(words.format("Rehabilitación") for words in split)),
    ]
    rows = [dialog.table.verticalHeaderItem(r).text() for r in range(dialog.table.rowCount())]

    def cell(row: str, column: str) -> str:
        return dialog.table.item(rows.index(row), columns.index(column)).text()

    assert cell("New systems", "Δ Crecimiento") == cell("New systems", split[2].format("Crecimiento")) == "+10"
    assert cell("New systems", split[1].format("Crecimiento")) == "0"  # growth builds no system: the plan does
    assert cell("Population", split[2].format("Crecimiento")) == "0"  # the plan moves nobody: growth does
    assert cell("Population", split[1].format("Crecimiento")) == cell("Population", "Δ Crecimiento") != "0"
    assert cell("Population served", split[2].format("Crecimiento")).startswith("+")
    # Rehabilitación has no growth, no climate: all of its change is the plan's
    for row in rows:
        assert cell(row, split[1].format("Rehabilitación")) in ("0", "0.0 pp", "S/ 0", "–"), row
    repaired = cell("Population without water", "Δ Rehabilitación")
    assert float(repaired.replace(",", "")) <= 0  # rehabilitation never leaves more people without water
    assert cell("Share served", "Baseline").endswith(" %")
    assert len(dialog.canvases) == 2 and page.chart is not None
    # the baseline and the scenario side by side, with the same classes, and a legend under each map
    assert [chooser.currentText() for chooser in dialog.choosers] == ["Baseline", "Crecimiento"]
    left_ranges, right_ranges = ([r.upperValue() for r in c.layers()[0].renderer().ranges()] for c in dialog.canvases)
    assert left_ranges == right_ranges and len(left_ranges) >= 3
    for layer in maps:  # the project's maps of the compared scenarios now share those classes too
        assert [r.upperValue() for r in layer.renderer().ranges()] == left_ranges, layer.name()
    assert all(legend.count() == len(left_ranges) + 1 for legend in dialog.legends)  # title, then each class
    # the difference layer lies at the bottom of its group, its "no change" class transparent
    group = QgsProject.instance().layerTreeRoot().findGroup(SCENARIOS_GROUP)
    assert group.children()[-1].layer().name() == "Rehabilitación − baseline: share served (points)"
    # the two maps follow each other
    left, right = dialog.canvases
    extent = left.extent()
    extent.scale(0.5)
    left.setExtent(extent)
    assert right.extent().center().x() == pytest.approx(left.extent().center().x(), abs=1e-6)
    dialog.resize(1400, 900)
    for canvas in dialog.canvases:  # maps render in the background: wait for them before the screenshot
        with qtbot.waitSignal(canvas.mapCanvasRefreshed, timeout=30_000):
            canvas.refresh()
    assert right.extent().width() == pytest.approx(left.extent().width(), rel=1e-3)  # still together after a resize
    (ROOT / "build").mkdir(exist_ok=True)
    dialog.grab().save(str(ROOT / "build" / "scenario_comparison.png"))

    # the comparison report: a page per scenario, then the comparison page, in Spanish (the map language)
    report = ROOT / "build" / "informe_escenarios_prueba.pdf"
    report.unlink(missing_ok=True)
    page.export_report(str(report))
    qtbot.waitUntil(lambda: page.task is None, timeout=120_000)
    assert report.is_file(), page.status.text()
    info = subprocess.run(["pdfinfo", str(report)], capture_output=True, text=True, check=True).stdout
    text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True, check=True).stdout
    moved = text.count("Leyenda en la página siguiente")  # a legend too long for its page gets a page of its own
    assert re.search(rf"^Pages:\s+{5 + moved}$", info, re.MULTILINE), info  # 3 scenarios, then 2 comparisons
    for words in ("Δ total", "Δ supuestos", "Δ plan"):  # each change split into assumptions and plan
        assert text.count(words) == 2
    for words in ("Escenario: Crecimiento", "Escenario: Rehabilitación", "Comparación con la línea base: Crecimiento"):
        assert words in text
    for words in ("Población sin agua", "Sistemas nuevos", "Costo (S/)", "Leyenda", "Fuente:"):
        assert text.count(words) >= 5  # every row of the KPI table on every page
    assert "+10" in text  # the 10 optimised sites of Crecimiento, as a difference

    kpis = page.store().read_results(growth.id).kpis
    project = QgsProject.instance()
    path = tmp_path / "plan.qgz"
    assert project.write(str(path))
    store_path = page.store_path()
    page.comparison.close()
    page.comparison = None
    project.clear()
    assert project.read(str(path))
    assert page.store_path() == store_path
    assert page.list.count() == 3
    # the comparison comes back with the project, computed again from its store in a task
    qtbot.waitUntil(lambda: page.task is None and page.comparison is not None, timeout=600_000)
    restored = [
        page.comparison.table.horizontalHeaderItem(c).text() for c in range(page.comparison.table.columnCount())
    ]
    assert restored == columns
    again = page.store().read_results(growth.id).kpis
    assert again.keys() == kpis.keys()
    assert all(again[k] == pytest.approx(v, nan_ok=True) for k, v in kpis.items())
