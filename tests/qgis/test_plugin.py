"""The plugin loads, shows its dock and unloads cleanly inside QGIS (headless)."""

from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QAction, QMenu


def test_init_gui_registers_menu_toolbar_provider_and_options(plugin, qgis_iface):
    window = qgis_iface.mainWindow()
    menu = window.findChild(QMenu, "aguaperu_menu")
    assert menu is not None and menu.title() == "AguaPerú"
    assert [a.objectName() for a in menu.actions() if not a.isSeparator()] == [
        "aguaperu_show_dock",
        "aguaperu_settings",
        "aguaperu_install_dependencies",
        "aguaperu_help",
    ]
    assert plugin.toolbar.actions() == [plugin.dock_action]
    assert QgsApplication.processingRegistry().providerById("aguaperu") is plugin.provider
    qgis_iface.registerOptionsWidgetFactory.assert_called_with(plugin.options_factory)


def test_dock_is_built_on_first_use_and_toggles(plugin, qgis_iface):
    qgis_iface.mainWindow().show()
    assert plugin.dock is None  # nothing built at load time
    plugin.dock_action.trigger()
    dock = plugin.dock
    assert dock is not None and dock.isUserVisible()
    assert dock.windowTitle() == "AguaPerú"
    assert [dock.tabs.tabText(i) for i in range(dock.tabs.count())] == ["Data", "Models", "Scenarios", "Maps"]
    plugin.dock_action.trigger()
    assert not dock.isUserVisible()
    dock.setUserVisible(True)
    assert plugin.dock_action.isChecked()


def test_every_page_has_help_naming_what_it_does_and_its_inputs(plugin):
    dock = plugin.ensure_dock()
    for key in dock.page_keys():
        text = dock.page(key).help_browser.toPlainText()
        assert "What it does:" in text and "Inputs:" in text, key
        assert len(text) > 150, key


def test_unload_removes_everything(qgis_iface):
    import aguaperu

    instance = aguaperu.classFactory(qgis_iface)
    instance.initGui()
    instance.ensure_dock()
    instance.unload()
    assert QgsApplication.processingRegistry().providerById("aguaperu") is None
    qgis_iface.unregisterOptionsWidgetFactory.assert_called()
    assert instance.dock is None and instance.menu is None and instance.actions == []


def test_spanish_locale_translates_menu_dock_and_pages(spanish_locale, qgis_iface):
    import aguaperu

    instance = aguaperu.classFactory(qgis_iface)
    try:
        instance.initGui()
        assert instance.translator is not None
        assert instance.settings_action.text() == "Configuración…"
        assert instance.dock_action.toolTip() == "Mostrar u ocultar el panel AguaPerú"
        dock = instance.ensure_dock()
        assert [dock.tabs.tabText(i) for i in range(dock.tabs.count())] == ["Datos", "Modelos", "Escenarios", "Mapas"]
        assert "Qué hace:" in dock.page("data").help_browser.toPlainText()
        # the strings every page shares (JobPage) are translated on every page
        for key in dock.page_keys():
            assert dock.page(key).help_box.title() == "Ayuda"
            assert dock.page(key).cancel_button.text() == "Cancelar"
        assert instance.provider.algorithm("exportmap").displayName() == "Exportar mapa a PDF"
    finally:
        instance.unload()
    # the translator goes with the plugin
    assert QgsApplication.translate("@default", "Data") == "Data"


def test_settings_action_opens_the_aguaperu_options_page(plugin, qgis_iface):
    plugin.settings_action.trigger()
    qgis_iface.showOptionsDialog.assert_called_with(qgis_iface.mainWindow(), currentPage="aguaperu_options")


def test_actions_are_qactions(plugin):
    assert all(isinstance(action, QAction) for action in plugin.actions)
