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
    from ..gui.report_tree import translated

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


def load_on_completion(context, uri: str, name: str, output: str, style_key: str) -> None:
    """Have Processing add the layer at ``uri`` to the project when the algorithm ends, with its AguaPerú style."""
    from qgis.core import QgsProcessingContext

    details = QgsProcessingContext.LayerDetails(name, context.project(), output)
    details.setPostProcessor(StylePostProcessor.create(style_key))
    context.addLayerToLoadOnCompletion(uri, details)


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies ``resources/styles/<key>.qml`` to a layer Processing loads."""

    _alive: list = []  # Processing keeps a plain pointer: the Python object must outlive the run

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    @classmethod
    def create(cls, key: str) -> "StylePostProcessor":
        processor = cls(key)
        cls._alive.append(processor)
        return processor

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 (QGIS API)
        from ..styling import apply_style

        apply_style(layer, self.key)
