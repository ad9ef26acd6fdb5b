"""In Spanish, nothing the user reads stays English: every validation and error template of core's catalogue,
every field alias, every feature label of the charts and every printed word has a Spanish text (the compiled
translation, as QGIS loads it), and the templates keep their fields."""

import re
import string

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

from aguaperu.aguaperu_plugin.describe import FIELD_ALIASES
from aguaperu.aguaperu_plugin.feature_names import FEATURE_LABELS
from aguaperu.aguaperu_plugin.printing.texts import WORDS
from aguaperu.aguaperu_plugin.skill import SENTENCES, SHORT
from aguaperu.aguaperu_plugin.toolbelt.i18n import CONTEXT, VALIDATION_CONTEXT, install_translator
from aguaperu.core.validation.messages import MESSAGES, PARAMETER_WORDS

SAME_IN_SPANISH = {"UBIGEO", "{0} %", "Δ {0}"}  # written alike in both languages


@pytest.fixture()
def spanish():
    translator = install_translator("es")
    assert translator is not None, "i18n/aguaperu_es.qm is missing: make i18n"
    yield
    QgsApplication.removeTranslator(translator)


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def untranslated(context: str, sources) -> list[str]:
    missing = []
    for source in sources:
        spanish = QCoreApplication.translate(context, source)
        if spanish == source and source not in SAME_IN_SPANISH:
            missing.append(source)
        elif fields(spanish) != fields(source):
            missing.append(f"{source} (fields {sorted(fields(source))} became {sorted(fields(spanish))})")
    return missing


def test_every_message_template_reads_in_spanish(spanish):
    templates = [text for pair in MESSAGES.values() for text in pair if text] + list(PARAMETER_WORDS)
    assert untranslated(VALIDATION_CONTEXT, templates) == []
    assert len(templates) > 100


def test_every_alias_and_feature_label_reads_in_spanish(spanish):
    assert untranslated(CONTEXT, set(FIELD_ALIASES.values())) == []
    assert untranslated(CONTEXT, set(FEATURE_LABELS.values())) == []


def test_printed_words_and_skill_sentences_exist_in_both_languages():
    for table in (WORDS, SENTENCES, SHORT):
        assert set(table["es"]) == set(table["en"])
        for key, english in table["en"].items():
            assert fields(table["es"][key]) == fields(english), key
    english_words = re.compile(r"\b(the|of|and|model|points|districts)\b")
    for table in (WORDS, SENTENCES, SHORT):
        for key, text in table["es"].items():
            assert not english_words.search(text), f"{key}: {text}"
