"""What every output obeys: it is never an input of the same run, it has a kind we write, and a CSV is safe
to open in a spreadsheet.

- ``check_outputs`` refuses, before anything is computed or written, an output that is an input of the run
  (resolved paths compared, and ``os.path.samefile`` when both exist: hard links, symbolic links, letter case
  on case-insensitive disks), or a file inside the ``--data`` folder, or the same file given twice.
- ``check_suffix`` refuses an output whose extension we do not write (``--out x.xlsx``), naming the ones we do.
- ``write_csv`` / ``to_csv`` are the one CSV writer: text cells and headers starting with ``=``, ``+``, ``-``,
  ``@``, a tab or a carriage return get a leading ``'`` (OWASP's rule against formula injection), numbers
  and text that reads as a number (``-12.5``) stay as they are.
"""

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pandas as pd

from ..errors import InputError
from .oserrors import located

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# the folders of the data layout (``../shared/data``) whose files the commands read
DATA_FOLDERS = ("boundaries", "socioeconomic", "water", "child_welfare", "satellite", "rasters", "benchmarks")
MAX_LISTED = 20_000  # files of an input folder compared one by one (beyond: the folder itself is still refused)


# ---------------------------------------------------------------- CSV cells a spreadsheet would run


def _reads_as_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def neutralise_text(value):
    """``'`` + ``value`` when it is text a spreadsheet would take for a formula; anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _reads_as_number(value):
        return "'" + value
    return value


def _neutralise_values(values: pd.Series) -> pd.Series | None:
    """The column with its formula-like text cells neutralised, or None when nothing changes."""
    if not (pd.api.types.is_object_dtype(values) or pd.api.types.is_string_dtype(values)):
        if not isinstance(values.dtype, pd.CategoricalDtype):
            return None
        values = values.astype(object)
    try:
        first = values.str[:1]
    except AttributeError:  # no text in the column
        return None
    suspect = first.isin(FORMULA_STARTS).to_numpy(dtype=bool)
    if not suspect.any():
        return None
    changed = values.astype(object).copy()
    changed[suspect] = [neutralise_text(v) for v in changed[suspect]]
    return changed


def _neutralise_labels(labels: pd.Index) -> pd.Index:
    names = [neutralise_text(name) for name in labels.names]
    if isinstance(labels, pd.MultiIndex):
        return labels.set_levels([_neutralise_labels(level) for level in labels.levels]).set_names(names)
    if labels.dtype != object:
        return labels.set_names(names)
    return pd.Index([neutralise_text(value) for value in labels], dtype=object, name=names[0])


def neutralise(frame: pd.DataFrame, index: bool = False) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells and headers (and index, with ``index``) cannot run as formulas."""
    frame = pd.DataFrame(frame).copy(deep=False)
    for position in range(frame.shape[1]):
        changed = _neutralise_values(frame.iloc[:, position])
        if changed is not None:
            frame.isetitem(position, changed)
    frame.columns = _neutralise_labels(frame.columns)
    if index:
        frame.index = _neutralise_labels(frame.index)
    return frame


def to_csv(frame: pd.DataFrame, path: str | Path, index: bool = False, **options) -> None:
    """Write ``frame`` (without geometry) as UTF-8 CSV to ``path`` as it is (see ``write_csv`` for outputs)."""
    table = pd.DataFrame(frame).drop(columns="geometry", errors="ignore")
    neutralise(table, index).to_csv(path, index=index, **{"encoding": "utf-8", **options})


def write_csv(frame: pd.DataFrame, target: str | Path, index: bool = False, **options) -> Path:
    """Write ``frame`` as a CSV output: neutralised (see the module docstring), without geometry, through a
    temporary file so that it appears only when complete (``core.io.atomic``). Returns ``target``."""
    from .atomic import replacing

    target = Path(target)
    with replacing(target) as temporary:
        to_csv(frame, temporary, index, **options)
    return target


def write_together(writers: dict[str | Path, Callable[[Path], object]]) -> list[Path]:
    """Outputs of one run that are replaced together or not at all: each writer (target → function writing
    the file at the path it is given) writes a temporary file; they are moved into place in one protected
    step (``core.io.atomic.replacing_together``). Returns the targets."""
    from .atomic import name_target, replacing_together

    targets = [Path(target) for target in writers]
    with replacing_together(targets) as temporaries:
        for target, temporary, write in zip(targets, temporaries, writers.values(), strict=True):
            try:
                write(temporary)
            except OSError as error:  # name the file asked for, not the temporary
                name_target(error, target, temporary)
                raise
    return targets


# ---------------------------------------------------------------- outputs against inputs


def check_suffix(target: str | Path, suffixes: Sequence[str], option: str = "--out") -> Path:
    """``target`` when its extension is one of ``suffixes`` (any letter case); an InputError otherwise."""
    target = Path(target)
    if target.suffix.lower() not in suffixes:
        raise located("unsupported_output", str(target), InputError, option=option, expected=", ".join(suffixes))
    return target


def _key(path: Path) -> str:
    """A path compared as the file system would: resolved, and case-folded where names ignore case."""
    resolved = os.path.normcase(str(Path(path).expanduser().resolve()))
    return resolved


def _same(a: Path, b: Path) -> bool:
    if _key(a) == _key(b):
        return True
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _files_of(folder: Path, top_only: bool = False) -> Iterable[Path]:
    count = 0
    for root, _, names in os.walk(folder):
        for name in names:
            yield Path(root) / name
            count += 1
            if count >= MAX_LISTED:
                return
        if top_only:
            return


def _inside(path: Path, folder: Path) -> bool:
    try:
        Path(_key(path)).relative_to(_key(folder))
    except ValueError:
        return False
    return True


def check_outputs(
    outputs: dict[str, str | Path | None], inputs: Iterable[str | Path | None] = (), data_dir: str | Path | None = None
) -> None:
    """Refuse, before anything is written, an output that would replace an input of the run.

    Parameters
    ----------
    outputs:
        Option (``--out``, ``--districts-out``…, or a Processing parameter) → output path (None: not given).
    inputs:
        The input files and folders of the run (a folder counts with every file in it).
    data_dir:
        The data folder: an output may not be one of its files at the top or in the layout's folders
        (``DATA_FOLDERS``); a folder of outputs inside it is fine.

    Raises
    ------
    InputError
        ``output_is_input`` naming the output, the input and what to do; ``duplicate_output`` when two
        outputs are the same file.
    """
    given = {option: Path(path) for option, path in outputs.items() if path not in (None, "")}
    sources = [Path(p) for p in inputs if p not in (None, "")]
    data = Path(data_dir) if data_dir not in (None, "") else None
    folders = [p for p in sources if p.is_dir() and (data is None or _key(p) != _key(data))]
    if data is not None:  # its files at the top and in the layout's folders (an output folder inside is fine)
        folders.append(data)
        folders += [data / name for name in DATA_FOLDERS if (data / name).is_dir()]
    seen: dict[str, str] = {}
    for option, target in given.items():
        key = _key(target)
        if key in seen:
            raise located("duplicate_output", str(target), InputError, option=option)
        seen[key] = option
        for source in sources:
            if source.is_dir():
                continue
            if _same(target, source):
                _refuse(option, target, source)
        for folder in folders:
            top_only = data is not None and folder == data
            if target.is_file() and _inside(target, folder) and (not top_only or _key(target.parent) == _key(data)):
                _refuse(option, target, folder)
            if target.exists():
                for source in _files_of(folder, top_only):
                    if _same(target, source):
                        _refuse(option, target, source)


def _refuse(option: str, target: Path, source: Path) -> None:
    raise located("output_is_input", str(target), InputError, option=option, input=str(source))
