"""The data-folder layout: where each input sits in a folder laid out like the shared data.

One place for every relative path: the readers (district features, the models, planning, scenarios), the demo
writer (``core.demo``) and the plugin use these names, so a demo folder and the real data are read alike.
Paths are ``PurePosixPath`` relative to the data folder: ``Path(data_dir) / BOUNDARIES``.
"""

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

BOUNDARIES = PurePosixPath("boundaries/peru_limites_inei2017.gpkg")
DISTRICT_LAYER, PROVINCE_LAYER, DEPARTMENT_LAYER = "distritos", "provincias", "departamentos"
BOUNDARY_LAYERS = (DISTRICT_LAYER, PROVINCE_LAYER, DEPARTMENT_LAYER)

UBIGEO_DISTRITO = PurePosixPath("socioeconomic/ubigeo_distrito.csv")  # INEI/RENIEC crosswalk, HDI, altitude…
POBREZA = PurePosixPath("socioeconomic/pobreza2018_distrital.csv")  # INEI's 2018 poverty map
NBI = PurePosixPath("socioeconomic/district_population_nbi_612.csv")  # unmet basic needs, natural region
CENTROS_POBLADOS = PurePosixPath("socioeconomic/centros_poblados.csv.gz")  # populated centres

NIGHT_LIGHTS_PROVINCIAL = PurePosixPath("satellite/ntl_dmsp2007_provincial.csv")
SATELLITE_DISTRICT_GLOB = "satellite/*_mean_yearly_peru_district_*.csv"  # one yearly table per variable
PRECIPITATION = PurePosixPath("satellite/pp_mean_yearly_peru_district_2001-2024.csv")
LAND_SURFACE_TEMPERATURE = PurePosixPath("satellite/lst_mean_yearly_peru_district_2001-2024.csv")

WATER_SYSTEMS = PurePosixPath("water/siasar_peru_systems.csv")  # SIASAR rural water systems

ENDES_CHILDREN = PurePosixPath("child_welfare/endes_children_2014_2018.csv.gz")  # ENDES child records
ENDES_CLUSTERS = PurePosixPath("child_welfare/endes_cluster_to_district_2014_2018.csv")  # cluster -> district
CHILD_WELFARE = PurePosixPath("child_welfare/indicadores_distritales.csv")  # district indicators (demo)

RASTERS = PurePosixPath("rasters")  # GeoTIFFs for zonal statistics (``*.tif``)
NIGHT_LIGHTS = RASTERS / "night_lights.tif"
NDVI = RASTERS / "ndvi.tif"
POPULATION_DENSITY = RASTERS / "population_density.tif"

# the folders holding inputs: a change of any file in them changes the identity of the data folder
FOLDERS = ("boundaries", "socioeconomic", "satellite", "water", "child_welfare", "rasters")


def path(data_dir: str | Path, relative: PurePosixPath | str) -> Path:
    """The file ``relative`` of ``data_dir``."""
    return Path(data_dir) / relative


def rasters(data_dir: str | Path) -> list[Path]:
    """The data folder's GeoTIFFs, sorted."""
    return sorted((Path(data_dir) / RASTERS).glob("*.tif"))


def input_files(data_dir: str | Path | None) -> list[Path]:
    """Every file of the layout's folders (what a table built from ``data_dir`` may have read)."""
    from ..cache import folder_files

    if data_dir is None:
        return []
    return [file for folder in FOLDERS for file in folder_files(Path(data_dir) / folder)]


@dataclass(frozen=True)
class FolderInput:
    """One input of a data folder: its file, what it holds (a kind of ``core.io.detect.KINDS``) and its layer."""

    path: Path
    kind: str
    layer: str | None = None


# the layout's inputs by name, in the order a planner reads them: (relative path or glob, kind, layer)
LAYOUT_INPUTS: tuple[tuple[PurePosixPath | str, str, str | None], ...] = (
    (BOUNDARIES, "districts", DISTRICT_LAYER),
    (WATER_SYSTEMS, "water_points", None),
    (UBIGEO_DISTRITO, "district_table", None),
    (POBREZA, "district_table", None),
    (NBI, "district_table", None),
    (SATELLITE_DISTRICT_GLOB, "satellite_table", None),
    (ENDES_CHILDREN, "child_welfare", None),
    (CHILD_WELFARE, "child_welfare", None),
    (f"{RASTERS}/*.tif", "raster", None),
)


def folder_inputs(data_dir: str | Path | None) -> list[FolderInput]:
    """Every input of ``data_dir`` that the layout names, with its kind, found by name without reading a file.

    Parameters
    ----------
    data_dir
        A folder laid out like the shared data (``boundaries/``, ``socioeconomic/``, ``satellite/``, ``water/``,
        ``child_welfare/``, ``rasters/``); None or a missing folder gives no input.

    Returns
    -------
    list[FolderInput]
        The inputs present, in the layout's order (files of one glob sorted by name). Files the layout does not
        name (dictionaries, licences, provincial or departmental tables, crosswalks) are not inputs.
    """
    if data_dir is None or not Path(data_dir).is_dir():
        return []
    folder = Path(data_dir)
    found: list[FolderInput] = []
    for relative, kind, layer in LAYOUT_INPUTS:
        pattern = str(relative)
        files = sorted(folder.glob(pattern)) if "*" in pattern else [folder / pattern]
        found += [FolderInput(file, kind, layer) for file in files if file.is_file()]
    return found
