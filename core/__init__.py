"""AguaPerú core: data, features, models and scenarios in pure Python (no QGIS, no Qt)."""

__all__ = ["AguaPeruError"]

from .errors import AguaPeruError
