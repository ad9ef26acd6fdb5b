"""Charts for printed pages: the dock's pyqtgraph charts grabbed as PNG images (works offscreen)."""

from pathlib import Path

from qgis.PyQt.QtWidgets import QWidget


def chart_image(chart: QWidget, path: Path, width_px: int = 720, height_px: int = 480) -> Path:
    """Render ``chart`` (a widget from ``aguaperu_plugin.charts``) at ``width_px`` × ``height_px`` into the
    PNG ``path``, written atomically; return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    chart.resize(width_px, height_px)
    partial = path.with_name(f".{path.stem}.partial.png")
    if not chart.grab().save(str(partial), "PNG"):
        raise OSError(f"cannot write {path}")
    partial.replace(path)
    return path
