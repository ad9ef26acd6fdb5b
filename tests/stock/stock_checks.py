"""How the stock-install test judges what an algorithm did (standard library only: used by the driver,
tests/stock/run_stock.py, outside QGIS).

Before the dependencies are installed, an algorithm either works (``ok``) or fails with a clear message
(``clear-message``): a ``QgsProcessingException`` whose text names at least one of the packages that are really
missing, with no traceback and no raw Python exception in it. Anything else is ``BAD``. After the installer ran,
only ``ok`` passes.
"""

import re

OK, CLEAR, BAD = "ok", "clear-message", "BAD"

# what a user must never see instead of a message: a traceback or a raw Python exception
RAW_ERROR = re.compile(
    r"Traceback \(most recent call last\)|File \"[^\"]+\", line \d+|\b(ModuleNotFoundError|ImportError|"
    r"AttributeError|NameError|TypeError|KeyError|ValueError|IndexError|RuntimeError|No module named)\b"
)
ALIASES = {"scikit-learn": ("sklearn",)}


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def names_a_package(text: str, packages: list[str]) -> list[str]:
    """The packages of ``packages`` that ``text`` names (as whole words; ``scikit-learn`` also as ``sklearn``)."""
    words = set(re.findall(r"[a-z0-9][a-z0-9-]*", normalise(text)))
    return [p for p in packages if normalise(p) in words or any(a in words for a in ALIASES.get(normalise(p), ()))]


def judge(record: dict, missing: list[str], installed: bool) -> tuple[str, str]:
    """(outcome, reason) of one algorithm run; ``installed``: the dependencies were installed (only ok passes)."""
    if record.get("python_errors"):
        return BAD, "Python error logged: " + record["python_errors"][0][:300]
    if record.get("modal_dialogs"):
        return BAD, "a modal dialog opened: " + str(record["modal_dialogs"][0])[:300]
    if record.get("ok"):
        return OK, ""
    text = "\n".join(record.get("errors") or [])
    last = ([line.strip() for line in text.splitlines() if line.strip()] or [""])[-1]
    if installed:
        return BAD, "failed after the installation: " + last[:600]
    if not text.strip():
        return BAD, "failed without a message"
    if RAW_ERROR.search(text):
        return BAD, "traceback or raw exception: " + last[:600]
    named = names_a_package(text, missing)
    if not named:
        return BAD, "the message names no missing package: " + text[:600]
    return CLEAR, text.strip()[:600]
