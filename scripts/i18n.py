"""Translation chores: update the .ts from the sources, compile the .qm, list missing translations.

python scripts/i18n.py update    # pylupdate5 -> i18n/aguaperu_es.ts (keeps existing translations)
python scripts/i18n.py compile   # lrelease -> i18n/aguaperu_es.qm
python scripts/i18n.py check     # exit 1 when a source string has no Spanish translation
"""

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("es",)
SOURCE_DIRS = ("aguaperu_plugin", "core/validation")


def ts_path(language: str) -> Path:
    return ROOT / "i18n" / f"aguaperu_{language}.ts"


def sources() -> list[str]:
    files = sorted(p for d in SOURCE_DIRS for p in (ROOT / d).rglob("*.py") if "__pycache__" not in p.parts)
    return [str(p.relative_to(ROOT)) for p in files]


def update(ts: Path) -> None:
    subprocess.run(["pylupdate5", "-noobsolete", *sources(), "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)


def compile_qm() -> None:
    for language in LANGUAGES:
        ts = ts_path(language)
        subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def missing(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    result = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
                result.append((name, message.findtext("source")))
    return result


def check() -> int:
    """Update a copy of each .ts from the current sources and report what it lacks."""
    status = 0
    for language in LANGUAGES:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / ts_path(language).name
            shutil.copy(ts_path(language), copy)
            update(copy)
            for context, source in missing(copy):
                status = 1
                print(f"{ts_path(language).name}: no translation for [{context}] {source!r}")
    return status


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        for language in LANGUAGES:
            update(ts_path(language))
    elif command == "compile":
        compile_qm()
    elif command == "check":
        sys.exit(check())
    else:
        sys.exit(__doc__)
