"""The hotspots Processing algorithm on the INEI districts with INEI's 2018 poverty, run headless."""

from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsProcessingException, QgsProject, QgsVectorLayer

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
DISTRICTS = SHARED / "boundaries" / "peru_limites_inei2017.gpkg"
POVERTY = SHARED / "socioeconomic" / "pobreza2018_distrital.csv"
ANALYSED = 1532  # districts with a 2018 poverty value


@pytest.fixture(scope="module")
def poverty_frame():
    """The 1,874 districts with poverty (NaN where INEI's map has none), in another order than INEI's."""
    districts = gpd.read_file(DISTRICTS, layer="distritos")[["ubigeo", "distr", "geometry"]]
    poverty = pd.read_csv(POVERTY, dtype={"ubigeo": str}, usecols=["ubigeo", "pobreza_monetaria"])
    return districts.merge(poverty, on="ubigeo", how="left").sample(frac=1.0, random_state=1)


@pytest.fixture()
def poverty_layer(poverty_frame, tmp_path) -> QgsVectorLayer:
    """The districts with poverty in a GeoPackage, in the frame's order (feature ids start at 1)."""
    path = tmp_path / "distritos_pobreza.gpkg"
    poverty_frame.to_file(path, layer="distritos", driver="GPKG")
    layer = QgsVectorLayer(f"{path}|layername=distritos", "distritos_pobreza", "ogr")
    assert layer.isValid() and layer.featureCount() == 1874
    return layer


def test_hotspots_writes_the_classes_of_core_for_every_district_with_a_value(
    plugin, qgis_processing, poverty_layer, poverty_frame
):
    import processing

    from core.spatial.hotspots import hotspots

    result = processing.run(
        "aguaperu:hotspots",
        {"INPUT": poverty_layer, "FIELD": "pobreza_monetaria", "PERMUTATIONS": 99, "SEED": 5, "OUTPUT": "memory:"},
    )
    layer = result["OUTPUT"]
    assert layer.featureCount() == result["ANALYSED"] == ANALYSED
    names = layer.fields().names()
    assert names[:4] == ["fid", "ubigeo", "distr", "pobreza_monetaria"]
    assert names[-3:] == ["lisa_class", "n_neighbours", "island"]
    assert layer.crs().authid() == "EPSG:4326"

    # the same rows in the same order: esda's permutations depend on the order of the rows
    expected, summary = hotspots(poverty_frame, "pobreza_monetaria", permutations=99, seed=5)
    by_code = expected.set_index("ubigeo")
    for feature in layer.getFeatures():
        row = by_code.loc[feature["ubigeo"]]
        assert feature["gi_class"] == row["gi_class"] and feature["lisa_class"] == row["lisa_class"]
        assert feature["gi_z"] == pytest.approx(row["gi_z"]) and feature["gi_p"] == pytest.approx(row["gi_p"])
        assert feature["n_neighbours"] == row["n_neighbours"]
    hot = sum(n for name, n in summary["gi_counts"].items() if name.startswith("hot"))
    assert result["HOT"] == hot > 100 and result["COLD"] > 100
    assert result["MORAN_I"] == pytest.approx(summary["moran_i"])
    amantani = next(layer.getFeatures("\"ubigeo\" = '210103'"))
    assert amantani["island"] == 1 and amantani["n_neighbours"] == 1


def test_the_loaded_output_shows_gi_classes_and_carries_the_local_moran_style(
    plugin, qgis_processing, qgis_new_project, poverty_layer
):
    import processing

    processing.runAndLoadResults(
        "aguaperu:hotspots",
        {"INPUT": poverty_layer, "FIELD": "pobreza_monetaria", "PERMUTATIONS": 99, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    (layer,) = [lyr for lyr in QgsProject.instance().mapLayers().values() if "gi_class" in lyr.fields().names()]
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "gi_class"
    labels = {c.value(): c.label() for c in renderer.categories()}
    assert labels["hot_99"] == "Punto caliente (99 %)" and labels["not_significant"] == "No significativo"
    present = {f["gi_class"] for f in layer.getFeatures()}
    assert present <= set(labels)  # every class written has a category
    manager = layer.styleManager()
    assert len(manager.styles()) == 2
    other = next(name for name in manager.styles() if name != manager.currentStyle())
    assert manager.setCurrentStyle(other)
    assert layer.renderer().classAttribute() == "lisa_class"
    assert {c.value() for c in layer.renderer().categories()} == {"HH", "LL", "HL", "LH", "not_significant"}


def test_hotspots_fails_with_a_message_on_too_few_values(plugin, qgis_processing, poverty_frame, tmp_path):
    import processing

    path = tmp_path / "pocos.gpkg"
    poverty_frame.dropna().head(8).to_file(path, layer="pocos", driver="GPKG")
    with pytest.raises(QgsProcessingException, match="at least 10"):
        processing.run(
            "aguaperu:hotspots",
            {"INPUT": f"{path}|layername=pocos", "FIELD": "pobreza_monetaria", "PERMUTATIONS": 99, "OUTPUT": "memory:"},
        )
