"""The real QGIS 3.40 desktop, under Xvfb, with the plugin installed from its zip into a clean profile."""

from pathlib import Path

import pytest
from PyQt5.QtGui import QImage

from scripts.make_zip import make_zip
from scripts.qgis_desktop import deploy_profile, run_qgis

ROOT = Path(__file__).resolve().parents[2]
SMOKE_CODE = Path(__file__).resolve().parent / "smoke_code.py"
CRITICAL = 2  # Qgis.MessageLevel.Critical


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory) -> Path:
    return make_zip(tmp_path_factory.mktemp("zip") / "aguaperu.zip")


def python_errors(messages: list[dict]) -> list[dict]:
    return [m for m in messages if m["tag"].startswith("Python") or m["level"] == CRITICAL]


def distinct_colours(image: QImage, step: int = 25) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def test_desktop_starts_with_plugin_and_opens_dock(tmp_path, plugin_zip):
    deploy_profile(tmp_path, "smoke", plugin_zip)
    screenshot = ROOT / "build" / "desktop_smoke.png"
    screenshot.parent.mkdir(exist_ok=True)
    screenshot.unlink(missing_ok=True)

    options_screenshot = ROOT / "build" / "desktop_options.png"
    run = run_qgis(
        tmp_path,
        "smoke",
        SMOKE_CODE,
        env={"AGUAPERU_SCREENSHOT": str(screenshot), "AGUAPERU_OPTIONS_SCREENSHOT": str(options_screenshot)},
    )

    assert run.returncode == 0, run.output[-4000:]
    result = run.result
    assert result["qgis_version"].startswith("3.40"), result
    assert "aguaperu" in result["active_plugins"], run.output[-4000:]
    assert result["menu_title"] == "AguaPerú"
    assert result["provider"] is True
    assert result["dock_visible"] is True
    assert result["pages"] == ["Data", "Models", "Scenarios", "Maps"]
    assert result["options_page_visible"] is True
    # the message recorder works (it saw our sentinel), and nothing went wrong in Python
    assert any(m["message"] == "smoke-sentinel" for m in run.messages)
    assert python_errors(run.messages) == []
    assert "Traceback" not in run.output
    assert result["screenshot_saved"] is True
    image = QImage(str(screenshot))
    assert (image.width(), image.height()) == (1920, 1080)
    assert distinct_colours(image) > 20, "the screenshot is blank"


def test_zip_loads_in_clean_profile_in_spanish(tmp_path, plugin_zip):
    deploy_profile(tmp_path, "es", plugin_zip, locale="es")

    run = run_qgis(tmp_path, "es", SMOKE_CODE)

    assert run.returncode == 0, run.output[-4000:]
    assert "aguaperu" in run.result["active_plugins"]
    assert run.result["dock_title"] == "AguaPerú"
    assert run.result["pages"] == ["Datos", "Modelos", "Escenarios", "Mapas"]
    assert run.result["options_page_visible"] is True
    assert python_errors(run.messages) == []
