"""The inputs of a data folder, listed by the layout's names: on the shared data, each with the kind that
reading its content detects."""

from pathlib import Path

import pytest

from core.io.datafolder import FolderInput, folder_inputs
from core.io.detect import detect_kind

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"


def test_the_shared_data_folder_lists_its_inputs_with_their_kinds():
    found = {(item.path.relative_to(SHARED).as_posix(), item.kind, item.layer) for item in folder_inputs(SHARED)}
    assert found == {
        ("boundaries/peru_limites_inei2017.gpkg", "districts", "distritos"),
        ("water/siasar_peru_systems.csv", "water_points", None),
        ("socioeconomic/ubigeo_distrito.csv", "district_table", None),
        ("socioeconomic/pobreza2018_distrital.csv", "district_table", None),
        ("socioeconomic/district_population_nbi_612.csv", "district_table", None),
        ("satellite/lst_mean_yearly_peru_district_2001-2024.csv", "satellite_table", None),
        ("satellite/no2_mean_yearly_peru_district_2019-2024.csv", "satellite_table", None),
        ("satellite/pm2.5_mean_yearly_peru_district_2001-2022.csv", "satellite_table", None),
        ("satellite/pp_mean_yearly_peru_district_2001-2024.csv", "satellite_table", None),
        ("child_welfare/endes_children_2014_2018.csv.gz", "child_welfare", None),
    }
    assert folder_inputs(SHARED)[0].kind == "districts"  # the layout's order: boundaries first


@pytest.mark.parametrize("item", folder_inputs(SHARED), ids=lambda item: item.path.name)
def test_the_kind_by_name_is_the_kind_its_content_shows(item: FolderInput):
    assert detect_kind(item.path, item.layer) == item.kind


def test_a_folder_of_the_layout_with_rasters_and_a_stray_file(tmp_path):
    (tmp_path / "rasters").mkdir()
    for name in ("ndvi.tif", "night_lights.tif"):
        (tmp_path / "rasters" / name).write_bytes(b"")
    (tmp_path / "water").mkdir()
    (tmp_path / "water" / "notas.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert folder_inputs(tmp_path) == [
        FolderInput(tmp_path / "rasters" / "ndvi.tif", "raster"),
        FolderInput(tmp_path / "rasters" / "night_lights.tif", "raster"),
    ]


def test_no_folder_gives_no_input(tmp_path):
    assert folder_inputs(None) == []
    assert folder_inputs(tmp_path / "absent") == []
