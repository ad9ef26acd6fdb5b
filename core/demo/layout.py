"""Where each demo file goes: the data-folder layout of ``core.io.datafolder``, so one reader serves both."""

from pathlib import PurePosixPath

from ..io.datafolder import (  # noqa: F401  (re-exported: the demo writer's names)
    BOUNDARIES,
    CENTROS_POBLADOS,
    CHILD_WELFARE,
    LAND_SURFACE_TEMPERATURE,
    NDVI,
    NIGHT_LIGHTS,
    POBREZA,
    POPULATION_DENSITY,
    PRECIPITATION,
    UBIGEO_DISTRITO,
    WATER_SYSTEMS,
)
from ..io.datafolder import BOUNDARY_LAYERS as LAYERS  # noqa: F401

README = PurePosixPath("README.md")
OVERVIEW = PurePosixPath("aguaperu_demo.gpkg")  # Natural Earth's Peru and Lima, for the overview map

TABLES = (
    UBIGEO_DISTRITO,
    POBREZA,
    CENTROS_POBLADOS,
    WATER_SYSTEMS,
    PRECIPITATION,
    LAND_SURFACE_TEMPERATURE,
    CHILD_WELFARE,
)
RASTERS = (NIGHT_LIGHTS, NDVI, POPULATION_DENSITY)


def sidecar(path: PurePosixPath) -> PurePosixPath:
    """The metadata file that labels a table's columns: ``<file>.metadata.json``."""
    return path.with_name(path.name + ".metadata.json")
