"""Recommended interventions from a user-editable rule table (``resources/interventions/interventions.csv``).

Each rule fires when ``indicator operator threshold`` holds (and its optional second condition); every
recommendation carries its trigger: the indicator, the area's value, the threshold and by how much it is
passed, e.g. ``anemia_pct 48.2 >= 40 (+8.2 points)``.
"""

import operator
from pathlib import Path

import numpy as np
import pandas as pd

from ...errors import InputError

RULES = Path(__file__).resolve().parents[3] / "resources" / "interventions" / "interventions.csv"
INDICATORS = (
    "stunting_pct",
    "anemia_pct",
    "stunting_hi90",
    "anemia_hi90",
    "poverty_pct",
    "water_risk_pct",
    "child_risk_index",
)
OPERATORS = {">=": operator.ge, ">": operator.gt, "<=": operator.le, "<": operator.lt}
REQUIRED = ["rule_id", "indicator", "operator", "threshold", "intervention", "intervention_es", "programme", "source"]
OPTIONAL = ["and_indicator", "and_operator", "and_threshold"]
SECOND_CONDITION = ["and_indicator", "and_value", "and_operator", "and_threshold", "and_excess"]  # in recommend()


def read_rules(path: str | Path | None = None) -> pd.DataFrame:
    """The rule table, checked row by row (default: the bundled ``interventions.csv``).

    Raises
    ------
    InputError
        When the file cannot be read, lacks a column, or has bad rows; the message lists every problem with
        its row number (as in a spreadsheet: the header is row 1) and column.
    """
    path = Path(path) if path is not None else RULES
    try:
        rules = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, ValueError) as error:
        raise InputError(
            f"The intervention rules {path} cannot be read: {error}.",
            code="unreadable_rules",
            file=str(path),
            reason=str(error),
            fix="Choose a CSV file laid out like resources/interventions/interventions.csv.",
        ) from error
    rules.columns = [str(c).strip() for c in rules.columns]
    missing = [c for c in REQUIRED if c not in rules]
    if missing:
        raise InputError(
            f"The intervention rules {path} lack the column(s) {', '.join(missing)}.",
            code="missing_required_columns",
            file=str(path),
            column=missing[0],
            columns=", ".join(REQUIRED),
            fix="Keep the header of resources/interventions/interventions.csv.",
        )
    for column in OPTIONAL:
        if column not in rules:
            rules[column] = ""
    rules = rules.apply(lambda column: column.str.strip())
    problems = _problems(rules)
    if problems:
        listed = "; ".join(f"row {row}, column {column}: {text}" for row, column, text in problems)
        raise InputError(
            f"The intervention rules {path} have {len(problems)} problem(s): {listed}.",
            code="bad_rules",
            file=str(path),
            rows=[row for row, _, _ in problems],
            column=problems[0][1],
            count=len(problems),
            row=problems[0][0],
            indicators=", ".join(INDICATORS),
            operators=" ".join(OPERATORS),
            fix=f"Indicators: {', '.join(INDICATORS)}; operators: {' '.join(OPERATORS)}; thresholds are numbers.",
        )
    rules["threshold"] = rules["threshold"].astype(float)
    rules["and_threshold"] = pd.to_numeric(rules["and_threshold"], errors="coerce")
    return rules


def _problems(rules: pd.DataFrame) -> list[tuple[int, str, str]]:
    problems = []
    duplicated = rules["rule_id"].duplicated(keep="first")
    for position, row in enumerate(rules.to_dict(orient="records")):
        number = position + 2  # the header is row 1
        if not row["rule_id"]:
            problems.append((number, "rule_id", "empty"))
        elif duplicated.iloc[position]:
            problems.append((number, "rule_id", f"{row['rule_id']!r} used twice"))
        for column in ("intervention", "intervention_es", "source"):
            if not row[column]:
                problems.append((number, column, "empty"))
        problems += _condition_problems(number, row, "")
        if row["and_indicator"] or row["and_operator"] or row["and_threshold"]:
            problems += _condition_problems(number, row, "and_")
    return problems


def _condition_problems(number: int, row: dict, prefix: str) -> list[tuple[int, str, str]]:
    problems = []
    if row[f"{prefix}indicator"] not in INDICATORS:
        problems.append((number, f"{prefix}indicator", f"unknown indicator {row[f'{prefix}indicator']!r}"))
    if row[f"{prefix}operator"] not in OPERATORS:
        problems.append((number, f"{prefix}operator", f"unknown operator {row[f'{prefix}operator']!r}"))
    try:
        value = float(row[f"{prefix}threshold"])
        if not np.isfinite(value):
            raise ValueError
    except ValueError:
        problems.append((number, f"{prefix}threshold", f"not a number: {row[f'{prefix}threshold']!r}"))
    return problems


def trigger_text(indicator: str, value: float, op: str, threshold: float) -> str:
    """``"anemia_pct 48.2 >= 40 (+8.2 points)"``: the indicator, the area's value, the rule and the margin."""
    return f"{indicator} {value:.1f} {op} {threshold:g} ({value - threshold:+.1f} points)"


def recommend(frame: pd.DataFrame, rules: pd.DataFrame | None = None, language: str = "en") -> pd.DataFrame:
    """Every recommendation for every area of ``frame`` (long format), with its trigger.

    Parameters
    ----------
    frame:
        One row per area with ``ubigeo`` and the indicators the rules use.
    rules:
        From ``read_rules`` (default: the bundled table).
    language:
        ``"en"`` or ``"es"``: the language of ``intervention``.

    Returns
    -------
    DataFrame
        ``ubigeo, rule_id, intervention, programme, source, indicator, value, operator, threshold, excess,
        trigger`` (``trigger`` covers both conditions of a two-condition rule), then the second condition as
        data: ``and_indicator, and_value, and_operator, and_threshold, and_excess`` (blank for a one-condition
        rule), in area then rule order.
    """
    rules = read_rules() if rules is None else rules
    text = "intervention_es" if language == "es" else "intervention"
    rows = []
    for rule in rules.to_dict(orient="records"):
        values = pd.to_numeric(frame[rule["indicator"]], errors="coerce")
        fired = OPERATORS[rule["operator"]](values, rule["threshold"]).fillna(False)
        triggers = values.map(lambda v, r=rule: trigger_text(r["indicator"], v, r["operator"], r["threshold"]))
        other = None
        if rule["and_indicator"]:
            other = pd.to_numeric(frame[rule["and_indicator"]], errors="coerce")
            fired &= OPERATORS[rule["and_operator"]](other, rule["and_threshold"]).fillna(False)
            second = other.map(
                lambda v, r=rule: trigger_text(r["and_indicator"], v, r["and_operator"], r["and_threshold"])
            )
            triggers = triggers + " and " + second
        for position in np.flatnonzero(fired.to_numpy(dtype=bool)):
            value = float(values.iloc[position])
            other_value = float(other.iloc[position]) if other is not None else np.nan
            rows.append(
                {
                    "ubigeo": frame["ubigeo"].iloc[position],
                    "rule_id": rule["rule_id"],
                    "intervention": rule[text],
                    "programme": rule["programme"],
                    "source": rule["source"],
                    "indicator": rule["indicator"],
                    "value": round(value, 1),
                    "operator": rule["operator"],
                    "threshold": rule["threshold"],
                    "excess": round(value - rule["threshold"], 1),
                    "trigger": triggers.iloc[position],
                    "and_indicator": rule["and_indicator"],
                    "and_value": round(other_value, 1),
                    "and_operator": rule["and_operator"],
                    "and_threshold": rule["and_threshold"],
                    "and_excess": round(other_value - rule["and_threshold"], 1),
                }
            )
    columns = ["ubigeo", "rule_id", "intervention", "programme", "source", "indicator", "value", "operator"]
    table = pd.DataFrame(rows, columns=[*columns, "threshold", "excess", "trigger", *SECOND_CONDITION])
    order = {code: i for i, code in enumerate(frame["ubigeo"])}
    return table.sort_values(
        ["ubigeo", "rule_id"], key=lambda s: s.map(order) if s.name == "ubigeo" else s
    ).reset_index(drop=True)


def summarise(frame: pd.DataFrame, recommendations: pd.DataFrame) -> pd.Series:
    """One text per area of ``frame``: ``"R01 intervention [trigger]; R04 …"`` (blank when no rule fires)."""
    text = recommendations["rule_id"] + " " + recommendations["intervention"] + " [" + recommendations["trigger"] + "]"
    joined = text.groupby(recommendations["ubigeo"]).agg("; ".join)
    return frame["ubigeo"].map(joined).fillna("")
