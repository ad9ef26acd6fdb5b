"""Printable maps: page templates, filling, atlases, multi-page reports and PDF export.

``compose.MapSpec``/``AtlasSpec`` → ``compose.map_page`` → ``export.export_pdf``;
``report.ReportPage`` → ``report.export_report``; ``designer.open_in_designer`` for hand edits.
"""
