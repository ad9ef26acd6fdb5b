"""What the project remembers of each run: the summary, the data its charts were drawn from and the contents of
its panels, as JSON in the project's entries (scope ``aguaperu``, key ``runs/<run>``), so that a reopened
project shows them again. Only small, plain data: numbers rounded, tables as lists of text cells."""

import json
import math

from qgis.core import QgsProject

SCOPE = "aguaperu"
DIGITS = 4  # rounding of chart data: enough for a chart, small in the project file


def rounded(values) -> list:
    """``values`` as JSON numbers (rounded; NaN and None become None)."""
    out = []
    for value in values:
        try:
            number = float(value)
        except (TypeError, ValueError):
            out.append(None)
            continue
        out.append(round(number, DIGITS) if math.isfinite(number) else None)
    return out


def remember(run: str, data: dict, project: QgsProject | None = None) -> None:
    """Write ``data`` (JSON-serialisable) as what the project remembers of ``run``."""
    (project or QgsProject.instance()).writeEntry(SCOPE, f"runs/{run}", json.dumps(data, ensure_ascii=False))


def recall(run: str, project: QgsProject | None = None) -> dict | None:
    """What the project remembers of ``run``, or None (never run, or unreadable)."""
    text, found = (project or QgsProject.instance()).readEntry(SCOPE, f"runs/{run}", "")
    if not found or not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None
