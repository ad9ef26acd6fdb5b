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
