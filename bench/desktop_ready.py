"""Run by ``qgis --code`` in the load benchmark: note when QGIS is ready (plugins loaded), then quit."""

import json
import os
import time

import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer

with open(os.environ["AGUAPERU_RESULT"], "w", encoding="utf-8") as handle:
    json.dump(
        {
            "ready": time.time(),
            "active_plugins": list(qgis.utils.active_plugins),
            "plugin_seconds": {name: float(str(t).rstrip("s")) for name, t in qgis.utils.plugin_times.items()},
        },
        handle,
    )
QTimer.singleShot(0, lambda: QgsApplication.exit(0))  # --code runs before the event loop starts
