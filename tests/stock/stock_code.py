"""``qgis --code`` script of the stock-install test (scripts/stock_install_test.sh, driven by
tests/stock/run_stock.py). ``$AGUAPERU_STOCK_PHASE`` says what this QGIS run does:

- ``A``: install the plugin zip through the Plugin Manager's own "Install from ZIP" code
  (``pyplugin_installer``'s ``QgsPluginInstaller.installFromZipFile``), check that it loaded, then run every
  algorithm of the provider before any dependency is installed;
- ``B-install``: install the dependencies from the offline bundle with the plugin's installer;
- ``B-run``: after a restart, run every algorithm and open the dock's pages with their charts.

QGIS runs this file with ``exec``: there is no ``__file__``; the folder comes from ``$AGUAPERU_STOCK_CODE_DIR``.
"""

import faulthandler
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, os.environ["AGUAPERU_STOCK_CODE_DIR"])  # this folder only (stock_session, stock_params)

# a crash prints the Python stack of every thread to this file (the exit code still says it crashed)
_FAULTS = open(os.environ["AGUAPERU_FAULTS"], "w", encoding="utf-8")  # noqa: SIM115 (open until QGIS exits)
faulthandler.enable(file=_FAULTS, all_threads=True)

import qgis.utils  # noqa: E402
from qgis.core import QgsApplication, QgsSettings  # noqa: E402
from stock_session import Session, installed_distributions_missing  # noqa: E402

PHASE = os.environ["AGUAPERU_STOCK_PHASE"]
PLUGIN = "aguaperu"
DATA = Path(os.environ["AGUAPERU_DATA"])
INPUTS = Path(os.environ["AGUAPERU_STOCK_INPUTS"])
OUT = Path(os.environ["AGUAPERU_STOCK_OUT"]) / PHASE

session = Session(timeout_s=float(os.environ.get("AGUAPERU_STOCK_TIMEOUT", "1800")))
result = session.result
result["phase"] = PHASE


def plugin_state() -> dict:
    """Is the plugin installed, enabled, loaded and started, with its provider registered?"""
    provider = QgsApplication.processingRegistry().providerById(PLUGIN)
    plugins_dir = Path(QgsApplication.qgisSettingsDirPath()) / "python" / "plugins" / PLUGIN
    return {
        "installed_in_profile": (plugins_dir / "metadata.txt").is_file(),
        "enabled": QgsSettings().value(f"PythonPlugins/{PLUGIN}", False, type=bool),
        "loaded": PLUGIN in qgis.utils.plugins,
        "active": PLUGIN in qgis.utils.active_plugins,
        "provider": provider is not None,
        "algorithms": sorted(a.name() for a in provider.algorithms()) if provider else [],
        "plugin_path": str(plugins_dir),
    }


def runtime_requirements() -> list[str]:
    """The distributions the zip's runtime requirements files name."""
    names = []
    plugin_dir = Path(QgsApplication.qgisSettingsDirPath()) / "python" / "plugins" / PLUGIN
    for requirements in sorted(plugin_dir.rglob("requirements*.txt")):
        for line in requirements.read_text(encoding="utf-8").splitlines():
            line = line.split("#")[0].strip()
            if line and not line.startswith("-"):
                name = line.split(";")[0]
                for separator in "<>=!~[ ":
                    name = name.split(separator)[0]
                names.append(name.strip())
    return sorted(set(names))


def candidate_packages() -> list[str]:
    """Packages whose absence a message may name: the hidden Debian ones and every runtime requirement."""
    hidden = [n for n in os.environ.get("AGUAPERU_STOCK_HIDDEN_DISTS", "").split(",") if n]
    return sorted(set(hidden + runtime_requirements()))


def run_every_algorithm() -> "Session.Steps":
    from stock_params import parameter_sets

    provider = QgsApplication.processingRegistry().providerById(PLUGIN)
    ids = sorted(a.name() for a in provider.algorithms()) if provider else []
    only = [name for name in os.environ.get("AGUAPERU_STOCK_ONLY", "").split(",") if name]  # diagnosis
    ids = [name for name in ids if name in only] if only else ids
    parameters = parameter_sets(DATA, INPUTS, OUT)
    records = result["algorithms"] = {}
    for name in ids:
        record = records[name] = {}
        session.step_name = f"algorithm:{name}"
        if name not in parameters:
            record.update(ok=False, errors=["tests/stock/stock_params.py has no parameters for this algorithm"])
            continue
        yield from session.run_algorithm(f"{PLUGIN}:{name}", parameters[name], record)
        record["python_errors"] = session.python_errors(session.step_name)
        session.write()  # what is known so far survives a crash


def install_from_zip():
    """The Plugin Manager's "Install from ZIP": unzip into the profile, load, start and enable the plugin."""
    import pyplugin_installer

    session.step_name = "install"
    result["before_install"] = plugin_state()
    started = time.time()
    pyplugin_installer.instance().installFromZipFile(os.environ["AGUAPERU_STOCK_ZIP"])
    result["install_seconds"] = round(time.time() - started, 1)
    result["plugin"] = plugin_state()
    result["install_python_errors"] = session.python_errors("install")


def phase_a():
    install_from_zip()
    result["candidate_packages"] = candidate_packages()
    result["missing_packages"] = installed_distributions_missing(result["candidate_packages"])
    yield lambda: True
    yield from run_every_algorithm()


def phase_b_install():
    """Install the dependencies from the offline bundle with the plugin's installer (a ``QgsTask``)."""
    session.step_name = "load"
    result["plugin"] = plugin_state()
    result["runtime_requirements"] = runtime_requirements()
    result["missing_before"] = installed_distributions_missing(result["runtime_requirements"])
    session.step_name = "install-dependencies"
    from stock_installer import install_from_bundle

    yield from install_from_bundle(session, Path(os.environ["AGUAPERU_STOCK_BUNDLE"]), result)
    result["missing_after"] = installed_distributions_missing(result["runtime_requirements"])


def phase_b_run():
    session.step_name = "load"
    result["plugin"] = plugin_state()
    result["candidate_packages"] = candidate_packages()
    result["missing_packages"] = installed_distributions_missing(result["candidate_packages"])
    yield lambda: True
    yield from run_every_algorithm()
    from stock_dock import open_pages_with_charts

    session.step_name = "dock"
    yield from open_pages_with_charts(session, DATA, result, INPUTS, OUT)


def collect_garbage_when_unloaded() -> None:
    """When QGIS unloads the plugin at exit, collect Python's garbage at once (and record what it held).

    QGIS never finalizes Python: what the plugin leaves behind in reference cycles (module globals, closures,
    tracebacks) is freed whenever the collector happens to run during QGIS's teardown, if at all; an object
    that must not be freed that late then crashes QGIS in some runs only. Collecting right after the unload
    makes such a crash happen in every run, with the Python stack in the faults file."""
    import gc

    original = qgis.utils.unloadPlugin
    record_file = Path(os.environ["AGUAPERU_RESULT"]).with_suffix(".exit.json")

    def unload_then_collect(name):
        unloaded = original(name)
        if name == PLUGIN:
            import json
            from collections import Counter

            gc.collect()  # what was garbage before the unload
            gc.set_debug(gc.DEBUG_SAVEALL)
            found = gc.collect()
            kinds = Counter(
                f"{type(o).__module__}.{type(o).__qualname__}"
                for o in gc.garbage
                if type(o).__module__.split(".")[0] in ("qgis", "PyQt5", "pyqtgraph", "aguaperu")
            )
            gc.set_debug(0)
            gc.garbage.clear()
            state = {"unloaded": unloaded, "garbage": found, "qt_objects": dict(kinds.most_common(30))}
            record_file.write_text(json.dumps(state), encoding="utf-8")
            gc.collect()  # now free them: a crash here is the crash at exit
            state["freed"] = True
            record_file.write_text(json.dumps(state), encoding="utf-8")
        return unloaded

    qgis.utils.unloadPlugin = unload_then_collect


collect_garbage_when_unloaded()
PHASES = {"A": phase_a, "B-install": phase_b_install, "B-run": phase_b_run}
session.run(PHASES[PHASE]())
