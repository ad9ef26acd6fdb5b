"""The fixed words printed on maps, in the map's language.

A map's language is chosen per export (Maps page, Processing parameter, ``PluginSettings.map_language``)
independently of the language QGIS runs in, so these words are looked up here by language instead of
going through ``tr`` (which follows the interface language).
"""

import json
from functools import cache
from pathlib import Path

from ..toolbelt.i18n import CONTEXT, I18N_DIR

MODELS = Path(__file__).resolve().parents[2] / "models"

LANGUAGES = ("es", "en")

WORDS = {
    "es": {
        "default_title": "Mapa del Perú",
        "legend": "Leyenda",
        "source": "Fuente: {0}",
        "layers_source": "capas del proyecto ({0})",
        "data_date": "Fecha de los datos: {0}",
        "made": "Elaborado con AguaPerú {0} el {1}",
        "model": "Modelo {0} v{1}",
        "intervals": "Las predicciones llevan intervalos del 90 %.",
        "indicator": "Indicador",
        "value": "Valor",
        "count": "Número de elementos",
        "mean": "Promedio de {0}",
        "max": "Máximo de {0}",
        "legend_next_page": "Leyenda en la página siguiente",
    },
    "en": {
        "default_title": "Map of Peru",
        "legend": "Legend",
        "source": "Source: {0}",
        "layers_source": "project layers ({0})",
        "data_date": "Data date: {0}",
        "made": "Made with AguaPerú {0} on {1}",
        "model": "Model {0} v{1}",
        "intervals": "Predictions carry 90 % intervals.",
        "indicator": "Indicator",
        "value": "Value",
        "count": "Number of features",
        "mean": "Mean of {0}",
        "max": "Maximum of {0}",
        "legend_next_page": "Legend on the next page",
    },
}


MODEL_NAMES = {
    "es": {"poverty": "pobreza monetaria", "water_risk": "riesgo de calidad del agua", "child_risk": "riesgo infantil"},
    "en": {"poverty": "monetary poverty", "water_risk": "water-quality risk", "child_risk": "child risk"},
}


def field_label(language: str, field: str, layer=None) -> str:
    """``field`` as a printed heading names it in ``language``: its alias (``describe.FIELD_ALIASES``, from the
    compiled translation of ``language`` whatever language QGIS runs in), else the layer's own alias, else the
    field's name; the first letter in lower case so that it reads inside a sentence ("Promedio de índice de
    riesgo infantil")."""
    from ..describe import FIELD_ALIASES, in_sentence

    source = FIELD_ALIASES.get(field)
    if source:
        label = source if language == "en" else (_translator(language).translate(CONTEXT, source) or source)
    else:
        label = (layer.attributeAlias(layer.fields().indexOf(field)) if layer is not None else "") or field
    return in_sentence(label)


@cache
def _translator(language: str):
    """The compiled translation of ``language`` (not installed: it only looks words up); empty without one."""
    from qgis.PyQt.QtCore import QTranslator

    translator = QTranslator()
    translator.load(str(I18N_DIR / f"aguaperu_{language}.qm"))
    return translator


def word(language: str, key: str, *args) -> str:
    """The word ``key`` in ``language`` (Spanish when the language is unknown), formatted with ``args``."""
    text = WORDS.get(language, WORDS["es"])[key]
    return text.format(*args) if args else text


def model_note(language: str, models: list[str]) -> str:
    """ "Modelo pobreza v1.0.0 (R² 72 % en departamentos no vistos, …) · … Las predicciones llevan intervalos del
    90 %." for the bundled ``models`` (folder names under ``models/``), each with its held-out skill; empty
    without models."""
    from ..skill import skill_sentence

    parts = []
    for name in models:
        card_path = MODELS / name / "model_card.json"
        card = json.loads(card_path.read_text(encoding="utf-8")) if card_path.exists() else {}
        label = MODEL_NAMES.get(language, MODEL_NAMES["es"]).get(name, card.get("name", name))
        skill = skill_sentence(name, language, short=True)  # its held-out skill, and a warning near chance
        parts.append(word(language, "model", label, card.get("version", "?")) + (f" ({skill})" if skill else ""))
    if not parts:
        return ""
    return " · ".join(parts) + ". " + word(language, "intervals")
