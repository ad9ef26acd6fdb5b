"""Markdown pieces shared by the model cards (``MODEL_CARD.md``)."""


def number(value, digits: int = 3) -> str:
    """A number with ``digits`` decimals, or an em dash when it is missing."""
    return "—" if value is None else f"{value:.{digits}f}"


def table(header: list[str], rows: list[list]) -> list[str]:
    """The lines of a Markdown table, followed by a blank line."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines + [""]
