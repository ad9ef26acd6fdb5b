"""Units of water-quality measurements: how a unit is written, what it measures, and conversion between units.

A unit belongs to a *dimension* (mass concentration, counts per 100 mL, conductivity…) and has a factor to
that dimension's base unit. Two units convert into each other only within one dimension; anything else
(mg/kg against mg/L, an unknown unit) is not comparable.
"""

import re
import unicodedata

import numpy as np
import pandas as pd

# normalised spelling → (dimension, factor to the dimension's base unit)
UNITS: dict[str, tuple[str, float]] = {
    # mass concentration, base mg/L (ppm and ppb assume a density of 1 kg/L)
    "g/l": ("concentration", 1000.0),
    "mg/l": ("concentration", 1.0),
    "ppm": ("concentration", 1.0),
    "ug/l": ("concentration", 1e-3),
    "mg/m3": ("concentration", 1e-3),
    "ppb": ("concentration", 1e-3),
    "ng/l": ("concentration", 1e-6),
    # mass fraction of a solid (sediment, soil, tissue): never comparable with water limits
    "g/kg": ("mass_fraction", 1000.0),
    "mg/kg": ("mass_fraction", 1.0),
    "ug/g": ("mass_fraction", 1.0),
    "ug/kg": ("mass_fraction", 1e-3),
    # microorganisms, base per 100 mL; NMP (most probable number) and UFC (colony-forming units) are
    # compared with each other, as the decrees do
    "nmp/100ml": ("count_100ml", 1.0),
    "ufc/100ml": ("count_100ml", 1.0),
    "/100ml": ("count_100ml", 1.0),
    "ufc/ml": ("count_100ml", 100.0),
    "nmp/ml": ("count_100ml", 100.0),
    "org/l": ("organisms_l", 1.0),
    "huevos/l": ("organisms_l", 1.0),
    "huevo/l": ("organisms_l", 1.0),
    "unt": ("turbidity", 1.0),
    "ntu": ("turbidity", 1.0),
    "us/cm": ("conductivity", 1.0),
    "umho/cm": ("conductivity", 1.0),
    "ms/cm": ("conductivity", 1000.0),
    "ds/m": ("conductivity", 1000.0),
    "ms/m": ("conductivity", 10.0),
    "s/m": ("conductivity", 10000.0),
    "ph": ("ph", 1.0),
    "c": ("temperature", 1.0),
    "ucv": ("colour", 1.0),
    "uc": ("colour", 1.0),
    "upc": ("colour", 1.0),
    "ptco": ("colour", 1.0),
    "bq/l": ("activity", 1.0),
    "mbq/l": ("activity", 1e-3),
}

# written forms that mean one of the spellings above
SYNONYMS = {
    "unidaddeph": "ph",
    "unidadesdeph": "ph",
    "unidadph": "ph",
    "uph": "ph",
    "u.ph": "ph",
    "°c": "c",
    "gradoscelsius": "c",
    "celsius": "c",
    "ucvescalaptco": "ucv",
    "ucv-ptco": "ucv",
    "uc-ptco": "uc",
    "unidadesdecolor": "uc",
    "pt-co": "ptco",
    "ptcounits": "ptco",
    "n°org/l": "org/l",
    "norg/l": "org/l",
    "no.org/l": "org/l",
    "organismos/l": "org/l",
    "microsiemens/cm": "us/cm",
}


def normalise_unit(text) -> str:
    """``"µg/l"``, ``"ug/L"``, ``"μg L-1"`` → ``"ug/l"``: one spelling per unit; ``""`` for a blank."""
    if text is None or (isinstance(text, float) and np.isnan(text)) or text is pd.NA:
        return ""
    unit = str(text).replace("º", "°").replace("˚", "°")  # before NFKC, which turns "º" into "o"
    unit = unicodedata.normalize("NFKC", unit).strip().lower().replace("µ", "u").replace("μ", "u")
    unit = re.sub(r"\s+a\s+\d+([.,]\d+)?\s*°?c$", "", unit)  # "UFC/100 mL a 35°C"
    unit = re.sub(r"\s+", "", unit)
    unit = re.sub(r"^([a-z]+)l-1$", r"\1/l", unit)  # "mgL-1", "mg L-1"
    return SYNONYMS.get(unit, unit)


def dimension(text) -> str | None:
    """What a unit measures (``"concentration"``, ``"ph"``…), or None when the unit is unknown."""
    known = UNITS.get(normalise_unit(text))
    return known[0] if known else None


def conversion_factors(from_units: pd.Series, to_units: pd.Series) -> pd.Series:
    """Factor turning a value in each ``from_units`` into ``to_units`` (NaN where not comparable)."""
    source = from_units.map(lambda u: UNITS.get(normalise_unit(u)))
    target = to_units.map(lambda u: UNITS.get(normalise_unit(u)))
    factors = [
        s[1] / t[1] if s is not None and t is not None and s[0] == t[0] else np.nan
        for s, t in zip(source, target, strict=True)
    ]
    return pd.Series(factors, index=from_units.index, dtype=float)


def convert(value: float, from_unit: str, to_unit: str) -> float | None:
    """``value`` in ``from_unit`` expressed in ``to_unit``, or None when the units are not comparable."""
    factor = conversion_factors(pd.Series([from_unit]), pd.Series([to_unit])).iloc[0]
    return None if np.isnan(factor) else value * factor
