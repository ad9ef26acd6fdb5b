"""pip command lines, the constraints file, pip's installation report and the check in a subprocess.

Two steps, so that nothing QGIS ships is touched: ``resolve_command`` asks pip what it *would* install
(``--dry-run --report``) with the packages QGIS runs pinned as constraints and the private folder on
``PYTHONPATH`` (already installed private packages count); ``install_command`` then installs exactly that list,
``--no-deps``, into a folder (``--target`` makes pip ignore installed packages, hence the resolution first).
"""

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# PEP 508 names and PEP 440 versions (a constraint pip cannot parse would stop the resolution)
_NAME = re.compile(r"^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$", re.IGNORECASE)
_VERSION = re.compile(
    r"^v?(\d+!)?\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?(\+[a-z0-9]+(\.[a-z0-9]+)*)?$", re.IGNORECASE
)
COMMON = ("--disable-pip-version-check", "--no-input", "--no-color", "--only-binary=:all:")


def canonical(name: str) -> str:
    """PEP 503 normalised distribution name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def constraints_text(distributions: Iterable[tuple[str, str]]) -> str:
    """``name==version`` for each (name, version) pair, the first of each name (the one Python imports),
    sorted; names or versions pip could not parse are left out."""
    pins: dict[str, str] = {}
    for name, version in distributions:
        if not name or not version or not _NAME.match(name) or not _VERSION.match(version):
            continue
        pins.setdefault(canonical(name), f"{canonical(name)}=={version}")
    return "".join(f"{pins[key]}\n" for key in sorted(pins))


def visible_distributions() -> list[tuple[str, str]]:
    """(name, version) of every distribution the running Python sees, in ``sys.path`` order, less those whose
    own declared requirements the installed versions do not meet (``inconsistent``)."""
    import importlib.metadata

    found, requires = [], {}
    for distribution in importlib.metadata.distributions():
        try:
            name, version = distribution.metadata["Name"], distribution.version
            found.append((name, version))
            requires.setdefault(canonical(name or ""), distribution.requires or [])
        except Exception:  # a broken .dist-info: not pinned, never fatal
            continue
    broken = inconsistent(found, requires)
    return [(name, version) for name, version in found if canonical(name or "") not in broken]


def inconsistent(distributions: list[tuple[str, str]], requires: dict[str, list[str]]) -> set[str]:
    """Canonical names of installed distributions whose declared requirements the installed versions break.

    A distribution packager may patch a package without updating its metadata (Debian's requests 2.28.1 works
    with charset-normalizer 3.0.1 but still declares ``<3``). Pinned, such a package makes every resolution
    that reaches it impossible; unpinned, pip may put a newer copy in the private folder, which comes after
    QGIS's own on ``sys.path``, so QGIS keeps importing its own."""
    try:
        from packaging.requirements import InvalidRequirement, Requirement
    except ImportError:  # no packaging module: pin everything, as before
        return set()
    installed = {canonical(name or ""): version for name, version in distributions}
    broken = set()
    for name, lines in requires.items():
        for line in lines:
            try:
                requirement = Requirement(line)
                if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
                    continue
            except (InvalidRequirement, ValueError):
                continue
            version = installed.get(canonical(requirement.name))
            if version is not None and not requirement.specifier.contains(version, prereleases=True):
                broken.add(name)
    return broken


def pip_runner(python: Path, pip_wheel: Path | None = None) -> list[str]:
    """``python -m pip``, or pip run from its wheel (``python pip-X.whl/pip``) when given."""
    return [str(python), str(Path(pip_wheel) / "pip")] if pip_wheel else [str(python), "-m", "pip"]


def source_options(wheels: Path | None) -> list[str]:
    """Offline: only the bundle's wheels; online: the index pip is configured with."""
    return ["--no-index", "--find-links", str(wheels)] if wheels else []


def resolve_command(
    runner: list[str], report: Path, constraints: Path, requirements: Iterable[str], wheels: Path | None = None
) -> list[str]:
    """pip's dry run writing the JSON report of what it would install."""
    return [
        *runner,
        "install",
        *COMMON,
        "--dry-run",
        "--report",
        str(report),
        "-c",
        str(constraints),
        *source_options(wheels),
        *requirements,
    ]


def install_command(runner: list[str], target: Path, pins: Iterable[str], wheels: Path | None = None) -> list[str]:
    """pip installing exactly ``pins`` (``name==version``) into ``target``, dependencies already resolved."""
    return [*runner, "install", *COMMON, "--no-deps", "--target", str(target), *source_options(wheels), *pins]


def pip_environment(target: Path, offline: bool, base: dict | None = None) -> dict:
    """The subprocess environment: ``PYTHONPATH`` the private folder; offline, no pip configuration file (its
    extra indexes or find-links would add other sources than the bundle)."""
    env = dict(os.environ if base is None else base)
    env["PYTHONPATH"] = str(target)
    env.pop("PIP_REQUIRE_VIRTUALENV", None)
    if offline:
        env["PIP_CONFIG_FILE"] = os.devnull
        for key in ("PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS", "PIP_CONSTRAINT"):
            env.pop(key, None)
    return env


@dataclass(frozen=True)
class Planned:
    """One distribution pip will install."""

    name: str
    version: str
    requested: bool = False

    @property
    def pin(self) -> str:
        return f"{self.name}=={self.version}"


def parse_report(report: dict | str | Path) -> list[Planned]:
    """What pip's ``--report`` says it would install (``install`` list), sorted by name.

    Raises
    ------
    ValueError
        When the report is not pip's installation report.
    """
    if isinstance(report, Path):
        report = report.read_text(encoding="utf-8")
    if isinstance(report, str):
        report = json.loads(report)
    try:
        items = report["install"]
        planned = [
            Planned(item["metadata"]["name"], item["metadata"]["version"], bool(item.get("requested")))
            for item in items
        ]
    except (KeyError, TypeError) as error:
        raise ValueError(f"not a pip installation report: {error}") from error
    return sorted(planned, key=lambda p: canonical(p.name))


VERIFY_SCRIPT = """
import importlib, json, sys
request = json.loads(sys.stdin.read())
sys.path[:] = [p for p in request["path"] if p != request["target"]] + [request["target"]]
result = {}
for module in request["modules"]:
    try:
        importlib.import_module(module)
        result[module] = ""
    except BaseException as error:
        result[module] = f"{type(error).__name__}: {error}"
print("AGUAPERU-VERIFY " + json.dumps(result))
"""


def verify_request(path: list[str], target: Path, modules: Iterable[str]) -> str:
    """The JSON the verification script reads on stdin: QGIS's ``sys.path``, the folder appended at its end."""
    return json.dumps(
        {"path": [p for p in path if isinstance(p, str)], "target": str(target), "modules": list(modules)}
    )


def parse_verify(output: str) -> dict[str, str]:
    """module → "" when it imported, else the error, from the verification script's output."""
    for line in reversed(output.splitlines()):
        if line.startswith("AGUAPERU-VERIFY "):
            return json.loads(line.removeprefix("AGUAPERU-VERIFY "))
    raise ValueError("the verification did not report")


def top_level_names(folder: Path, names: Iterable[str]) -> set[str]:
    """Top-level modules the distributions ``names`` installed into ``folder`` (from their RECORD)."""
    wanted = {canonical(n) for n in names}
    found: set[str] = set()
    for info in Path(folder).glob("*.dist-info"):
        if canonical(info.name.removesuffix(".dist-info").rsplit("-", 1)[0]) not in wanted:
            continue
        record = info / "RECORD"
        if not record.is_file():
            continue
        for line in record.read_text(encoding="utf-8", errors="replace").splitlines():
            first = line.split(",", 1)[0].split("/", 1)[0]
            if first and not first.endswith((".dist-info", ".data")) and first not in ("..", "bin", "__pycache__"):
                found.add(first.removesuffix(".py").split(".", 1)[0])
    return found
