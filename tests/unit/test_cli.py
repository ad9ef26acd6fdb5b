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


def test_demo_writes_a_geopackage_of_peru(tmp_path):
    process = run_core("demo", "--out", str(tmp_path))
    assert process.returncode == 0, process.stderr
    gpkg = tmp_path / "aguaperu_demo.gpkg"
    assert Path(process.stdout.strip()) == gpkg
    assert set(fiona.listlayers(gpkg)) >= {"pais", "capital"}
    with fiona.open(gpkg, layer="pais") as countries:
        (peru,) = list(countries)
        assert peru["properties"]["iso_a3"] == "PER"
        west, south, east, north = countries.bounds
        assert -82 < west < -80 and -19 < south < -17 and -69 < east < -68 and -1 < north < 0.5
    assert not list(tmp_path.glob(".aguaperu-*"))
