"""The real QGIS 3.40 desktop, under Xvfb, with the plugin installed from its zip into a clean profile."""

from pathlib import Path

import pytest
from PyQt5.QtGui import QImage

from scripts.make_zip import make_zip
from scripts.qgis_desktop import deploy_profile, run_qgis

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
SMOKE_CODE = Path(__file__).resolve().parent / "smoke_code.py"
DEMO_CODE = Path(__file__).resolve().parent / "demo_code.py"
MODELS_CODE = Path(__file__).resolve().parent / "models_code.py"
POVERTY_CODE = Path(__file__).resolve().parent / "poverty_code.py"
CRITICAL = 2  # Qgis.MessageLevel.Critical


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory) -> Path:
    return make_zip(tmp_path_factory.mktemp("zip") / "aguaperu.zip")


QGIS_OWN_NETWORK = "News feed request failed"  # the welcome page's feed: QGIS's, not the plugin's (see notes)


def python_errors(messages: list[dict]) -> list[dict]:
    """Python errors and warnings, critical messages, and any failed attempt to reach the network."""
    return [
        m
        for m in messages
        if m["tag"].startswith("Python")
        or m["level"] == CRITICAL
        or ("request failed" in m["message"].lower() and not m["message"].startswith(QGIS_OWN_NETWORK))
    ]


def distinct_colours(image: QImage, step: int = 25) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def fresh_screenshot(name: str) -> Path:
    """``build/desktop_<name>.png``, removed so that a run that takes none cannot pass on an old one."""
    path = ROOT / "build" / f"desktop_{name}.png"
    path.parent.mkdir(exist_ok=True)
    path.unlink(missing_ok=True)
    return path


def assert_clean_run_with_screenshot(run, screenshot: Path, colours: int = 40) -> None:
    """Nothing went wrong in Python or reached for the network, and the screenshot shows a drawn screen."""
    assert python_errors(run.messages) == []
    assert run.result["screenshot_saved"] is True
    assert distinct_colours(QImage(str(screenshot))) > colours


def test_desktop_starts_with_plugin_and_opens_dock(tmp_path, plugin_zip):
    deploy_profile(tmp_path, "smoke", plugin_zip)
    screenshot = fresh_screenshot("smoke")

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


def test_load_demo_from_the_data_page_shows_styled_layers(tmp_path, plugin_zip):
    deploy_profile(tmp_path, "demo", plugin_zip)
    screenshot = fresh_screenshot("demo")

    run = run_qgis(tmp_path, "demo", DEMO_CODE, env={"AGUAPERU_SCREENSHOT": str(screenshot)}, timeout=400)

    assert run.returncode == 0, run.output[-4000:]
    result = run.result
    assert result["task_started"] is True
    layers = result["layers"]
    assert layers["Districts (demo)"] == "singleSymbol"
    assert layers["Water systems (demo)"] == "categorizedSymbol"
    rasters = {name: kind for name, kind in layers.items() if kind == "singlebandpseudocolor"}
    assert set(rasters) >= {"night_lights", "ndvi", "population_density"}
    assert result["report_counts"]["error"] == 0
    assert_clean_run_with_screenshot(run, screenshot)


def test_water_risk_from_the_models_page_on_the_shared_data(tmp_path, plugin_zip):
    deploy_profile(tmp_path, "models", plugin_zip)
    screenshot = fresh_screenshot("models")
    env = {"AGUAPERU_SCREENSHOT": str(screenshot), "AGUAPERU_DATA": str(SHARED)}

    run = run_qgis(tmp_path, "models", MODELS_CODE, env=env, timeout=400)

    assert run.returncode == 0, run.output[-4000:]
    result = run.result
    assert result["task_started"] is True
    assert result["layers"]["Water-quality risk of systems"] == 6076
    assert result["layers"]["Population served by high-risk systems"] == 876
    assert result["charts"] == ["aguaperu_calibration_chart", "aguaperu_importance_chart"]
    assert_clean_run_with_screenshot(run, screenshot)


def test_poverty_and_hotspots_from_the_models_page_on_the_shared_data(tmp_path, plugin_zip):
    deploy_profile(tmp_path, "poverty", plugin_zip)
    screenshot = fresh_screenshot("poverty")
    env = {"AGUAPERU_SCREENSHOT": str(screenshot), "AGUAPERU_DATA": str(SHARED)}

    run = run_qgis(tmp_path, "poverty", POVERTY_CODE, env=env, timeout=400)

    assert run.returncode == 0, run.output[-4000:]
    result = run.result
    assert result["poverty_started"] is True and result["hotspots_started"] is True
    assert result["layers"]["Poverty (predicted, %)"] == 1874
    assert result["renderers"]["Poverty (predicted, %)"] == "graduatedSymbol"
    assert result["layers"]["Hotspots of poverty (%) (Gi*)"] == 1874
    assert result["renderers"]["Hotspots of poverty (%) (Gi*)"] == "categorizedSymbol"
    assert result["charts"] == ["aguaperu_observed_predicted_chart", "aguaperu_importance_chart"]
    assert result["hotspot_field"] == "poverty_pct"
    assert_clean_run_with_screenshot(run, screenshot)


CHILD_CODE = Path(__file__).resolve().parent / "child_code.py"


def test_child_risk_from_the_models_page_on_the_shared_data(tmp_path, plugin_zip):
    deploy_profile(tmp_path, "child", plugin_zip)
    screenshot = fresh_screenshot("child")
    env = {"AGUAPERU_SCREENSHOT": str(screenshot), "AGUAPERU_DATA": str(SHARED)}

    run = run_qgis(tmp_path, "child", CHILD_CODE, env=env, timeout=400)

    assert run.returncode == 0, run.output[-4000:]
    result = run.result
    assert result["started"] is True
    index = next(name for name in result["layers"] if name.startswith(("Child-risk index", "Índice de riesgo")))
    assert result["layers"][index] == 1874 and result["renderers"][index] == "graduatedSymbol"
    assert result["areas"] == 1874
    assert result["chart"] == "aguaperu_child_comparison_chart"
    assert "≥" in result["details"]  # the interventions name their triggers ("anaemia 54.8 % ≥ 40")
    assert_clean_run_with_screenshot(run, screenshot)


SCENARIOS_CODE = Path(__file__).resolve().parent / "scenarios_code.py"


def test_two_scenarios_and_the_baseline_on_all_of_peru_compared_side_by_side(tmp_path, plugin_zip):
    deploy_profile(tmp_path, "scenarios", plugin_zip)
    screenshot = fresh_screenshot("scenarios")
    env = {
        "AGUAPERU_SCREENSHOT": str(screenshot),
        "AGUAPERU_DATA": str(SHARED),
        "AGUAPERU_EXAMPLES": str(ROOT / "resources" / "scenarios"),
    }

    run = run_qgis(tmp_path, "scenarios", SCENARIOS_CODE, env=env, timeout=1000)

    assert run.returncode == 0, run.output[-4000:]
    result = run.result
    assert result["started"] is True and result["compared"] is True
    # baseline, then per scenario: its value, its change, the change by its assumptions and by its plan
    assert len(result["columns"]) == 9 and "Δ" in result["columns"][2] and "\n" in result["columns"][3]
    rows = result["rows"]
    population = next(values for label, values in rows.items() if label in ("Population", "Población"))
    assert float(population[0].replace(",", "")) > 30_000_000  # all of Peru
    new = next(values for label, values in rows.items() if label in ("New systems", "Sistemas nuevos"))
    assert new[2] == new[4] == "+40" and new[3] == "0"  # crecimiento_15: 40 optimised sites, all of them the plan's
    assert_clean_run_with_screenshot(run, screenshot)
