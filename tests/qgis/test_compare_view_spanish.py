"""The scenario comparison window in a Spanish QGIS, on real data (Ayacucho): every KPI row of the chart keeps its
label on the axis, the chart's title and legend lie outside the plotted bars, and every number (the window's table,
the dock's table, the printed report's rows) is written the Spanish way: thousands apart, a decimal comma, changes
with their sign, shares in % and their changes in points, money in soles."""

import re
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QRect, Qt
from qgis.PyQt.QtGui import QImage, QPainter
from qgis.PyQt.QtWidgets import QLabel

from aguaperu.aguaperu_plugin.gui.compare_view import comparison_rows, split_chart
from aguaperu.aguaperu_plugin.gui.dock import DEFAULT_WIDTH
from aguaperu.aguaperu_plugin.gui.scenarios_page import ScenariosPage
from aguaperu.aguaperu_plugin.printing.scenario_report import scenario_pages
from aguaperu.aguaperu_plugin.toolbelt.i18n import install_translator
from aguaperu.core.scenarios import Scenario
from aguaperu.core.scenarios.kpis import DOCK, shown
from aguaperu.core.scenarios.model import Growth, Plan

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
DEPARTMENT = ["05"]  # Ayacucho: the whole method on real data, in seconds
SCREENSHOT = Path("/tmp/aguaperu_compare_view_es.png")
GROUP = "\u202f"  # the Spanish thousands separator of toolbelt.i18n.number (a narrow no-break space)
NUMBER = re.compile(r"^[+-]?(S/ )?\d{1,3}(\u202f\d{3})*(,\d+)?( %| p\. p\.)?$")  # "+4 938 277", "88,2 %", "S/ 0"
ENGLISH = re.compile(r"\b(the|baseline|by its|by assumptions|by the plan|Population|served|without)\b")


@pytest.fixture()
def spanish(spanish_locale):
    translator = install_translator("es")
    assert translator is not None, "i18n/aguaperu_es.qm is missing: make i18n"
    yield
    QgsApplication.removeTranslator(translator)


@pytest.fixture()
def page(spanish, qgis_iface, qgis_new_project, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(ScenariosPage, "output_folder", lambda self: tmp_path)
    widget = ScenariosPage(qgis_iface)
    qtbot.addWidget(widget)
    widget.use_data_folder(SHARED)
    return widget


def compared_in_spanish(page, qtbot):
    """Baseline, "crecimiento 15 %" (growth and a plan) and "rehabilitación" (a plan only), run and compared."""
    store = page.store()
    base = store.load(page.baseline_id())
    store.update(base.copy(departments=DEPARTMENT))
    plan = Plan(rehabilitate={"top": 15}, fix_treatment={"top": 20})
    store.create(
        Scenario(
            name="crecimiento 15 %", horizon_year=2030, departments=DEPARTMENT, growth=Growth(total_pct=15.0), plan=plan
        )
    )
    store.create(Scenario(name="rehabilitación", departments=DEPARTMENT, plan=Plan(rehabilitate={"top": 30})))
    page.refresh()
    for row in range(page.list.count()):
        item = page.list.item(row)
        if item.flags() & Qt.ItemIsUserCheckable:
            item.setCheckState(Qt.Checked)
    page.run_ticked()
    qtbot.waitUntil(lambda: page.task is None, timeout=600_000)
    page.compare()
    qtbot.waitUntil(lambda: page.task is None, timeout=600_000)
    assert page.comparison is not None, page.status.text()
    return page.comparison


def drawn_ticks(axis) -> list[str]:
    """The labels pyqtgraph really draws on ``axis`` (it leaves out a label wider than the axis), lines joined."""
    image = QImage(axis.boundingRect().size().toSize(), QImage.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text.replace("\n", " ") for _, _, text in texts]


def rectangle(widget, ancestor) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


def cells(table) -> dict:
    """``{(row label, column header): text}`` of a KPI table."""
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    columns = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return {(row, column): table.item(r, c).text() for r, row in enumerate(rows) for c, column in enumerate(columns)}


def value(text: str) -> float:
    digits = re.sub(r"[^0-9,+-]", "", text.replace("S/", "")).replace(",", ".")
    return float(digits)


def assert_spanish_numbers(table):
    written = cells(table)
    assert len(written) > 50
    for (row, column), text in written.items():
        if text == "–":
            continue
        assert NUMBER.match(text), (row, column, text)
        if abs(value(text)) >= 1000:
            assert GROUP in text, (row, column, text)
        assert "." not in text.replace("p. p.", ""), (row, column, text)  # no decimal point, no dotted thousands
    baseline = table.horizontalHeaderItem(0).text()
    assert re.fullmatch(r"\d{2},\d %", written[("Proporción servida", baseline)])
    assert re.fullmatch(r"S/ \d[\d\u202f]*", written[("Costo (S/)", baseline)])
    population = written[("Población", baseline)]
    assert GROUP in population and "," not in population  # an integer, written as one
    change = written[("Población", "Δ crecimiento 15 %")]
    assert change.startswith("+") and change == written[("Población", "Δ crecimiento 15 %\npor supuestos")]
    assert written[("Población", "Δ crecimiento 15 %\npor el plan")] == "0"  # the plan moves nobody
    assert written[("Proporción servida", "Δ rehabilitación\npor supuestos")] == "0,0 p. p."


def test_comparison_window_reads_right_in_spanish(page, qtbot, tmp_path):
    dialog = compared_in_spanish(page, qtbot)
    dialog.resize(1400, 1050)
    qtbot.waitExposed(dialog)
    for canvas in dialog.canvases:  # maps render in the background: wait for them before the screenshot
        with qtbot.waitSignal(canvas.mapCanvasRefreshed, timeout=30_000):
            canvas.refresh()
    dialog.grab().save(str(SCREENSHOT))

    assert dialog.windowTitle() == "AguaPerú: comparación de escenarios"
    assert dialog.width() == 1400  # no line of text widens the window
    assert dialog.table.viewport().height() >= 4 * dialog.table.rowHeight(0)  # the chart leaves the table room
    words = [label.text() for label in dialog.findChildren(QLabel)] + [
        dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())
    ]
    chooser, legend = dialog.choosers[1], dialog.legends[1]
    for index in range(chooser.count()):  # every map the window offers (the differences too), with its legend
        chooser.setCurrentIndex(index)
        words += [chooser.itemText(index)] + [legend.item(row).text() for row in range(legend.count())]
    assert any("línea base: proporción servida (puntos)" in text for text in words)
    assert [text for text in words if ENGLISH.search(text) or re.search(r"\d\.\d", text)] == []
    chooser.setCurrentIndex(1)

    # the chart: every row whose baseline is not zero, each with its label drawn on the axis
    chart = dialog.chart
    written = cells(dialog.table)
    baseline = dialog.table.horizontalHeaderItem(0).text()
    rows = [dialog.table.verticalHeaderItem(r).text() for r in range(dialog.table.rowCount())]
    expected = [row for row in rows if re.search(r"[1-9]", written[(row, baseline)])]
    assert {"Población", "Población sin agua ponderada por necesidad", "Proporción servida"} <= set(expected)
    assert drawn_ticks(chart.plot.getAxis("left")) == expected
    # title above the plot, legend under it: neither covers a bar or a label; both read whole
    title, plot, legend = (rectangle(widget, chart) for widget in (chart.title, chart.plot, chart.legend))
    assert title.bottom() < plot.top() and plot.bottom() < legend.top()
    assert chart.title.text() == "Cambio respecto de la línea base (%)"
    assert chart.title.height() >= chart.title.heightForWidth(chart.title.width())
    assert chart.legend.height() >= chart.legend.heightForWidth(chart.legend.width())
    legend_text = chart.legend.text()
    for name in ("crecimiento 15 %", "rehabilitación"):
        assert f"{name}: por supuestos" in legend_text and f"{name}: por el plan" in legend_text
    # the dock's chart, narrow: long labels on two lines, one that does not fit elided and whole in the tooltip
    names = page.compared.names
    docked = split_chart(comparison_rows(page.compared.table, shown(DOCK), page.kpi_labels(), names), names)
    qtbot.addWidget(docked)
    assert docked.minimumSizeHint().width() <= DEFAULT_WIDTH - 20  # the dock's width, less its scroll bar
    width = DEFAULT_WIDTH - 20
    docked.resize(width, max(docked.minimumSizeHint().height(), docked.heightForWidth(width)))  # as a page lays it
    docked.show()
    qtbot.waitExposed(docked)
    title, plot, legend = (rectangle(widget, docked) for widget in (docked.title, docked.plot, docked.legend))
    assert title.bottom() < plot.top() and plot.bottom() < legend.top() and legend.bottom() <= docked.height()
    docked.grab().save(str(SCREENSHOT.with_name("aguaperu_compare_dock_chart_es.png")))
    axis = docked.plot.getAxis("left")
    drawn = drawn_ticks(axis)
    assert len(drawn) == len(expected)
    for text, label in zip(drawn, expected, strict=True):
        assert text == label or (text.endswith("…") and label in axis.toolTip().split("\n")), (text, label)
    assert any(text != label for text, label in zip(drawn, expected, strict=True)) == bool(axis.toolTip())
    bottom = drawn_ticks(chart.plot.getAxis("bottom"))
    assert bottom and all(re.fullmatch(r"-?\d+(,\d+)?", text) for text in bottom), bottom

    # numbers: the window's table, the dock's table, the printed report's rows
    assert_spanish_numbers(dialog.table)
    assert_spanish_numbers(page.kpi_table)
    pages = scenario_pages(QgsProject.instance(), page.compared, tmp_path, "es")
    growth = next(p for p in pages if p.title == "Comparación con la línea base: crecimiento 15 %")
    comparison = {row[0]: row[1:] for row in growth.kpis}  # total, by assumptions, by the plan
    assert comparison["Población"][0] == comparison["Población"][1] and comparison["Población"][2] == "0"
    assert GROUP in comparison["Población"][0] and comparison["Población"][0].startswith("+")
    assert re.fullmatch(r"[+-]?\d+,\d p\. p\.", comparison["Proporción servida (%)"][0])
    first = dict(pages[0].kpis)
    assert GROUP in first["Población"] and re.fullmatch(r"\d{2},\d", first["Proporción servida (%)"])
