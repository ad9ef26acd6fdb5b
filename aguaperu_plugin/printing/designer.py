"""Open a filled layout in the QGIS layout designer for hand edits."""

from qgis.core import QgsPrintLayout, QgsProject


def open_in_designer(iface, layout: QgsPrintLayout, name: str, project: QgsProject | None = None):
    """Add ``layout`` to the project's layout manager under a free name based on ``name`` and open it."""
    project = project or QgsProject.instance()
    manager = project.layoutManager()
    layout.setName(manager.generateUniqueTitle(QgsPrintLayout) if not name else _unique(manager, name))
    manager.addLayout(layout)
    return iface.openLayoutDesigner(layout)


def _unique(manager, name: str) -> str:
    taken = {layout.name() for layout in manager.layouts()}
    candidate, number = name, 2
    while candidate in taken:
        candidate = f"{name} ({number})"
        number += 1
    return candidate
