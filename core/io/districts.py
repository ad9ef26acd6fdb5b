"""District polygons keyed by UBIGEO (INEI layer or any polygon layer with a code column)."""

from pathlib import Path

from ..validation import Severity
from .checks import require_column
from .geometry import prepare, read_vector
from .loaded import Loaded
from .ubigeo import KEY_ALIASES, UbigeoReference, insert_key, normalise_key

DEFAULT_LAYER = "distritos"


def read_districts(
    path: str | Path, layer: str | None = None, reference: UbigeoReference | None = None, key: str | None = None
) -> Loaded:
    """Read a polygon layer of districts into EPSG:4326 with a text ``ubigeo`` column.

    For a GeoPackage with several layers, ``layer`` defaults to ``distritos``.
    """
    path = Path(path)
    loaded = Loaded("districts", str(path))
    report = loaded.report
    if layer is None and path.suffix.lower() == ".gpkg" and path.exists():
        from .geometry import list_layers, vector_errors

        try:
            layers = list_layers(path)
        except vector_errors():
            layers = []
        layer = DEFAULT_LAYER if DEFAULT_LAYER in layers else None
    frame = read_vector(path, layer, report)
    if frame is None:
        return loaded
    types = set(frame.geometry.dropna().geom_type)
    if not types <= {"Polygon", "MultiPolygon"}:
        report.add(Severity.ERROR, "wrong_geometry_type", path, found=", ".join(sorted(types)), expected="polygons")
        return loaded
    column = require_column(frame, "ubigeo", (key,) if key else KEY_ALIASES, str(path), report)
    if column is None:
        return loaded
    frame = prepare(frame, str(path), report)
    if frame is None:
        return loaded
    codes, level = normalise_key(frame, column, str(path), report, reference)
    frame = frame.drop(columns=[column])
    frame = insert_key(frame, codes)
    frame = frame[frame["ubigeo"].notna()].drop_duplicates("ubigeo")
    loaded.data = frame.reset_index(drop=True)
    loaded.attrs["level"] = level
    return loaded
