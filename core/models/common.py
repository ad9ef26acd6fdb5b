"""What the models share: the no-op callables, their output folders, leave-one-group-out evaluation and the
pieces of their readable cards (``MODEL_CARD.md``).

- ``noop_progress`` / ``never_cancelled``: the defaults of every ``progress`` / ``is_cancelled`` argument (one
  definition, ``core.jobs.types``).
- ``check_destination`` / ``writing_model_folder`` / ``replace_folder``: a trained model is written in a
  temporary folder beside its destination and moved into place only when complete; the bundled ``models/``
  folder is never replaced unless asked.
- ``held_out_groups`` / ``shuffled`` / ``permutation_importance``: leave one group (a department) out, and the
  drop of a held-out score when one feature is shuffled inside each held-out group.
- ``number``, ``table``, ``heading``, ``leave_one_department_out``, ``bullets``, ``features_in_order``,
  ``artifacts_table``: the pieces of the readable cards (Markdown).
"""

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from ..jobs.types import never_cancelled, noop_progress
from .artifacts import CARD, MODELS_DIR, bundled_name, record_bundled

__all__ = [
    "artifacts_table",
    "bullets",
    "check_destination",
    "features_in_order",
    "heading",
    "held_out_groups",
    "leave_one_department_out",
    "never_cancelled",
    "noop_progress",
    "number",
    "permutation_importance",
    "replace_folder",
    "shuffled",
    "table",
    "writing_model_folder",
]


# ---------------------------------------------------------------- output folders


def check_destination(out: Path, allow_bundled: bool) -> Path:
    """Refuse the bundled models folder (unless allowed) and non-empty folders that hold no model card."""
    resolved = out.resolve()
    bundled = MODELS_DIR.resolve()
    if not allow_bundled and (resolved == bundled or bundled in resolved.parents):
        raise InputError(
            f"{out} is inside the plugin's bundled models folder ({bundled}); a retrained model never "
            "replaces the bundled one.",
            code="bundled_model_folder",
            file=str(out),
            fix="Choose a folder of your own, e.g. aguaperu_modelos/poverty_mine in your output folder.",
        )
    if resolved.is_file() or (resolved.is_dir() and any(resolved.iterdir()) and not (resolved / CARD).is_file()):
        raise InputError(
            f"{out} already holds files that are not a model; the model folder would replace them.",
            code="folder_not_empty",
            file=str(out),
            fix="Choose a new or empty folder.",
        )
    return out


def replace_folder(temporary: Path, out: Path) -> None:
    """Move the complete folder ``temporary`` to ``out``, replacing a previous ``out`` (restored on failure)."""
    os.chmod(temporary, 0o755)
    if not out.exists():
        temporary.rename(out)
        return
    previous = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}-old-"))
    previous.rmdir()
    out.rename(previous)
    try:
        temporary.rename(out)
    except OSError:
        previous.rename(out)
        raise
    shutil.rmtree(previous)


@contextmanager
def writing_model_folder(out: Path) -> Iterator[Path]:
    """A temporary folder beside ``out`` to write a model into; when the block ends without an error it
    replaces ``out`` (and a bundled folder's sha256 are recorded); it is removed in any case."""
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}-"))
    try:
        yield temporary
        replace_folder(temporary, out)
        if bundled_name(out) is not None:
            record_bundled(out)
    finally:
        if temporary.exists():
            shutil.rmtree(temporary)


# ---------------------------------------------------------------- leave one group out


def held_out_groups(groups: np.ndarray, among: np.ndarray | None = None) -> Iterator[tuple]:
    """Each group of ``among`` (default: all of ``groups``), in sorted order, as ``(group, rows of the group,
    rows of the other groups)``: positions in ``groups``."""
    for held_out in sorted(np.unique(groups if among is None else among)):
        yield held_out, np.flatnonzero(groups == held_out), np.flatnonzero(groups != held_out)


def shuffled(features: pd.DataFrame, rows: np.ndarray, column: str, rng: np.random.Generator) -> pd.DataFrame:
    """The ``rows`` of ``features`` with ``column`` permuted among them."""
    block = features.iloc[rows].copy()
    block[column] = rng.permutation(block[column].to_numpy())
    return block


def permutation_importance(
    columns: Iterable[str],
    reference: float,
    score: Callable[[str, np.random.Generator], float],
    measure: str,
    repeats: int,
    seed: int,
    step: Callable[[str], None],
) -> list[dict]:
    """Drop of a held-out score when one feature is shuffled, most important first.

    ``score(column, rng)`` is the score with ``column`` shuffled (each fold's model predicting its own held-out
    group, see ``shuffled``); ``reference`` the score unshuffled. Rows: ``feature``, ``<measure>_drop_mean``,
    ``<measure>_drop_std`` over ``repeats`` shuffles.
    """
    rng = np.random.default_rng(seed)
    rows = []
    for column in columns:
        step(f"importance: {column}")
        drops = [reference - score(column, rng) for _ in range(repeats)]
        mean, spread = float(np.mean(drops)), float(np.std(drops))
        rows.append({"feature": column, f"{measure}_drop_mean": mean, f"{measure}_drop_std": spread})
    return sorted(rows, key=lambda row: -row[f"{measure}_drop_mean"])


# ---------------------------------------------------------------- the readable card


def number(value, digits: int = 3) -> str:
    """A number with ``digits`` decimals, or an em dash when it is missing."""
    return "—" if value is None else f"{value:.{digits}f}"


def table(header: list[str], rows: list[list]) -> list[str]:
    """The lines of a Markdown table, followed by a blank line."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines + [""]


def heading(card: dict, title: str, bundled: str, headline: str) -> list[str]:
    """The card's title, its summary in Spanish (``summary_es``), what it does, when it was trained, which model
    is bundled (``bundled``: the text after its name), the headline, and the heading of the training data."""
    from .summary_es import spanish_summary

    return [
        f"# {title} (v{card['version']})",
        "",
        *spanish_summary(card.get("name", ""), card).splitlines(),
        f"{card['task']} Trained {card['trained']} in {card['training_seconds']} s; bundled: "
        f"**{card['model']['bundled']}**{bundled}.",
        "",
        headline,
        "",
        "## Training data",
        "",
    ]


def leave_one_department_out(evaluation: dict) -> list[str]:
    """The heading of the leave-one-department-out evaluation and its scheme."""
    return ["## Evaluation: leave one department out", "", evaluation["scheme"] + ".", ""]


def bullets(texts: Iterable[str]) -> list[str]:
    """A Markdown list."""
    return [f"- {text}" for text in texts]


def features_in_order(card: dict) -> list[str]:
    """The section listing the model's features in the order it takes them."""
    lines = ["## Features (in order)", "", card["feature_definition"] + ".", ""]
    return lines + [f"{i}. `{name}`" for i, name in enumerate(card["features"], 1)]


def artifacts_table(card: dict) -> list[str]:
    """The section of the artifacts: file, size and sha256."""
    rows = [[name, meta["bytes"], f"`{meta['sha256']}`"] for name, meta in card["artifacts"].items()]
    return ["", "## Artifacts", "", *table(["file", "bytes", "sha256"], rows)]
