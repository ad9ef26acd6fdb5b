"""Crash safety (issue 10): a job that fails on a bad input reaches the user as a translated critical message in
the message bar, with a details button, and its traceback goes to the "AguaPerú" tab of the log panel; no
exception escapes into QGIS's Python error dialog (``qtbot.captureExceptions`` sees everything raised in Qt
slots and virtual methods, such as ``QgsTask.finished``); the page is usable again and nothing was added.

The inputs are real (the shared data) with one thing wrong each: the water-risk model run on a data folder
without its water systems, the poverty model retrained on a target table without a single number, the child
model given a rule table without its columns, and a map printed to a folder that is a file.
"""

from pathlib import Path

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QMessageBox, QPushButton

from aguaperu.aguaperu_plugin.groups import MODELS_GROUP
from aguaperu.aguaperu_plugin.gui.maps_page import MapsPage
from aguaperu.aguaperu_plugin.gui.models_page import ModelsPage
from aguaperu.aguaperu_plugin.toolbelt.log import LOG_TAG
from aguaperu.core.models.child_risk.privacy import RECORD_COLUMNS

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
FAILED = "AguaPerú no pudo terminar: "  # "AguaPerú could not finish: {0}" in Spanish

pytestmark = pytest.mark.shared_data


@pytest.fixture()
def bar(spanish_locale, plugin, qgis_iface, qgis_new_project):
    """The message bar of QGIS in Spanish (the plugin loaded after the locale is set), empty."""
    bar = qgis_iface.messageBar()
    bar.clearWidgets()
    yield bar
    bar.clearWidgets()


@pytest.fixture()
def log():
    """(message, tag, level) of everything written to the log panel during the test."""
    received = []

    def record(message, tag, level):
        received.append((message, tag, level))

    QgsApplication.messageLog().messageReceived.connect(record)
    yield received
    QgsApplication.messageLog().messageReceived.disconnect(record)


@pytest.fixture()
def models(bar, qgis_iface, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(ModelsPage, "output_folder", lambda self: tmp_path / "salidas")
    page = ModelsPage(qgis_iface)
    qtbot.addWidget(page)
    page.use_data_folder(SHARED)
    return page


def folder_without_water_systems(tmp_path: Path) -> Path:
    """The shared data folder (linked in place) without water/siasar_peru_systems.csv."""
    folder = tmp_path / "datos"
    (folder / "water").mkdir(parents=True)
    for name in ("boundaries", "socioeconomic", "satellite", "child_welfare", "benchmarks"):
        (folder / name).symlink_to(SHARED / name, target_is_directory=True)
    (folder / "water" / "siasar_dictionary.csv").symlink_to(SHARED / "water" / "siasar_dictionary.csv")
    return folder


def water_risk_without_systems(page: ModelsPage, tmp_path: Path) -> str:
    page.use_data_folder(folder_without_water_systems(tmp_path))
    page.run_water_risk()
    # shown translated by its code; core's English sentence stays in the trace
    return "No se indicaron sistemas de agua ni se encontraron en la carpeta de datos.", "No water systems were given"


def retraining_on_a_table_without_numbers(page: ModelsPage, tmp_path: Path) -> str:
    table = tmp_path / "mi_encuesta.csv"
    table.write_text("ubigeo,pobreza_2024\n010101,alta\n010102,baja\n150101,media\n", encoding="utf-8")
    section = page.poverty
    section.target_table.setFilePath(str(table))
    section.target_column.setCurrentText("pobreza_2024")
    section.run_retrain()
    return (
        "Solo 0 distritos de 0 departamentos tienen un valor objetivo",
        "Only 0 districts of 0 departments have a target value",
    )


def child_risk_with_a_broken_rule_table(page: ModelsPage, tmp_path: Path) -> str:
    rules = tmp_path / "reglas.csv"
    rules.write_text("rule_id,indicator\nR01,stunting_pct\n", encoding="utf-8")
    section = page.child
    section.level.setCurrentIndex(section.level.findData("province"))
    section.rules.setFilePath(str(rules))
    section.run_child_risk()
    return "Falta la columna obligatoria 'operator'", "lack the column(s) operator, threshold, intervention"


def reported(bar, log: list, monkeypatch, fragment: str):
    """The one message-bar item of the failure, checked: critical, translated, the error in it and behind its
    details button, and in the log panel at critical level."""
    items = bar.items()
    assert len(items) == 1, [item.text() for item in items]
    item = items[0]
    assert item.level() == Qgis.MessageLevel.Critical
    assert item.title() == "AguaPerú"
    assert item.text().startswith(FAILED) and fragment in item.text()
    button = item.findChild(QPushButton)
    assert button is not None and button.text() == "Detalles…"
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args))
    button.click()
    assert len(shown) == 1 and fragment in shown[0][2]
    ours = [(message, level) for message, tag, level in log if tag == LOG_TAG]
    assert any(item.text() in message and level == Qgis.MessageLevel.Critical for message, level in ours)
    return ours


@pytest.mark.parametrize(
    "fail",
    [water_risk_without_systems, retraining_on_a_table_without_numbers, child_risk_with_a_broken_rule_table],
    ids=["water_risk", "poverty_retrain", "child_risk"],
)
def test_a_failing_model_task_is_reported_in_the_message_bar_with_its_trace_in_the_log(
    fail, models, bar, log, qtbot, tmp_path, monkeypatch
):
    with qtbot.captureExceptions() as exceptions:
        fragment = fail(models, tmp_path)
        assert models.task is not None
        qtbot.waitUntil(lambda: models.task is None, timeout=120_000)
    assert exceptions == []

    shown, traced = fragment if isinstance(fragment, tuple) else (fragment, fragment)
    ours = reported(bar, log, monkeypatch, shown)
    traces = [message for message, _level in ours if message.startswith("Traceback (most recent call last)")]
    assert len(traces) == 1, ours
    assert "InputError: " in traces[0] and traced in traces[0] and "compute" in traces[0]
    for message, _level in ours:  # a failure of the child model says nothing of a child either
        assert not [c for c in RECORD_COLUMNS if c in message.lower().split()], message

    # the page is usable again, and nothing was added or left behind
    assert all(button.isEnabled() for button in models.action_buttons)
    assert models.progress.isHidden() and models.cancel_button.isHidden()
    assert QgsProject.instance().layerTreeRoot().findGroup(MODELS_GROUP) is None
    written = tmp_path / "salidas"
    # complete entries of the jobs' disk cache (``.aguaperu-cache``) may stay: they are not outputs
    left = (
        [p for p in written.rglob("*") if p.is_file() and ".aguaperu-cache" not in p.parts] if written.exists() else []
    )
    assert not left


def test_a_failing_pdf_export_is_reported_in_the_message_bar_and_the_log(bar, log, qgis_iface, qtbot, tmp_path):
    departments = QgsVectorLayer(f"{SHARED}/boundaries/peru_limites_inei2017.gpkg|layername=departamentos", "D", "ogr")
    QgsProject.instance().addMapLayer(departments)
    page = MapsPage(qgis_iface)
    qtbot.addWidget(page)
    blocker = tmp_path / "mapas"
    blocker.write_text("a file where the PDF's folder should be", encoding="utf-8")
    page.output.setFilePath(str(blocker / "mapa.pdf"))
    with qtbot.captureExceptions() as exceptions:
        page.export()
        assert page.task is not None
        qtbot.waitUntil(lambda: page.task is None, timeout=60_000)
    assert exceptions == []

    with pytest.MonkeyPatch.context() as monkeypatch:
        ours = reported(bar, log, monkeypatch, str(blocker))
    traces = [message for message, _level in ours if message.startswith("Traceback (most recent call last)")]
    assert len(traces) == 1 and str(blocker) in traces[0], ours
    assert page.export_button.isEnabled() and page.progress.isHidden()
    assert blocker.read_text(encoding="utf-8").startswith("a file")
    assert not list(tmp_path.glob(".aguaperu-*"))
