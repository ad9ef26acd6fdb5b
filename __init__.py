"""QGIS entry point of the AguaPerú plugin."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    """Return the plugin instance; QGIS calls this once when it loads the plugin."""
    from .aguaperu_plugin.plugin import AguaPeruPlugin

    return AguaPeruPlugin(iface)
