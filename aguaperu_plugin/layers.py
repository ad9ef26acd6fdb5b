"""Adapters between core's files and frames and the layers of a QGIS project."""

from pathlib import Path

from qgis.core import QgsLayerTreeGroup, QgsMapLayer, QgsProject, QgsRasterLayer, QgsVectorLayer

from .groups import DATA_GROUP
from .styling import OUTPUTS, apply_style, style_output
from .toolbelt.i18n import tr


def layer_group(project: QgsProject, name: str = DATA_GROUP) -> QgsLayerTreeGroup:
    """The project's group ``name`` (the group names are Spanish in every language), created when missing."""
    root = project.layerTreeRoot()
    return root.findGroup(name) or root.insertGroup(0, name)


OUTPUT_ID = "aguaperu/output_id"  # the custom property naming the output a layer shows


def default_output_id(key: str, layer: QgsMapLayer) -> str:
    """The id of the output ``key`` shown by ``layer``: the key, the file's name and the sub-layer (the layer's
    name for layers not stored in a file), the same from one run to the next and after the results folder
    moves with the project."""
    stored = layer_file(layer)
    if stored is None:
        return f"{key}|{layer.name()}"
    path, sublayer = stored
    return f"{key}|{path.name}|{sublayer or ''}"


def output_layer(project: QgsProject, identifier: str) -> QgsMapLayer | None:
    """The project's layer showing the output ``identifier``, or None."""
    for layer in project.mapLayers().values():
        if layer.customProperty(OUTPUT_ID) == identifier:
            return layer
    return None


def replace_layer(existing: QgsMapLayer, layer: QgsMapLayer) -> QgsMapLayer:
    """``existing`` reads what ``layer`` reads and looks as it looks (name, style, map tip, metadata); it keeps
    its id and its place in the layer tree."""
    from qgis.core import QgsDataProvider, QgsMapLayerStyle

    if existing.providerType() == "memory" and layer.providerType() == "memory":
        provider = existing.dataProvider()
        provider.truncate()
        provider.deleteAttributes(list(range(len(provider.fields()))))
        provider.addAttributes(layer.fields().toList())
        existing.updateFields()
        provider.addFeatures(list(layer.getFeatures()))
        existing.updateExtents()
    else:
        existing.setDataSource(layer.source(), layer.name(), layer.providerType(), QgsDataProvider.ProviderOptions())
    existing.setName(layer.name())
    style = QgsMapLayerStyle()
    style.readFromLayer(layer)
    style.writeToLayer(existing)
    existing.setMetadata(layer.metadata())
    for name in layer.customPropertyKeys():
        existing.setCustomProperty(name, layer.customProperty(name))
    existing.triggerRepaint()
    return existing


def add_to_group(
    project: QgsProject,
    layer: QgsMapLayer,
    style_key: str | None = None,
    group: str = DATA_GROUP,
    output_id: str | None = None,
) -> QgsMapLayer:
    """Style ``layer`` from ``resources/styles/<style_key>.qml`` and add it to ``group`` (the data group).

    With ``output_id``, a layer of the project already showing that output is updated in place instead
    (``replace_layer``: same id, same place in the tree) and returned: use the returned layer."""
    if not layer.isValid():
        raise OSError(tr("The layer {0} could not be opened.", layer.source()))
    if style_key:
        apply_style(layer, style_key)
    if output_id:
        layer.setCustomProperty(OUTPUT_ID, output_id)
        existing = output_layer(project, output_id)
        if existing is not None:
            return replace_layer(existing, layer)
    project.addMapLayer(layer, False)
    layer_group(project, group).insertLayer(0, layer)
    return layer


def add_output(
    project: QgsProject,
    layer: QgsMapLayer,
    key: str,
    minimum: float | None = None,
    breaks: list | None = None,
    output_id: str | None = None,
) -> QgsMapLayer:
    """Style ``layer`` as the output ``key`` looks (``styling.OUTPUTS``: graduated ones from core's class
    ``minimum`` and ``breaks``) and add it to that output's group; a re-run of the same output (``output_id``,
    by default ``default_output_id``) updates its layer in place. Use the returned layer."""
    if layer.isValid():
        style_output(layer, key, minimum, breaks)
    identifier = output_id or (default_output_id(key, layer) if layer.isValid() else None)
    return add_to_group(project, layer, None, OUTPUTS[key].group, identifier)


def vector_layer(path: Path, layer_name: str | None, display_name: str) -> QgsVectorLayer:
    uri = f"{path}|layername={layer_name}" if layer_name else str(path)
    return QgsVectorLayer(uri, display_name, "ogr")


def raster_layer(path: Path, display_name: str) -> QgsRasterLayer:
    return QgsRasterLayer(str(path), display_name, "gdal")


def layer_file(layer: QgsMapLayer) -> tuple[Path, str | None] | None:
    """The file behind a project layer and its sub-layer name, or None for layers not stored in a file."""
    from qgis.core import QgsProviderRegistry

    if layer.providerType() not in ("ogr", "gdal", "delimitedtext"):
        return None
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path") or ""
    if not path or not Path(path).exists():
        return None
    return Path(path), parts.get("layerName") or None


def layer_geometries(layer: QgsVectorLayer, columns: tuple[str, ...] = ()):
    """The layer's geometries (and ``columns``) as a GeoDataFrame (feature ids as index, the layer's CRS),
    for core."""
    import geopandas as gpd
    from qgis.PyQt.QtCore import QVariant
    from shapely import wkb

    ids, shapes, values = [], [], {column: [] for column in columns}
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        ids.append(feature.id())
        shapes.append(None if geometry.isNull() else wkb.loads(bytes(geometry.asWkb())))
        for column in columns:
            value = feature[column]
            values[column].append(None if value is None or isinstance(value, QVariant) else value)  # NULL
    return gpd.GeoDataFrame(values, geometry=shapes, index=ids, crs=layer.crs().toWkt() or None)


def new_field(name: str, kind: str = "double"):
    """A QgsField of ``kind`` ("double", "int" or "text"), built the way the running QGIS prefers
    (QMetaType from 3.38, QVariant before)."""
    from qgis.core import Qgis, QgsField

    if Qgis.versionInt() >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        types = {"double": QMetaType.Type.Double, "int": QMetaType.Type.Int, "text": QMetaType.Type.QString}
    else:
        from qgis.PyQt.QtCore import QVariant

        types = {"double": QVariant.Double, "int": QVariant.Int, "text": QVariant.String}
    return QgsField(name, types[kind])


def numeric_field(name: str, integer: bool = False):
    """A numeric QgsField (see ``new_field``)."""
    return new_field(name, "int" if integer else "double")


def plain_value(value):
    """A frame cell as a feature attribute: NaN becomes NULL; numpy numbers become Python numbers."""
    if value is None or value != value:
        return None
    return value.item() if hasattr(value, "item") else value
