"""The AguaPerú menu opens the bundled user guide, offline."""

from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from qgis.PyQt.QtWidgets import QMenu

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def qgis_locale(code: str):
    from qgis.core import QgsSettings

    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", code)
    try:
        yield
    finally:
        settings.remove("locale/overrideFlag")
        settings.remove("locale/userLocale")


def open_help(plugin, qgis_iface) -> list:
    menu = qgis_iface.mainWindow().findChild(QMenu, "aguaperu_menu")
    action = next(a for a in menu.actions() if a.objectName() == "aguaperu_help")
    with mock.patch("qgis.PyQt.QtGui.QDesktopServices.openUrl", return_value=True) as open_url:
        action.trigger()
    return [call.args[0] for call in open_url.call_args_list]


def test_help_action_opens_the_spanish_guide_as_a_local_file(spanish_locale, plugin, qgis_iface):
    menu = qgis_iface.mainWindow().findChild(QMenu, "aguaperu_menu")
    assert "aguaperu_help" in [a.objectName() for a in menu.actions()]
    urls = open_help(plugin, qgis_iface)
    assert len(urls) == 1 and urls[0].isLocalFile()
    opened = Path(urls[0].toLocalFile())
    assert opened.is_file()
    assert opened == ROOT / "resources" / "help" / "es" / "index.html"
    assert 'lang="es"' in opened.read_text(encoding="utf-8")


def test_help_falls_back_to_spanish_for_a_language_without_a_guide(plugin, qgis_iface):
    with qgis_locale("qu"):  # Quechua: no guide of its own
        urls = open_help(plugin, qgis_iface)
    assert Path(urls[0].toLocalFile()) == ROOT / "resources" / "help" / "es" / "index.html"


def test_an_english_qgis_opens_the_english_guide(plugin, qgis_iface):
    with qgis_locale("en_GB"):
        urls = open_help(plugin, qgis_iface)
    assert Path(urls[0].toLocalFile()) == ROOT / "resources" / "help" / "en" / "index.html"
