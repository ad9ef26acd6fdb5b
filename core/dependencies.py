"""What each job needs from Python packages, and which of those packages are missing, found cheaply.

The runtime requirements live in ``requirements-runtime.txt`` at the repository root (shipped in the plugin
zip), grouped by feature under ``# feature: <id>`` header lines; a requirement line may end with
``# import: <module>`` when the module imported differs from the distribution name. ``JOBS`` maps every job
(the ids of the Processing algorithms, the demo, the charts and the dock's scenario comparison) to the features
it needs. ``missing`` looks modules up with ``importlib.util.find_spec``: nothing is imported (a top-level
module's spec comes from the file system) and nothing goes to the network, so a check costs milliseconds.

TensorFlow is an optional extra, never a runtime requirement: ``OPTIONAL`` says what it enables.
"""

import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

RUNTIME_FILE = Path(__file__).resolve().parents[1] / "requirements-runtime.txt"
BASE = "base"

# job id -> features it needs (every feature needs "base"; listed explicitly so a job reads as a whole).
# Bundled models predict with numpy alone; scikit-learn ("models") is for retraining and the demand forecast.
JOBS: dict[str, tuple[str, ...]] = {
    "validate": (BASE,),
    "features": (BASE,),
    "zonal": (BASE, "rasters"),
    "waterrisk": (BASE,),
    "standards": (BASE,),
    "poverty": (BASE, "classes"),
    "povertyretrain": (BASE, "models"),
    "hotspots": (BASE, "hotspots"),
    "childrisk": (BASE, "classes"),
    "demandforecast": (BASE, "models", "demand"),
    "demandanomalies": (BASE,),
    "demandschedule": (BASE,),
    "siting": (BASE,),
    "rehab": (BASE,),
    "scenariorun": (BASE,),
    "exportmap": (BASE,),
    "demo": (BASE, "rasters"),
    # the dock's own work
    "charts": ("charts",),
    "scenariocompare": (BASE, "classes", "charts"),
}
# Processing algorithm ids that differ from their job's id
ALGORITHM_JOBS = {
    "validateinputs": "validate",
    "districtfeatures": "features",
    "zonalstatistics": "zonal",
    "standardscheck": "standards",
}
# the dock's sections -> the jobs their buttons run (a section shown with missing packages says which)
SECTIONS: dict[str, tuple[str, ...]] = {
    "data": ("validate", "features", "demo"),
    "models": ("waterrisk", "charts"),
    "poverty": ("poverty", "hotspots", "povertyretrain", "charts"),
    "child": ("childrisk", "charts"),
    "demand": ("demandforecast", "demandanomalies", "demandschedule", "charts"),
    "scenarios": ("scenariorun", "scenariocompare"),
    "maps": ("exportmap",),
}

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*?)\s*$")
_FEATURE = re.compile(r"^#\s*feature:\s*([A-Za-z0-9_-]+)\s*$")
_IMPORT = re.compile(r"import:\s*([A-Za-z_][A-Za-z0-9_.]*)")


@dataclass(frozen=True)
class Requirement:
    """One runtime requirement.

    Attributes
    ----------
    dist:
        Distribution name as pip knows it (``scikit-learn``).
    spec:
        Version specifier (``>=1.2,<2``), possibly empty.
    module:
        Top-level module it provides (``sklearn``).
    """

    dist: str
    spec: str
    module: str

    @property
    def line(self) -> str:
        """The requirement as pip takes it (``scikit-learn>=1.2,<2``)."""
        return f"{self.dist}{self.spec}"


@dataclass(frozen=True)
class OptionalPackage:
    """An optional package: what it enables and how to add it (never installed by the installer)."""

    requirement: Requirement
    purpose: str


OPTIONAL = {
    "tensorflow": OptionalPackage(
        Requirement("tensorflow", ">=2.12,<3", "tensorflow"),
        "the neural-network comparisons of retraining and the autoencoder leak detector",
    ),
}


def parse_requirements(text: str) -> dict[str, list[Requirement]]:
    """Requirements per feature from the text of a runtime requirements file (features in file order).

    Lines before the first ``# feature:`` header belong to ``base``; blank lines and other comments are skipped.
    """
    groups: dict[str, list[Requirement]] = {}
    feature = BASE
    for raw in text.splitlines():
        line = raw.strip()
        header = _FEATURE.match(line)
        if header:
            feature = header.group(1)
            groups.setdefault(feature, [])
            continue
        if not line or line.startswith("#"):
            continue
        requirement, _, comment = line.partition("#")
        match = _NAME.match(requirement)
        if not match:
            continue
        dist, spec = match.group(1), match.group(3).replace(" ", "")
        imported = _IMPORT.search(comment)
        module = imported.group(1) if imported else dist.lower().replace("-", "_").replace(".", "_")
        groups.setdefault(feature, []).append(Requirement(dist, spec, module.split(".")[0]))
    return groups


@lru_cache(maxsize=4)
def _read(path: Path) -> dict[str, list[Requirement]]:
    try:
        return parse_requirements(path.read_text(encoding="utf-8"))
    except OSError:
        return {}


def requirements(path: Path | None = None) -> dict[str, list[Requirement]]:
    """Requirements per feature, read once from ``path`` (default: the shipped runtime file)."""
    return _read(Path(path or RUNTIME_FILE))


def features(path: Path | None = None) -> list[str]:
    """The feature ids of the runtime requirements file, in file order."""
    return list(requirements(path))


def feature_requirements(feature: str, path: Path | None = None) -> list[Requirement]:
    """The requirements of one feature (empty for a feature the file does not list)."""
    return list(requirements(path).get(feature, []))


def is_installed(module: str) -> bool:
    """True when the top-level ``module`` can be imported; looked up without importing it.

    A directory without ``__init__.py`` (a namespace package: a stray folder named like the module) and a
    module a finder refuses count as missing.
    """
    top = module.split(".")[0]
    try:
        spec = importlib.util.find_spec(top)
    except (ImportError, ValueError):  # a finder refused it, or sys.modules holds a module without a spec
        return False
    return spec is not None and spec.origin is not None


def missing(*features: str, path: Path | None = None) -> list[Requirement]:
    """The requirements of ``features`` whose module is not importable, each once, in file order."""
    found: dict[str, Requirement] = {}
    for feature in features:
        for requirement in feature_requirements(feature, path):
            if requirement.dist not in found and not is_installed(requirement.module):
                found[requirement.dist] = requirement
    return list(found.values())


def job_features(job: str, extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The features of ``job`` (``KeyError`` for an unknown job), then ``extra`` ones, each once."""
    return tuple(dict.fromkeys(JOBS[job] + tuple(extra)))


def job_of_algorithm(algorithm_id: str) -> str:
    """The job a Processing algorithm (``aguaperu:<id>``) runs."""
    return ALGORITHM_JOBS.get(algorithm_id, algorithm_id)


def missing_for_job(job: str, extra: tuple[str, ...] = (), path: Path | None = None) -> list[Requirement]:
    """The missing requirements of ``job`` (and of the ``extra`` features its inputs call for)."""
    return missing(*job_features(job, extra), path=path)


def missing_for_section(section: str, path: Path | None = None) -> list[Requirement]:
    """The missing requirements of every job of a dock section."""
    jobs = SECTIONS[section]
    return missing(*dict.fromkeys(f for job in jobs for f in JOBS[job]), path=path)


def requirement_of_module(module: str, path: Path | None = None) -> Requirement | None:
    """The runtime requirement providing top-level ``module`` (or an optional one), or None."""
    top = (module or "").split(".")[0]
    for group in requirements(path).values():
        for requirement in group:
            if requirement.module == top:
                return requirement
    for optional in OPTIONAL.values():
        if optional.requirement.module == top:
            return optional.requirement
    return None


def all_missing(path: Path | None = None) -> dict[str, list[Requirement]]:
    """Missing requirements per feature (features with nothing missing left out)."""
    result = {}
    for feature in features(path):
        absent = missing(feature, path=path)
        if absent:
            result[feature] = absent
    return result


def dist_names(requirements_: list[Requirement]) -> str:
    """``a, b, c``: the distribution names, for a message."""
    return ", ".join(r.dist for r in requirements_)
