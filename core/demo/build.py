"""Build the demo GeoPackage from data shipped inside installed packages.

The recipe is ``resources/demo/recipe.json``; the result is the same bytes every time.
"""

import json
import os
import tempfile
import warnings
from pathlib import Path

from ..errors import MissingDependencyError

RECIPE = Path(__file__).resolve().parents[2] / "resources" / "demo" / "recipe.json"


def _geopandas():
    try:
        import geopandas
    except ImportError as error:  # pragma: no cover - the project installs it
        raise MissingDependencyError(
            "The demo needs geopandas: install the Debian package python3-geopandas.",
            package="geopandas",
        ) from error
    return geopandas


def _natural_earth(name: str):
    geopandas = _geopandas()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # geopandas announces the datasets' future removal
        return geopandas.read_file(geopandas.datasets.get_path(name))


def load_recipe(path: Path = RECIPE) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def build_demo(out_dir: Path, progress=lambda fraction, message: None) -> Path:
    """Write ``aguaperu_demo.gpkg`` into ``out_dir`` and return its path.

    Parameters
    ----------
    out_dir:
        Folder to write into; created when missing.
    progress:
        ``progress(fraction, message)`` callback.
    """
    recipe = load_recipe()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / recipe["file"]

    progress(0.1, "reading Natural Earth from geopandas")
    countries = _natural_earth("naturalearth_lowres")
    country = countries[countries["iso_a3"] == recipe["country_iso_a3"]]
    country = country[["name", "iso_a3", "pop_est", "geometry"]].rename(
        columns={"name": "nombre", "pop_est": "poblacion_est"}
    )
    cities = _natural_earth("naturalearth_cities")
    capital = cities[cities["name"] == recipe["capital"]].copy()
    capital = capital.rename(columns={"name": "nombre"})[["nombre", "geometry"]]

    progress(0.6, "writing the demo GeoPackage")
    handle, temporary = tempfile.mkstemp(suffix=".gpkg", dir=out_dir, prefix=".aguaperu-")
    os.close(handle)
    os.remove(temporary)
    try:
        country.to_file(temporary, layer="pais", driver="GPKG")
        capital.to_file(temporary, layer="capital", driver="GPKG")
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    progress(1.0, "done")
    return target
