"""The validation report as a tree: errors, warnings and notes, each item with its file, column, rows and fix."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ..toolbelt.i18n import tr, translated

ICONS = {"error": "mIconCritical.svg", "warning": "mIconWarning.svg", "note": "mIconInfo.svg"}  # as the message bar


class ReportTree(QTreeWidget):
    """Shows a ``core.validation.Report``; top level: one branch per severity with its count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aguaperu_report_tree")
        self.setHeaderLabels([tr("Problem"), tr("Where")])
        self.setColumnCount(2)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)

    def show_report(self, report) -> None:
        from ...core.validation import Severity

        self.clear()
        titles = {Severity.ERROR: tr("Errors"), Severity.WARNING: tr("Warnings"), Severity.NOTE: tr("Notes")}
        for severity, title in titles.items():
            items = report.by_severity(severity)
            branch = QTreeWidgetItem(self, [f"{title} ({len(items)})"])
            branch.setIcon(0, QgsApplication.getThemeIcon(ICONS[severity.value]))
            branch.setData(0, Qt.UserRole, severity.value)
            for item in items:
                message, fix = translated(item)
                where = item.file.rsplit("/", 1)[-1] + (f" [{item.column}]" if item.column else "")
                node = QTreeWidgetItem(branch, [message, where])
                node.setToolTip(0, message)
                node.setToolTip(1, item.file)
                QTreeWidgetItem(node, [tr("File: {0}", item.file)])
                if item.column:
                    QTreeWidgetItem(node, [tr("Column: {0}", item.column)])
                if item.rows:
                    QTreeWidgetItem(node, [tr("Rows: {0}", ", ".join(map(str, item.rows)))])
                QTreeWidgetItem(node, [tr("Fix: {0}", fix)])
                for line in (node.child(i) for i in range(node.childCount())):
                    line.setToolTip(0, line.text(0))  # cut at the dock's width: the whole line on hover
            branch.setExpanded(severity != Severity.NOTE)

    def counts(self) -> dict[str, int]:
        branches = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return {branch.data(0, Qt.UserRole): branch.childCount() for branch in branches}
