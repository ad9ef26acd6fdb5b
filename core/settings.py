"""Settings every part of AguaPerú obeys, in one place: the command line, the Processing algorithms, the dock
and the models read them from here (the plugin stores only what the user may change, never below these)."""

from .errors import InputError

MIN_CELL = 30
"""Children per published cell (and per survey kernel value): the privacy rule, configurable upward only."""


def check_min_cell(min_cell: int | None) -> int:
    """The minimum number of children per published cell: ``MIN_CELL`` by default, never lower.

    Raises
    ------
    InputError
        When ``min_cell`` is below ``MIN_CELL`` (the privacy rule can only be made stricter) or not a whole number.
    """
    if min_cell is None:
        return MIN_CELL
    try:
        value = int(min_cell)
    except (TypeError, ValueError):
        value = None
    if value is None or value != min_cell or value < MIN_CELL:
        raise InputError(
            f"The minimum number of children per published cell must be a whole number of at least {MIN_CELL} "
            f"(got {min_cell!r}); the privacy rule can only be made stricter.",
            code="min_cell_too_low",
            minimum=MIN_CELL,
            value=str(min_cell),
            fix=f"Use {MIN_CELL} or more.",
        )
    return value
