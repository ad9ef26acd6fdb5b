"""The headless command line, ``python -m core``."""

import subprocess
import sys
from pathlib import Path

import fiona

ROOT = Path(__file__).resolve().parents[2]


def run_core(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "core", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_help_lists_the_commands():
    process = run_core("--help")
    assert process.returncode == 0
    assert "demo" in process.stdout


def test_unknown_command_fails_with_usage():
    process = run_core("no-such-command")
    assert process.returncode == 2
    assert "usage:" in process.stderr


def test_demo_writes_a_folder_laid_out_like_the_shared_data(tmp_path):
    process = run_core("demo", "--out", str(tmp_path))
    assert process.returncode == 0, process.stderr
    assert Path(process.stdout.strip()) == tmp_path
    assert set(fiona.listlayers(tmp_path / "boundaries" / "peru_limites_inei2017.gpkg")) == {
        "distritos",
        "provincias",
        "departamentos",
    }
    gpkg = tmp_path / "aguaperu_demo.gpkg"
    assert set(fiona.listlayers(gpkg)) >= {"pais", "capital"}
    with fiona.open(gpkg, layer="pais") as countries:
        (peru,) = list(countries)
        assert peru["properties"]["iso_a3"] == "PER"
        west, south, east, north = countries.bounds
        assert -82 < west < -80 and -19 < south < -17 and -69 < east < -68 and -1 < north < 0.5
    assert not list(tmp_path.glob(".aguaperu-*"))


def test_validate_exits_2_on_errors_and_0_on_a_clean_file(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("ubigeo,valor\n150101,1\n150102,2\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("ubigo,valor\n150101,1\n", encoding="utf-8")
    assert run_core("validate", str(good)).returncode == 0
    process = run_core("validate", "--kind", "district_table", str(good), str(bad))
    assert process.returncode == 2
    assert "missing_column" in process.stdout and "Rename column 'ubigo' to 'ubigeo'" in process.stdout


def test_command_line_kinds_match_the_readers():
    from core.__main__ import KINDS as CLI_KINDS
    from core.io import KINDS

    assert CLI_KINDS == KINDS
