"""Matching the parameter names of a measurement table to the parameters of the standards tables.

Names are compared after removing accents, case and symbols, so "Arsénico total", "ARSENICO", "As",
"Plomo (Pb)" and "Potencial de hidrógeno (pH)" all find their parameter. The rules, in order:

1. the whole name is a known name, symbol or alias ("Oxígeno disuelto", "Sólidos disueltos totales",
   "Cromo total" and "Coliformes totales" are names in their own right);
2. the name without its parenthesised part, then the parenthesised part alone ("Plomo (Pb)");
3. the name without a fraction word: "total"/"totales" marks a total, "disuelto"/"disuelta"/"dissolved"
   a dissolved fraction ("Arsénico total", "Cadmio disuelto").
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import pandas as pd

from .tables import parameter_table

DISSOLVED_WORDS = ("disuelto", "disuelta", "disueltos", "disueltas", "dissolved", "soluble")
TOTAL_WORDS = ("total", "totales", "totals", "recoverable", "recuperable")
FRACTION_WORDS = DISSOLVED_WORDS + TOTAL_WORDS


def simplify(name) -> str:
    """``"Potencial de Hidrógeno (pH)"`` → ``"potencial de hidrogeno ph"``: no accents, case or symbols."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


@dataclass(frozen=True)
class Match:
    """A parameter id of the tables (``None`` when unknown) and the fraction the name states."""

    parameter: str | None
    fraction: str = ""  # "total", "dissolved" or "" when the name does not say


@cache
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for row in parameter_table().itertuples(index=False):
        names = [row.parameter, row.name_en, row.name_es, row.symbol, *str(row.aliases).split(";")]
        for name in names:
            key = simplify(name) if name and name == name else ""
            if key:
                index.setdefault(key, row.parameter)
    return index


def _fraction(words: list[str]) -> str:
    if any(w in DISSOLVED_WORDS for w in words):
        return "dissolved"
    return "total" if any(w in TOTAL_WORDS for w in words) else ""


@cache
def match_parameter(name: str) -> Match:
    """The table parameter ``name`` stands for, and the fraction (total/dissolved) it names."""
    index = _index()
    text = str(name)
    whole = simplify(text)
    if whole in index:
        return Match(index[whole], _fraction(whole.split()) if index[whole] in METALS else "")
    outside = simplify(re.sub(r"\([^)]*\)", " ", text))
    inside = [simplify(part) for part in re.findall(r"\(([^)]*)\)", text)]
    for candidate in [outside, *inside]:
        words = candidate.split()
        plain = " ".join(w for w in words if w not in FRACTION_WORDS)
        for key in (candidate, plain):
            if key and key in index:
                return Match(index[key], _fraction(words) if index[key] in METALS else "")
    return Match(None, "")


def match_parameters(names: pd.Series) -> pd.DataFrame:
    """``parameter`` and ``fraction`` for each name of ``names`` (same index)."""
    matches = [match_parameter(str(n)) if n == n and n is not pd.NA else Match(None) for n in names]
    return pd.DataFrame(
        {"parameter": [m.parameter for m in matches], "fraction": [m.fraction for m in matches]}, index=names.index
    )


METALS = frozenset(
    "aluminium antimony arsenic barium beryllium bismuth boron cadmium calcium cerium chromium_total cobalt "
    "copper iron lead lithium magnesium manganese mercury molybdenum nickel potassium selenium silicon silver "
    "sodium strontium thallium thorium tin titanium tungsten uranium vanadium zinc phosphorus_total".split()
)
