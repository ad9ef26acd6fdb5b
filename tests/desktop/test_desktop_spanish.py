"""Nothing in English, in the real QGIS 3.40 desktop in Spanish (issue 20, acceptance 2): the dock at its
default width after each model runs on the shared data, the scenario comparison window and an identify of a
district show Spanish texts only (the texts are read from the widgets; the screenshots go to build/espanol/)."""

import json
import re
import shutil
from pathlib import Path

from PyQt5.QtGui import QImage

from scripts.qgis_desktop import deploy_profile, run_qgis
from tests.desktop.test_desktop_smoke import distinct_colours, plugin_zip, python_errors  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
CODE = Path(__file__).resolve().parent / "spanish_code.py"
SHOTS = ROOT / "build" / "espanol"

# words that are English and never Spanish, nor a place or a source's name in the shared data
ENGLISH = set(
    "the of and with by from for is are was were this that these which without within between against "
    "water risk systems system district districts province provinces department population served share "
    "forecast children child poverty stunting anaemia untreated treatment works working chlorination "
    "points point high low medium mean average total change growth assumptions baseline scenario "
    "people new failed cancelled demand flow flows hours areas area index drivers triggered interventions "
    "source estimated observed predicted importance calibration capital lon lat pct".split()
)
WORD = re.compile(r"[A-Za-zÁÉÍÓÚÑáéíóúñü]+")


QUOTED = re.compile(r"«[^»]*»")  # a file's column names, quoted as names


def english_words(text: str) -> set[str]:
    """The words of ``text`` (split at anything but letters, ``population_served`` too) that are English; a
    column name quoted «like_this» is a name, not a word."""
    return {word for word in WORD.findall(QUOTED.sub(" ", text)) if word.lower() in ENGLISH}


def cited(text: str) -> list[str]:
    """The lines of ``text`` but the sources cited ("Fuente: WHO (2016) Guideline: …"): a publication keeps the
    title it was published with."""
    return [line for line in text.splitlines() if not line.strip().startswith("Fuente:")]


def test_the_detector_finds_english_and_passes_spanish():
    assert english_words("Población servida: 88,2 %") == set()
    assert english_words("Desnutrición crónica (percentil 99) en Ayacucho") == set()
    assert english_words("stunting p99") == {"stunting"}
    assert english_words("population_served") == {"population", "served"}
    assert english_words("Promedio de child_risk_index") == {"child", "risk", "index"}
    assert english_words("CSV con las columnas «area», «capacity_m3»") == set()


def test_a_planners_day_shows_no_english(tmp_path, plugin_zip):  # noqa: F811
    deploy_profile(tmp_path, "espanol", plugin_zip, locale="es")
    shots = tmp_path / "shots"
    shots.mkdir()
    env = {
        "AGUAPERU_DATA": str(SHARED),
        "AGUAPERU_SHOTS": str(shots),
        "AGUAPERU_EXAMPLES": str(ROOT / "resources" / "scenarios"),
    }

    run = run_qgis(tmp_path, "espanol", CODE, env=env, timeout=1800)

    assert run.returncode == 0, run.output[-4000:]
    assert python_errors(run.messages) == []
    result = run.result
    SHOTS.mkdir(parents=True, exist_ok=True)
    for shot in shots.glob("*.png"):
        shutil.copy(shot, SHOTS / shot.name)
    steps = ["modelo_riesgo_agua", "modelo_pobreza", "modelo_riesgo_infantil", "modelo_demanda", "escenarios"]
    steps.append("comparacion")
    assert list(result["texts"]) == [*steps, "identificar_distrito"]
    for shot in result["shots"]:
        assert distinct_colours(QImage(str(shots / shot))) > 40, shot
    found = {
        step: sorted({(word, line[:80]) for text in texts for line in cited(text) for word in english_words(line)})
        for step, texts in result["texts"].items()
    }
    english = {step: words for step, words in found.items() if words}
    (SHOTS / "ingles.json").write_text(json.dumps(english, ensure_ascii=False, indent=1), encoding="utf-8")
    assert english == {}
    (SHOTS / "anchos.json").write_text(json.dumps(result["too_wide"], indent=1), encoding="utf-8")
    assert {step: rows for step, rows in result["too_wide"].items() if rows} == {}  # nothing cut at the right
    assert result["compared"] and result["identified_layer"]
    assert len(result["identify"]) > 10  # the district's attributes, by their Spanish aliases
    assert not {word for text in result["identify"] for word in english_words(text)}
