"""In Spanish, the child-risk panel, the layer's attributes and the atlas headings show no English id: drivers
as "desnutrición crónica (percentil 99)", triggers as "anemia 50,0 % ≥ 40 (+10,0 puntos)", numbers with a
decimal comma, every label through ``tr``; the atlas table names its field by its alias, counts as integers.

The compiled translation (i18n/aguaperu_es.qm) is installed, and under it a recording translator answers the
strings this part added (the lead compiles them into the .qm at the end): a label that bypassed ``tr`` would stay
English and fail the checks. The child model runs on the shared data at province level (196 provinces)."""

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
from qgis.PyQt.QtCore import QTranslator
from qgis.PyQt.QtWidgets import QTextBrowser

from aguaperu.aguaperu_plugin.child_texts import INDICATOR_NAMES, localised_areas, trigger_text
from aguaperu.aguaperu_plugin.gui.child_section import ChildSection
from aguaperu.aguaperu_plugin.toolbelt.i18n import CONTEXT, install_translator
from aguaperu.core.models.child_risk import predict, read_rules

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
OUT = Path(__file__).resolve().parents[2] / "build" / "screenshots"
NEW_STRINGS = {  # what the report hands the lead for i18n/aguaperu_es.ts (the @default context)
    "stunting": "desnutrición crónica",
    "anaemia": "anemia",
    "stunting, upper bound of the 90 % interval": "desnutrición crónica, límite superior del intervalo del 90 %",
    "anaemia, upper bound of the 90 % interval": "anemia, límite superior del intervalo del 90 %",
    "poverty": "pobreza",
    "population served by high-risk water systems": "población servida por sistemas de agua de alto riesgo",
    "child-risk index": "índice de riesgo infantil",
    "{0} {1} {2} {3} ({4} points)": "{0} {1} {2} {3} ({4} puntos)",
    "{0} and {1}": "{0} y {1}",
    "{0} (percentile {1})": "{0} (percentil {1})",
}
ENGLISH_IDS = re.compile(r"stunting p\d|anaemia p\d|water risk p\d|_pct|_hi90|child_risk_index|points|>=|\d\.\d")


class Recording(QTranslator):
    """Answers ``NEW_STRINGS`` (plugin context) and records every source text looked up in that context."""

    def __init__(self):
        super().__init__()
        self.asked = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == CONTEXT:
            self.asked.add(source)
        return NEW_STRINGS.get(source) if context == CONTEXT else None  # None: not here, ask the .qm

    def isEmpty(self):
        return False


@pytest.fixture(scope="module")
def provinces():
    frame, recommendations, card = predict(SHARED, "province", language="es")  # as the plugin runs it in Spanish
    return SimpleNamespace(frame=frame, recommendations=recommendations, card=card, level="province", year=2019)


@pytest.fixture()
def spanish(spanish_locale):
    real = install_translator("es")
    assert real is not None, "i18n/aguaperu_es.qm is missing: make i18n"
    recording = Recording()
    QgsApplication.installTranslator(recording)  # asked first; the .qm answers what it leaves
    yield recording
    QgsApplication.removeTranslator(recording)
    QgsApplication.removeTranslator(real)


def two_condition_area(result) -> str:
    """A province with drivers and a two-condition rule fired (R04, R07 or R08), highest index first."""
    rules = result.recommendations
    paired = set(rules.loc[rules["and_indicator"] != "", "ubigeo"])
    frame = result.frame.sort_values("child_risk_index", ascending=False)
    return next(
        code for code, drivers in zip(frame["ubigeo"], frame["drivers"], strict=True) if code in paired and drivers
    )


def test_the_panel_reads_in_spanish_from_structured_data(provinces, spanish, qtbot):
    section = ChildSection(page=None)
    qtbot.addWidget(section)
    section.result = provinces
    ubigeo = two_condition_area(provinces)
    html = section.area_html(ubigeo)
    section.details.setHtml(html)
    text = section.details.toPlainText()

    row = provinces.frame.set_index("ubigeo").loc[ubigeo]
    assert row["drivers"].startswith(("stunting p", "anaemia p", "poverty p", "water risk p"))  # core's stable ids
    assert not ENGLISH_IDS.search(text), ENGLISH_IDS.search(text)
    assert "(percentil " in text and " ≥ " in text and " puntos)" in text and " y " in text
    first = row["drivers"].split(";")[0]  # e.g. "stunting p99": named in Spanish with the same percentile
    label, rank = first.rsplit(" p", 1)
    column = {"stunting": "stunting_pct", "anaemia": "anemia_pct", "poverty": "poverty_pct"}.get(
        label, "water_risk_pct"
    )
    assert f"{NEW_STRINGS[INDICATOR_NAMES[column]]} (percentil {rank})" in text
    assert f"{row['stunting_pct']:.1f} %".replace(".", ",") in text  # the locale's decimal comma
    mine = provinces.recommendations[provinces.recommendations["ubigeo"] == ubigeo]
    spanish_rules = read_rules().set_index("rule_id")["intervention_es"]
    for rule in mine.itertuples():
        assert trigger_text(rule) in text and spanish_rules[rule.rule_id] in text
        assert f"{rule.value:.1f} %".replace(".", ",") in trigger_text(rule) or rule.indicator == "child_risk_index"
    # every label of the panel was looked up through tr()
    assert {"{0} (percentile {1})", "{0} {1} {2} {3} ({4} points)", "{0} and {1}"} <= spanish.asked
    assert {INDICATOR_NAMES[c] for c in ("stunting_pct", "anemia_pct")} <= spanish.asked

    OUT.mkdir(parents=True, exist_ok=True)
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(html)
    browser.resize(680, 620)
    assert browser.grab().save(str(OUT / "child_panel_es.png"))


def test_panel_drivers_are_core_drivers(provinces):
    """The panel recomputes the drivers from the indicators: the same ones, in the same order, as core's text."""
    from aguaperu.aguaperu_plugin.child_texts import area_drivers
    from aguaperu.core.models.child_risk.index import LABELS

    written = ["; ".join(f"{LABELS[c]} p{p}" for c, p in area) for area in area_drivers(provinces.frame)]
    assert written == provinces.frame["drivers"].tolist()
    assert sum(bool(text) for text in written) > 50


def test_layer_attributes_read_in_spanish(provinces, spanish):
    areas = localised_areas(provinces.frame, provinces.recommendations, "es")
    fired = areas[areas["interventions"] != ""]
    assert len(fired) == provinces.recommendations["ubigeo"].nunique()
    for column in ("drivers", "interventions"):
        for value in areas[column]:
            assert not ENGLISH_IDS.search(value), value
    assert fired["interventions"].str.contains(r"\[[^\]]+ ≥ [^\]]+ puntos\)\]").all()
    assert (provinces.frame.columns == areas.columns).all()  # the same stable columns
    assert provinces.frame["drivers"].str.contains(" p").any()  # core's own text is untouched


def test_atlas_table_names_the_field_by_its_alias(spanish):
    from aguaperu.aguaperu_plugin.layers import new_field
    from aguaperu.aguaperu_plugin.printing.compose import aggregate_kpis

    data = QgsVectorLayer("Point?crs=EPSG:4326", "data", "memory")
    data.dataProvider().addAttributes([new_field("ubigeo", "text"), new_field("child_risk_index")])
    data.updateFields()
    coverage = QgsVectorLayer("Polygon?crs=EPSG:4326", "departments", "memory")
    coverage.dataProvider().addAttributes([new_field("ubigeo", "text")])
    coverage.updateFields()
    for code, value in (("010101", 61.25), ("010102", 70.5), ("020101", 1250.0)):
        feature = QgsFeature(data.fields())
        feature.setAttributes([code, value])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-77, -9)))
        data.dataProvider().addFeature(feature)
    for code in ("01", "02"):
        feature = QgsFeature(coverage.fields())
        feature.setAttributes([code])
        coverage.dataProvider().addFeature(feature)

    spanish_rows = aggregate_kpis(data, "child_risk_index", coverage, "es")
    assert [label for label, _ in spanish_rows] == [
        "Número de elementos",
        "Promedio de índice de riesgo infantil",
        "Máximo de índice de riesgo infantil",
    ]
    count, mean = spanish_rows[0][1], spanish_rows[1][1]
    assert "'2'" in count and "'2,0'" not in count  # counts as integers
    assert "'65,9'" in mean and "'1\u202f250,0'" in mean  # decimal comma, thousands apart
    english = [label for label, _ in aggregate_kpis(data, "child_risk_index", coverage, "en")]
    assert english[1] == "Mean of child-risk index"
