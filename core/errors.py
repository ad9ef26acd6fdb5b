"""The project's errors: one root, each carrying a code and the facts a user needs to fix the problem."""


class AguaPeruError(Exception):
    """Root of every error AguaPerú raises on purpose.

    Parameters
    ----------
    message:
        A complete sentence in English (the plugin translates by ``code``).
    code:
        A stable identifier such as ``"missing_column"``.
    **details:
        What the user needs to act: ``file``, ``column``, ``rows``, ``fix``...
    """

    code = "error"

    def __init__(self, message: str, code: str | None = None, **details) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.details = details


class InputError(AguaPeruError, ValueError):
    """An input file or table cannot be used as given."""

    code = "input"


class MissingDependencyError(AguaPeruError, ImportError):
    """An optional package is not installed; the message says which one to install."""

    code = "missing_dependency"


class CancelledError(AguaPeruError):
    """The user cancelled the work; nothing was written."""

    code = "cancelled"
