"""Results belong to the project, in the real QGIS 3.40 desktop in Spanish (issue 20, acceptance 1): in a saved
project every model and a scenario comparison write into the project's results folder, a re-run keeps the same
layers, and after QGIS is closed and the project reopened every layer reads from that folder and the summaries,
charts, panels and the comparison are back."""

from pathlib import Path

import pytest

from scripts.make_zip import make_zip
from scripts.qgis_desktop import deploy_profile, run_qgis
from tests.desktop.test_desktop_smoke import assert_clean_run_with_screenshot, fresh_screenshot, python_errors

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
CODE = Path(__file__).resolve().parent / "project_results_code.py"


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory) -> Path:
    return make_zip(tmp_path_factory.mktemp("zip") / "aguaperu.zip")


def plugin_layers(layers: dict, folder: Path) -> dict:
    """The layers that read a file of the results folder: name → [id, file, valid, count] (one per name)."""
    return {name: copies for name, copies in layers.items() if any(Path(c[1]).parent == folder for c in copies)}


def test_every_model_and_a_comparison_come_back_from_the_projects_folder_after_qgis_restarts(tmp_path, plugin_zip):
    deploy_profile(tmp_path, "es", plugin_zip, locale="es")
    project = tmp_path / "planes" / "plan_agua.qgz"
    project.parent.mkdir()
    folder = project.parent / "plan_agua_aguaperu"
    env = {
        "AGUAPERU_DATA": str(SHARED),
        "AGUAPERU_PROJECT": str(project),
        "AGUAPERU_EXAMPLES": str(ROOT / "resources" / "scenarios"),
    }

    first = run_qgis(tmp_path, "es", CODE, env={**env, "AGUAPERU_PHASE": "run"}, timeout=1800)
    assert first.returncode == 0, first.output[-4000:]
    assert python_errors(first.messages) == []
    result = first.result
    assert result["saved"] and result["saved_again"]
    assert result["output_folder"] == str(folder) and result["store"].startswith(str(folder))
    shown = result["shown"]
    assert "6\u202f076 sistemas" in shown["water_risk"] and "1\u202f874 distritos" in shown["poverty"]
    assert shown["child_areas"] > 1000 and shown["child_details"] and shown["demand_areas"] == 10
    assert shown["water_risk_charts"] and shown["poverty_charts"] and shown["child_chart"] and shown["demand_chart"]
    assert result["comparison"]["maps"] == 2 and "Población" in result["comparison"]["rows"]

    # every result of the run is in the folder, once; the re-run of water risk kept its layers and their ids
    before, after = result["before_rerun"], result["after_rerun"]
    assert after == before
    ours = plugin_layers(after, folder)
    assert all(len(copies) == 1 for copies in after.values()), {n: c for n, c in after.items() if len(c) > 1}
    assert len(ours) >= 6  # systems, districts, poverty, child index, baseline and scenario results
    for name, [[_, _, valid, count]] in ours.items():
        assert valid and count > 0, name

    screenshot = fresh_screenshot("project_results")
    again = run_qgis(
        tmp_path, "es", CODE, env={**env, "AGUAPERU_PHASE": "reopen", "AGUAPERU_SCREENSHOT": str(screenshot)}
    )
    assert again.returncode == 0, again.output[-4000:]
    reopened = again.result
    # the same layers, read from the same files of the project's folder
    assert {name: [c[:2] for c in copies] for name, copies in plugin_layers(reopened["layers"], folder).items()} == {
        name: [c[:2] for c in copies] for name, copies in ours.items()
    }
    assert all(c[2] and c[3] > 0 for copies in plugin_layers(reopened["layers"], folder).values() for c in copies)
    assert reopened["shown"] == shown  # summaries, charts, the child panel and the demand chart
    assert reopened["restoring"] and reopened["comparison"] == result["comparison"]
    assert set(reopened["data_folders"].values()) == {str(SHARED)}  # every page, ready for another run
    assert_clean_run_with_screenshot(again, screenshot)
    assert (screenshot.parent / "desktop_project_results_comparison.png").is_file()
