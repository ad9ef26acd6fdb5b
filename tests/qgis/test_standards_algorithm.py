"""The standards check Processing algorithm, run headless on the real OEFA measurements."""

from pathlib import Path

import pandas as pd
import pytest
from qgis.core import NULL, QgsProcessingException

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
OEFA = SHARED / "water" / "oefa_water_quality_lambayeque.csv"


def test_categories_offered_are_the_tables_categories():
    from aguaperu.aguaperu_plugin.processing.standards_check import CATEGORIES, STANDARDS
    from core.standards import STANDARDS as CORE_STANDARDS
    from core.standards import categories

    assert STANDARDS == CORE_STANDARDS
    assert list(CATEGORIES[1:]) == categories("DS 004-2017-MINAM")["category"].tolist()


def test_standardscheck_writes_points_and_measurements(plugin, qgis_processing, tmp_path):
    import processing

    target = tmp_path / "measurements.csv"
    result = processing.run(
        "aguaperu:standardscheck",
        {"INPUT": str(OEFA), "STANDARD": 1, "CATEGORY": 8, "OUTPUT": "memory:", "MEASUREMENTS": str(target)},
    )
    layer = result["OUTPUT"]
    assert layer.crs().authid() == "EPSG:4326"
    assert layer.featureCount() == 19  # 24 points, 5 of them with coordinates at sea
    assert result["POINTS"] == 24 and result["EXCEEDANCES"] == 36
    kangaza = next(f for f in layer.getFeatures() if f["point"] == "F05689-AG07")
    assert kangaza["category"] == "4-E2-selva" and kangaza["n_exceedances"] == 5
    assert kangaza["max_ratio"] == pytest.approx(9.411 / 0.5)
    assert "Plomo 1/1 (4.8x)" in kangaza["exceeded"]
    assert kangaza.geometry().asPoint().x() == pytest.approx(-77.8918, abs=1e-4)
    clean = next(f for f in layer.getFeatures() if f["point"] == "F05689-AG08")
    assert clean["n_exceedances"] == 0 and clean["max_ratio"] == NULL
    table = pd.read_csv(target)
    assert len(table) == 998 and set(table["status"]) >= {"exceeds", "complies", "no_limit"}


def test_standardscheck_every_category_and_failures(plugin, qgis_processing, tmp_path):
    import processing

    result = processing.run(
        "aguaperu:standardscheck", {"INPUT": str(OEFA), "STANDARD": 1, "CATEGORY": 0, "OUTPUT": "memory:"}
    )
    assert result["OUTPUT"].featureCount() == 19 * 10
    missing = tmp_path / "none.csv"
    with pytest.raises(QgsProcessingException):
        processing.run("aguaperu:standardscheck", {"INPUT": str(missing), "OUTPUT": "memory:"})
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException):
        processing.run("aguaperu:standardscheck", {"INPUT": str(wrong), "OUTPUT": "memory:"})
