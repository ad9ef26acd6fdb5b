"""The child-risk model's drivers and triggers in the user's language, written from structured data: the drivers
from the indicators' percentile ranks (``core.models.child_risk.index.driver_ranks``), the triggers from the
conditions ``recommend`` returns beside its English ``trigger`` (indicator, value, operator, threshold and the
second condition's ``and_…`` columns). Core's text columns stay English stable ids for the CSV and the command
line; the panel, the layer's attributes and its map tip read these instead, e.g. "desnutrición crónica
(percentil 99)" and "anemia 48,2 % ≥ 40 (+8,2 puntos)"."""

from .toolbelt.i18n import QT_TR_NOOP, number, tr

INDICATOR_NAMES = {  # the indicators of the index and of the rule table, as a sentence names them
    "stunting_pct": QT_TR_NOOP("stunting"),
    "anemia_pct": QT_TR_NOOP("anaemia"),
    "stunting_hi90": QT_TR_NOOP("stunting, upper bound of the 90 % interval"),
    "anemia_hi90": QT_TR_NOOP("anaemia, upper bound of the 90 % interval"),
    "poverty_pct": QT_TR_NOOP("poverty"),
    "water_risk_pct": QT_TR_NOOP("population served by high-risk water systems"),
    "child_risk_index": QT_TR_NOOP("child-risk index"),
}
SIGNS = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}


def indicator_name(column: str) -> str:
    """``column`` (an indicator id) in words, in the user's language."""
    name = INDICATOR_NAMES.get(column)
    return tr(name) if name else column.replace("_", " ")


def _missing(value) -> bool:
    return value is None or value == "" or value != value  # blank text, None or NaN


def _amount(column: str, value, language: str | None) -> str:
    """``value`` of indicator ``column``: a share with " %", the index without a unit."""
    text = number(value, 1, language)
    return f"{text} %" if column.endswith(("_pct", "_hi90", "_lo90")) else text


def _threshold(value, language: str | None) -> str:
    value = float(value)
    return number(value, 0 if value.is_integer() else 1, language)


def condition_text(column: str, value, operator: str, threshold, language: str | None = None) -> str:
    """ "anemia 48,2 % ≥ 40 (+8,2 puntos)": the indicator, the area's value, the rule and by how much it passes."""
    excess = float(value) - float(threshold)
    signed = ("+" if excess >= 0 else "") + number(excess, 1, language)
    return tr(
        "{0} {1} {2} {3} ({4} points)",
        indicator_name(column),
        _amount(column, value, language),
        SIGNS.get(operator, operator),
        _threshold(threshold, language),
        signed,
    )


def trigger_text(rule, language: str | None = None) -> str:
    """The trigger of one recommendation (a row of ``recommend``'s table, as a dict or a named tuple): its
    condition, and its second condition when the rule has one."""
    get = rule.get if isinstance(rule, dict) else lambda key, default=None: getattr(rule, key, default)
    text = condition_text(get("indicator"), get("value"), get("operator"), get("threshold"), language)
    if not _missing(get("and_indicator")) and not _missing(get("and_value")):
        second = condition_text(
            get("and_indicator"), get("and_value"), get("and_operator"), get("and_threshold"), language
        )
        text = tr("{0} and {1}", text, second)
    return text


def drivers_text(drivers: list[tuple[str, int]], language: str | None = None) -> str:
    """ "desnutrición crónica (percentil 99); pobreza (percentil 91)"; "" without drivers."""
    return "; ".join(
        tr("{0} (percentile {1})", indicator_name(column), number(rank, 0, language)) for column, rank in drivers
    )


def area_drivers(frame) -> list[list[tuple[str, int]]]:
    """The drivers (indicator, percentile) of every row of ``frame`` (all the areas of one level): the ranks are
    recomputed from the indicators, as the index was."""
    from ..core.models.child_risk.index import driver_ranks, percentile_ranks

    return driver_ranks(percentile_ranks(frame))


def interventions_text(recommendations, language: str | None = None) -> str:
    """One area's recommendations in one text, "R01 intervention [trigger]; R02 …" (blank when none)."""
    return "; ".join(
        f"{rule['rule_id']} {rule['intervention']} [{trigger_text(rule, language)}]"
        for rule in recommendations.to_dict(orient="records")
    )


def localised_areas(areas, recommendations, language: str | None = None):
    """A copy of ``areas`` (all the areas of one level) whose ``drivers`` and ``interventions`` read in the user's
    language: what the layer's attribute table, identify results and map tips show."""
    areas = areas.copy()
    areas["drivers"] = [drivers_text(area, language) for area in area_drivers(areas)]
    by_area = dict(tuple(recommendations.groupby("ubigeo", sort=False))) if len(recommendations) else {}
    areas["interventions"] = [
        interventions_text(by_area[code], language) if code in by_area else "" for code in areas["ubigeo"]
    ]
    return areas
