"""Finding columns by name: case, accents and separators do not matter; near misses are suggested."""

import difflib
import unicodedata
from collections.abc import Iterable


def normalise(name: str) -> str:
    """``"Latitud (°)"`` → ``"latitud"``: lower case, no accents, letters and digits only."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode()
    return "".join(ch for ch in text.lower() if ch.isalnum())


def find_column(columns: Iterable[str], aliases: Iterable[str]) -> str | None:
    """The first of ``columns`` whose normalised name equals a normalised alias (aliases in order)."""
    by_name = {}
    for column in columns:
        by_name.setdefault(normalise(column), column)
    for alias in aliases:
        if normalise(alias) in by_name:
            return by_name[normalise(alias)]
    return None


def closest_column(columns: Iterable[str], wanted: str) -> str | None:
    """The existing column most like ``wanted``, or None when nothing is close."""
    columns = list(columns)
    names = {normalise(c): c for c in columns}
    match = difflib.get_close_matches(normalise(wanted), list(names), n=1, cutoff=0.6)
    return names[match[0]] if match else None
