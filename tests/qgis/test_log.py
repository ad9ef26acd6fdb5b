"""Core's ``aguaperu`` logger reaches the QGIS log panel while the plugin is loaded, and not after."""

import logging

from qgis.core import Qgis, QgsApplication


def test_core_log_messages_reach_the_log_panel(plugin):
    received = []

    def record(message, tag, level):
        received.append((message, tag, level))

    QgsApplication.messageLog().messageReceived.connect(record)
    try:
        logging.getLogger("aguaperu.core").warning("column %s missing", "ubigeo")
        plugin.unload()
        logging.getLogger("aguaperu.core").warning("after unload")
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(record)
    assert ("aguaperu.core: column ubigeo missing", "AguaPerú", Qgis.MessageLevel.Warning) in received
    assert not any("after unload" in message for message, _, _ in received)
