"""Each model's held-out skill (``core.models.skill``) in words a planner reads, in the interface's language (dock
summaries, layer metadata, map tips) or the map's (printed notes): Spanish and English, like the printed words
of ``printing/texts.py``, so that a map printed in Spanish from an English QGIS says it in Spanish."""

from .toolbelt.i18n import number, user_locale

SENTENCES = {
    "es": {
        "water_risk": "Acierto en departamentos no vistos: de cada 100 pares de sistemas de un mismo departamento "
        "(uno cuyo tratamiento falla y otro que funciona), el modelo ordena bien {0}; al azar serían 50.",
        "poverty": "En departamentos que no vio, el modelo explica el {0} % de las diferencias de pobreza entre "
        "distritos y se equivoca en {1} puntos en promedio.",
        "child_risk": "En un año de encuesta que no vio, el error medio en desnutrición crónica es de {1} puntos, "
        "un {0} % menor que repetir el promedio anterior de cada distrito.",
        "demand": "En semanas que no vio, el error medio de las primeras 24 horas es de {1} L/s, un {0} % menor "
        "que repetir la semana anterior.",
        "near_chance": "Atención: modelo débil, cercano al azar; úselo solo como orientación y verifique en campo.",
    },
    "en": {
        "water_risk": "Skill on departments left out: of 100 pairs of systems of one department (one whose "
        "treatment fails, one whose works), the model orders {0} right; chance would order 50.",
        "poverty": "On departments it did not see, the model explains {0} % of the differences in poverty between "
        "districts and is off by {1} points on average.",
        "child_risk": "In a survey year it did not see, the mean stunting error is {1} points, {0} % lower than "
        "repeating each district's earlier mean.",
        "demand": "In weeks it did not see, the mean error of the first 24 hours is {1} L/s, {0} % lower than "
        "repeating last week.",
        "near_chance": "Caution: a weak model, near chance; use it as a guide only and check in the field.",
    },
}
SHORT = {  # in the printed model note, inside its parentheses: no parentheses of their own
    "es": {
        "water_risk": "ordena bien {0} de cada 100 pares de sistemas; al azar, 50",
        "poverty": "R² {0} % en departamentos no vistos, error medio de {1} puntos",
        "child_risk": "error de {1} puntos en un año no visto, {0} % menor que el promedio anterior",
        "demand": "error de {1} L/s en semanas no vistas, {0} % menor que la semana anterior",
        "near_chance": "modelo débil, cercano al azar",
    },
    "en": {
        "water_risk": "orders {0} of 100 pairs of systems right; chance, 50",
        "poverty": "R² {0} % on departments left out, mean error {1} points",
        "child_risk": "error of {1} points in a year left out, {0} % lower than the earlier mean",
        "demand": "error of {1} L/s in weeks left out, {0} % lower than last week",
        "near_chance": "weak model, near chance",
    },
}


def _figures(skill, language: str) -> tuple[str, str]:
    if skill.metric == "roc_auc":
        return str(skill.pairs_right), ""
    if skill.metric == "r2":
        return number(100 * skill.value, 0, language), number(skill.error, 1, language)
    return number(100 * skill.improvement, 0, language), number(skill.error, 1, language)


def skill_sentence(model: str, language: str | None = None, short: bool = False) -> str:
    """The held-out skill of the bundled ``model`` in ``language`` (default: QGIS's; English unless Spanish),
    followed by a warning when it is near chance; empty when its card does not report it."""
    from ..core.models.skill import skill_of

    language = "es" if (language or user_locale()) == "es" else "en"
    skill = skill_of(model)
    if skill is None:
        return ""
    words = (SHORT if short else SENTENCES)[language]
    text = words[model].format(*_figures(skill, language))
    if skill.near_chance:
        text += ("; " if short else " ") + words["near_chance"]
    return text
