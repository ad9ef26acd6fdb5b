"""Where the installer puts packages and which Python runs pip (no QGIS import: tests call these directly).

Packages go into a private folder of the QGIS profile,
``<settings dir>/python/dependencies/aguaperu/<cpXY>-<platform>``, appended at the *end* of ``sys.path`` so that
QGIS's own numpy, pandas and GDAL always win.
"""

import importlib
import os
import platform
import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Callable
from pathlib import Path

FOLDER = ("python", "dependencies", "aguaperu")
_ARCH = {"amd64": "x86_64", "x86_64": "x86_64", "x64": "x86_64", "arm64": "arm64", "aarch64": "arm64"}


def python_tag(version: tuple[int, int] | None = None) -> str:
    """``cp312`` for CPython 3.12."""
    major, minor = version or sys.version_info[:2]
    return f"cp{major}{minor}"


def platform_tag(name: str | None = None) -> str:
    """A short wheel-style platform of this machine: ``win_amd64``, ``manylinux_x86_64``, ``macosx_arm64``…
    (the names of ``scripts/offline_bundle.py``'s bundles)."""
    name = (name or sysconfig.get_platform()).lower().replace("-", "_").replace(".", "_")
    if name.startswith("macosx"):  # macosx-11.0-arm64: the version does not matter for the folder or bundle
        return "macosx_x86_64" if name.endswith("x86_64") else f"macosx_{name.rsplit('_', 1)[-1]}"
    if name.startswith("linux_"):  # the wheels QGIS's Python takes on Linux are manylinux ones
        return "many" + name
    return name


def _system_arch(tag: str) -> tuple[str, str]:
    """(system, architecture) of a platform tag: ``manylinux_2_28_x86_64`` → (linux, x86_64)."""
    tag = tag.lower()
    system = "win" if tag.startswith("win") else "macos" if tag.startswith("macosx") else "linux"
    if tag.endswith("universal2"):
        return system, "universal2"
    arch = next((_ARCH[a] for a in sorted(_ARCH, key=len, reverse=True) if tag.endswith(a)), tag.rsplit("_", 1)[-1])
    if system == "win" and tag == "win32":
        arch = "x86"
    return system, arch


def platform_matches(bundle_platform: str, here: str | None = None) -> bool:
    """True when wheels built for ``bundle_platform`` install on platform ``here`` (default: this machine)."""
    system, arch = _system_arch(bundle_platform)
    here_system, here_arch = _system_arch(here or platform_tag())
    return system == here_system and (arch == here_arch or (system == "macos" and arch == "universal2"))


def target_folder(settings_dir: str | Path, version: tuple[int, int] | None = None, plat: str | None = None) -> Path:
    """The private dependency folder of a QGIS profile (``QgsApplication.qgisSettingsDirPath()``)."""
    return Path(settings_dir).joinpath(*FOLDER, f"{python_tag(version)}-{platform_tag(plat)}")


def add_to_sys_path(folder: str | Path, path: list | None = None) -> bool:
    """Append ``folder`` at the end of ``sys.path`` when it exists and is not there yet; return whether it was
    added. Cheap: one existence check (called when the plugin loads)."""
    path = sys.path if path is None else path
    folder = str(folder)
    if folder in path or not os.path.isdir(folder):
        return False
    path.append(folder)
    importlib.invalidate_caches()
    return True


def interpreter_candidates(
    executable: str = sys.executable,
    exec_prefix: str = sys.exec_prefix,
    system: str = sys.platform,
    version: tuple[int, int] | None = None,
    which: Callable[[str], str | None] = shutil.which,
) -> list[Path]:
    """The Python interpreters that may be the one QGIS embeds, most likely first.

    On Windows QGIS's executable is ``qgis-bin.exe`` and the interpreter is ``python.exe`` in
    ``sys.exec_prefix``; on macOS it is ``<exec_prefix>/bin/python3``; on Linux ``sys.executable`` when it is
    a Python, else ``python3`` of the prefix or on the PATH.
    """
    major, minor = version or sys.version_info[:2]
    prefix = Path(exec_prefix)
    own = Path(executable) if executable else None
    candidates: list[Path] = []
    if own is not None and re.match(r"python(\d+(\.\d+)?)?(\.exe)?$", own.name, re.IGNORECASE):
        candidates.append(own)
    if system.startswith("win"):
        candidates += [prefix / "python.exe", prefix / "python3.exe"]
    else:
        candidates += [prefix / "bin" / f"python{major}.{minor}", prefix / "bin" / "python3"]
        for name in (f"python{major}.{minor}", "python3"):
            found = which(name)
            if found:
                candidates.append(Path(found))
    unique: list[Path] = []
    for candidate in candidates:
        if candidate not in unique:
            unique.append(candidate)
    return unique


def interpreter_identity(python: Path) -> tuple[int, int, str] | None:
    """(major, minor, ``sys.exec_prefix``) of the interpreter at ``python``, or None when it does not run."""
    code = "import sys; print(sys.version_info[0], sys.version_info[1], sys.exec_prefix)"
    try:
        output = subprocess.run(
            [str(python), "-c", code], capture_output=True, text=True, timeout=30, **hidden_window()
        ).stdout.strip()
        major, minor, prefix = output.split(" ", 2)
        return int(major), int(minor), prefix
    except (OSError, subprocess.SubprocessError, ValueError):
        return None


def same_folder(a: str | Path, b: str | Path) -> bool:
    try:
        return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))
    except (OSError, ValueError):
        return False


def find_interpreter(
    version: tuple[int, int] | None = None, exec_prefix: str = sys.exec_prefix, **where
) -> Path | None:
    """The first candidate (``interpreter_candidates``) that runs, has QGIS's major.minor and is the same
    installation (same ``sys.exec_prefix``: a ``python3`` of another installation on the PATH is not it)."""
    version = tuple(version or sys.version_info[:2])
    for candidate in interpreter_candidates(exec_prefix=exec_prefix, version=version, **where):
        if not candidate.is_file():
            continue
        identity = interpreter_identity(candidate)
        if identity and identity[:2] == version and same_folder(identity[2], exec_prefix):
            return candidate
    return None


def hidden_window() -> dict:
    """``subprocess`` keyword arguments that keep a console window from flashing up on Windows."""
    return {"creationflags": subprocess.CREATE_NO_WINDOW} if os.name == "nt" else {}


def machine() -> str:
    """A one-line description of this Python for the log."""
    return f"Python {platform.python_version()} ({python_tag()}-{platform_tag()}) at {sys.exec_prefix}"
