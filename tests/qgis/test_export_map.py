"""The exportmap Processing algorithm prints layers to a PDF, also from qgis_process."""

import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
BOUNDARIES = SHARED / "boundaries" / "peru_limites_inei2017.gpkg"


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def test_exportmap_writes_a_one_page_spanish_pdf_with_title_legend_and_source(
    plugin, qgis_processing, qgis_new_project, tmp_path
):
    import processing

    output = tmp_path / "mapa.pdf"
    result = processing.run(
        "aguaperu:exportmap",
        {
            "LAYERS": [f"{BOUNDARIES}|layername=departamentos", f"{BOUNDARIES}|layername=provincias"],
            "TITLE": "Perú de prueba",
            "SOURCE": "Natural Earth",
            "OUTPUT": str(output),
        },
    )
    assert Path(result["OUTPUT"]) == output
    assert pdf_pages(output) == 1
    text = pdf_text(output)
    for expected in ("Perú de prueba", "Leyenda", "departamentos", "provincias", "Fuente: Natural Earth", "km"):
        assert expected in text, expected
    assert not list(tmp_path.glob(".aguaperu-*")), "a temporary file was left behind"


def test_exportmap_refuses_an_empty_layer_list(plugin, qgis_processing, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException):
        processing.run("aguaperu:exportmap", {"LAYERS": [], "OUTPUT": str(tmp_path / "x.pdf")})
    assert not (tmp_path / "x.pdf").exists()
