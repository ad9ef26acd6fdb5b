"""Layer styles: fixed styles live in ``resources/styles/<layer_key>.qml``; rasters without one get a
colour ramp stretched over their own values (2–98 % cumulative cut)."""

from pathlib import Path

from qgis.core import (
    QgsColorRampShader,
    QgsMapLayer,
    QgsRasterLayer,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
    QgsStyle,
)

STYLES = Path(__file__).resolve().parents[1] / "resources" / "styles"
RASTER_RAMPS = {"night_lights": "Inferno", "ndvi": "Greens", "population_density": "Magma"}
DEFAULT_RAMP = "Viridis"
CLASSES = 7


def apply_style(layer: QgsMapLayer, key: str) -> bool:
    """Style ``layer`` for ``key``; return whether a style was applied."""
    qml = STYLES / f"{key}.qml"
    if qml.exists():
        _message, ok = layer.loadNamedStyle(str(qml))
    elif isinstance(layer, QgsRasterLayer):
        ok = style_raster(layer, RASTER_RAMPS.get(key, DEFAULT_RAMP))
    else:
        return False
    if ok:
        layer.triggerRepaint()
    return ok


def style_raster(layer: QgsRasterLayer, ramp_name: str) -> bool:
    """A pseudo-colour ramp over the band's 2–98 % range, with nodata transparent."""
    provider = layer.dataProvider()
    low, high = provider.cumulativeCut(1, 0.02, 0.98, layer.extent(), 250000)
    if not low < high:  # a nearly constant band: use its whole range
        low, high = provider.cumulativeCut(1, 0.0, 1.0, layer.extent(), 250000)
    if not low < high:
        return False
    ramp = QgsStyle.defaultStyle().colorRamp(ramp_name)
    shader_function = QgsColorRampShader(low, high, ramp)
    shader_function.setColorRampType(QgsColorRampShader.Interpolated)
    shader_function.classifyColorRamp(CLASSES)
    shader = QgsRasterShader(low, high)
    shader.setRasterShaderFunction(shader_function)
    renderer = QgsSingleBandPseudoColorRenderer(provider, 1, shader)
    renderer.setClassificationMin(low)
    renderer.setClassificationMax(high)
    layer.setRenderer(renderer)
    return True
