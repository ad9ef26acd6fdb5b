"""Recognise what an input file holds and read it with the right reader."""

from pathlib import Path

from ..validation import Report, Severity
from .child_welfare import is_endes, read_child_welfare
from .columns import find_column, normalise
from .district_tables import read_district_table
from .districts import read_districts
from .geometry import read_vector
from .loaded import Loaded
from .satellite import YEAR, inspect_raster, read_yearly_table
from .tables import read_table
from .ubigeo import KEY_ALIASES, UbigeoReference
from .water_points import LAT_ALIASES, LON_ALIASES, is_siasar, read_water_points

KINDS = ("water_points", "districts", "district_table", "satellite_table", "raster", "child_welfare")
RASTER_SUFFIXES = {".tif", ".tiff", ".vrt"}
VECTOR_SUFFIXES = {".gpkg", ".shp", ".geojson", ".json", ".fgb", ".kml", ".gml", ".sqlite"}
CHILD_HINTS = ("stunting", "anemia", "anaemia", "desnutricion", "stunted", "anemic")


def detect_kind(path: str | Path, layer: str | None = None) -> str | None:
    """One of ``KINDS``, or None when the file's content is not recognised (or it cannot be read)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in RASTER_SUFFIXES:
        return "raster"
    if suffix in VECTOR_SUFFIXES:
        return _vector_kind(path, layer)
    frame = read_table(path, Report())
    if frame is None:
        return None
    columns = list(frame.columns)
    if is_endes(columns):
        return "child_welfare"
    key = find_column(columns, KEY_ALIASES)
    one_row_per_code = key is not None and frame[key].nunique() >= 0.9 * frame[key].notna().sum()
    has_coordinates = find_column(columns, LAT_ALIASES) and find_column(columns, LON_ALIASES)
    if is_siasar(columns) or (has_coordinates and not one_row_per_code):
        return "water_points"
    if key is None:
        return None
    if any(hint in normalise(c) for c in columns for hint in CHILD_HINTS):
        return "child_welfare"
    if sum(bool(YEAR.search(c)) for c in columns) >= 3:
        return "satellite_table"
    return "district_table"


def _vector_kind(path: Path, layer: str | None) -> str | None:
    from .geometry import geometry_type, list_layers, vector_errors

    try:
        if layer is None and path.suffix.lower() == ".gpkg":
            layers = list_layers(path)
            layer = "distritos" if "distritos" in layers else layers[0]
        geometry = geometry_type(path, layer)
    except vector_errors():
        return None
    if "polygon" in geometry:
        return "districts"
    if "point" in geometry:
        return "water_points"
    return None


def load_input(
    path: str | Path,
    kind: str | None = None,
    reference: UbigeoReference | None = None,
    data_dir: str | Path | None = None,
    layer: str | None = None,
) -> Loaded:
    """Read any input with the reader for its kind (detected when not given)."""
    path = Path(path)
    kind = kind or detect_kind(path, layer)
    if kind is None:
        loaded = Loaded("unknown", str(path))
        if not path.exists():
            loaded.report.add(Severity.ERROR, "file_not_found", path)
        else:  # the reader's own error says why (damaged, not a table...) rather than "not recognised"
            if path.suffix.lower() in VECTOR_SUFFIXES:
                read_vector(path, layer, loaded.report)
            else:
                read_table(path, loaded.report)
            if loaded.report.ok:
                loaded.report.add(Severity.ERROR, "unknown_kind", path)
        return loaded
    readers = {
        "water_points": lambda: read_water_points(path, layer),
        "districts": lambda: read_districts(path, layer, reference),
        "district_table": lambda: read_district_table(path, reference),
        "satellite_table": lambda: read_yearly_table(path, reference),
        "raster": lambda: inspect_raster(path),
        "child_welfare": lambda: read_child_welfare(path, data_dir, reference),
    }
    return readers[kind]()
