"""Validation of inputs: one report with every problem, each naming file, column, rows and fix."""

from .report import Report, ReportItem, Severity

__all__ = ["Report", "ReportItem", "Severity"]
