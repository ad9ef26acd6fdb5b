"""PySAL imported without touching the network: ``libpysal`` weights, ``esda`` statistics, ``mapclassify``.

libpysal up to 4.7 (Debian bookworm's ``python3-libpysal``) imports its ``examples`` sub-package from
``libpysal/__init__.py``, and ``libpysal/examples/remotes.py`` then calls ``poll_remotes()``, which sends
``requests.get("https://geodacenter.github.io/data-and-lab//")`` to list example data sets it could download.
From 4.8 on the list is built from a table in the package and importing libpysal opens no connection.
AguaPerú must never open a connection (offline regional offices), so when the installed libpysal is one that
polls (its ``examples/remotes.py`` defines ``poll_remotes``, read as text without importing anything),
``import_pysal`` registers a stand-in module as ``sys.modules["libpysal.examples"]`` for the duration of the
import only, and removes it afterwards (from ``sys.modules`` and from the ``libpysal`` package), so that no
other code ever sees it: a later ``import libpysal.examples`` gets the real module. Newer libpysal is imported
as it is: a stand-in there changes libpysal's import order and ends in a circular import. Only ``examples``
talks to the network, and nothing AguaPerú uses imports it (libpysal 4.7: only ``libpysal/__init__.py``;
esda imports it only in tests and ``__main__`` blocks). When libpysal was already imported (by another QGIS
plugin, say), that module is used as it is.

A package that is not installed raises MissingDependencyError naming it; one that is installed but fails to
import (a broken or incompatible installation) raises MissingDependencyError with code
``broken_dependency`` and the original error, never the claim that it is not installed.

``tests/unit/test_hotspots.py`` imports through here in a fresh interpreter with ``socket.getaddrinfo`` and
``socket.socket.connect`` recording every call, and checks that none was made.
"""

import importlib.util
import sys
import types
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from ..errors import MissingDependencyError

EXAMPLES = "libpysal.examples"
INSTALL = {
    "libpysal": "libpysal (pip install libpysal; on Debian: the package python3-libpysal)",
    "esda": "esda (pip install esda)",
    "mapclassify": "mapclassify (pip install mapclassify)",
}


def _examples_stub() -> types.ModuleType:
    stub = types.ModuleType(
        EXAMPLES, "Stand-in registered by AguaPerú while libpysal imports: the real module polls the network."
    )

    def refuse(name: str):
        raise AttributeError(
            f"libpysal.examples.{name} is not available: AguaPerú stood in for libpysal.examples, whose import "
            "connects to the internet."
        )

    stub.__getattr__ = refuse
    return stub


def polls_network_at_import() -> bool:
    """True when the installed libpysal's ``examples`` would connect to the internet when imported.

    Decided from the text of ``libpysal/examples/remotes.py`` (libpysal up to 4.7 defines ``poll_remotes``
    and calls it at import), found without importing libpysal.
    """
    try:
        spec = importlib.util.find_spec("libpysal")
    except (ImportError, ValueError):
        return False
    if spec is None or not spec.submodule_search_locations:
        return False
    for folder in spec.submodule_search_locations:
        remotes = Path(folder) / "examples" / "remotes.py"
        try:
            return "def poll_remotes" in remotes.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
    return False


@contextmanager
def _offline_examples():
    """Stand in for ``libpysal.examples`` while libpysal is first imported, when that import would poll."""
    if "libpysal" in sys.modules or EXAMPLES in sys.modules or not polls_network_at_import():
        yield
        return
    stub = _examples_stub()
    sys.modules[EXAMPLES] = stub
    try:
        yield
    finally:
        if sys.modules.get(EXAMPLES) is stub:
            del sys.modules[EXAMPLES]
        package = sys.modules.get("libpysal")
        if package is not None and getattr(package, "__dict__", {}).get("examples") is stub:
            delattr(package, "examples")


def _missing(error: ImportError, purpose: str) -> MissingDependencyError:
    """A not-installed package named as such; an installed package that fails to import, said truthfully."""
    package = (error.name or "").split(".")[0]
    try:
        installed = bool(package) and importlib.util.find_spec(package) is not None
    except (ImportError, ValueError):
        installed = False
    if package and installed:
        return MissingDependencyError(
            f"{purpose} needs the Python package {package}, which is installed but could not be imported "
            f"({type(error).__name__}: {error}). Reinstall it or install a version that matches the other "
            "packages.",
            code="broken_dependency",
            package=package,
            reason=f"{type(error).__name__}: {error}",
            fix=f"Reinstall {INSTALL.get(package, package)}.",
        )
    what = INSTALL.get(package, package or str(error))
    return MissingDependencyError(
        f"{purpose} needs the Python package {package or 'PySAL'}, which is not installed: install {what}.",
        code="missing_dependency",
        package=package or "libpysal",
        fix=f"Install {what}.",
    )


def import_pysal() -> tuple[types.ModuleType, types.ModuleType]:
    """``(libpysal.weights, esda)``, imported without any network access.

    Raises
    ------
    MissingDependencyError
        When libpysal or esda is not installed (the message says what to install) or fails to import (code
        ``broken_dependency``, with the original error).
    """
    try:
        with _offline_examples():
            import esda
            import libpysal.weights
    except ImportError as error:
        raise _missing(error, "Spatial statistics (hotspots)") from error
    return libpysal.weights, esda


def import_mapclassify() -> types.ModuleType:
    """``mapclassify`` (class breaks); raises MissingDependencyError saying what to install when absent."""
    try:
        import mapclassify
    except ImportError as error:
        raise _missing(error, "Class breaks") from error
    return mapclassify


@contextmanager
def seeded_numpy(seed: int):
    """Seed numpy's global generator for a block and restore its state afterwards.

    esda's permutations (``crand``) reseed the global generator, global Moran's I and mapclassify's natural
    breaks (scikit-learn k-means) draw from it: seeding makes results reproducible, restoring keeps other
    users of the generator undisturbed.
    """
    state = np.random.get_state()
    np.random.seed(seed)
    try:
        yield
    finally:
        np.random.set_state(state)
