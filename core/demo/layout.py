"""Where each demo file goes: the same relative paths as the shared real data, so one reader serves both."""

from pathlib import PurePosixPath

BOUNDARIES = PurePosixPath("boundaries/peru_limites_inei2017.gpkg")
UBIGEO_DISTRITO = PurePosixPath("socioeconomic/ubigeo_distrito.csv")
POBREZA = PurePosixPath("socioeconomic/pobreza2018_distrital.csv")
CENTROS_POBLADOS = PurePosixPath("socioeconomic/centros_poblados.csv.gz")
WATER_SYSTEMS = PurePosixPath("water/siasar_peru_systems.csv")
PRECIPITATION = PurePosixPath("satellite/pp_mean_yearly_peru_district_2001-2024.csv")
LAND_SURFACE_TEMPERATURE = PurePosixPath("satellite/lst_mean_yearly_peru_district_2001-2024.csv")
CHILD_WELFARE = PurePosixPath("child_welfare/indicadores_distritales.csv")
NIGHT_LIGHTS = PurePosixPath("rasters/night_lights.tif")
NDVI = PurePosixPath("rasters/ndvi.tif")
POPULATION_DENSITY = PurePosixPath("rasters/population_density.tif")
README = PurePosixPath("README.md")
OVERVIEW = PurePosixPath("aguaperu_demo.gpkg")  # Natural Earth's Peru and Lima, for the overview map

LAYERS = ("distritos", "provincias", "departamentos")
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
