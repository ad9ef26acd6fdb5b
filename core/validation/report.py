"""A validation report: every problem found in the inputs, each with what to do about it."""

from dataclasses import asdict, dataclass, field
from enum import StrEnum

from .messages import MESSAGES

MAX_EXAMPLES = 5


class Severity(StrEnum):
    """ERROR: the input cannot be used; WARNING: used, but something was left out; NOTE: repaired or assumed."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@dataclass
class ReportItem:
    """One problem: which file, which column, which rows, and the fix in plain words.

    ``message`` and ``fix`` are the English templates of ``code`` filled with ``params``; the plugin
    translates the templates and fills them again.
    """

    severity: Severity
    code: str
    file: str
    column: str | None = None
    rows: list = field(default_factory=list)
    params: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        return MESSAGES[self.code][0].format(**self.params)

    @property
    def fix(self) -> str:
        return MESSAGES[self.code][1].format(**self.params)

    def to_dict(self) -> dict:
        data = asdict(self)
        data.update(severity=self.severity.value, message=self.message, fix=self.fix)
        return data

    def __str__(self) -> str:
        where = self.file + (f" [{self.column}]" if self.column else "")
        rows = f" rows {', '.join(map(str, self.rows))}." if self.rows else ""
        return f"{self.severity.value.upper()} {self.code}: {where}: {self.message}{rows} Fix: {self.fix}"


@dataclass
class Report:
    """All items of a validation run, in the order they were found."""

    items: list[ReportItem] = field(default_factory=list)

    def add(
        self,
        severity: Severity,
        code: str,
        file: str,
        column: str | None = None,
        rows=(),
        **params,
    ) -> ReportItem:
        if code not in MESSAGES:
            raise KeyError(f"unknown validation code {code!r}")
        if column is not None:
            params.setdefault("column", column)
        params = {key: short_value(value) for key, value in params.items()}
        item = ReportItem(severity, code, str(file), column, [_plain(r) for r in list(rows)[:MAX_EXAMPLES]], params)
        MESSAGES[code][0].format(**item.params)  # a missing parameter fails here, not when shown
        MESSAGES[code][1].format(**item.params)
        self.items.append(item)
        return item

    def extend(self, other: "Report") -> None:
        self.items.extend(other.items)

    def by_severity(self, severity: Severity) -> list[ReportItem]:
        return [item for item in self.items if item.severity == severity]

    @property
    def errors(self) -> list[ReportItem]:
        return self.by_severity(Severity.ERROR)

    @property
    def warnings(self) -> list[ReportItem]:
        return self.by_severity(Severity.WARNING)

    @property
    def notes(self) -> list[ReportItem]:
        return self.by_severity(Severity.NOTE)

    @property
    def ok(self) -> bool:
        return not self.errors

    def codes(self) -> list[str]:
        return [item.code for item in self.items]

    def to_dict(self) -> dict:
        return {"ok": self.ok, "items": [item.to_dict() for item in self.items]}

    def to_text(self) -> str:
        if not self.items:
            return "No problems found."
        return "\n".join(str(item) for item in self.items)


def _plain(value):
    """Row labels as plain Python values (numpy integers become int)."""
    return value.item() if hasattr(value, "item") else value


def short_value(value):
    """Lists of examples shown as a short comma-separated text."""
    if isinstance(value, list | tuple):
        shown = ", ".join(repr(v) if isinstance(v, str) else str(_plain(v)) for v in list(value)[:MAX_EXAMPLES])
        return shown + (", …" if len(value) > MAX_EXAMPLES else "")
    return _plain(value)
