"""Build the plugin zip: runtime files only, under a top folder named after the plugin id.

python scripts/make_zip.py build/aguaperu.zip
"""

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGIN_ID = "aguaperu"
TOP_FILES = ("__init__.py", "__about__.py", "metadata.txt", "LICENSE", "README.md")
TOP_DIRS = ("aguaperu_plugin", "core", "models", "resources", "i18n")
SKIP_PARTS = {"__pycache__", ".pytest_cache", "screenshots"}
SKIP_SUFFIXES = {".pyc", ".pyo", ".ts"}


def runtime_files(root: Path = ROOT) -> list[Path]:
    """Every file the installed plugin needs, relative to ``root``."""
    files = [root / name for name in TOP_FILES]
    for folder in TOP_DIRS:
        files += [p for p in (root / folder).rglob("*") if p.is_file()]
    return sorted(
        p.relative_to(root)
        for p in files
        if p.exists() and not SKIP_PARTS & set(p.parts) and p.suffix not in SKIP_SUFFIXES
    )


def make_zip(target: Path, root: Path = ROOT) -> Path:
    if not (root / "i18n" / f"{PLUGIN_ID}_es.qm").exists():
        raise SystemExit("i18n/aguaperu_es.qm is missing: run 'make i18n' first")
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".zip.part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in runtime_files(root):
            archive.write(root / relative, f"{PLUGIN_ID}/{relative.as_posix()}")
    partial.replace(target)
    return target


if __name__ == "__main__":
    print(make_zip(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build" / f"{PLUGIN_ID}.zip")))
