"""Fit a page of the dock to the dock's width: long rows wrap, long labels and buttons break into lines.

The pages are laid out for any width; this pass, run once on each page when the dock is built, makes what
would be wider than the dock's default width fold instead of asking for a horizontal scroll bar:

- form rows put their field under their label when both do not fit side by side;
- labels wrap;
- combo boxes ask for the width of a few characters (their full text stays in the popup and the tooltip);
- a row of widgets wider than the room it has becomes a grid of as many columns as fit;
- a push button still wider than its room shows its text on two lines (the whole text is its tooltip);
- a group box title longer than its room ends in "…", and any other widget still too wide (a spin box with a
  long special text) is given its room; both show their whole text as a tooltip.
"""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QWidget,
)

GROUP_FRAME = 8  # a group box's frame (both sides), beside its layout's margins
TITLE_EXTRA = 40  # a group box title's indent, check box or collapse arrow, and the frame around it


def room(widget: QWidget | None, top: QWidget, width: int) -> int:
    """The width left inside ``widget`` (and every parent up to ``top``) when ``top`` is ``width`` wide."""
    while widget is not None:
        layout = widget.layout()
        if layout is not None:
            margins = layout.contentsMargins()
            width -= margins.left() + margins.right()
        if isinstance(widget, QGroupBox):
            width -= GROUP_FRAME
        if widget is top:
            break
        widget = widget.parentWidget()
    return width


def row_widgets(row: QHBoxLayout) -> list[QWidget] | None:
    """The widgets of ``row`` in order, or None when it holds a layout (a row of rows is left alone)."""
    widgets = []
    for index in range(row.count()):
        item = row.itemAt(index)
        if item.layout() is not None:
            return None
        if item.widget() is not None:
            widgets.append(item.widget())
    return widgets


def fold_row(row: QHBoxLayout, available: int) -> None:
    """Widgets side by side that need more than ``available`` pixels go into a grid of the columns that fit."""
    widgets = row_widgets(row)
    if not widgets or len(widgets) < 2:
        return
    spacing = max(row.spacing(), 6)
    widths = [w.minimumSizeHint().width() for w in widgets]
    if sum(widths) + spacing * (len(widgets) - 1) <= available:
        return
    columns = len(widgets) - 1
    while columns > 1 and max(widths) * columns + spacing * (columns - 1) > available:
        columns -= 1
    while row.count():
        row.takeAt(0)
    grid = QGridLayout()
    grid.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        grid.addWidget(widget, index // columns, index % columns)
    for column in range(columns):
        grid.setColumnStretch(column, 1)
    row.addLayout(grid)


def two_lines(button: QPushButton, available: int) -> None:
    """Break the text of ``button`` at the space nearest its middle when the button is wider than ``available``."""
    text = button.text()
    if button.minimumSizeHint().width() <= available or " " not in text or "\n" in text:
        return
    spaces = [i for i, char in enumerate(text) if char == " "]
    middle = min(spaces, key=lambda i: abs(i - len(text) / 2))
    if not button.toolTip():
        button.setToolTip(text)
    button.setText(f"{text[:middle]}\n{text[middle + 1 :]}")


def elide_title(box: QGroupBox, available: int) -> None:
    """End the title of ``box`` in "…" when it is longer than ``available`` allows."""
    title = box.title()
    metrics = box.fontMetrics()
    if metrics.horizontalAdvance(title) + TITLE_EXTRA <= available:
        return
    if not box.toolTip():
        box.setToolTip(title)
    box.setTitle(metrics.elidedText(title, Qt.ElideRight, available - TITLE_EXTRA))


def give_room(widget: QWidget, available: int) -> None:
    """A widget (a spin box with a long special text, a button) wider than ``available`` is given that width."""
    if widget.minimumSizeHint().width() <= available:
        return
    text = widget.specialValueText() if isinstance(widget, QAbstractSpinBox) else getattr(widget, "text", str)()
    if text and not widget.toolTip():
        widget.setToolTip(text.replace("\n", " "))
    widget.setMinimumWidth(max(available, 60))


def fit(page: QWidget, width: int) -> None:
    """Make ``page`` fit ``width`` pixels (the dock's default width, less its scroll bar)."""
    for form in page.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
    for label in page.findChildren(QLabel):
        label.setWordWrap(True)
    for combo in page.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
    rows = [layout for layout in page.findChildren(QLayout) if type(layout) is QHBoxLayout]
    for row in rows:
        if row.direction() == QBoxLayout.LeftToRight:
            fold_row(row, room(row.parentWidget(), page, width))
    for button in page.findChildren(QPushButton):
        two_lines(button, room(button.parentWidget(), page, width))
    for box in page.findChildren(QGroupBox):
        elide_title(box, room(box.parentWidget(), page, width))
    for widget in page.findChildren((QPushButton, QAbstractSpinBox)):
        give_room(widget, room(widget.parentWidget(), page, width))
