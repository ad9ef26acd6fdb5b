"""Adapters from QgsProcessingFeedback to core's plain callables, and from reports to feedback lines."""

from qgis.core import QgsProcessingFeedback


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
