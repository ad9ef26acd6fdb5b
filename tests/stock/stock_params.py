"""Parameters of every algorithm of the ``aguaperu`` Processing provider on the shared data, for the stock-install
test (scripts/stock_install_test.sh). Runs inside QGIS's own Python with only what a stock QGIS ships: the
standard library, qgis, GDAL's Python bindings (``osgeo``) and numpy; never the project's packages.

The parameter sets follow the headless tests (tests/qgis/test_*algorithms*.py). An algorithm the provider
offers but this table does not know fails the test: add its parameters here.
"""

import csv
import json
from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

TEMPORARY = "TEMPORARY_OUTPUT"


def _geotiff(path: Path) -> Path:
    """A 80 x 60 float raster over central Peru (the shared data holds no raster: tests generate them)."""
    import numpy as np
    from osgeo import gdal, osr

    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 80, 60, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((-78.0, 0.025, 0.0, -11.5, 0.0, -0.025))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(-1.0)
    band.WriteArray(np.arange(60 * 80, dtype="float32").reshape(60, 80))
    dataset = None  # closes and flushes the file
    return path


def _districts_with_poverty(data: Path, path: Path) -> Path:
    """The 1,874 INEI districts with INEI's 2018 poverty rate (NULL where the map has none), as a GeoPackage
    (built with QGIS alone, as a user would join the table in QGIS)."""
    with open(data / "socioeconomic" / "pobreza2018_distrital.csv", encoding="utf-8") as handle:
        poverty = {row["ubigeo"].zfill(6): row["pobreza_monetaria"] for row in csv.DictReader(handle)}
    districts = QgsVectorLayer(f"{data / 'boundaries' / 'peru_limites_inei2017.gpkg'}|layername=distritos", "d", "ogr")
    fields = QgsFields()
    fields.append(QgsField("ubigeo", QVariant.String))
    fields.append(QgsField("distr", QVariant.String))
    fields.append(QgsField("pobreza_monetaria", QVariant.Double))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "distritos"
    writer = QgsVectorFileWriter.create(
        str(path), fields, QgsWkbTypes.MultiPolygon, districts.crs(), districts.transformContext(), options
    )
    for district in districts.getFeatures():
        feature = QgsFeature(fields)
        feature.setGeometry(district.geometry())
        value = poverty.get(str(district["ubigeo"]), "")
        feature.setAttributes([district["ubigeo"], district["distr"], float(value) if value else None])
        writer.addFeature(feature)
    del writer  # closes the GeoPackage
    return path


def _schedule_inputs(folder: Path) -> tuple[Path, Path]:
    """Two areas, three hours, two sources (tests/qgis/test_demand_algorithms.py, checked by hand there)."""
    demand, sources = folder / "demand.csv", folder / "sources.csv"
    demand.write_text(
        "timestamp,A,B\n2024-01-01 00:00,4.0,3.0\n2024-01-01 01:00,6.0,3.0\n2024-01-01 02:00,4.0,3.0\n",
        encoding="utf-8",
    )
    sources.write_text("name,capacity_lps,cost_per_m3,areas\nbarata,5,0.1,A\ncara,10,0.5,\n", encoding="utf-8")
    return demand, sources


def _scenario(folder: Path) -> Path:
    path = folder / "ayacucho_2030.json"
    scenario = {
        "name": "Ayacucho 2030",
        "horizon_year": 2030,
        "growth": {"annual_pct": 1.0},
        "plan": {"new_sites": [{"optimise": {"k": 5}}]},
        "departments": ["05"],
    }
    path.write_text(json.dumps(scenario), encoding="utf-8")
    return path


def parameter_sets(data: Path, inputs: Path, out: Path) -> dict[str, dict]:
    """``{algorithm id: parameters}``; ``inputs`` holds the BWDF workbooks (InflowData.xlsx, WeatherData.xlsx),
    ``out`` receives every output (and the generated inputs)."""
    out.mkdir(parents=True, exist_ok=True)
    boundaries = data / "boundaries" / "peru_limites_inei2017.gpkg"
    poverty_csv = data / "socioeconomic" / "pobreza2018_distrital.csv"
    demand, sources = _schedule_inputs(out)
    folder = str(data)
    return {
        "exportmap": {
            "LAYERS": [f"{boundaries}|layername=departamentos", f"{boundaries}|layername=provincias"],
            "TITLE": "Perú",
            "SOURCE": "INEI",
            "OUTPUT": str(out / "mapa.pdf"),
        },
        "validateinputs": {
            "INPUTS": [str(poverty_csv), str(data / "water" / "siasar_peru_systems.csv")],
            "FAIL_ON_ERRORS": False,
            "REPORT": str(out / "validacion.json"),
        },
        "districtfeatures": {"DATA_FOLDER": folder, "OUTPUT": str(out / "features.gpkg")},
        "zonalstatistics": {
            "INPUT": f"{boundaries}|layername=departamentos",
            "RASTER": str(_geotiff(out / "raster.tif")),
            "PREFIX": "z_",
            "OUTPUT": TEMPORARY,
        },
        "standardscheck": {
            "INPUT": str(data / "water" / "oefa_water_quality_lambayeque.csv"),
            "STANDARD": 1,
            "CATEGORY": 8,
            "OUTPUT": TEMPORARY,
            "MEASUREMENTS": str(out / "measurements.csv"),
        },
        "waterrisk": {
            "DATA_FOLDER": folder,
            "SYSTEMS": str(out / "water_risk_systems.gpkg"),
            "DISTRICTS": str(out / "water_risk_districts.gpkg"),
        },
        "hotspots": {
            "INPUT": f"{_districts_with_poverty(data, out / 'distritos_pobreza.gpkg')}|layername=distritos",
            "FIELD": "pobreza_monetaria",
            "PERMUTATIONS": 99,
            "SEED": 5,
            "OUTPUT": TEMPORARY,
        },
        "poverty": {"DATA_FOLDER": folder, "OUTPUT": str(out / "poverty.gpkg")},
        "povertyretrain": {
            "DATA_FOLDER": folder,
            "TARGET": str(poverty_csv),
            "COLUMN": "pobreza_monetaria",
            "MODEL_FOLDER": str(out / "poverty_retrained"),
        },
        "demandforecast": {
            "INFLOW": str(inputs / "InflowData.xlsx"),
            "WEATHER": str(inputs / "WeatherData.xlsx"),
            "ORIGIN": "2022-09-05 00:00",
            "HORIZON": 48,
            "HOLIDAYS": "IT",
            "OUTPUT": str(out / "forecast.csv"),
            "INTERVALS": str(out / "intervals.csv"),
        },
        "demandanomalies": {"INFLOW": str(inputs / "InflowData.xlsx"), "OUTPUT": str(out / "anomalies.csv")},
        "demandschedule": {"DEMAND": str(demand), "SOURCES": str(sources), "OUTPUT": str(out / "schedule.csv")},
        "childrisk": {"DATA_FOLDER": folder, "LEVEL": 0, "OUTPUT": str(out / "child_risk.gpkg")},
        "siting": {
            "DATA_FOLDER": folder,
            "DEPARTMENTS": "05",
            "K": 12,
            "ACCESS_KM": 1.0,
            "OUTPUT": str(out / "sites.gpkg"),
        },
        "rehab": {"DATA_FOLDER": folder, "DEPARTMENTS": "17", "RISK": 0, "OUTPUT": str(out / "rehab.csv")},
        "scenariorun": {
            "SCENARIO": str(_scenario(out)),
            "DATA_FOLDER": folder,
            "BASELINE": True,
            "OUTPUT": str(out / "scenarios"),
        },
    }
