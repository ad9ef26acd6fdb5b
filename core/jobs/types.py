"""What every job returns, and the callables a job is given when nobody watches it."""

from dataclasses import dataclass, field
from typing import Any


def noop_progress(fraction: float, message: str = "") -> None:
    """A progress callback that reports nowhere."""


def never_cancelled() -> bool:
    """An ``is_cancelled`` callback for runs nobody can cancel."""
    return False


@dataclass
class JobResult:
    """A job's result, whatever writes it.

    tables:
        Named tables (DataFrame, or GeoDataFrame where the rows have a geometry), in the order they are
        written; the first is the job's main output.
    card:
        The model card of the model that made them (models only).
    breaks:
        Class breaks of the columns a map shows: ``column -> (minimum, [upper bounds])``.
    summary:
        Figures for messages (counts, ranges, the model's name), JSON-like.
    notes:
        Sentences for the user (English; adapters translate by ``code`` where they have one).
    report:
        The validation report of the inputs (``core.validation.Report``) where the job reads user files.
    """

    tables: dict[str, Any] = field(default_factory=dict)
    card: dict | None = None
    breaks: dict[str, tuple[float, list[float]]] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    report: Any = None

    def table(self, name: str):
        """The table ``name`` (``KeyError`` naming the tables there are)."""
        try:
            return self.tables[name]
        except KeyError:
            raise KeyError(f"no table {name!r}; the job returned {', '.join(self.tables) or 'none'}") from None
