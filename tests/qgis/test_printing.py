"""Printed maps: page templates filled in Spanish, a department atlas and a multi-page report, exported
headless to PDF and checked as pages (pdftoppm) and text (pdftotext)."""

import os
import stat
import subprocess
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from aguaperu.aguaperu_plugin.printing.compose import MapSpec, map_page
from aguaperu.aguaperu_plugin.printing.export import export_pdf
from aguaperu.aguaperu_plugin.printing.report import ReportOptions, ReportPage, export_report
from aguaperu.aguaperu_plugin.printing.templates import TEMPLATES, frames, load_template

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
BOUNDARIES = SHARED / "boundaries" / "peru_limites_inei2017.gpkg"
ITEM_IDS = ("title", "subtitle", "map", "inset", "legend", "scalebar", "north", "sources", "model_note", "date")

pytestmark = pytest.mark.shared_data


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", *pages, str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def inked_shares(path: Path, folder: Path, dpi: int = 20) -> list[float]:
    """The share of non-white pixels of every page, rendered to PNG by pdftoppm."""
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(path), str(folder / "page")], check=True)
    shares = []
    for png in sorted(folder.glob("page-*.png")):
        image = QImage(str(png)).convertToFormat(QImage.Format_Grayscale8)
        bits = image.constBits()
        bits.setsize(image.bytesPerLine() * image.height())
        pixels = np.frombuffer(bits, np.uint8).reshape(image.height(), image.bytesPerLine())[:, : image.width()]
        shares.append(float((pixels < 235).mean()))
    return shares


@pytest.fixture(scope="module")
def model_outputs(tmp_path_factory) -> dict[str, Path]:
    """The bundled models' outputs on the shared data, as GeoPackages (poverty, water risk per district)."""
    from aguaperu.core.features.district_features import write_features
    from aguaperu.core.models import poverty, water_risk

    folder = tmp_path_factory.mktemp("models")
    frame, _card = poverty.predict(data_dir=SHARED)
    _systems, districts, _card = water_risk.predict(data_dir=SHARED)
    return {
        "poverty": write_features(frame, folder / "pobreza.gpkg", "poverty"),
        "water_risk": write_features(districts, folder / "riesgo_agua.gpkg", "water_risk_districts"),
        "frame": frame,
    }


def project_layers(model_outputs) -> dict[str, QgsVectorLayer]:
    """Departments, predicted poverty and water risk in the project, styled as the plugin styles them."""
    from aguaperu.aguaperu_plugin.styling import apply_style, style_output

    departments = QgsVectorLayer(f"{BOUNDARIES}|layername=departamentos", "Departamentos", "ogr")
    apply_style(departments, "districts")
    poverty = QgsVectorLayer(f"{model_outputs['poverty']}|layername=poverty", "Pobreza monetaria (predicha, %)", "ogr")
    style_output(poverty, "poverty_pct", 0.0, [15.0, 30.0, 45.0, 60.0, 100.0])
    water = QgsVectorLayer(
        f"{model_outputs['water_risk']}|layername=water_risk_districts",
        "Población servida por sistemas de alto riesgo",
        "ogr",
    )
    apply_style(water, "water_risk_districts")
    layers = {"departments": departments, "poverty": poverty, "water": water}
    QgsProject.instance().addMapLayers(list(layers.values()))
    return layers


@pytest.mark.parametrize("name", TEMPLATES)
def test_every_template_loads_with_its_items_where_the_code_puts_them(qgis_app, qgis_new_project, name):
    layout = load_template(name, QgsProject.instance())
    boxes = frames(name)
    for item_id in (*ITEM_IDS, "chart", "kpi_table"):
        item = layout.itemById(item_id)
        assert item is not None, item_id
        if item_id != "scalebar":  # a scale bar sizes itself
            position, size = item.positionWithUnits(), item.sizeWithUnits()
            placed = (position.x(), position.y(), size.width(), size.height())
            assert placed == pytest.approx(boxes[item_id], abs=0.01), f"{item_id}: run scripts/make_layouts.py"


def test_a4_landscape_spanish_map_has_legend_title_sources_and_model_note(
    qgis_app, qgis_new_project, model_outputs, tmp_path
):
    layers = project_layers(model_outputs)
    spec = MapSpec(
        layers=[layers["departments"], layers["poverty"]],
        title="Perú: pobreza monetaria distrital",
        subtitle="Predicción del modelo con intervalos del 90 %",
        language="es",
        sources="INEI 2017 (límites), INEI 2018 (mapa de pobreza)",
        data_date="2018",
        models=["poverty"],
        inset_layer=layers["departments"],
        kpis=[("Distritos", "1 874"), ("Pobreza media", "31,2 %")],
    )
    output = tmp_path / "out" / "mapa.pdf"
    umask = os.umask(0o022)
    try:
        export_pdf(map_page(QgsProject.instance(), spec), output)
    finally:
        os.umask(umask)

    assert pdf_pages(output) == 1
    assert stat.S_IMODE(output.stat().st_mode) == 0o644, "the PDF must get the umask's mode (colleagues read it)"
    assert min(inked_shares(output, tmp_path)) > 0.05, "a page is blank"
    text = pdf_text(output)
    for expected in (
        "Perú: pobreza monetaria distrital",
        "Leyenda",
        "Pobreza monetaria (predicha, %)",
        "Departamentos",
        "Fuente: INEI 2017",
        "Fecha de los datos: 2018",
        "Modelo pobreza monetaria v1.0.0",
        "en departamentos no vistos",  # the model's held-out skill beside its name
        "Las predicciones llevan intervalos del 90 %",
        "Pobreza media",
        "km",
    ):
        assert expected in text, expected
    assert "Población servida" not in text, "the legend lists a layer that is not on the map"
    assert not list(output.parent.glob(".aguaperu-*")), "a temporary file was left behind"


def test_department_atlas_via_processing_has_25_pages_with_their_own_numbers(
    plugin, qgis_processing, qgis_new_project, model_outputs, tmp_path
):
    import processing

    output = tmp_path / "atlas.pdf"
    result = processing.run(
        "aguaperu:exportmap",
        {
            "LAYERS": [f"{model_outputs['poverty']}|layername=poverty"],
            "TITLE": "Pobreza monetaria por departamento",
            "TEMPLATE": 1,
            "COVERAGE": f"{BOUNDARIES}|layername=departamentos",
            "NAME_FIELD": "dep",
            "VALUE_FIELD": "poverty_pct",
            "OUTPUT": str(output),
        },
    )
    assert result["PAGES"] == 25
    assert pdf_pages(output) == 25
    shares = inked_shares(output, tmp_path, dpi=10)
    assert len(shares) == 25 and min(shares) > 0.03, "a page is blank"
    lima = next(page for page in range(1, 26) if "LIMA" in pdf_text(output, page))
    text = pdf_text(output, lima)
    assert "Número de elementos" in text and "171" in text  # Lima's 171 districts
    assert "Leyenda" in text and "Fuente:" in text
    first = pdf_text(output, 1)
    assert "AMAZONAS" in first and "84" in first  # sorted by name; Amazonas has 84 districts


def test_report_has_one_page_per_entry_with_its_map_kpis_and_chart(qgis_app, qgis_new_project, model_outputs, tmp_path):
    from aguaperu.aguaperu_plugin.charts import calibration_chart, observed_predicted_chart
    from aguaperu.aguaperu_plugin.printing.chart_image import chart_image
    from aguaperu.core.models.artifacts import MODELS_DIR

    layers = project_layers(model_outputs)
    frame = model_outputs["frame"]
    known = frame.dropna(subset=["observed_pct"])
    poverty_chart = chart_image(
        observed_predicted_chart(known["observed_pct"].tolist(), known["poverty_pct"].tolist()), tmp_path / "p.png"
    )
    import json

    card = json.loads((MODELS_DIR / "water_risk" / "model_card.json").read_text(encoding="utf-8"))
    bins = card["evaluation"]["bundled"]["calibration"]
    water_chart = chart_image(
        calibration_chart([b["mean_predicted"] for b in bins], [b["observed"] for b in bins]), tmp_path / "w.png"
    )
    pages = [
        ReportPage(
            "Pobreza monetaria predicha",
            [layers["poverty"].id(), layers["departments"].id()],
            kpis=[("Distritos", "1 874"), ("Pobreza media predicha", f"{frame['poverty_pct'].mean():.1f} %")],
            chart=poverty_chart,
            models=["poverty"],
        ),
        ReportPage(
            "Riesgo de calidad del agua",
            [layers["water"], layers["departments"]],
            kpis=[("Distritos con sistemas", "876"), ("Sistemas de alto riesgo", "1 234")],
            chart=water_chart,
            notes="Sistemas SIASAR 2015–2016.",
            models=["water_risk"],
        ),
    ]
    output = tmp_path / "informe.pdf"
    export_report(QgsProject.instance(), pages, output, ReportOptions(language="es", inset_layer=layers["departments"]))
    assert pdf_pages(output) == 2
    assert min(inked_shares(output, tmp_path)) > 0.05
    first, second = pdf_text(output, 1), pdf_text(output, 2)
    assert "Pobreza monetaria predicha" in first and "Pobreza media predicha" in first
    assert "Riesgo de calidad del agua" not in first
    assert "Riesgo de calidad del agua" in second and "Sistemas de alto riesgo" in second
    assert "Modelo riesgo de calidad del agua v1.0.0" in second and "Sistemas SIASAR" in second
    assert "Población servida por sistemas de alto riesgo" in second


def test_processing_english_map_and_cancelled_export_leaves_no_file(plugin, qgis_processing, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    output = tmp_path / "map.pdf"
    processing.run(
        "aguaperu:exportmap",
        {
            "LAYERS": [f"{BOUNDARIES}|layername=departamentos"],
            "TITLE": "Peru test",
            "LANGUAGE": 1,
            "SOURCE": "INEI",
            "OUTPUT": str(output),
        },
    )
    assert "Legend" in pdf_text(output) and "Source: INEI" in pdf_text(output)

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException):
        processing.run(
            "aguaperu:exportmap",
            {"LAYERS": [f"{BOUNDARIES}|layername=departamentos"], "OUTPUT": str(tmp_path / "x.pdf")},
            feedback=feedback,
        )
    assert not (tmp_path / "x.pdf").exists() and not list(tmp_path.glob(".aguaperu-*"))
