"""Build the embedded demo data: a folder laid out like the real data, generated from the shipped gazetteer.

The recipe is ``resources/demo/recipe.json``; the real codes, names, capitals and Peru's outline come from
``resources/demo/gazetteer.json.gz`` (built from public packages by ``scripts/build_gazetteer.py``). The same
gazetteer and recipe give the same bytes every time.
"""

import json
from collections.abc import Callable
from pathlib import Path

from ..jobs.types import never_cancelled, noop_progress
from . import layout
from .gazetteer import district_gazetteer, load_gazetteer
from .labels import Labelled, layer_tags, sidecar
from .places import centros_poblados, water_systems
from .profile import district_profile, rng_for
from .rasters import demo_rasters
from .readme import readme
from .tables import (
    capital_names,
    child_welfare,
    land_surface_temperature,
    pobreza,
    precipitation,
    ubigeo_distrito,
    welfare_estimates,
)
from .tiling import dissolve, district_polygons, synthetic_locations
from .writers import write_bytes, write_csv, write_geopackage, write_geotiff, write_json

RECIPE = Path(__file__).resolve().parents[2] / "resources" / "demo" / "recipe.json"
QUOTED_TABLES = (layout.PRECIPITATION, layout.LAND_SURFACE_TEMPERATURE)
RASTER_UNITS = {"population_density": "persons/km2", "night_lights": "DN (0-63)", "ndvi": "NDVI"}
RASTER_FILES = {
    "population_density": layout.POPULATION_DENSITY,
    "night_lights": layout.NIGHT_LIGHTS,
    "ndvi": layout.NDVI,
}


def load_recipe(path: Path = RECIPE) -> dict:
    """The demo recipe: seed, packages, sizes, held-out departments."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


class _Steps:
    """Reports progress and stops with ``CancelledError`` between steps when the caller cancels."""

    def __init__(self, progress: Callable[[float, str], None], is_cancelled: Callable[[], bool]) -> None:
        self.progress, self.is_cancelled = progress, is_cancelled

    def __call__(self, fraction: float, message: str) -> None:
        if self.is_cancelled():
            from ..errors import CancelledError

            raise CancelledError("The demo build was cancelled.")
        self.progress(fraction, message)


def boundary_layers(polygons, sources: dict) -> dict[str, Labelled]:
    """The three layers of ``boundaries/peru_limites_inei2017.gpkg``, labelled, by layer name."""
    import geopandas

    districts = geopandas.GeoDataFrame(
        {
            "ubigeo": polygons["ubigeo"],
            "dep.code": polygons["dep_code"],
            "dep": polygons["dep"],
            "prov.code": polygons["prov_code"].str[2:],
            "prov": polygons["prov"],
            "distr.code": polygons["distr_code"],
            "distr": polygons["distr"],
            "capital": capital_names(polygons),
        },
        geometry=polygons.geometry,
        crs=polygons.crs,
    )
    provinces = dissolve(polygons, "prov_code", ["dep", "prov"])
    departments = dissolve(polygons, "dep_code", ["dep"])
    geometry = f"Voronoi cells of the district capitals clipped to Peru's outline ({sources['outline']})"
    layers = {}
    for name, frame, what in (
        ("distritos", districts, "districts"),
        ("provincias", provinces, "provinces"),
        ("departamentos", departments, "departments"),
    ):
        real = {column: sources["codes"] for column in frame.columns if column != "geometry"}
        if "capital" in real:
            real["capital"] = f"{sources['places']} (blank where the package gives none)"
        synthetic = {"geometry": geometry if name == "distritos" else "union of the synthetic district polygons"}
        description = f"AguaPerú demo {what}: real INEI codes and names, synthetic polygons."
        layers[name] = Labelled(frame, description, real=real, synthetic=synthetic)
    return layers


def overview_layers(gazetteer: dict, sources: dict) -> list[tuple[str, object, str, dict]]:
    """``aguaperu_demo.gpkg``: Peru (``pais``) and its capital (``capital``) from Natural Earth."""
    import geopandas

    def layer(feature: dict):
        attributes = {key: [value] for key, value in feature.items() if key != "geometry"}
        return geopandas.GeoDataFrame(attributes, geometry=[feature["geometry"]], crs="EPSG:4326")

    tags = {"AGUAPERU_DEMO": "true", "SOURCE": sources["outline"], "SYNTHETIC_FIELDS": ""}
    return [
        ("pais", layer(gazetteer["country"]), "Peru (Natural Earth 1:110m, public domain)", tags),
        ("capital", layer(gazetteer["capital"]), "Lima (Natural Earth populated places, public domain)", tags),
    ]


def write_boundaries(out_dir: Path, polygons, sources: dict, recipe: dict) -> dict[str, Labelled]:
    """``boundaries/peru_limites_inei2017.gpkg``; returns its labelled layers."""
    boundaries = boundary_layers(polygons, sources)
    layers = [(name, layer.frame, layer.description, layer_tags(layer, recipe)) for name, layer in boundaries.items()]
    write_geopackage(out_dir / layout.BOUNDARIES, layers, recipe["gdal_current_date"])
    return boundaries


def district_tables(polygons, profile, sources: dict, recipe: dict) -> dict:
    """Every demo table, labelled, keyed by its relative path."""
    welfare = welfare_estimates(profile, recipe["seed"])
    centres = centros_poblados(polygons, profile, recipe, sources)
    return {
        layout.UBIGEO_DISTRITO: ubigeo_distrito(polygons, profile, welfare, recipe, sources),
        layout.POBREZA: pobreza(polygons, profile, welfare, recipe, sources),
        layout.CENTROS_POBLADOS: centres,
        layout.WATER_SYSTEMS: water_systems(centres.frame, polygons, profile, recipe, sources),
        layout.PRECIPITATION: precipitation(polygons, profile, recipe, sources),
        layout.LAND_SURFACE_TEMPERATURE: land_surface_temperature(polygons, profile, recipe, sources),
        layout.CHILD_WELFARE: child_welfare(polygons, profile, recipe, sources),
    }


def write_table(out_dir: Path, file, labelled: Labelled, recipe: dict) -> None:
    """The table and its ``.metadata.json`` sidecar."""
    write_csv(out_dir / file, labelled.frame, quote_text=file in QUOTED_TABLES)
    write_json(out_dir / layout.sidecar(file), sidecar(labelled, str(file), recipe))


def raster_tags(name: str, sources: dict, recipe: dict) -> dict[str, str]:
    """GDAL metadata of a demo GeoTIFF: everything in it is synthetic."""
    return {
        "AGUAPERU_DEMO": "true",
        "DEMO_SEED": str(recipe["seed"]),
        "SYNTHETIC_FIELDS": name,
        "REAL_FIELDS": "",
        "SOURCE": f"synthetic; masked to Peru's outline from {sources['outline']}",
        "UNITS": RASTER_UNITS[name],
    }


def write_rasters(out_dir: Path, outline, profile, centres, sources: dict, recipe: dict, step: "_Steps") -> None:
    """The three GeoTIFFs of ``rasters/``."""
    grid, fields = demo_rasters(outline, profile, centres, recipe)
    for number, (name, array) in enumerate(fields.items()):
        step(0.7 + 0.08 * number, f"writing {RASTER_FILES[name]}")
        description = f"AguaPerú demo {name} (synthetic)"
        tags = raster_tags(name, sources, recipe)
        nodata = recipe["rasters"]["nodata"]
        write_geotiff(
            out_dir / RASTER_FILES[name], array, grid.transform, nodata, tags, description, RASTER_UNITS[name]
        )


def build_demo(
    out_dir: Path,
    progress: Callable[[float, str], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the demo data folder into ``out_dir`` and return it.

    Parameters
    ----------
    out_dir:
        Folder to write into; created when missing. Files already there with the demo's names are replaced.
    progress:
        ``progress(fraction, message)`` callback.
    is_cancelled:
        Polled between steps; when it returns true, ``CancelledError`` is raised and the files written so far
        stay (each is complete).

    Returns
    -------
    Path
        ``out_dir``, holding ``boundaries/``, ``socioeconomic/``, ``water/``, ``satellite/``,
        ``child_welfare/``, ``rasters/``, ``README.md`` and the overview ``aguaperu_demo.gpkg``.
    """
    step = _Steps(progress or noop_progress, is_cancelled or never_cancelled)
    out_dir = Path(out_dir)
    recipe = load_recipe()
    step(0.0, "reading UBIGEO codes, capitals and Peru's outline from the gazetteer")
    gazetteer = load_gazetteer()
    sources = gazetteer["sources"]
    districts, provinces = district_gazetteer(gazetteer)
    step(0.1, "tiling Peru into synthetic district polygons")
    outline = gazetteer["country"]["geometry"]
    places = synthetic_locations(districts, provinces, outline, rng_for(recipe["seed"], "locations"))
    polygons = district_polygons(districts, places, outline, rng_for(recipe["seed"], "seeds"))
    profile = district_profile(polygons, places, recipe)
    step(0.25, "writing the boundaries")
    boundaries = write_boundaries(out_dir, polygons, sources, recipe)
    step(0.35, "writing the district tables, populated centres and water systems")
    tables = district_tables(polygons, profile, sources, recipe)
    for file, labelled in tables.items():
        write_table(out_dir, file, labelled, recipe)
    step(0.6, "drawing the rasters")
    write_rasters(out_dir, outline, profile, tables[layout.CENTROS_POBLADOS].frame, sources, recipe, step)
    step(0.95, "writing the overview GeoPackage and the README")
    write_geopackage(out_dir / layout.OVERVIEW, overview_layers(gazetteer, sources), recipe["gdal_current_date"])
    described = {f"{layout.BOUNDARIES}, layer {name}": layer for name, layer in boundaries.items()}
    described |= {str(file): table for file, table in tables.items()}
    write_bytes(out_dir / layout.README, readme(described, sources, recipe).encode("utf-8"))
    (progress or noop_progress)(1.0, "demo data written")
    return out_dir
