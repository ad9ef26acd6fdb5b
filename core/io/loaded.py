"""What every reader returns: the cleaned data (or None) and the report of what was found."""

from dataclasses import dataclass, field

from ..errors import InputError
from ..validation import Report


@dataclass
class Loaded:
    """``data`` is None when the input cannot be used; ``report`` says why, and what was repaired."""

    kind: str
    path: str
    data: object = None
    report: Report = field(default_factory=Report)
    attrs: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.data is not None and self.report.ok

    def require(self):
        """The data, or an InputError carrying the report when the input has errors."""
        if not self.ok:
            first = self.report.errors[0] if self.report.errors else None
            message = str(first) if first else f"{self.path} could not be read"
            fields = {k: v for k, v in (first.params if first else {}).items() if k not in ("file", "report", "code")}
            raise InputError(
                message, code=first.code if first else "input", file=self.path, report=self.report, **fields
            )
        return self.data
