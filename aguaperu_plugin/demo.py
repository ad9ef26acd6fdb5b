"""The embedded demo in the plugin: which of its files the Data page loads, and how."""

from pathlib import Path

from .tasks.data_tasks import InputSpec
from .toolbelt.i18n import tr

DISTRICTS = Path("boundaries") / "peru_limites_inei2017.gpkg"
WATER_POINTS = Path("water") / "siasar_peru_systems.csv"


def demo_inputs(folder: Path) -> list[InputSpec]:
    """The demo's districts, water points and rasters as Data-page inputs (tables join from the folder)."""
    specs = [
        InputSpec(folder / DISTRICTS, "districts", "distritos", tr("Districts (demo)")),
        InputSpec(folder / WATER_POINTS, "water_points", None, tr("Water systems (demo)")),
    ]
    specs += [InputSpec(path, "raster", None, path.stem) for path in sorted((folder / "rasters").glob("*.tif"))]
    return [spec for spec in specs if spec.path.exists()]
