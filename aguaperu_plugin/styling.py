"""Layer styles: fixed styles live in ``resources/styles/<layer_key>.qml``."""

from pathlib import Path

from qgis.core import QgsMapLayer

STYLES = Path(__file__).resolve().parents[1] / "resources" / "styles"


def apply_style(layer: QgsMapLayer, key: str) -> bool:
    """Load ``resources/styles/<key>.qml`` into ``layer``; return whether a style was found and loaded."""
    qml = STYLES / f"{key}.qml"
    if not qml.exists():
        return False
    _message, ok = layer.loadNamedStyle(str(qml))
    if ok:
        layer.triggerRepaint()
    return ok
