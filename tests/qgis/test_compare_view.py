"""The comparison window's pieces: numbers in the user's locale (integers as integers, shares as percentages,
changes with their sign), the columns that split each change into assumptions and plan, and a difference layer
placed under the scenarios' maps with its "no change" class transparent."""

import math

import pandas as pd
import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QTableWidget

from aguaperu.aguaperu_plugin.gui.compare_view import (
    comparison_columns,
    comparison_rows,
    fill_kpi_table,
    format_kpi,
    place_difference_layer,
)
from aguaperu.aguaperu_plugin.layers import add_output
from aguaperu.aguaperu_plugin.styling import OUTPUTS
from aguaperu.core.scenarios.kpis import KPIS

KPI = {kpi.key: kpi for kpi in KPIS}
SPANISH, ENGLISH = "es", "en"


def test_numbers_follow_the_locale():
    assert format_kpi(KPI["served_share"], 0.8823, language=SPANISH) == "88,2 %"
    assert format_kpi(KPI["served_share"], 0.8823, language=ENGLISH) == "88.2 %"
    assert format_kpi(KPI["served_share"], 0.021, "plan", language=SPANISH) == "+2,1 pp"
    assert format_kpi(KPI["population"], 6163537.4, language=SPANISH) == "6\u202f163\u202f537"
    assert format_kpi(KPI["population"], 6163537.4, "diff", language=ENGLISH) == "+6,163,537"
    assert format_kpi(KPI["new_systems"], 40, "plan", language=SPANISH) == "+40"
    assert format_kpi(KPI["unserved"], -0.2, "assumptions", language=SPANISH) == "0"  # no "-0"
    assert format_kpi(KPI["cost"], 60_000_000, language=SPANISH) == "S/ 60\u202f000\u202f000"
    assert format_kpi(KPI["cost"], -1500, "plan", language=ENGLISH) == "-S/ 1,500"
    assert format_kpi(KPI["cost"], math.nan, language=SPANISH) == "–"


def test_each_change_is_split_into_assumptions_and_plan():
    names = ["Línea base", "Plan"]
    table = pd.DataFrame(
        {
            "kpi": ["served", "unserved"],
            "Línea base": [100.0, 50.0],
            "Plan": [130.0, 20.0],
            "Plan_diff": [30.0, -30.0],
            "Plan_assumptions": [10.0, 5.0],
            "Plan_plan": [20.0, -35.0],
        }
    )
    columns = comparison_columns(names)
    assert [column.part for column in columns] == [None, None, "diff", "assumptions", "plan"]
    rows = comparison_rows(table, [KPI["served"], KPI["unserved"], KPI["cost"]], {"served": "Servida"}, names)
    assert [label for _, label, _ in rows] == ["Servida", "unserved"]  # a KPI absent from the table is left out
    widget = QTableWidget()
    fill_kpi_table(widget, rows, columns)
    assert [widget.item(1, c).text() for c in range(5)] == ["50", "20", "-30", "+5", "-35"]
    better, worse = widget.item(1, 4).background().color(), widget.item(1, 3).background().color()
    assert better != worse  # less without water thanks to the plan: good; more because of growth: bad
    old = comparison_rows(table.drop(columns=["Plan_assumptions", "Plan_plan"]), [KPI["served"]], {}, names)
    assert math.isnan(old[0][2]["Plan_plan"])  # results stored before the split: shown as "–"


def test_the_difference_layer_lies_below_and_lets_the_rest_show(qgis_new_project):
    project = QgsProject.instance()
    scenario = QgsVectorLayer("Polygon?crs=EPSG:4326&field=unserved:double", "escenario", "memory")
    add_output(project, scenario, "unserved", 0.0, [1.0, 2.0, 3.0])
    difference = QgsVectorLayer("Polygon?crs=EPSG:4326&field=served_share_diff_pp:double", "diferencia", "memory")
    difference = add_output(project, difference, "served_share_diff_pp", -3.0, [-2.0, -1.0, 1.0, 2.0, 3.0])
    group = project.layerTreeRoot().findGroup(OUTPUTS["served_share_diff_pp"].group)
    assert group.children()[0].layer() is difference  # a new output lands on top
    place_difference_layer(project, difference)
    assert [node.layer().name() for node in group.children()][-1] == "diferencia"
    ranges = difference.renderer().ranges()
    middle = next(r for r in ranges if r.lowerValue() <= 0 <= r.upperValue())
    assert middle.symbol().color().alpha() == 0
    assert all(r.symbol().color().alpha() == 255 for r in ranges if r is not middle)
    assert len(ranges) == 5 and ranges[0].lowerValue() == pytest.approx(-3.0)
