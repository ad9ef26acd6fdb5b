"""Layer styles: fixed styles live in ``resources/styles/<layer_key>.qml``; rasters without one get a
colour ramp stretched over their own values (2–98 % cumulative cut).

``OUTPUTS`` is the one table of how every output layer looks (its group, field, colour ramp, classes, decimals,
unit or .qml), read by the dock's pages, the Processing algorithms and printing through :func:`style_output`,
so that a job's layer looks the same wherever it is made. Class breaks are computed in core (the jobs' results
carry them, ``classes`` of them); the table says how to draw them.
"""

from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsColorRampShader,
    QgsMapLayer,
    QgsRasterLayer,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
    QgsStyle,
)

from .groups import DATA_GROUP, MODELS_GROUP, SCENARIOS_GROUP
from .toolbelt.i18n import QT_TR_NOOP, number, tr

STYLES = Path(__file__).resolve().parents[1] / "resources" / "styles"
RASTER_RAMPS = {"night_lights": "Inferno", "ndvi": "Greens", "population_density": "Magma"}
DEFAULT_RAMP = "Viridis"
CLASSES = 7


@dataclass(frozen=True)
class Output:
    """How one output layer looks. A graduated output names its ``field`` and colour ``ramp`` (classes
    computed in core: ``classes`` of them, or ``None`` when symmetric around zero), the ``decimals`` and
    ``unit`` of its legend, whether the ramp is ``invert``-ed; a fixed one names its ``qml``
    (``resources/styles/<qml>.qml``)."""

    group: str
    field: str | None = None
    ramp: str | None = None
    classes: int | None = None
    decimals: int = 1
    unit: str = ""
    invert: bool = False
    qml: str | None = None


# layer key -> how it looks; graduated outputs are keyed by their field
OUTPUTS: dict[str, Output] = {
    "districts": Output(DATA_GROUP, qml="districts"),
    "water_points": Output(DATA_GROUP, qml="water_points"),
    "district_features": Output(DATA_GROUP, qml="district_features"),
    "water_risk_districts": Output(MODELS_GROUP, qml="water_risk_districts"),
    "water_risk_systems": Output(MODELS_GROUP, qml="water_risk_systems"),
    "poverty_pct": Output(MODELS_GROUP, "poverty_pct", "Reds", 5, 1, " %"),
    "interval_width": Output(MODELS_GROUP, "interval_width", "Purples", 5, 1, " pp"),
    "hotspots": Output(MODELS_GROUP, qml="hotspots"),  # with the local Moran clusters as a second style
    "child_risk_index": Output(MODELS_GROUP, "child_risk_index", "YlOrRd", 5, 1, ""),
    "stunting_pct": Output(MODELS_GROUP, "stunting_pct", "Oranges", 5, 1, " %"),
    "anemia_pct": Output(MODELS_GROUP, "anemia_pct", "Purples", 5, 1, " %"),
    "growth_pct": Output(MODELS_GROUP, "growth_pct", "RdBu", None, 1, " %", invert=True),
    "unserved": Output(SCENARIOS_GROUP, "unserved", "Reds", 5, 0, ""),
    "served_share_diff_pp": Output(SCENARIOS_GROUP, "served_share_diff_pp", "RdBu", 7, 1, " pp"),
}


TIP_FIELDS = {"water_risk_systems": "risk", "water_risk_districts": "population_alto_share"}  # map tips' value


def style_output(layer, key: str, minimum: float | None = None, breaks: list[float] | None = None) -> bool:
    """Style ``layer`` as the output ``key`` of ``OUTPUTS`` looks: a graduated output from core's class
    ``minimum`` and ``breaks`` (upper bounds), a fixed one from its .qml; return whether a style was applied.
    Then its field aliases, and a model's skill in its metadata and map tips (``describe.describe_output``)."""
    from .describe import describe_output

    styled = _style_output(layer, key, minimum, breaks)
    output = OUTPUTS[key]
    describe_output(layer, key, output.field or TIP_FIELDS.get(key), output.decimals if output.field else 2)
    return styled


def _style_output(layer, key: str, minimum: float | None, breaks: list[float] | None) -> bool:
    output = OUTPUTS[key]
    if output.field is None:
        if key == "hotspots":
            style_hotspots(layer)
            return True
        if key == "water_risk_systems" and layer.fields().indexOf("status") >= 0:
            style_water_risk_systems(layer)
            return True
        return apply_style(layer, output.qml)
    if minimum is None or breaks is None:
        raise ValueError(f"the output {key} is graduated: its class minimum and breaks are needed")
    style_graduated(layer, output.field, minimum, breaks, output.ramp, output.decimals, output.unit, output.invert)
    return True


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
    if unit == " pp":
        unit = " " + tr("pp")  # percentage points: "p. p." in Spanish
    bounds = [minimum, *breaks]
    ranges = []
    for index in range(len(breaks)):
        lower, upper = bounds[index], bounds[index + 1]
        symbol = QgsFillSymbol.createSimple({"outline_color": "#7a7a7a", "outline_width": "0.1"})
        symbol.setColor(ramp.color(index / max(1, len(breaks) - 1)))
        label = f"{number(lower, decimals)} – {number(upper, decimals)}{unit}"  # the user's way: 66,6 in Spanish
        ranges.append(QgsRendererRange(lower, upper, symbol, label))
    renderer = QgsGraduatedSymbolRenderer(field, ranges)
    renderer.setSourceColorRamp(ramp)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


def style_sites(layer) -> None:
    """New water points (siting, scenarios) as large blue stars."""
    from qgis.core import QgsMarkerSymbol, QgsSingleSymbolRenderer

    symbol = QgsMarkerSymbol.createSimple(
        {"name": "star", "color": "#0b5fa5", "outline_color": "white", "size": "4.2", "outline_width": "0.3"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.triggerRepaint()


def style_hotspots(layer) -> None:
    """Gi* classes as the layer's style; the local Moran clusters as a second style (Layer ▸ Styles)."""
    manager = layer.styleManager()
    apply_style(layer, "local_moran")
    manager.addStyleFromLayer(tr("Local Moran clusters"))
    apply_style(layer, "hotspots")
    manager.renameStyle(manager.currentStyle(), tr("Getis-Ord Gi* hotspots"))


# water-risk systems: observed or estimated, and how risky (issue 18) ------------------------------------------
# (rule label, filter, marker shape, fill, outline, size in mm), in the legend's order
WATER_RISK_RULES = (
    (
        QT_TR_NOOP("Observed: treatment not working"),
        "status = 'observed' AND risk_class = 'alto'",
        "square",
        "#b2182b",
        "#000000",
        3.0,
    ),
    (
        QT_TR_NOOP("Observed: treatment working"),
        "status = 'observed' AND risk_class <> 'alto'",
        "square",
        "#2166ac",
        "#000000",
        3.0,
    ),
    (
        QT_TR_NOOP("Estimated: high risk"),
        "status = 'estimated' AND risk_class = 'alto'",
        "circle",
        "#ef8a62",
        "#ffffff",
        2.2,
    ),
    (
        QT_TR_NOOP("Estimated: medium risk"),
        "status = 'estimated' AND risk_class = 'medio'",
        "circle",
        "#fddbc7",
        "#7a7a7a",
        2.0,
    ),
    (
        QT_TR_NOOP("Estimated: low risk"),
        "status = 'estimated' AND risk_class = 'bajo'",
        "circle",
        "#92c5de",
        "#ffffff",
        2.0,
    ),
    (
        QT_TR_NOOP("Estimated without local evidence (department rate)"),
        "risk_class = 'sin_evidencia'",
        "circle",
        "#bdbdbd",
        "#8a8a8a",
        1.6,
    ),
)


def style_water_risk_systems(layer) -> None:
    """Systems by status and risk (a rule-based renderer, ``WATER_RISK_RULES``): observed ones as squares in
    their observed state, estimated ones as circles by class, and those without local evidence in grey, labelled
    as such; the map tip gives the status, the risk and the department's rate with its 90 % interval."""
    from qgis.core import QgsFeatureRequest, QgsMarkerSymbol, QgsRuleBasedRenderer

    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, shape, fill, outline, size in WATER_RISK_RULES:
        symbol = QgsMarkerSymbol.createSimple(
            {"name": shape, "color": fill, "outline_color": outline, "outline_width": "0.2", "size": str(size)}
        )
        if fill == "#bdbdbd":  # no evidence: a pale, see-through mark
            symbol.setOpacity(0.6)
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, tr(label)))
    renderer = QgsRuleBasedRenderer(root)
    # no evidence drawn first (below), then the estimates, the observed systems on top
    order = "CASE WHEN \"status\" = 'observed' THEN 2 WHEN \"risk_class\" = 'sin_evidencia' THEN 0 ELSE 1 END"
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(order, True)]))
    renderer.setOrderByEnabled(True)
    layer.setRenderer(renderer)
    layer.setMapTipTemplate(water_risk_map_tip())
    layer.triggerRepaint()


def water_risk_map_tip() -> str:
    """The systems' map tip: name, status and risk, and the department rate where nothing is observed near."""
    return (
        '<b>[% "name" %]</b> ([% "ID" %])<br>'
        + tr("Status")
        + ": [% CASE WHEN \"status\" = 'observed' THEN '"
        + tr("observed")
        + "' || ' (' || \"source\" || ', ' || coalesce(to_string(\"observed_on\"), '') || ')' ELSE '"
        + tr("estimated")
        + "' END %]<br>"
        + tr("Risk")
        + ': [% format_number("risk", 2) %] ([% "risk_class" %]); '
        + tr("evidence")
        + ': [% "evidence" %]<br>'
        + tr("Department rate")
        + ': [% format_number("department_rate", 2) %] '
        + '([% format_number("department_rate_lo", 2) %]–[% format_number("department_rate_hi", 2) %])'
    )
