"""core.io.datafolder: one layout for the readers, the demo writer and the real data."""

from pathlib import Path

from core.demo import layout
from core.io import datafolder

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def test_demo_layout_is_the_data_folder_layout():
    for name in ("BOUNDARIES", "UBIGEO_DISTRITO", "POBREZA", "CENTROS_POBLADOS", "WATER_SYSTEMS", "CHILD_WELFARE"):
        assert getattr(layout, name) == getattr(datafolder, name)


def test_shared_data_has_the_layout():
    if not SHARED.is_dir():
        return
    for relative in (
        datafolder.BOUNDARIES,
        datafolder.UBIGEO_DISTRITO,
        datafolder.POBREZA,
        datafolder.WATER_SYSTEMS,
        datafolder.CENTROS_POBLADOS,
        datafolder.ENDES_CHILDREN,
        datafolder.NBI,
    ):
        assert datafolder.path(SHARED, relative).is_file(), relative
    files = datafolder.input_files(SHARED)
    assert SHARED / datafolder.WATER_SYSTEMS in files
    assert not any("benchmarks" in f.parts for f in files)


def test_readers_use_the_layout():
    from core.features import district_features
    from core.scenarios import inputs

    assert Path(district_features.SYSTEMS) == Path(datafolder.WATER_SYSTEMS)
    assert Path(district_features.DISTRICTS) == Path(datafolder.BOUNDARIES)
    assert Path(inputs.BOUNDARIES) == Path(datafolder.BOUNDARIES)
