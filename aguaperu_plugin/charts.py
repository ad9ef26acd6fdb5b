"""Charts with pyqtgraph (imported only when a chart is drawn): model calibration and feature importance."""

from collections.abc import Sequence

from qgis.PyQt.QtWidgets import QWidget

from .toolbelt.i18n import tr

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
    plot = pg.PlotWidget(parent, title=tr("Calibration"))
    plot.setObjectName("aguaperu_calibration_chart")
    plot.setLabel("bottom", tr("Predicted probability"))
    plot.setLabel("left", tr("Observed share at risk"))
    plot.setXRange(0, 1)
    plot.setYRange(0, 1)
    plot.plot([0, 1], [0, 1], pen=pg.mkPen(GREY, style=2))
    plot.plot(list(predicted), list(observed), pen=pg.mkPen(BLUE, width=2), symbol="o", symbolBrush=BLUE)
    plot.setMinimumHeight(200)
    return plot


def importance_chart(names: Sequence[str], values: Sequence[float], parent: QWidget | None = None):
    """Horizontal bars, most important feature on top."""
    pg = _pyqtgraph()
    plot = pg.PlotWidget(parent, title=tr("Permutation importance (ROC-AUC drop)"))
    plot.setObjectName("aguaperu_importance_chart")
    order = sorted(range(len(values)), key=lambda i: values[i])
    bars = pg.BarGraphItem(x0=0, y=list(range(len(order))), height=0.7, width=[values[i] for i in order], brush=BLUE)
    plot.addItem(bars)
    axis = plot.getAxis("left")
    axis.setTicks([[(row, names[i]) for row, i in enumerate(order)]])
    axis.setWidth(max(60, 6 * max((len(name) for name in names), default=10)))
    plot.setLabel("bottom", tr("Drop of ROC-AUC"))
    plot.setMinimumHeight(max(200, 18 * len(order)))
    return plot
