"""Results belong to the project, in the real QGIS 3.40 desktop in Spanish (issue 20, acceptance 1): a saved
project's water-risk run writes into the project's results folder, a re-run keeps the same layers, and after QGIS
is closed and the project reopened the layers read from that folder and the Models page shows the run again."""

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


def test_a_saved_projects_run_comes_back_from_its_folder_after_qgis_restarts(tmp_path, plugin_zip):
    deploy_profile(tmp_path, "es", plugin_zip, locale="es")
    project = tmp_path / "planes" / "plan_agua.qgz"
    project.parent.mkdir()
    folder = project.parent / "plan_agua_aguaperu"
    env = {"AGUAPERU_DATA": str(SHARED), "AGUAPERU_PROJECT": str(project)}

    first = run_qgis(tmp_path, "es", CODE, env={**env, "AGUAPERU_PHASE": "run"}, timeout=500)
    assert first.returncode == 0, first.output[-4000:]
    assert python_errors(first.messages) == []
    result = first.result
    assert result["saved"] and result["saved_again"]
    assert result["output_folder"] == str(folder)
    assert len(result["first"]) == 2 and result["second"] == result["first"]  # a re-run: same layers, same ids
    assert all(Path(file).parent == folder for _, file in result["first"].values())
    assert "6076" in result["summary"]

    screenshot = fresh_screenshot("project_results")
    again = run_qgis(
        tmp_path, "es", CODE, env={**env, "AGUAPERU_PHASE": "reopen", "AGUAPERU_SCREENSHOT": str(screenshot)}
    )
    assert again.returncode == 0, again.output[-4000:]
    reopened = again.result
    assert reopened["layers_read"] == result["second"] and reopened["valid"]
    assert reopened["summary"] == result["summary"]
    assert reopened["charts"] == ["aguaperu_calibration_chart", "aguaperu_importance_chart"]
    assert_clean_run_with_screenshot(again, screenshot)
