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

from .toolbelt.i18n import tr

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


def style_graduated(
    layer,
    field: str,
    minimum: float,
    breaks: list[float],
    ramp_name: str = "Reds",
    decimals: int = 1,
    unit: str = "",
    invert: bool = False,
) -> None:
    """A graduated renderer on ``field``: classes from ``minimum`` up to each of ``breaks`` (upper bounds,
    computed in core with mapclassify), coloured along the QGIS colour ramp ``ramp_name``."""
    from qgis.core import QgsFillSymbol, QgsGraduatedSymbolRenderer, QgsRendererRange

    ramp = QgsStyle.defaultStyle().colorRamp(ramp_name)
    if invert:
        ramp.invert()
    bounds = [minimum, *breaks]
    ranges = []
    for index in range(len(breaks)):
        lower, upper = bounds[index], bounds[index + 1]
        symbol = QgsFillSymbol.createSimple({"outline_color": "#7a7a7a", "outline_width": "0.1"})
        symbol.setColor(ramp.color(index / max(1, len(breaks) - 1)))
        ranges.append(QgsRendererRange(lower, upper, symbol, f"{lower:.{decimals}f} – {upper:.{decimals}f}{unit}"))
    renderer = QgsGraduatedSymbolRenderer(field, ranges)
    renderer.setSourceColorRamp(ramp)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


def style_hotspots(layer) -> None:
    """Gi* classes as the layer's style; the local Moran clusters as a second style (Layer ▸ Styles)."""
    manager = layer.styleManager()
    apply_style(layer, "local_moran")
    manager.addStyleFromLayer(tr("Local Moran clusters"))
    apply_style(layer, "hotspots")
    manager.renameStyle(manager.currentStyle(), tr("Getis-Ord Gi* hotspots"))
