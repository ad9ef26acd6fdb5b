"""``core`` imports, and its command line runs, with qgis and PyQt5 made unimportable."""

import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BLOCKER = textwrap.dedent(
    """
    import importlib.abc, sys
    BLOCKED = ("qgis", "PyQt5", "PyQt6", "sip")
    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{name} is blocked for this test")
    sys.meta_path.insert(0, Block())
    """
)


def core_modules() -> list[str]:
    import core

    return ["core"] + [m.name for m in pkgutil.walk_packages(core.__path__, "core.")]


def run_blocked(code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", BLOCKER + textwrap.dedent(code)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_every_core_module_imports_without_qgis_and_qt():
    modules = core_modules()
    assert len(modules) >= 4
    process = run_blocked(
        f"""
        import importlib
        for name in {modules!r}:
            importlib.import_module(name)
        assert not any(m.split(".")[0] in BLOCKED for m in sys.modules)
        print("ok")
        """
    )
    assert process.returncode == 0, process.stderr
    assert process.stdout.strip() == "ok"


def test_command_line_help_runs_without_qgis_and_qt():
    process = run_blocked(
        """
        from core.__main__ import main
        try:
            main(["--help"])
        except SystemExit as exit:
            assert exit.code == 0
        """
    )
    assert process.returncode == 0, process.stderr
    assert "demo" in process.stdout


def test_the_blocker_really_blocks():
    process = run_blocked("import qgis.core")
    assert process.returncode != 0
    assert "blocked for this test" in process.stderr
