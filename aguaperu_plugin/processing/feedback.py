"""Adapters from QgsProcessingFeedback to core's plain callables, and from reports to feedback lines."""

from qgis.core import QgsProcessingFeedback, QgsProcessingLayerPostProcessorInterface


def progress_of(feedback: QgsProcessingFeedback):
    def progress(fraction: float, message: str = "") -> None:
        feedback.setProgress(100.0 * fraction)
        if message:
            feedback.setProgressText(message)

    return progress


def push_report(report, feedback: QgsProcessingFeedback) -> None:
    """Every report item as a feedback line: errors as errors, warnings as warnings, notes as info."""
    from ..toolbelt.i18n import translated

    for item in report.items:
        message, fix = translated(item)
        where = item.file + (f" [{item.column}]" if item.column else "")
        rows = f" ({', '.join(map(str, item.rows))})" if item.rows else ""
        line = f"{where}: {message}{rows} → {fix}"
        if item.severity.value == "error":
            feedback.reportError(line, fatalError=False)
        elif item.severity.value == "warning":
            feedback.pushWarning(line)
        else:
            feedback.pushInfo(line)


def load_on_completion(context, uri: str, name: str, output: str, style) -> None:
    """Have Processing add the layer at ``uri`` to the project when the algorithm ends, with its AguaPerú style:
    ``style`` is a style key (``resources/styles/<key>.qml``) or a function that styles the layer."""
    from qgis.core import QgsProcessingContext

    details = QgsProcessingContext.LayerDetails(name, context.project(), output)
    details.setPostProcessor(StylePostProcessor.create(style))
    context.addLayerToLoadOnCompletion(uri, details)


def style_on_completion(context, dest_id: str, style) -> None:
    """Style a feature-sink output when Processing loads it (``style`` as in ``load_on_completion``)."""
    if context.willLoadLayerOnCompletion(dest_id):
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(StylePostProcessor.create(style))


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles a layer Processing loads: with ``resources/styles/<key>.qml``, or by calling a function."""

    _alive: list = []  # Processing keeps a plain pointer: the Python object must outlive the run

    def __init__(self, style) -> None:
        super().__init__()
        self.style = style

    @classmethod
    def create(cls, style) -> "StylePostProcessor":
        processor = cls(style)
        cls._alive.append(processor)
        return processor

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 (QGIS API)
        from ..styling import apply_style

        if callable(self.style):
            self.style(layer)
        else:
            apply_style(layer, self.style)
