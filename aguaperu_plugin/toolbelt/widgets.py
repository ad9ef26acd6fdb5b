"""Small widgets shared by the dock's pages and the dialogs."""

from collections.abc import Callable

from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from .i18n import tr


def progress_row(parent: QWidget, cancel: Callable[[], None]) -> tuple[QHBoxLayout, QProgressBar, QPushButton]:
    """A progress bar (0-100) and a *Cancel* button calling ``cancel``, side by side, both hidden until a task
    runs. Returns the row to add to a layout, the bar and the button."""
    row = QHBoxLayout()
    progress = QProgressBar(parent)
    progress.setRange(0, 100)
    progress.setVisible(False)
    cancel_button = QPushButton(tr("Cancel"), parent)
    cancel_button.setVisible(False)
    cancel_button.clicked.connect(cancel)
    row.addWidget(progress, 1)
    row.addWidget(cancel_button)
    return row, progress, cancel_button


def button_row(parent: QWidget, buttons) -> tuple[QHBoxLayout, list[QPushButton]]:
    """Push buttons side by side, one per ``(translated text, object name, slot)``. Returns the row to add to a
    layout and the buttons, in order."""
    row, made = QHBoxLayout(), []
    for text, name, slot in buttons:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        made.append(button)
    return row, made


def run_and_summary(parent: QWidget, layout, text: str, name: str, run: Callable[[], None], summary_name: str):
    """A section's run button (object name ``name``, calling ``run``) and, below it, its word-wrapped summary
    label (``summary_name``), added to ``layout``; returns (button, label)."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(run)
    layout.addWidget(button)
    summary = QLabel("", parent, wordWrap=True)
    summary.setObjectName(summary_name)
    layout.addWidget(summary)
    return button, summary
