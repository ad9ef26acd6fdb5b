"""The dock at its default width in Spanish: every page fits (no horizontal scroll bar), and the screenshots the
bundled user guide shows are taken from it (``AGUAPERU_HELP_IMAGES=1`` writes them to resources/help/es/img)."""

import os
import shutil
from pathlib import Path

from PyQt5.QtGui import QImage

from scripts.qgis_desktop import deploy_profile, run_qgis
from tests.desktop.test_desktop_smoke import distinct_colours, plugin_zip, python_errors  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
CODE = Path(__file__).resolve().parent / "dock_pages_code.py"
HELP_IMAGES = ROOT / "resources" / "help" / "es" / "img"


def test_every_page_fits_the_default_width_in_spanish(tmp_path, plugin_zip):  # noqa: F811
    deploy_profile(tmp_path, "dock", plugin_zip, locale="es")
    shots = tmp_path / "shots"
    shots.mkdir()

    run = run_qgis(tmp_path, "dock", CODE, env={"AGUAPERU_SHOTS": str(shots), "AGUAPERU_DATA": str(SHARED)})

    assert run.returncode == 0, run.output[-4000:]
    assert python_errors(run.messages) == []
    pages = run.result["pages"]
    assert list(pages) == ["data", "models", "scenarios", "maps"]
    for key, page in pages.items():
        assert page["horizontal_scroll"] is False, (key, page)
        image = QImage(str(shots / f"pagina_{key}.png"))
        assert page["dock_width"] <= image.width() <= 1200 and distinct_colours(image, step=10) > 10, key
    assert pages["data"]["inputs"] >= 5  # the shared folder's inputs are listed as soon as it is chosen
    if os.environ.get("AGUAPERU_HELP_IMAGES"):
        for shot in shots.glob("*.png"):
            shutil.copy(shot, HELP_IMAGES / shot.name)


CANCEL_CODE = Path(__file__).resolve().parent / "cancel_code.py"


def test_a_cancelled_validation_is_reported_cancelled_never_failed(tmp_path, plugin_zip):  # noqa: F811
    deploy_profile(tmp_path, "cancel", plugin_zip, locale="es")
    env = {"AGUAPERU_DATA": str(SHARED), "AGUAPERU_SCREENSHOT": str(tmp_path / "cancel.png")}

    run = run_qgis(tmp_path, "cancel", CANCEL_CODE, env=env, timeout=400)

    assert run.returncode == 0, run.output[-4000:]
    result = run.result
    assert result["started"] is True and result["cancelled_while_running"] is True, result
    assert result["status"] == "Cancelado; no se agregó nada."
    assert result["description"].endswith("(cancelado)") or result["description"].endswith("(cancelled)")
    assert not [text for text in result["bar"] if "Falló" in text or "failed" in text.lower()], result["bar"]
