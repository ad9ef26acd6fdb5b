"""Fixtures for headless QGIS tests (pytest-qgis provides qgis_app, qgis_iface, qgis_processing...)."""

import pytest
from qgis.core import QgsSettings


@pytest.fixture()
def plugin(qgis_iface):
    """The plugin as QGIS loads it: classFactory, then initGui; unloaded afterwards."""
    import aguaperu

    instance = aguaperu.classFactory(qgis_iface)
    instance.initGui()
    yield instance
    instance.unload()


@pytest.fixture()
def spanish_locale():
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "es")
    yield
    settings.remove("locale/overrideFlag")
    settings.remove("locale/userLocale")
