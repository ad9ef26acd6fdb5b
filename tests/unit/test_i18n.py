"""Every user-visible string of the plugin has a Spanish translation."""

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "scripts" / "i18n.py")
i18n = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n)


def test_spanish_translation_is_complete_for_the_current_sources(tmp_path):
    ts = tmp_path / "aguaperu_es.ts"
    shutil.copy(i18n.ts_path("es"), ts)
    i18n.update(ts)
    assert len(list(ET.parse(ts).getroot().iter("message"))) >= 40
    assert i18n.missing(ts) == []


def test_a_missing_translation_is_reported(tmp_path):
    ts = tmp_path / "aguaperu_es.ts"
    shutil.copy(i18n.ts_path("es"), ts)
    tree = ET.parse(ts)
    message = next(tree.getroot().iter("message"))
    message.find("translation").set("type", "unfinished")
    tree.write(ts, encoding="utf-8")
    assert i18n.missing(ts) == [(next(tree.getroot().iter("context")).findtext("name"), message.findtext("source"))]


def test_every_validation_message_is_in_the_translation_file():
    """pylupdate5 reads core/validation/messages.py as text: no template may slip past it."""
    from core.validation.messages import MESSAGES, PARAMETER_WORDS

    root = ET.parse(i18n.ts_path("es")).getroot()
    sources = {
        message.findtext("source")
        for context in root.iter("context")
        if context.findtext("name") == "Validation"
        for message in context.iter("message")
    }
    templates = {text for pair in MESSAGES.values() for text in pair} | set(PARAMETER_WORDS)
    assert templates <= sources, templates - sources


def test_every_processing_title_and_help_is_extracted(tmp_path):
    """The algorithms' ``title`` and ``help_text`` (``QT_TR_NOOP``, translated with ``tr``) reach the .ts in the
    context of ``tr()``: a marker pylupdate5 missed would leave the text silently untranslated."""
    import ast

    texts = set()
    for path in (ROOT / "aguaperu_plugin" / "processing").glob("*.py"):
        if path.name == "base.py":  # the empty defaults
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.Assign) and [getattr(t, "id", "") for t in item.targets] in (
                        ["title"],
                        ["help_text"],
                    ):
                        assert isinstance(item.value, ast.Call) and item.value.func.id == "QT_TR_NOOP", path.name
                        texts.add(item.value.args[0].value)
    assert len(texts) == 32
    ts = tmp_path / "aguaperu_es.ts"
    shutil.copy(i18n.ts_path("es"), ts)
    i18n.update(ts)
    sources = {
        message.findtext("source")
        for context in ET.parse(ts).getroot().iter("context")
        if context.findtext("name") == "@default"
        for message in context.iter("message")
    }
    assert texts <= sources, texts - sources
