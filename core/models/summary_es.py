"""The Spanish summary at the top of each bundled model's readable card (``MODEL_CARD.md``): what the model
predicts, from which data, its held-out skill in plain words with the numbers of ``model_card.json`` (the same
headline figure as ``core.models.skill``), and when not to use it. Each card's renderer puts it right after the
title, so a Spanish-speaking planner reads it before the English details."""

from .skill import skill_of

HEADING = "## Resumen en español"


def spanish_number(value: float, decimals: int = 1) -> str:
    """``value`` written the Spanish way: a decimal comma and a narrow space between thousands ("1 874,5")."""
    return f"{value:,.{decimals}f}".replace(",", "\u202f").replace(".", ",")


def _poverty(card: dict, skill) -> list[str]:
    scores = card["evaluation"]["comparison"][card["model"]["bundled"]]
    data = card.get("training_data", {})
    missing = ", ".join(data.get("departments_without_target", [])) or "ninguno"
    return [
        "**Qué predice:** la tasa de pobreza monetaria (%) de cada distrito del Perú, con un intervalo del 90 %.",
        f"**Con qué datos:** el mapa de pobreza distrital 2018 del INEI ({data.get('labelled', '?')} distritos de "
        f"{data.get('departments_labelled', '?')} departamentos) y variables distritales de censo, clima, "
        "luces nocturnas y sistemas de agua.",
        "**Acierto en datos no vistos:** en departamentos que no vio, explica el "
        f"{spanish_number(100 * skill.value, 0)} % de las diferencias de pobreza entre distritos "
        f"(R² {spanish_number(skill.value, 3)}) y se equivoca en "
        f"{spanish_number(skill.error, 1)} puntos en promedio; sus intervalos del 90 % contienen el valor real en el "
        f"{spanish_number(100 * scores.get('coverage90', float('nan')), 0)} % de los distritos.",
        "**Cuándo no usarlo:** para comparar distritos de un mismo departamento sin cautela (dentro de un "
        f"departamento explica mucho menos: R² mediano {spanish_number(scores.get('r2_median_of_departments', 0), 2)}"
        f"), ni como dato oficial; en los departamentos sin dato de pobreza ({missing}) no hay con qué verificarlo.",
    ]


def _water_risk(card: dict, skill) -> list[str]:
    data = card.get("training_data", {})
    return [
        "**Qué predice:** la probabilidad de que el tratamiento (cloración o filtración lenta) de un sistema de "
        "agua rural no funcione, y una clase de riesgo (bajo, medio, alto).",
        f"**Con qué datos:** {spanish_number(data.get('labelled', 0), 0)} sistemas con el estado de su tratamiento "
        "registrado en SIASAR 2015-2016, con variables del sistema, de su entorno y de su distrito.",
        f"**Acierto en datos no vistos:** en departamentos que no vio, de cada 100 pares de sistemas de un mismo "
        f"departamento (uno cuyo tratamiento falla y otro que funciona) ordena bien {skill.pairs_right} "
        f"(ROC-AUC {spanish_number(skill.value, 3)}); al azar serían 50."
        + (" Es un modelo débil, cercano al azar." if skill.near_chance else ""),
        "**Cuándo no usarlo:** como veredicto sobre un sistema concreto: úselo solo para ordenar las visitas "
        "dentro de un área y verifique en campo; no compare niveles de riesgo entre departamentos.",
    ]


def _child_risk(card: dict, skill) -> list[str]:
    anemia = card["evaluation"]["out_of_time_districts"]["anemia"]
    model = anemia["approaches"][card["model"]["bundled"]]
    minimum = card.get("privacy", {}).get("min_cell", 30)
    return [
        "**Qué predice:** la desnutrición crónica (menores de 5 años) y la anemia (6 a 59 meses) de cada distrito "
        "y provincia, con intervalos del 90 %, un índice de riesgo infantil y las intervenciones que sus "
        "indicadores recomiendan.",
        "**Con qué datos:** los registros de niñas y niños de la ENDES 2014-2018 (INEI, sin pesos de encuesta) y "
        "variables distritales; nunca se muestra un registro individual: cada cifra publicada agrupa al menos "
        f"{minimum} niñas y niños.",
        f"**Acierto en datos no vistos:** en un año de encuesta que no vio (2018), el error medio en desnutrición "
        f"crónica es de {spanish_number(skill.error, 1)} puntos frente a {spanish_number(skill.reference, 1)} de "
        f"repetir el promedio anterior de cada distrito (un {spanish_number(100 * skill.improvement, 0)} % menor); "
        f"en anemia, {spanish_number(model['mae'], 1)} frente a {spanish_number(anemia['baseline_mae'], 1)} puntos.",
        "**Cuándo no usarlo:** como cifra oficial o para un niño o una familia; las prevalencias son aproximadas "
        "(sin pesos de encuesta) y los distritos con pocos niños medidos tienen intervalos anchos; los años muy "
        "posteriores a 2018 son una extrapolación.",
    ]


def _demand(card: dict, skill) -> list[str]:
    meets = card["evaluation"].get("meets_target")
    return [
        "**Qué predice:** la demanda horaria de agua (caudal de entrada, L/s) de cada sector para las 168 horas "
        "siguientes a un origen, con intervalos del 80 % y del 95 %; se reajusta con la serie de cada usuario.",
        "**Con qué datos:** la competencia Battle of Water Demand Forecasting 2024: 10 sectores de una ciudad del "
        "noreste de Italia, 2021-2023, con lluvia, temperatura, humedad y viento.",
        f"**Acierto en datos no vistos:** en semanas que no vio, el error medio de las primeras 24 horas es de "
        f"{spanish_number(skill.error, 3)} L/s frente a {spanish_number(skill.reference, 3)} L/s de repetir la "
        f"semana anterior (un {spanish_number(100 * skill.improvement, 0)} % menor)"
        + ("; alcanza la meta de la competencia." if meets else "; no alcanza la meta de la competencia."),
        "**Cuándo no usarlo:** con abastecimiento intermitente (frecuente en el Perú: el caudal sigue el horario "
        "de suministro y no la demanda) sin comprobarlo antes con datos propios; no se ha probado con series "
        "peruanas.",
    ]


WRITERS = {"poverty": _poverty, "water_risk": _water_risk, "child_risk": _child_risk, "demand": _demand}


def spanish_summary(model: str, card: dict) -> str:
    """The "Resumen en español" section of ``model``'s card (a folder name under ``models/``), from ``card``;
    empty when the card does not report the model's held-out skill."""
    skill = skill_of(model, card)
    if skill is None or model not in WRITERS:
        return ""
    lines = WRITERS[model](card, skill)
    return "\n".join([HEADING, "", *(f"- {line}" for line in lines), ""]) + "\n"
