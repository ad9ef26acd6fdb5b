"""The district feature table on the real shared data: every source joins as its README promises."""

import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="module")
def features(tmp_path_factory) -> gpd.GeoDataFrame:
    out = tmp_path_factory.mktemp("features") / "f.gpkg"
    process = subprocess.run(
        [sys.executable, "-m", "core", "features", "--data", str(SHARED), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert process.returncode == 0, process.stderr
    assert "1874 districts" in process.stdout
    return gpd.read_file(out, layer="district_features")


def filled(frame: pd.DataFrame, column: str) -> int:
    return int(frame[column].notna().sum())


def test_one_row_per_inei_2017_district(features):
    assert len(features) == 1874
    assert features["ubigeo"].is_unique
    assert features["ubigeo"].str.fullmatch(r"\d{6}").all()
    assert features.crs.to_epsg() == 4326


def test_poverty_joins_every_row_of_the_poverty_map(features):
    poverty = pd.read_csv(SHARED / "socioeconomic" / "pobreza2018_distrital.csv", dtype={"ubigeo": str})
    assert filled(features, "pobreza_monetaria") == poverty["pobreza_monetaria"].notna().sum() == 1532
    joined = features.set_index("ubigeo").loc[poverty["ubigeo"], "pobreza_monetaria"].to_numpy()
    assert (abs(joined - poverty["pobreza_monetaria"].to_numpy()) < 1e-9).all()


def test_hdi_and_satellite_tables_cover_every_district(features):
    for column in (
        "idh_2019",
        "altitud_m",
        "ntl_dmsp_2007",
        "precipitation_mean",
        "lst_mean",
        "no2_mean",
        "pm25_mean",
        "precipitation_latest",
        "pm25_trend",
    ):
        assert filled(features, column) == 1874, column


def test_siasar_systems_fall_in_876_districts(features):
    assert int((features["sistemas_n"] > 0).sum()) == 876
    assert int(features["sistemas_n"].sum()) == 6076
    served = pd.read_csv(SHARED / "water" / "siasar_peru_systems.csv")["pob_servida"].sum()
    assert features["sistemas_pob_servida"].sum() == pytest.approx(served)
    with_systems = features[features["sistemas_n"] > 0]
    assert (with_systems["dist_sistema_km"] < 60).mean() > 0.95  # a district with systems has one nearby


def test_nbi_covers_its_612_districts_and_centres_are_counted(features):
    assert filled(features, "nbi_pct") == 612
    centres = pd.read_csv(SHARED / "socioeconomic" / "centros_poblados.csv.gz", dtype=str)
    inside = centres["inei_distrito"].isin(features["ubigeo"])
    assert features["ccpp_n"].sum() == inside.sum()
    assert features["ccpp_pct_urbano"].between(0, 100).all()


def test_child_welfare_is_aggregated_with_small_cells_suppressed(features):
    counts = features["ninos_n_haz"].dropna()
    assert len(counts) > 500 and (counts >= 30).all()
    assert features.loc[features["ninos_suppressed"] == 1, "ninos_stunting_pct"].isna().all()
    assert not {"HHID", "haz_x100", "hb_adj_x10"} & set(features.columns)


def test_area_matches_the_official_surface(features):
    both = features[["area_km2", "superficie_km2"]].dropna()
    ratio = both["area_km2"] / both["superficie_km2"]
    assert ratio.median() == pytest.approx(1.0, abs=0.05)
