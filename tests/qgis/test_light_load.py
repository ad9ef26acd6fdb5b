"""Loading the plugin (classFactory + initGui) imports no heavy library."""

import json
import subprocess
import sys
import textwrap

HEAVY = ("tensorflow", "keras", "sklearn", "geopandas", "rasterio", "pandas", "pyqtgraph", "scipy")

PROBE = textwrap.dedent(
    """
    import json, sys
    from qgis.core import QgsApplication
    from qgis.PyQt.QtWidgets import QMainWindow
    app = QgsApplication([], True)
    app.initQgis()
    from unittest.mock import MagicMock
    window = QMainWindow()
    iface = MagicMock()
    iface.mainWindow.return_value = window
    iface.addToolBar.side_effect = window.addToolBar
    heavy = {heavy!r}
    before = sorted(m for m in sys.modules if m.split(".")[0] in heavy)
    import aguaperu
    plugin = aguaperu.classFactory(iface)
    plugin.initGui()
    after_load = sorted(m for m in sys.modules if m.split(".")[0] in heavy)
    plugin.ensure_dock()
    after_dock = sorted(m for m in sys.modules if m.split(".")[0] in heavy)
    print(json.dumps({{"before": before, "after_load": after_load, "after_dock": after_dock}}))
    plugin.unload()
    """
)


def test_loading_the_plugin_imports_no_heavy_library():
    code = PROBE.format(heavy=HEAVY)
    process = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert process.returncode == 0, process.stderr
    seen = json.loads(process.stdout.strip().splitlines()[-1])
    assert seen["before"] == [], "QGIS itself imported a heavy library; the probe cannot tell"
    assert seen["after_load"] == []
    assert seen["after_dock"] == []


def test_the_probe_would_see_a_heavy_import():
    """The same probe, with pandas imported by hand, reports it: the check above can fail."""
    code = PROBE.format(heavy=HEAVY).replace("plugin.initGui()", "plugin.initGui()\nimport pandas")
    process = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert process.returncode == 0, process.stderr
    assert "pandas" in json.loads(process.stdout.strip().splitlines()[-1])["after_load"]
