"""Readers for the five kinds of input; each returns data and a validation report."""

from .detect import KINDS, detect_kind, load_input
from .loaded import Loaded
from .ubigeo import UbigeoReference

__all__ = ["KINDS", "Loaded", "UbigeoReference", "detect_kind", "load_input"]
