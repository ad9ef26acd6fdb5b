"""Put the embedded demo data on the map: styled layers in a group of the project."""

from pathlib import Path

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsVectorLayer

from .styling import apply_style
from .toolbelt.i18n import tr

DEMO_LAYERS = ("capital", "pais")  # drawing order: first on top


def add_demo_layers(project: QgsProject, gpkg: Path) -> QgsLayerTreeGroup:
    """Add the demo GeoPackage's layers to ``project`` in a group "AguaPerú – Demo" and return the group."""
    root = project.layerTreeRoot()
    group = root.insertGroup(0, tr("AguaPerú – Demo"))
    for name in DEMO_LAYERS:
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        if not layer.isValid():
            raise OSError(tr("The demo layer {0} could not be read from {1}.", name, gpkg))
        apply_style(layer, name)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    return group
