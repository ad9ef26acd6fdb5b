"""Charts with pyqtgraph (imported only when a chart is drawn): model calibration, feature importance,
observed against predicted values."""

from collections.abc import Sequence

from qgis.PyQt.QtWidgets import QWidget

from .toolbelt.i18n import QT_TR_NOOP, tr

BLUE, GREY = (11, 95, 165), (150, 150, 150)


def _pyqtgraph():
    try:
        import pyqtgraph
    except ImportError as error:
        from ..core.errors import MissingDependencyError

        raise MissingDependencyError(
            "Charts need pyqtgraph in QGIS's Python: pip install pyqtgraph==0.13.7", package="pyqtgraph"
        ) from error
    pyqtgraph.setConfigOptions(antialias=True, background="w", foreground="k")
    return pyqtgraph


def calibration_chart(predicted: Sequence[float], observed: Sequence[float], parent: QWidget | None = None):
    """Observed frequency against mean predicted probability per bin, with the diagonal of perfect calibration."""
    pg = _pyqtgraph()
    plot = pg.PlotWidget(parent)
    _wrapped_title(plot, tr("Calibration"))
    plot.setObjectName("aguaperu_calibration_chart")
    plot.setLabel("bottom", tr("Predicted probability"))
    plot.setLabel("left", tr("Observed share at risk"))
    plot.setXRange(0, 1)
    plot.setYRange(0, 1)
    plot.plot([0, 1], [0, 1], pen=pg.mkPen(GREY, style=2))
    plot.plot(list(predicted), list(observed), pen=pg.mkPen(BLUE, width=2), symbol="o", symbolBrush=BLUE)
    plot.setMinimumHeight(200)
    return plot


def importance_chart(
    names: Sequence[str],
    values: Sequence[float],
    parent: QWidget | None = None,
    title: str | None = None,
    axis_label: str | None = None,
):
    """Horizontal bars, most important feature on top (default titles: the water-risk model's ROC-AUC drop);
    feature ids are shown as their labels in the user's language (``feature_names``)."""
    from qgis.PyQt.QtGui import QFontMetrics

    from .feature_names import feature_label

    names = [feature_label(str(name)) for name in names]
    pg = _pyqtgraph()
    plot = pg.PlotWidget(parent, axisItems={"bottom": _locale_axis(pg, "bottom")})
    plot.setObjectName("aguaperu_importance_chart")
    metrics = QFontMetrics(plot.font())
    _wrapped_title(plot, title or tr("Permutation importance (ROC-AUC drop)"))
    order = sorted(range(len(values)), key=lambda i: values[i])
    bars = pg.BarGraphItem(x0=0, y=list(range(len(order))), height=0.7, width=[values[i] for i in order], brush=BLUE)
    plot.addItem(bars)
    axis = plot.getAxis("left")
    axis.setStyle(tickFont=plot.font())  # the font the labels are measured with
    texts = [_wrapped(names[i], metrics, LABEL_WIDTH, lines=3) for i in order]
    axis.setTicks([list(enumerate(texts))])
    widest = max((metrics.horizontalAdvance(line) for text in texts for line in text.split("\n")), default=60)
    axis.setWidth(widest + 12)  # a label wider than its axis is not drawn at all
    plot.setLabel("bottom", axis_label or tr("Drop of ROC-AUC"))
    top = max((float(value) for value in values), default=0.0)
    if top > 0:  # two ticks, 0 and a round value near the longest bar: a narrow chart's numbers never overlap
        import math

        from .toolbelt.i18n import number

        step = 10 ** math.floor(math.log10(top))
        tick = math.floor(top / step) * step
        decimals = max(0, -math.floor(math.log10(step)))
        plot.getAxis("bottom").setTicks([[(0.0, "0"), (tick, number(tick, decimals))]])
    lines = max((text.count("\n") + 1 for text in texts), default=1)
    plot.setYRange(-0.5, len(order) - 0.5, padding=0)  # half a row above the top bar: its label is whole
    plot.setMinimumHeight(max(200, 90 + (lines * metrics.height() + 2) * len(order)))
    return plot


LABEL_WIDTH = 150  # pixels of a chart's row label in the dock (wrapped on three lines, then elided)


def _wrapped_title(plot, title: str, width: int = 180) -> None:
    """``title`` over the whole of ``plot`` (not only over its data), on as many lines as a dock-wide chart needs
    (pyqtgraph gives a title one line of 30 px: the row grows with the lines), measured in the title's own
    font."""
    from qgis.PyQt.QtGui import QFontMetrics

    item = plot.getPlotItem()
    item.setTitle(title)
    text = _wrapped(title, QFontMetrics(item.titleLabel.item.font()), width, lines=3)
    item.setTitle(text.replace("\n", "<br>"))
    item.layout.removeItem(item.titleLabel)
    item.layout.addItem(item.titleLabel, 0, 0, 1, 3)
    height = item.titleLabel.item.boundingRect().height() + 4  # every line of it
    item.titleLabel.setMaximumHeight(height)
    item.titleLabel.setMinimumHeight(height)
    item.layout.setRowFixedHeight(0, height)


def observed_predicted_chart(
    observed: Sequence[float],
    predicted: Sequence[float],
    low: Sequence[float] | None = None,
    high: Sequence[float] | None = None,
    title: str | None = None,
    parent: QWidget | None = None,
):
    """Predicted against observed values (one dot per district), their 90 % intervals as vertical bars,
    and the diagonal of perfect prediction."""
    pg = _pyqtgraph()
    plot = pg.PlotWidget(parent)
    _wrapped_title(plot, title or tr("Observed and predicted"))
    plot.setObjectName("aguaperu_observed_predicted_chart")
    plot.setLabel("bottom", tr("Observed (%)"))
    plot.setLabel("left", tr("Predicted (%)"))
    values = [*observed, *predicted, *(high or [])]
    top = max(values, default=100.0)
    if low is not None and high is not None:
        import numpy as np

        x, lo, hi, y = (np.asarray(v, dtype=float) for v in (observed, low, high, predicted))
        bars = pg.ErrorBarItem(x=x, y=y, top=hi - y, bottom=y - lo, beam=0, pen=pg.mkPen((*BLUE, 45)))
        plot.addItem(bars)
    plot.plot([0, top], [0, top], pen=pg.mkPen(GREY, style=2))
    plot.plot(
        list(observed), list(predicted), pen=None, symbol="o", symbolSize=4, symbolBrush=(*BLUE, 150), symbolPen=None
    )
    plot.setXRange(0, top)
    plot.setYRange(0, top)
    plot.setMinimumHeight(240)
    return plot


def demand_chart(history, forecast, periods=(), title: str | None = None, parent: QWidget | None = None):
    """One area's recent hourly flow, its forecast with 80 % and 95 % bands, and anomalous periods shaded.

    ``history``: Series (time index, L/s); ``forecast``: frame with ``timestamp, forecast, lower_80, upper_80,
    lower_95, upper_95``; ``periods``: (start, end) pairs of anomalous periods."""
    pg = _pyqtgraph()
    axis = pg.DateAxisItem(orientation="bottom", utcOffset=0)  # naive wall-clock times, shown as they are
    plot = pg.PlotWidget(parent, axisItems={"bottom": axis})
    _wrapped_title(plot, title or tr("Demand"))
    plot.setObjectName("aguaperu_demand_chart")
    plot.setLabel("left", tr("Flow (L/s)"))
    plot.addLegend(offset=(5, 5))

    def seconds(index) -> list[float]:
        return [stamp.timestamp() for stamp in index]

    x = seconds(forecast["timestamp"])
    for low, high, alpha in (("lower_95", "upper_95", 40), ("lower_80", "upper_80", 80)):
        edges = [pg.PlotCurveItem(x, list(forecast[column]), pen=pg.mkPen((*BLUE, alpha))) for column in (low, high)]
        plot.addItem(pg.FillBetweenItem(*edges, brush=(*BLUE, alpha)))
    plot.plot(seconds(history.index), list(history), pen=pg.mkPen(GREY, width=1), name=tr("Observed"))
    plot.plot(x, list(forecast["forecast"]), pen=pg.mkPen(BLUE, width=2), name=tr("Forecast"))
    first = history.index[0].timestamp() if len(history) else x[0]
    for start, end in periods:
        if end.timestamp() >= first:
            region = pg.LinearRegionItem((start.timestamp(), end.timestamp()), movable=False, brush=(220, 60, 60, 50))
            plot.addItem(region)
    plot.setMinimumHeight(240)
    return plot


def supply_chart(per_source, demand, title: str | None = None, parent: QWidget | None = None):
    """Hourly flow sent by each source (one line each) and the total demand (dashed), in L/s."""
    pg = _pyqtgraph()
    plot = pg.PlotWidget(parent, axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
    _wrapped_title(plot, title or tr("Supply"))
    plot.setObjectName("aguaperu_supply_chart")
    plot.setLabel("left", tr("Flow (L/s)"))
    plot.addLegend(offset=(5, 5))
    x = [stamp.timestamp() for stamp in per_source.index]
    colours = ((11, 95, 165), (230, 120, 30), (40, 150, 70), (150, 60, 160), (190, 50, 50))
    for number, source in enumerate(per_source.columns):
        pen = pg.mkPen(colours[number % len(colours)], width=2)
        plot.plot(x, list(per_source[source]), pen=pen, name=str(source))
    demand_x = [stamp.timestamp() for stamp in demand.index]
    plot.plot(demand_x, list(demand), pen=pg.mkPen(GREY, width=1, style=2), name=tr("Demand"))
    plot.setMinimumHeight(220)
    return plot


def area_comparison_chart(values: dict, names: Sequence[str], parent: QWidget | None = None, title: str | None = None):
    """Stunting, anaemia and the child-risk index of an area next to its department's and Peru's (grouped bars),
    with the area's 90 % intervals as error bars.

    ``values``: ``core.models.child_risk.comparison`` output; ``names``: labels of the area, its department and Peru."""
    import numpy as np

    pg = _pyqtgraph()
    plot = pg.PlotWidget(parent)
    _wrapped_title(plot, title or tr("Compared with its department and Peru"))
    plot.setObjectName("aguaperu_child_comparison_chart")
    indicators = ("stunting_pct", "anemia_pct", "child_risk_index")
    colours = (BLUE, (240, 140, 40), GREY)
    width = 0.26
    legend = plot.addLegend(offset=(10, 5))  # top left: the stunting bars are the lowest
    for group, (key, colour) in enumerate(zip(("area", "department", "peru"), colours, strict=True)):
        x = np.arange(len(indicators)) + (group - 1) * width
        heights = [values[key][name] for name in indicators]
        bars = pg.BarGraphItem(x=x, height=heights, width=width * 0.95, brush=colour, pen=None)
        plot.addItem(bars)
        legend.addItem(bars, names[group])
    area = values["area"]
    x = np.arange(2) - width
    y = np.array([area["stunting_pct"], area["anemia_pct"]])
    top = np.array([area["stunting_hi90"], area["anemia_hi90"]]) - y
    bottom = y - np.array([area["stunting_lo90"], area["anemia_lo90"]])
    plot.addItem(pg.ErrorBarItem(x=x, y=y, top=top, bottom=bottom, beam=0.08, pen=pg.mkPen("k", width=1.5)))
    from qgis.PyQt.QtGui import QFontMetrics

    axis = plot.getAxis("bottom")
    font = plot.font()
    font.setPointSizeF(font.pointSizeF() * 0.85)  # three groups under a dock-wide chart: a word fits its group
    axis.setStyle(tickFont=font)
    metrics = QFontMetrics(font)
    names = (tr("Stunting (%)"), tr("Anaemia (%)"), tr("Child-risk index"))
    ticks = [_wrapped(text, metrics, 72) for text in names]
    axis.setToolTip("\n".join(names))  # whole, where a narrow chart cuts one
    axis.setTicks([list(enumerate(ticks))])  # each under its bars, on up to three lines: none is dropped
    axis.setHeight(max(text.count("\n") + 1 for text in ticks) * metrics.height() + 12)
    plot.setLabel("left", tr("% of children / index (0-100)"))
    highest = max([area["stunting_hi90"], area["anemia_hi90"]] + [values[k][n] for k in values for n in indicators])
    plot.setYRange(0, 1.25 * highest)  # room for the legend above the bars
    plot.setXRange(-0.5, len(indicators) - 0.5, padding=0.02)  # the three groups, whole
    plot.setMinimumHeight(300)
    return plot


class KpiSplitChart(QWidget):
    """``kpi_split_chart``'s widget: its ``title`` (a label above the plot), its ``plot`` (a pyqtgraph
    ``PlotWidget``) and its ``legend`` (a label under the plot), so that neither title nor legend hides a bar or
    a row's label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.plot = self.legend = None


def _wrapped(label: str, metrics, width: int, lines: int = 3) -> str:
    """``label`` in at most ``lines`` lines of at most ``width`` pixels (words kept whole; the last line elided
    with "…" when the words do not fit)."""
    from qgis.PyQt.QtCore import Qt

    wrapped = []
    for word in label.split():
        joined = f"{wrapped[-1]} {word}" if wrapped else word
        if wrapped and metrics.horizontalAdvance(joined) <= width:
            wrapped[-1] = joined
        else:
            wrapped.append(word)
    wrapped = wrapped[: lines - 1] + [" ".join(wrapped[lines - 1 :])] if len(wrapped) > lines else wrapped
    return "\n".join(metrics.elidedText(line, Qt.ElideRight, width) for line in wrapped)


def _locale_axis(pg, orientation: str, language: str | None = None):
    """A pyqtgraph axis whose tick numbers are written in ``language`` (default: QGIS's; "2,5" in Spanish)."""
    import math

    from .toolbelt.i18n import number

    class LocaleAxis(pg.AxisItem):
        def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
            step = abs(spacing * scale)
            decimals = max(0, math.ceil(-math.log10(step))) if step else 0
            return [number(value * scale, decimals, language) for value in values]

    return LocaleAxis(orientation)


def kpi_split_chart(
    labels: Sequence[str],
    series: dict,
    parent: QWidget | None = None,
    title: str | None = None,
    words: tuple[str, str] | None = None,
    label_width: int = 150,
    axis_label: str | None = None,
    language: str | None = None,
) -> KpiSplitChart:
    """Horizontal bars side by side: each scenario's change of each KPI against the baseline (% of the
    baseline) split into what its assumptions did (light) and what its plan did (dark), one colour per scenario.
    The title is a label above the plot and the legend one under it, so that they never hide a bar; every row
    keeps its label (wrapped on up to three lines of at most ``label_width`` pixels; an elided one is whole in
    the axis's tooltip); the numbers of the axis are in the user's locale.

    ``series``: scenario name → ``(assumptions, plan)``, two sequences in the order of ``labels``; ``words``:
    the legend's two templates (``{0}``: the scenario) and ``axis_label`` the bottom axis's title, by default in
    QGIS's language; ``language``: how the axis writes numbers (default: QGIS's)."""
    from html import escape

    import numpy as np
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QFontMetrics
    from qgis.PyQt.QtWidgets import QLabel, QSizePolicy, QVBoxLayout

    pg = _pyqtgraph()
    colours = (BLUE, (240, 140, 40), (60, 160, 90), (150, 80, 160))
    templates = words or (tr("{0}: by its assumptions"), tr("{0}: by its plan"))
    chart = KpiSplitChart(parent)
    chart.setObjectName("aguaperu_kpi_split_chart")
    layout = QVBoxLayout(chart)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.setSpacing(2)
    chart.title = QLabel(title or tr("Change against the baseline (%)"), chart)
    chart.title.setObjectName("aguaperu_kpi_split_chart_title")
    chart.title.setAlignment(Qt.AlignCenter)
    chart.title.setWordWrap(True)
    font = chart.title.font()
    font.setBold(True)
    chart.title.setFont(font)
    chart.plot = pg.PlotWidget(chart, axisItems={"bottom": _locale_axis(pg, "bottom", language)})
    chart.plot.setObjectName("aguaperu_kpi_split_chart_plot")

    height = 0.8 / max(1, 2 * len(series))
    lines = []
    for number, (name, parts) in enumerate(series.items()):
        keys = []
        colour = colours[number % len(colours)]
        light = tuple(int(255 - 0.45 * (255 - c)) for c in colour)
        for part, (values, brush) in enumerate(((parts[0], light), (parts[1], colour))):
            bar = 2 * number + part
            y = np.arange(len(labels)) + (bar - (2 * len(series) - 1) / 2) * height
            widths = np.nan_to_num(np.asarray(values, dtype=float))
            pen = pg.mkPen(colour)
            chart.plot.addItem(pg.BarGraphItem(x0=0, y=y, height=height * 0.9, width=widths, brush=brush, pen=pen))
            swatch = "rgb({},{},{})".format(*brush)
            keys.append(f'<span style="color:{swatch}">&#9632;</span>&nbsp;{escape(templates[part].format(name))}')
        lines.append("&nbsp;&nbsp; ".join(keys))  # one line per scenario (wrapped when the chart is narrow)
    chart.legend = QLabel("<br>".join(lines), chart)
    chart.legend.setObjectName("aguaperu_kpi_split_chart_legend")
    chart.legend.setTextFormat(Qt.RichText)
    chart.legend.setAlignment(Qt.AlignCenter)
    chart.legend.setWordWrap(True)

    axis = chart.plot.getAxis("left")
    axis.setStyle(tickFont=chart.plot.font())  # the font the labels are measured with
    metrics = QFontMetrics(chart.plot.font())
    texts = [_wrapped(str(label), metrics, label_width) for label in labels]
    axis.setTicks([list(enumerate(texts))])
    widest = max((metrics.horizontalAdvance(line) for text in texts for line in text.split("\n")), default=60)
    axis.setWidth(widest + 16)  # a label wider than its axis is not drawn at all
    cut = [str(label) for label, text in zip(labels, texts, strict=True) if text.replace("\n", " ") != label]
    if cut:
        axis.setToolTip("\n".join(cut))
    chart.plot.addLine(x=0, pen=pg.mkPen(GREY))
    chart.plot.setLabel("bottom", axis_label or tr("% of the baseline"))
    lines = max((text.count("\n") + 1 for text in texts), default=1)
    chart.plot.setMinimumHeight(70 + (lines * metrics.height() + 10) * len(labels))  # room for every row's lines
    chart.plot.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
    layout.addWidget(chart.title)
    layout.addWidget(chart.plot, 1)
    layout.addWidget(chart.legend)
    return chart


PARAMETER_NAMES = {
    "chlorine": QT_TR_NOOP("Free residual chlorine"),
    "total_coliforms": QT_TR_NOOP("Total coliforms"),
    "thermotolerant_coliforms": QT_TR_NOOP("Thermotolerant coliforms"),
    "e_coli": QT_TR_NOOP("E. coli"),
}
RED = (178, 24, 43)


def measurement_chart(history, system: str, parent: QWidget | None = None, shown: int = 3):
    """The measurements of one system over time, one plot per parameter (the deciding ones first, at most
    ``shown``), each with the standard's limits as dashed red lines and the points outside them in red.

    ``history``: the rows of ``core.models.water_risk.survey.measurement_history`` for the system (``date,
    parameter, value, unit, limit_low, limit_high``)."""
    import numpy as np
    from qgis.PyQt.QtWidgets import QVBoxLayout

    pg = _pyqtgraph()
    box = QWidget(parent)
    box.setObjectName("aguaperu_measurement_chart")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    order = [p for p in PARAMETER_NAMES if p in set(history["parameter"])]
    order += sorted(set(history["parameter"]) - set(order))
    for parameter in order[:shown]:
        rows = history[history["parameter"].eq(parameter)].sort_values("date")
        name = tr(PARAMETER_NAMES[parameter]) if parameter in PARAMETER_NAMES else str(parameter)
        unit = str(rows["unit"].iloc[0]) if len(rows) else ""
        plot = pg.PlotWidget(box, axisItems={"bottom": pg.DateAxisItem()})
        _wrapped_title(plot, tr("{0}: {1}", system, name))
        plot.setObjectName(f"aguaperu_measurement_{parameter}")
        when = np.array([stamp.timestamp() for stamp in rows["date"]], dtype=float)
        values = rows["value"].to_numpy(dtype=float)
        low, high = rows["limit_low"].dropna(), rows["limit_high"].dropna()
        outside = np.zeros(len(values), dtype=bool)
        for limit, label in ((low, tr("minimum")), (high, tr("maximum"))):
            if len(limit):
                level = float(limit.iloc[-1])
                line = pg.InfiniteLine(
                    pos=level,
                    angle=0,
                    pen=pg.mkPen(RED, width=1.5, style=2),
                    label=tr("{0} {1:g} {2}", label, level, unit),
                    labelOpts={"position": 0.1, "color": RED, "fill": (255, 255, 255, 200)},
                )
                plot.addItem(line)
                outside |= values < level if limit is low else values > level
        plot.plot(when, values, pen=pg.mkPen(BLUE, width=2))
        brushes = [pg.mkBrush(RED if bad else BLUE) for bad in outside]
        plot.plot(when, values, pen=None, symbol="o", symbolBrush=brushes, symbolSize=8)
        plot.setLabel("left", unit)
        plot.setMinimumHeight(180)
        layout.addWidget(plot)
    return box
