"""The Data algorithms of the aguaperu Processing provider."""

from pathlib import Path

import numpy as np
import pytest
import rasterio
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer
from rasterio.transform import from_origin

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


def test_validateinputs_reports_counts_and_fails_on_errors(plugin, qgis_processing, tmp_path):
    import processing

    good = SHARED / "socioeconomic" / "pobreza2018_distrital.csv"
    bad = tmp_path / "bad.csv"
    bad.write_text("ubigeo,pct_pobreza\n10101,140\n", encoding="utf-8")
    result = processing.run(
        "aguaperu:validateinputs",
        {"INPUTS": [str(good), str(bad)], "FAIL_ON_ERRORS": False, "REPORT": str(tmp_path / "r.json")},
    )
    assert result["ERRORS"] == 0 and result["WARNINGS"] == 1 and result["NOTES"] == 1
    assert "out_of_range" in (tmp_path / "r.json").read_text(encoding="utf-8")
    missing = tmp_path / "missing.csv"
    with pytest.raises(QgsProcessingException):
        processing.run("aguaperu:validateinputs", {"INPUTS": [str(missing)]})


def test_districtfeatures_builds_1874_districts(plugin, qgis_processing, tmp_path):
    import processing

    target = tmp_path / "f.gpkg"
    result = processing.run("aguaperu:districtfeatures", {"DATA_FOLDER": str(SHARED), "OUTPUT": str(target)})
    assert result["DISTRICTS"] == 1874
    layer = QgsVectorLayer(f"{target}|layername=district_features", "f", "ogr")
    assert layer.featureCount() == 1874
    assert layer.fields().indexOf("pobreza_monetaria") >= 0


def test_zonalstatistics_over_districts_matches_core(plugin, qgis_processing, tmp_path):
    import processing

    raster = tmp_path / "r.tif"
    values = np.arange(60 * 80, dtype="float32").reshape(60, 80)
    profile = dict(
        driver="GTiff",
        width=80,
        height=60,
        count=1,
        dtype="float32",
        crs="EPSG:4326",
        transform=from_origin(-78.0, -11.5, 0.025, 0.025),
        nodata=-1.0,
    )
    with rasterio.open(raster, "w", **profile) as dst:
        dst.write(values, 1)
    zones = f"{SHARED / 'boundaries' / 'peru_limites_inei2017.gpkg'}|layername=departamentos"
    result = processing.run(
        "aguaperu:zonalstatistics", {"INPUT": zones, "RASTER": str(raster), "PREFIX": "z_", "OUTPUT": "memory:"}
    )
    layer = result["OUTPUT"]
    assert layer.featureCount() == 25
    lima = next(f for f in layer.getFeatures() if f["ubigeo"] == "15")
    assert lima["z_count"] > 100 and lima["z_min"] <= lima["z_mean"] <= lima["z_max"]
    far = next(f for f in layer.getFeatures() if f["ubigeo"] == "25")  # Ucayali, off the raster
    assert far["z_count"] == 0 and far["z_mean"] == NULL
