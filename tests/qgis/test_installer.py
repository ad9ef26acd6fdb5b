"""The dependency installer, headless and offline: a tiny local package built with ``pip wheel`` is put in an
offline bundle made here (manifest.json, SHA256SUMS, wheels/), then resolved, installed into the private folder
at the end of ``sys.path`` and verified in a subprocess. A tampered wheel, a bundle for another platform or
Python, and a cancelled installation leave the folder untouched. Missing packages reach Processing and the dock
as translated messages naming them and the installer."""

import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProcessingException

from aguaperu.aguaperu_plugin.install import bundle as bundles
from aguaperu.aguaperu_plugin.install import environment, pip, workflow
from aguaperu.core import dependencies
from aguaperu.core.dependencies import Requirement
from aguaperu.core.errors import CancelledError

TINY = Requirement("aguaperu-tiny", ">=1,<2", "aguaperu_tiny")
SYSTEM_PIP_WHEELS = Path("/usr/share/python-wheels")  # Debian's python3-pip-whl (offline)


@pytest.fixture(scope="module")
def tiny_wheel(tmp_path_factory) -> Path:
    """``aguaperu_tiny-1.0-py3-none-any.whl`` built from a package written here (no index, no network)."""
    root = tmp_path_factory.mktemp("tiny")
    package = root / "src" / "aguaperu_tiny"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("VALUE = 42\n")
    (root / "src" / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n'
        '[project]\nname = "aguaperu-tiny"\nversion = "1.0"\n'
    )
    env = {**os.environ, "PIP_CONFIG_FILE": os.devnull}
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(root)]
        + [str(root / "src")],
        check=True,
        capture_output=True,
        env=env,
        timeout=300,
    )
    return next(root.glob("aguaperu_tiny-*.whl"))


def make_bundle(folder: Path, wheels: list[Path], python: str | None = None, platform: str = "", tamper: str = ""):
    """An offline bundle as ``make offline-bundle`` writes it; ``tamper`` names a wheel whose bytes change
    after its SHA-256 was listed."""
    python, platform = python or environment.python_tag(), platform or environment.platform_tag()
    sums = {w.name: hashlib.sha256(w.read_bytes()).hexdigest() for w in wheels}
    path = folder / f"aguaperu-deps-{python}-{platform}.zip"
    with zipfile.ZipFile(path, "w") as archive:
        manifest = {"python": python, "platform": platform, "requirements": [TINY.line], "wheels": sums}
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("SHA256SUMS", "".join(f"{h}  wheels/{n}\n" for n, h in sums.items()))
        for wheel in wheels:
            data = wheel.read_bytes() + (b"\0" if wheel.name == tamper else b"")
            archive.writestr(f"wheels/{wheel.name}", data)
    return path


@pytest.fixture()
def bundle(tiny_wheel, tmp_path) -> Path:
    return make_bundle(tmp_path, [tiny_wheel])


@pytest.fixture()
def clean_path():
    """sys.path and the tiny module as they were before the test."""
    saved = list(sys.path)
    yield
    sys.path[:] = saved
    sys.modules.pop("aguaperu_tiny", None)


def test_resolution_lists_the_package_and_touches_nothing(bundle, tmp_path):
    target = tmp_path / "deps" / "cp-test"
    plan = workflow.prepare([TINY], target, bundle)
    try:
        workflow.resolve(plan)
        assert [(p.name, p.version, p.requested) for p in plan.planned] == [("aguaperu-tiny", "1.0", True)]
        assert not target.exists()
    finally:
        plan.cleanup()
    assert plan.workdir is None


def test_install_goes_to_the_target_at_the_end_of_sys_path(bundle, tmp_path, clean_path):
    target = tmp_path / "deps" / "cp-test"
    plan = workflow.prepare([TINY], target, bundle)
    workflow.resolve(plan)
    lines = []
    installed = workflow.install(plan, log=lines.append)
    plan.cleanup()
    assert [p.pin for p in installed] == ["aguaperu-tiny==1.0"]
    assert sorted(p.name for p in target.iterdir()) == ["aguaperu_tiny", "aguaperu_tiny-1.0.dist-info"]
    assert not list(target.parent.glob(".*staging*"))
    assert workflow.verify(plan.python, target, ["aguaperu_tiny", "no_such_module_xyz"]) == {
        "aguaperu_tiny": "",
        "no_such_module_xyz": "ModuleNotFoundError: No module named 'no_such_module_xyz'",
    }
    restart = workflow.activate(target, ["aguaperu-tiny"])
    assert restart is False and sys.path[-1] == str(target) and sys.path.count(str(target)) == 1
    import aguaperu_tiny

    assert aguaperu_tiny.VALUE == 42 and Path(aguaperu_tiny.__file__).is_relative_to(target)
    assert workflow.activate(target, ["aguaperu-tiny"]) is True  # now imported: a newer copy would need a restart
    # installed private packages count: resolving again plans nothing
    again = workflow.resolve(workflow.prepare([TINY], target, bundle))
    again.cleanup()
    assert again.planned == []


def test_a_tampered_wheel_is_refused(tiny_wheel, tmp_path):
    bad = make_bundle(tmp_path, [tiny_wheel], tamper=tiny_wheel.name)
    with pytest.raises(bundles.BundleError) as caught:
        workflow.prepare([TINY], tmp_path / "deps", bad)
    assert caught.value.code == "checksum" and caught.value.details["file"] == tiny_wheel.name
    assert not (tmp_path / "deps").exists()


def test_a_bundle_for_another_platform_or_python_is_refused(tiny_wheel, tmp_path):
    other = "win_amd64" if not sys.platform.startswith("win") else "manylinux_2_28_x86_64"
    with pytest.raises(bundles.BundleError) as caught:
        workflow.prepare([TINY], tmp_path / "deps", make_bundle(tmp_path, [tiny_wheel], platform=other))
    assert caught.value.code == "wrong_platform" and caught.value.details["bundle"] == other
    with pytest.raises(bundles.BundleError) as caught:
        workflow.prepare([TINY], tmp_path / "deps", make_bundle(tmp_path, [tiny_wheel], python="cp39"))
    assert caught.value.code == "wrong_python"


def test_a_bundle_with_an_unlisted_wheel_is_refused(tiny_wheel, tmp_path):
    path = make_bundle(tmp_path, [tiny_wheel])
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("wheels/extra-1.0-py3-none-any.whl", b"not listed")
    with pytest.raises(bundles.BundleError) as caught:
        bundles.extract(path, tmp_path / "x")
    assert caught.value.code == "unlisted"


def test_cancel_leaves_nothing_half_installed(bundle, tmp_path):
    target = tmp_path / "deps" / "cp-test"
    plan = workflow.prepare([TINY], target, bundle)
    workflow.resolve(plan)
    seen = []

    def cancelled_once_pip_runs() -> bool:  # true as soon as pip has said anything
        return bool(seen)

    with pytest.raises(CancelledError):
        workflow.install(plan, log=seen.append, is_cancelled=cancelled_once_pip_runs)
    plan.cleanup()
    assert not target.exists() or not any(target.iterdir())
    assert [p.name for p in target.parent.iterdir() if p != target] == []  # no staging folder left


def test_pip_runs_from_the_bundles_pip_wheel_when_python_has_none(tiny_wheel, tmp_path, monkeypatch):
    pip_wheels = sorted(SYSTEM_PIP_WHEELS.glob("pip-*.whl"))
    if not pip_wheels:
        pytest.skip("no pip wheel on this machine to put in the bundle")
    path = make_bundle(tmp_path, [tiny_wheel, pip_wheels[-1]])
    monkeypatch.setattr(workflow, "has_pip", lambda python: False)
    plan = workflow.prepare([TINY], tmp_path / "deps" / "cp-test", path)
    try:
        assert plan.pip_wheel is not None and plan.runner[1].endswith(f"{pip_wheels[-1].name}/pip")
        workflow.resolve(plan)
        assert [p.pin for p in plan.planned] == ["aguaperu-tiny==1.0"]
    finally:
        plan.cleanup()


def test_no_pip_and_no_bundle_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(workflow, "has_pip", lambda python: False)
    with pytest.raises(workflow.InstallError) as caught:
        workflow.prepare([TINY], tmp_path / "deps", None)
    assert caught.value.code == "no_pip"


def test_interpreter_candidates_per_platform():
    windows = environment.interpreter_candidates(
        r"C:\OSGeo4W\bin\qgis-bin.exe", r"C:\OSGeo4W\apps\Python312", "win32", (3, 12), lambda name: None
    )
    assert [c.name for c in windows] == ["python.exe", "python3.exe"]
    assert str(windows[0]).startswith(r"C:\OSGeo4W\apps\Python312")
    mac = environment.interpreter_candidates(
        "/Applications/QGIS.app/Contents/MacOS/QGIS",
        "/Applications/QGIS.app/Contents/Frameworks",
        "darwin",
        (3, 12),
        lambda name: None,
    )
    assert mac[1] == Path("/Applications/QGIS.app/Contents/Frameworks/bin/python3")
    linux = environment.interpreter_candidates("/usr/bin/qgis", "/usr", "linux", (3, 11), lambda n: f"/opt/{n}")
    assert linux[:3] == [Path("/usr/bin/python3.11"), Path("/usr/bin/python3"), Path("/opt/python3.11")]
    own = environment.interpreter_candidates("/usr/bin/python3", "/usr", "linux", (3, 11), lambda n: None)
    assert own[0] == Path("/usr/bin/python3")
    found = environment.find_interpreter()
    assert found is not None and environment.interpreter_identity(found)[:2] == sys.version_info[:2]
    # a Python of the same version from another installation (a pyenv shim on the PATH) is not QGIS's
    assert environment.find_interpreter(exec_prefix="/nonexistent", executable=str(found)) is None


def test_constraints_pin_what_qgis_runs():
    text = pip.constraints_text(
        [("numpy", "1.26.4"), ("NumPy", "2.0.0"), ("python-apt", "2.6.0+nmu1"), ("bad name!", "1"), ("x", "1.0-1")]
    )
    assert text == "numpy==1.26.4\npython-apt==2.6.0+nmu1\n"
    running = pip.constraints_text(pip.visible_distributions())
    assert "numpy==" in running and "pip==" in running


def test_a_distribution_whose_metadata_the_installed_versions_break_is_not_pinned():
    # Debian's requests 2.28.1 runs with charset-normalizer 3.0.1 but declares <3: pinned, no resolution passes
    installed = [("requests", "2.28.1"), ("charset-normalizer", "3.0.1"), ("numpy", "1.24.2")]
    requires = {"requests": ["charset_normalizer<3,>=2", "idna<4,>=2.5"], "numpy": [], "charset-normalizer": []}
    assert pip.inconsistent(installed, requires) == {"requests"}
    requires["requests"] = ["charset_normalizer<4,>=2", 'win-inet-pton; sys_platform == "win32"']
    assert pip.inconsistent(installed, requires) == set()


def test_report_and_platform_helpers(tmp_path):
    report = {"install": [{"metadata": {"name": "b", "version": "2"}}, {"metadata": {"name": "A", "version": "1"}}]}
    assert [p.pin for p in pip.parse_report(report)] == ["A==1", "b==2"]
    with pytest.raises(ValueError):
        pip.parse_report({"nothing": []})
    assert environment.platform_matches("manylinux_2_28_x86_64", "linux_x86_64")
    assert not environment.platform_matches("manylinux_2_28_x86_64", "linux_aarch64")
    assert environment.platform_matches("macosx_11_0_universal2", "macosx_arm64")
    assert not environment.platform_matches("win_amd64", "linux_x86_64")
    assert environment.platform_tag("macosx-11.0-arm64") == "macosx_arm64"
    assert environment.platform_tag("win-amd64") == "win_amd64"
    assert environment.platform_tag("linux-x86_64") == "manylinux_x86_64"
    folder = environment.target_folder("/profile/", (3, 12), "win-amd64")
    assert folder == Path("/profile/python/dependencies/aguaperu/cp312-win_amd64")
    assert bundles.find_bundles([tmp_path]) == []


def test_the_plugin_appends_the_private_folder_at_load(qgis_iface, clean_path):
    import aguaperu

    target = environment.target_folder(QgsApplication.qgisSettingsDirPath())
    target.mkdir(parents=True, exist_ok=True)
    try:
        plugin = aguaperu.classFactory(qgis_iface)
        assert sys.path[-1] == str(target)
        aguaperu.classFactory(qgis_iface)
        assert sys.path.count(str(target)) == 1
        del plugin
    finally:
        target.rmdir()


# --- the dialog, end to end ---------------------------------------------------------------------------------
@pytest.fixture()
def tiny_runtime(tmp_path, monkeypatch):
    """A runtime requirements file asking for the tiny package only, and a private folder in tmp_path."""
    runtime = tmp_path / "requirements-runtime.txt"
    runtime.write_text("# feature: base\n# feature: charts\naguaperu-tiny>=1,<2  # import: aguaperu_tiny\n")
    monkeypatch.setattr(dependencies, "RUNTIME_FILE", runtime)
    from aguaperu.aguaperu_plugin.install import dialog

    target = tmp_path / "profile" / "cp-test"
    monkeypatch.setattr(dialog, "target_folder", lambda: target)
    monkeypatch.setattr(dialog, "bundle_folders", lambda: [])
    return target


def test_dialog_lists_missing_shows_the_plan_and_installs(tiny_runtime, bundle, qgis_iface, qtbot, clean_path):
    from aguaperu.aguaperu_plugin.install.dialog import InstallerDialog

    dialog = InstallerDialog(qgis_iface)
    qtbot.addWidget(dialog)
    assert dialog.online.isChecked()  # no bundle found next to the plugin
    feature = dialog.missing_tree.topLevelItem(0)
    assert feature.text(0) == "Charts in the panel" and feature.child(0).text(0) == "aguaperu-tiny"
    dialog.bundle.setFilePath(str(bundle))
    assert dialog.offline.isChecked()
    dialog.check()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=120_000)
    assert dialog.plan_tree.topLevelItem(0).text(0) == "aguaperu-tiny"
    assert dialog.plan_tree.topLevelItem(0).text(1) == "1.0"
    assert dialog.install_button.isEnabled() and "Packages to install: 1, from aguaperu-deps-" in dialog.status.text()
    dialog.install()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=120_000)
    assert sys.path[-1] == str(tiny_runtime)
    assert "✓ Charts in the panel" in dialog.status.text()
    assert "without restarting QGIS" in dialog.status.text()
    assert dependencies.missing("charts") == []
    assert dialog.missing_tree.topLevelItem(0).text(0) == "Every package AguaPerú needs is installed."


def test_dialog_refuses_a_bundle_for_another_platform(tiny_runtime, tiny_wheel, tmp_path, qgis_iface, qtbot):
    from aguaperu.aguaperu_plugin.install.dialog import InstallerDialog

    dialog = InstallerDialog(qgis_iface)
    qtbot.addWidget(dialog)
    dialog.bundle.setFilePath(str(make_bundle(tmp_path, [tiny_wheel], platform="win_arm64")))
    assert "This bundle is for win_arm64" in dialog.status.text()
    dialog.check()
    assert dialog.task is None and dialog.plan is None and not dialog.install_button.isEnabled()


# --- missing packages as the user meets them ----------------------------------------------------------------
class Hide:
    def __init__(self, *names):
        self.names = names

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in self.names:
            raise ModuleNotFoundError(name=name)
        return None


def test_processing_names_the_missing_packages_and_the_installer(plugin, qgis_processing, monkeypatch, tmp_path):
    import processing

    monkeypatch.setattr(sys, "meta_path", [Hide("holidays"), *sys.meta_path])
    monkeypatch.delitem(sys.modules, "holidays", raising=False)
    algorithm = QgsApplication.processingRegistry().algorithmById("aguaperu:demandforecast")
    ok, message = algorithm.canExecute()
    assert not ok and "holidays" in message and "Install dependencies…" in message
    with pytest.raises(QgsProcessingException, match="holidays"):
        processing.run(
            "aguaperu:demandforecast",
            {"INFLOW": str(tmp_path / "x.csv"), "ORIGIN": "2022-01-01 00:00", "OUTPUT": str(tmp_path / "f.csv")},
        )
    assert QgsApplication.processingRegistry().algorithmById("aguaperu:demandschedule").canExecute() == (True, "")


def test_a_package_missing_at_run_time_becomes_the_same_message(plugin, qgis_processing, monkeypatch, tmp_path):
    """A job whose check passed but which meets a missing module on the way (here pandas' Excel reader)."""
    import processing

    monkeypatch.setattr(sys, "meta_path", [Hide("openpyxl"), *sys.meta_path])
    for name in [m for m in sys.modules if m.split(".")[0] == "openpyxl"]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(dependencies, "JOBS", {**dependencies.JOBS, "demandanomalies": ()})
    from aguaperu.core.models.demand.series import bwdf_files

    with pytest.raises(QgsProcessingException, match="needs Python packages that are not installed in QGIS: openpyxl"):
        processing.run("aguaperu:demandanomalies", {"INFLOW": str(bwdf_files()[0]), "OUTPUT": str(tmp_path / "a.csv")})


def test_the_dock_offers_the_installer(plugin, qgis_iface, monkeypatch, qtbot):
    from qgis.PyQt.QtWidgets import QPushButton

    from aguaperu.aguaperu_plugin.install import dialog

    opened = []
    monkeypatch.setattr(dialog, "show_installer", lambda iface: opened.append(iface))
    monkeypatch.setattr(sys, "meta_path", [Hide("esda"), *sys.meta_path])
    monkeypatch.delitem(sys.modules, "esda", raising=False)
    bar = qgis_iface.messageBar()
    bar.clearWidgets()
    qgis_iface.mainWindow().show()
    plugin.dock_action.trigger()
    plugin.dock.show_page("models")
    page = plugin.dock.page("models")
    assert "esda" in page.dependency_label.text() and page.dependency_row.isVisible()
    assert page.require("hotspots") is False
    item = bar.currentItem()
    assert "Hotspots needs Python packages that are not installed in QGIS: esda" in item.text()
    button = item.findChild(QPushButton, "aguaperu_install_button")
    button.click()
    assert opened == [qgis_iface]
    bar.clearWidgets()
