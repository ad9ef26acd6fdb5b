"""PYQGIS_STARTUP script: record every message QGIS logs, from before plugins load, as JSON lines."""

import builtins
import json
import os
import time

from qgis.core import QgsApplication

MESSAGES = os.environ.get("AGUAPERU_MESSAGES", "")


def _record(message, tag, level):
    if MESSAGES:
        with open(MESSAGES, "a", encoding="utf-8") as handle:
            entry = {"time": time.time(), "tag": tag, "level": int(level), "message": message}
            handle.write(json.dumps(entry) + "\n")


QgsApplication.messageLog().messageReceived.connect(_record)
builtins._aguaperu_message_recorder = _record  # keep the slot alive for the whole session
