"""core.dependencies: the runtime requirements file read per feature, and missing packages found per job without
importing them."""

import importlib.abc
import importlib.util
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from core import dependencies
from core.dependencies import JOBS, SECTIONS, Requirement

ROOT = Path(__file__).resolve().parents[2]
PROVIDER = ROOT / "aguaperu_plugin" / "processing" / "provider.py"


class Hide(importlib.abc.MetaPathFinder):
    """Makes top-level modules unfindable, as if they were not installed."""

    def __init__(self, *names: str) -> None:
        self.names = set(names)

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in self.names:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


@pytest.fixture
def hide(monkeypatch):
    def install(*names: str) -> None:
        for name in names:
            for loaded in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
                monkeypatch.delitem(sys.modules, loaded)
        monkeypatch.setattr(sys, "meta_path", [Hide(*names), *sys.meta_path])

    return install


def test_runtime_file_parses_into_features_with_ranges():
    groups = dependencies.requirements()
    assert {"base", "rasters", "models", "hotspots", "classes", "demand", "charts"} <= set(groups)
    base = {r.dist: r for r in groups["base"]}
    assert {"numpy", "pandas", "geopandas", "shapely", "pyproj"} <= set(base)
    for requirement in (r for group in groups.values() for r in group):
        assert "<" in requirement.spec and ">=" in requirement.spec, requirement  # a range, not a pin
        assert "==" not in requirement.spec


def test_import_comment_gives_the_module_name():
    text = textwrap.dedent(
        """
        # a preamble comment
        # feature: base
        pandas>=1.5,<4
        # feature: models
        scikit-learn>=1.2,<2  # import: sklearn
        Py-Thing >= 1.0 , < 2
        # feature: empty
        """
    )
    groups = dependencies.parse_requirements(text)
    assert groups["base"] == [Requirement("pandas", ">=1.5,<4", "pandas")]
    assert groups["models"] == [
        Requirement("scikit-learn", ">=1.2,<2", "sklearn"),
        Requirement("Py-Thing", ">=1.0,<2", "py_thing"),
    ]
    assert groups["empty"] == []
    assert groups["models"][0].line == "scikit-learn>=1.2,<2"


def test_every_job_and_section_uses_declared_features():
    declared = set(dependencies.features())
    for job, needs in JOBS.items():
        assert set(needs) <= declared, job
    for section, jobs in SECTIONS.items():
        assert set(jobs) <= set(JOBS), section


def test_every_processing_algorithm_has_a_job():
    """The algorithm ids of the provider (``algorithm_id = "<id>"`` of each class) are all in JOBS."""
    ids = set()
    for module, _ in __import__("ast").literal_eval(
        PROVIDER.read_text().split("ALGORITHMS = ", 1)[1].split("\n)\n", 1)[0] + "\n)"
    ):
        source = (PROVIDER.parent / f"{module}.py").read_text()
        ids.update(part.split('"')[1] for part in source.split("    algorithm_id = ")[1:])
    assert len(ids) == 16
    jobs = {dependencies.job_of_algorithm(i) for i in ids}
    assert jobs <= set(JOBS), jobs - set(JOBS)


def test_jobs_reach_the_packages_their_code_imports():
    """What each job's core code imports, read from the sources (a job never silently needs more)."""
    needs = {job: {r.module for f in JOBS[job] for r in dependencies.feature_requirements(f)} for job in JOBS}
    assert {"geopandas", "pandas", "numpy", "shapely", "pyproj", "scipy"} <= needs["waterrisk"]
    assert "rasterio" in needs["zonal"] and "rasterio" in needs["demo"]
    assert {"esda", "libpysal"} <= needs["hotspots"]
    assert "mapclassify" in needs["poverty"] and "mapclassify" in needs["childrisk"]
    assert {"holidays", "sklearn", "openpyxl"} <= needs["demandforecast"]
    assert "sklearn" in needs["povertyretrain"]
    assert needs["charts"] == {"pyqtgraph"}
    assert "tensorflow" not in {m for n in needs.values() for m in n}  # optional, never a runtime requirement


def test_all_present_in_the_dev_environment():
    for job in JOBS:
        assert dependencies.missing_for_job(job) == [], job


def test_a_hidden_module_is_reported_for_its_job_and_never_imported(hide):
    hide("holidays")
    assert not dependencies.is_installed("holidays")
    absent = dependencies.missing_for_job("demandforecast")
    assert [r.dist for r in absent] == ["holidays"]
    assert absent[0].spec.startswith(">=")
    assert dependencies.missing_for_job("demandschedule") == []
    assert "holidays" not in sys.modules
    assert [r.dist for r in dependencies.missing_for_section("demand")] == ["holidays"]


def test_hidden_with_find_spec_patched(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "esda" else real(name, *a))
    assert [r.dist for r in dependencies.missing_for_job("hotspots")] == ["esda"]
    assert dependencies.missing_for_job("poverty") == []


def test_each_requirement_once_across_features(hide):
    hide("sklearn", "pyqtgraph")
    absent = dependencies.missing("models", "demand", "charts", "models")
    assert [r.dist for r in absent] == ["scikit-learn", "pyqtgraph"]
    per_feature = dependencies.all_missing()
    assert set(per_feature) == {"models", "charts"}


def test_extra_features_from_inputs(hide):
    hide("rasterio")
    assert dependencies.missing_for_job("siting") == []
    assert [r.dist for r in dependencies.missing_for_job("siting", extra=("rasters",))] == ["rasterio"]


def test_a_stray_folder_named_like_a_module_is_not_a_package(tmp_path, monkeypatch):
    (tmp_path / "no_such_package_xyz").mkdir()
    monkeypatch.syspath_prepend(str(tmp_path))
    assert not dependencies.is_installed("no_such_package_xyz")


def test_module_to_requirement():
    assert dependencies.requirement_of_module("sklearn.ensemble").dist == "scikit-learn"
    assert dependencies.requirement_of_module("tensorflow").dist == "tensorflow"
    assert dependencies.requirement_of_module("nothing_like_this") is None


def test_unknown_feature_is_empty_and_unknown_job_raises():
    assert dependencies.feature_requirements("no-such-feature") == []
    with pytest.raises(KeyError):
        dependencies.missing_for_job("no-such-job")


def test_checking_imports_nothing_heavy():
    code = (
        "import sys; from core import dependencies as d\n"
        "assert all(d.missing_for_job(j) == [] for j in d.JOBS)\n"
        "heavy = [m for m in ('pandas', 'numpy', 'geopandas', 'sklearn', 'rasterio', 'esda') if m in sys.modules]\n"
        "print(heavy)"
    )
    process = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert process.returncode == 0, process.stderr
    assert process.stdout.strip() == "[]"
