"""PySAL imported without touching the network: ``libpysal`` weights, ``esda`` statistics, ``mapclassify``.

libpysal 4.7 (Debian ``python3-libpysal``) imports its ``examples`` sub-package from ``libpysal/__init__.py``,
and ``libpysal/examples/remotes.py`` then calls ``poll_remotes()``, which sends
``requests.get("https://geodacenter.github.io/data-and-lab//")`` to list example data sets it could download.
AguaPerú must never open a connection (offline regional offices), so ``import_pysal`` registers a stub module
as ``sys.modules["libpysal.examples"]`` before importing libpysal. Only that sub-package talks to the
network, and nothing AguaPerú uses imports it: in libpysal 4.7.0 the sole import is the one in
``libpysal/__init__.py`` (``weights``, ``cg`` and ``io`` mention ``examples`` only in docstrings), and esda 2.5.1
imports it only in its tests and in ``if __name__ == "__main__"`` blocks. The stub stays registered for the
rest of the session: ``libpysal.examples.<name>`` then raises an AttributeError that says why. When libpysal
was already imported (by another QGIS plugin, say), that module is used as it is.

``tests/unit/test_hotspots.py`` imports through here in a fresh interpreter with ``socket.getaddrinfo`` and
``socket.socket.connect`` recording every call, and checks that none was made (and that a plain
``import libpysal`` does make one).
"""

import sys
import types
from contextlib import contextmanager

import numpy as np

from ..errors import MissingDependencyError

EXAMPLES = "libpysal.examples"
INSTALL = {
    "libpysal": "the Debian package python3-libpysal (or: pip install libpysal)",
    "esda": "esda (pip install esda)",
    "mapclassify": "mapclassify (pip install mapclassify)",
}


def _examples_stub() -> types.ModuleType:
    stub = types.ModuleType(EXAMPLES, "Stand-in registered by AguaPerú: the real module polls the network.")

    def refuse(name: str):
        raise AttributeError(
            f"libpysal.examples.{name} is not available: AguaPerú replaced libpysal.examples, whose import "
            "connects to the internet, with this stand-in."
        )

    stub.__getattr__ = refuse
    return stub


def _missing(error: ImportError, purpose: str) -> MissingDependencyError:
    package = (error.name or "").split(".")[0]
    what = INSTALL.get(package, package or str(error))
    return MissingDependencyError(
        f"{purpose} needs the Python package {package or 'PySAL'}, which is not installed: install {what}.",
        code="missing_dependency",
        package=package,
        fix=f"Install {what}; AguaPerú's scripts/setup.sh installs esda and mapclassify.",
    )


def import_pysal() -> tuple[types.ModuleType, types.ModuleType]:
    """``(libpysal.weights, esda)``, imported without any network access.

    Raises
    ------
    MissingDependencyError
        When libpysal or esda is not installed; the message says what to install.
    """
    if "libpysal" not in sys.modules:
        sys.modules.setdefault(EXAMPLES, _examples_stub())
    try:
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
