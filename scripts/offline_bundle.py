"""Offline bundles: per platform and Python, a zip of every wheel the dependency installer needs.

    .venv/bin/python scripts/offline_bundle.py                    # the default targets, into build/bundles/
    .venv/bin/python scripts/offline_bundle.py cp312-win_amd64    # one target

For each target, ``pip download --only-binary=:all: --platform … --python-version … --implementation cp --abi …``
resolves requirements-runtime.txt (every feature) plus pip itself, under the target's constraints
(``scripts/bundle_constraints/<target>.txt``: the versions that QGIS ships there; ``<target>+<variant>.txt``
another set of versions the same QGIS may have, resolved on its own, the bundle holding the union), so pip's
resolver proves that the set is complete for that platform. Wheels of versions a constraint file pins exactly
(the target's QGIS has them installed) are left out: the installer never installs what QGIS has.
pip evaluates environment markers (``platform_system == "Windows"``…)
for the machine it runs on, not for the target, so the wheels' own requirements are then re-evaluated for the
target and anything missing is downloaded too, until the set is closed. The bundle
``build/bundles/aguaperu-deps-<cpXY>-<platform>.zip`` holds (the installer's contract,
aguaperu_plugin/install/bundle.py):

- ``manifest.json``: ``{"python": "cp312", "platform": "win_amd64", "requirements": [runtime lines],
  "wheels": {file: sha256}}`` plus ``constraints`` and ``pip_platforms`` (informative);
- ``SHA256SUMS``: ``<hex>  wheels/<file>`` lines;
- ``wheels/*.whl``.

The zip is written with fixed timestamps and sorted members, so the same wheels give the same bytes. Bundles
ship beside the plugin (USB stick, intranet share), never inside it: the QGIS plugin repository refuses binaries.
"""

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from email.parser import Parser
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parents[1]
RUNTIME = ROOT / "requirements-runtime.txt"
CONSTRAINTS = ROOT / "scripts" / "bundle_constraints"
OUT = ROOT / "build" / "bundles"
ZIP_DATE = (2024, 1, 1, 0, 0, 0)


def manylinux(arch: str, newest_glibc: int = 36) -> tuple[str, ...]:
    """Every manylinux tag a glibc 2.``newest_glibc`` system accepts (Debian bookworm: glibc 2.36)."""
    return (
        *(f"manylinux_2_{minor}_{arch}" for minor in range(newest_glibc, 4, -1)),
        f"manylinux2014_{arch}",
        f"manylinux2010_{arch}",
        f"manylinux1_{arch}",
    )


@dataclass(frozen=True)
class Target:
    """One bundle: the Python tag and short platform the installer compares, pip's platform tags, markers."""

    python: str  # cp312
    platform: str  # win_amd64, manylinux_x86_64, macosx_arm64 (aguaperu_plugin/install/environment.py)
    pip_platforms: tuple[str, ...]
    markers: dict

    @property
    def name(self) -> str:
        return f"{self.python}-{self.platform}"

    @property
    def python_version(self) -> str:
        return f"{self.python[2]}.{self.python[3:]}"

    @property
    def constraints(self) -> list[Path]:
        """The target's constraint files: ``<name>.txt``, then any ``<name>+<variant>.txt`` (another set of
        versions the same platform's QGIS may have, e.g. Debian's QGIS with Debian's geo stack too): each is
        resolved on its own and the bundle holds the union, so the installer finds wheels for either."""
        return [CONSTRAINTS / f"{self.name}.txt", *sorted(CONSTRAINTS.glob(f"{self.name}+*.txt"))]

    @property
    def bundle(self) -> str:
        return f"aguaperu-deps-{self.name}.zip"

    def environment(self) -> dict:
        """The marker environment of the target's Python (packaging.markers)."""
        return {
            "implementation_name": "cpython",
            "platform_python_implementation": "CPython",
            "python_version": self.python_version,
            "python_full_version": f"{self.python_version}.0",
            "implementation_version": f"{self.python_version}.0",
            **self.markers,
        }


WINDOWS = {"os_name": "nt", "sys_platform": "win32", "platform_system": "Windows", "platform_machine": "AMD64"}
LINUX = {"os_name": "posix", "sys_platform": "linux", "platform_system": "Linux", "platform_machine": "x86_64"}
MACOS = {"os_name": "posix", "sys_platform": "darwin", "platform_system": "Darwin", "platform_machine": "arm64"}
TARGETS = {
    target.name: target
    for target in (
        # the Windows standalone QGIS 3.40 and 3.44 (OSGeo4W): Python 3.12
        Target("cp312", "win_amd64", ("win_amd64",), WINDOWS),
        # Debian bookworm's QGIS 3.40: Python 3.11, glibc 2.36
        Target("cp311", "manylinux_x86_64", manylinux("x86_64"), LINUX),
        # QGIS on Apple Silicon (MacPorts, conda-forge): Python 3.12, macOS 12 or newer; pip expands the
        # version to every older macOS tag
        Target("cp312", "macosx_arm64", ("macosx_12_0_arm64",), MACOS),
    )
}
DEFAULT = tuple(TARGETS)


def runtime_requirements(path: Path = RUNTIME) -> list[str]:
    """The requirement lines of requirements-runtime.txt (every feature), without comments."""
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            lines.append(line)
    return lines


def download_command(target: Target, folder: Path, requirements: list[str], constraints: Path) -> list[str]:
    """The ``pip download`` resolving ``requirements`` for ``target`` into ``folder``."""
    platforms = [option for tag in target.pip_platforms for option in ("--platform", tag)]
    return [
        sys.executable, "-m", "pip", "download", "--disable-pip-version-check", "--no-input",
        "--only-binary=:all:", *platforms, "--python-version", target.python_version,
        "--implementation", "cp", "--abi", target.python, "-d", str(folder), "-c", str(constraints),
        *requirements,
    ]  # fmt: skip


def wheel_metadata(wheel: Path) -> tuple[str, str, list[Requirement]]:
    """``(canonical name, version, Requires-Dist)`` of a wheel."""
    name, version, _, _ = parse_wheel_filename(wheel.name)
    with zipfile.ZipFile(wheel) as archive:
        member = next(n for n in archive.namelist() if re.fullmatch(r"[^/]+\.dist-info/METADATA", n))
        message = Parser().parsestr(archive.read(member).decode("utf-8"))
    return canonicalize_name(name), str(version), [Requirement(r) for r in message.get_all("Requires-Dist") or []]


def unmet(folder: Path, requirements: list[str], environment: dict) -> list[str]:
    """What the top-level ``requirements`` need, walked through the wheels in ``folder`` with the markers
    evaluated for the target (and each wheel's extras as requested), that no wheel there satisfies."""
    wheels = {name: (version, requires) for name, version, requires in map(wheel_metadata, folder.glob("*.whl"))}

    def applies(requirement: Requirement, extras: set[str]) -> bool:
        marker = requirement.marker
        return marker is None or any(marker.evaluate({**environment, "extra": extra}) for extra in extras | {""})

    needed = [requirement for requirement in map(Requirement, requirements) if applies(requirement, set())]
    requested: dict[str, set[str]] = {}
    missing, queue = set(), list(needed)
    while queue:
        requirement = queue.pop()
        name = canonicalize_name(requirement.name)
        found = wheels.get(name)
        if found is None or not requirement.specifier.contains(found[0], prereleases=True):
            missing.add(f"{requirement.name}{requirement.specifier}")
            continue
        extras = set(requirement.extras)
        if name in requested and extras <= requested[name]:
            continue
        requested[name] = requested.get(name, set()) | extras
        queue += [dependency for dependency in found[1] if applies(dependency, requested[name])]
    return sorted(missing)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def shown(command: list[str], folder: Path) -> str:
    """A pip command as the manifest records it: no machine-specific paths."""
    replace = {sys.executable: "python", str(folder): "wheels"}
    return " ".join(
        replace.get(part, str(Path(part).relative_to(ROOT)) if part.startswith(str(ROOT)) else part) for part in command
    )


def provided(constraints: Path) -> set[str]:
    """The projects a constraint file pins to one exact version: the target's QGIS has them installed, so the
    installer never installs them (it pins what is installed) and their wheels stay out of the bundle. A
    wildcard pin (``numpy==1.26.*``) only guides the resolution: that wheel ships."""
    names = set()
    for line in runtime_requirements(constraints):
        requirement = Requirement(line)
        specifiers = list(requirement.specifier)
        if len(specifiers) == 1 and specifiers[0].operator == "==" and "*" not in specifiers[0].version:
            names.add(canonicalize_name(requirement.name))
    return names


def write_bundle(target: Target, folder: Path, requirements: list[str], commands: list[list[str]], out: Path) -> Path:
    """The bundle zip (deterministic: sorted members, fixed dates)."""
    wheels = {wheel.name: sha256(wheel) for wheel in sorted(folder.glob("*.whl"))}
    constraints = {path.name: runtime_requirements(path) for path in target.constraints}
    manifest = {
        "python": target.python,
        "platform": target.platform,
        "requirements": requirements,
        "wheels": wheels,
        "constraints": constraints,
        "pip_platforms": list(target.pip_platforms),
        "pip_commands": [shown(command, folder) for command in commands],
    }
    sums = "".join(f"{digest}  wheels/{name}\n" for name, digest in wheels.items())
    out.mkdir(parents=True, exist_ok=True)
    bundle = out / target.bundle
    partial = bundle.with_suffix(".zip.part")

    def add(archive: zipfile.ZipFile, name: str, data: bytes, method: int) -> None:
        info = zipfile.ZipInfo(name, ZIP_DATE)
        info.external_attr = 0o644 << 16
        archive.writestr(info, data, compress_type=method)

    with zipfile.ZipFile(partial, "w") as archive:
        add(archive, "manifest.json", json.dumps(manifest, indent=2).encode("utf-8") + b"\n", zipfile.ZIP_DEFLATED)
        add(archive, "SHA256SUMS", sums.encode("utf-8"), zipfile.ZIP_DEFLATED)
        for name in wheels:  # wheels are zips already: stored as they are
            add(archive, f"wheels/{name}", (folder / name).read_bytes(), zipfile.ZIP_STORED)
    partial.replace(bundle)
    return bundle


def resolve(target: Target, folder: Path, requirements: list[str], constraints: Path, log=print) -> list[list[str]]:
    """Download the closure of ``requirements`` for ``target`` under ``constraints`` into ``folder``."""
    commands = [download_command(target, folder, [*requirements, "pip"], constraints)]
    for _ in range(5):
        log(f"{target.name}: {' '.join(commands[-1])}")
        subprocess.run(commands[-1], check=True)
        missing = unmet(folder, [*requirements, "pip"], target.environment())
        if not missing:
            return commands
        log(f"{target.name}: required on {target.platform} by markers pip evaluated for this machine: {missing}")
        commands.append(download_command(target, folder, missing, constraints))
    raise SystemExit(f"{target.name}: still missing after {len(commands)} downloads: {missing}")


def build(target: Target, out: Path = OUT, log=print) -> Path:
    """Download, close under the target's markers (once per constraint file), and zip one bundle."""
    requirements = runtime_requirements()
    with tempfile.TemporaryDirectory(prefix=f"aguaperu-bundle-{target.name}-") as temporary:
        merged = Path(temporary) / "wheels"
        merged.mkdir()
        commands = []
        for constraints in target.constraints:
            folder = Path(temporary) / constraints.stem
            folder.mkdir()
            commands += resolve(target, folder, requirements, constraints, log)
            installed = provided(constraints)
            for wheel in folder.glob("*.whl"):
                if canonicalize_name(parse_wheel_filename(wheel.name)[0]) not in installed:
                    wheel.replace(merged / wheel.name)
        bundle = write_bundle(target, merged, requirements, commands, out)
    log(f"{bundle}: {bundle.stat().st_size / 2**20:.1f} MiB, {len(zipfile.ZipFile(bundle).namelist()) - 2} wheels")
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", default=DEFAULT, help=f"among {', '.join(TARGETS)} (default: all)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder of the bundles (default {OUT})")
    args = parser.parse_args(argv)
    unknown = set(args.targets) - set(TARGETS)
    if unknown:
        parser.error(f"unknown targets {sorted(unknown)}; known: {', '.join(TARGETS)}")
    sizes = {name: build(TARGETS[name], args.out).stat().st_size for name in args.targets}
    for name, size in sizes.items():
        print(f"{TARGETS[name].bundle}: {size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
