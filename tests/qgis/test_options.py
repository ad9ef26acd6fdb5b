"""Settings round-trip through the options page and QgsSettings; the privacy floor cannot be lowered."""

from qgis.core import QgsSettings

from aguaperu.aguaperu_plugin.gui.options import OptionsFactory, OptionsPage
from aguaperu.aguaperu_plugin.toolbelt.settings import MIN_CELL_FLOOR, PREFIX, PluginSettings


def clear():
    QgsSettings().remove(PREFIX.rstrip("/"))


def test_options_page_saves_what_the_user_sets(qtbot, tmp_path):
    clear()
    page = OptionsPage()
    qtbot.addWidget(page)
    page.data_folder.setFilePath(str(tmp_path))
    page.access_distance.setValue(2500)
    page.min_cell.setValue(50)
    page.map_language.setCurrentIndex(page.map_language.findData("en"))
    page.debug_logging.setChecked(True)
    page.apply()
    assert PluginSettings.load() == PluginSettings(
        data_folder=str(tmp_path), access_distance_m=2500, min_cell_children=50, map_language="en", debug_logging=True
    )
    clear()


def test_privacy_floor_holds_in_widget_and_in_stored_values(qtbot):
    page = OptionsPage()
    qtbot.addWidget(page)
    page.min_cell.setValue(5)
    assert page.min_cell.value() == MIN_CELL_FLOOR
    QgsSettings().setValue(PREFIX + "min_cell_children", 3)
    assert PluginSettings.load().min_cell_children == MIN_CELL_FLOOR
    clear()


def test_malformed_stored_values_fall_back_to_defaults():
    QgsSettings().setValue(PREFIX + "map_language", "klingon")
    assert PluginSettings.load().map_language == "es"
    clear()


def test_factory_title(qtbot):
    factory = OptionsFactory()
    assert factory.title() == "AguaPerú"
    widget = factory.createWidget(None)
    qtbot.addWidget(widget)
    assert isinstance(widget, OptionsPage)
