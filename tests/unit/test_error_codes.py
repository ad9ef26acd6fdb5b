"""Every error core raises on purpose carries a code of the message catalogue, so the plugin shows it in the
user's language (issue 20): each ``raise InputError(...)`` (and the other ``AguaPeruError`` kinds) in ``core/``
names a ``code=`` that ``core.validation.messages.MESSAGES`` has, and passes every field its templates use."""

import ast
import string
from pathlib import Path

import pytest

from core.validation.messages import MESSAGES

ROOT = Path(__file__).resolve().parents[2]
KINDS = {"InputError", "AguaPeruError", "MissingDependencyError"}
FILES = sorted(p for p in (ROOT / "core").rglob("*.py") if "__pycache__" not in p.parts)


def raised(path: Path):
    """(line, code or None, keyword names or None when ``**`` is passed) of each project error raised (or
    returned by a helper that makes it)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        made = node.exc if isinstance(node, ast.Raise) else node.value if isinstance(node, ast.Return) else None
        if not isinstance(made, ast.Call):  # raised, or made by a helper that returns it to be raised
            continue
        call = made
        name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", None)
        if name not in KINDS:
            continue
        keywords = {k.arg: k.value for k in call.keywords}
        code = keywords.get("code")
        code = code.value if isinstance(code, ast.Constant) else ("<dynamic>" if code is not None else None)
        names = None if None in keywords else set(keywords) - {"code"}
        yield node.lineno, code, names


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_error_core_raises_has_a_catalogued_code_and_its_fields(path):
    problems = []
    for line, code, names in raised(path):
        where = f"{path.relative_to(ROOT)}:{line}"
        if code is None:
            problems.append(f"{where}: no code=")
        elif code == "<dynamic>":
            continue  # a code chosen at run time: the catalogue test of that module checks it
        elif code not in MESSAGES:
            problems.append(f"{where}: code {code!r} is not in core/validation/messages.py")
        elif names is not None:
            missing = set().union(*(fields(t) for t in MESSAGES[code])) - names
            if missing:
                problems.append(f"{where}: code {code!r} needs {sorted(missing)}")
    assert problems == []


def test_the_check_finds_an_error_without_a_code(tmp_path):
    source = tmp_path / "bad.py"
    source.write_text(
        "def f():\n    raise InputError('x')\n\ndef g():\n    raise InputError('y', code='file_not_found')\n",
        encoding="utf-8",
    )
    assert [(line, code) for line, code, _ in raised(source)] == [(2, None), (5, "file_not_found")]


def test_no_code_is_written_twice_in_the_catalogue():
    """A code written twice would silently lose its first templates."""
    tree = ast.parse((ROOT / "core" / "validation" / "messages.py").read_text(encoding="utf-8"))
    catalogue = next(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "MESSAGES"
    )
    codes = [key.value for key in catalogue.keys]
    assert len(codes) > 150 and sorted({c for c in codes if codes.count(c) > 1}) == []
