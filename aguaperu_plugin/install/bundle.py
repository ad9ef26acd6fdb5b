"""Offline bundles: a zip ``aguaperu-deps-<cpXY>-<platform>.zip`` of wheels built with ``make offline-bundle``.

Contents (the contract with the bundle builder):

- ``manifest.json``: ``{"python": "cp312", "platform": "win_amd64", "requirements": [...], "wheels": {file: sha256}}``;
- ``SHA256SUMS``: ``<hex>  wheels/<file>`` lines (``sha256sum`` format);
- ``wheels/*.whl``, a pip wheel among them (pip runs from it when QGIS's Python has no pip).

A bundle for another Python or platform is refused; every wheel's SHA-256 must match both lists before anything
is installed. Errors carry a code and the facts (``BundleError.code``, ``.details``) for a translated message.
"""

import hashlib
import json
import re
import shutil
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ...core.jobs.types import never_cancelled
from .environment import platform_matches, platform_tag, python_tag

PATTERN = "aguaperu-deps-*.zip"
_SUM_LINE = re.compile(r"^([0-9a-fA-F]{64})\s+\*?(\S.*)$")


class BundleError(Exception):
    """A bundle that cannot be used; ``code`` is one of ``unreadable``, ``not_a_bundle``, ``wrong_python``,
    ``wrong_platform``, ``unlisted``, ``missing``, ``checksum``, ``no_pip``."""

    def __init__(self, code: str, message: str, **details) -> None:
        super().__init__(message)
        self.code = code
        self.details = details


@dataclass
class Manifest:
    python: str
    platform: str
    requirements: list[str] = field(default_factory=list)
    wheels: dict[str, str] = field(default_factory=dict)


def bundle_name(tag: str | None = None, plat: str | None = None) -> str:
    """The file name of the bundle for this Python (``aguaperu-deps-cp312-win_amd64.zip``)."""
    return f"aguaperu-deps-{tag or python_tag()}-{plat or platform_tag()}.zip"


def read_manifest(path: Path) -> Manifest:
    """The manifest of bundle ``path``.

    Raises
    ------
    BundleError
        ``unreadable`` for a file that is not a zip, ``not_a_bundle`` without a valid ``manifest.json``.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            data = json.loads(archive.read("manifest.json").decode("utf-8"))
    except (OSError, zipfile.BadZipFile) as error:
        raise BundleError("unreadable", f"{path} cannot be read as a zip file: {error}", file=str(path)) from error
    except (KeyError, ValueError, UnicodeError) as error:
        raise BundleError("not_a_bundle", f"{path} has no valid manifest.json", file=str(path)) from error
    try:
        return Manifest(
            str(data["python"]), str(data["platform"]), list(data.get("requirements", [])), dict(data["wheels"])
        )
    except (KeyError, TypeError, ValueError) as error:
        raise BundleError("not_a_bundle", f"{path}: manifest.json lacks {error}", file=str(path)) from error


def check_compatible(manifest: Manifest, path: Path, tag: str | None = None, plat: str | None = None) -> None:
    """Raise BundleError (``wrong_python``/``wrong_platform``) unless the bundle suits this Python."""
    tag, plat = tag or python_tag(), plat or platform_tag()
    if manifest.python != tag:
        raise BundleError(
            "wrong_python",
            f"{path.name} is for Python {manifest.python}; QGIS runs {tag}.",
            file=str(path),
            bundle=manifest.python,
            here=tag,
        )
    if not platform_matches(manifest.platform, plat):
        raise BundleError(
            "wrong_platform",
            f"{path.name} is for {manifest.platform}; this computer is {plat}.",
            file=str(path),
            bundle=manifest.platform,
            here=plat,
        )


def parse_sums(text: str) -> dict[str, str]:
    """``{"wheels/<file>": sha256}`` from ``SHA256SUMS``."""
    sums = {}
    for line in text.splitlines():
        match = _SUM_LINE.match(line.strip())
        if match:
            sums[match.group(2).strip()] = match.group(1).lower()
    return sums


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def extract(
    path: Path,
    destination: Path,
    tag: str | None = None,
    plat: str | None = None,
    is_cancelled: Callable[[], bool] = never_cancelled,
) -> tuple[Manifest, Path]:
    """Check the bundle suits this Python, extract its wheels into ``destination`` (a temporary folder) and
    verify every SHA-256 against ``SHA256SUMS`` and the manifest; return the manifest and the wheels folder.

    Only ``manifest.json``, ``SHA256SUMS`` and ``wheels/<file>.whl`` are extracted (never a path outside the
    folder).

    Raises
    ------
    BundleError
        When the bundle does not suit this Python, a wheel is missing, unlisted or altered.
    """
    path = Path(path)
    manifest = read_manifest(path)
    check_compatible(manifest, path, tag, plat)
    wheels = Path(destination) / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path) as archive:
        try:
            sums = parse_sums(archive.read("SHA256SUMS").decode("utf-8"))
        except (KeyError, UnicodeError) as error:
            raise BundleError("not_a_bundle", f"{path} has no SHA256SUMS", file=str(path)) from error
        members = [m for m in archive.namelist() if _is_wheel_member(m)]
        for member in members:
            if member not in sums or PurePosixPath(member).name not in manifest.wheels:
                raise BundleError("unlisted", f"{member} is not in the bundle's lists", file=PurePosixPath(member).name)
        listed = set(sums) | {f"wheels/{name}" for name in manifest.wheels}
        absent = sorted(listed - set(members))
        if absent:
            raise BundleError("missing", f"{path.name} lacks {', '.join(absent)}", file=", ".join(absent))
        for member in members:
            if is_cancelled():
                break
            target = wheels / PurePosixPath(member).name
            with archive.open(member) as source, open(target, "wb") as sink:
                shutil.copyfileobj(source, sink, 1 << 20)
            found = sha256_file(target)
            name = target.name
            if found != sums[member] or found != str(manifest.wheels[name]).lower():
                raise BundleError(
                    "checksum", f"{name} has SHA-256 {found}, the bundle lists another one", file=name, found=found
                )
    return manifest, wheels


def _is_wheel_member(member: str) -> bool:
    parts = PurePosixPath(member).parts
    return len(parts) == 2 and parts[0] == "wheels" and parts[1].endswith(".whl") and ".." not in parts


def pip_wheel(wheels: Path) -> Path | None:
    """The pip wheel among the bundle's wheels (the newest by name), or None."""
    found = sorted(Path(wheels).glob("pip-*.whl"))
    return found[-1] if found else None


def find_bundles(folders: Iterable[str | Path], tag: str | None = None, plat: str | None = None) -> list[Path]:
    """Bundles in ``folders`` (not recursive), those named for this Python first."""
    own = bundle_name(tag, plat)
    found: list[Path] = []
    for folder in folders:
        if not folder or not Path(folder).is_dir():
            continue
        for candidate in sorted(Path(folder).glob(PATTERN)):
            if candidate.is_file() and candidate not in found:
                found.append(candidate)
    return sorted(found, key=lambda p: p.name != own)
