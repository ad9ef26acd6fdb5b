"""Model artifacts: read only after their sha256 matches, and only in formats that cannot run code.

A model folder holds ``model_card.json`` and the artifacts it lists under ``"artifacts"``
(``{"file name": {"sha256": ..., "bytes": ...}}``). The bundled folders (``models/<name>``) are verified against
the hashes recorded in the code (``bundled.BUNDLED``, rewritten when training writes a bundled folder), card
included, not against the card beside them. Any other folder (``--model-dir``, a retrained model) is read only
when its card says our training wrote it and lists its hashes. Estimators are read only in the portable format
(``portable``: numeric arrays evaluated with numpy; nothing that unpickles); Keras models load with
``safe_mode=True``.
"""

import hashlib
import json
from pathlib import Path

from ..errors import AguaPeruError, InputError, MissingDependencyError
from . import bundled, portable

MODELS_DIR = Path(__file__).resolve().parents[2] / "models"
CARD = "model_card.json"
BUNDLED_TABLE = Path(bundled.__file__)
# what our training writes in every card it makes; a folder whose card lacks it is not read
ORIGIN = "aguaperu training"
RETRAIN = (
    "Retrain the model (the Retrain button, or `python -m core train <model> --data <folder> --out <new folder>`), "
    "or reinstall the plugin for the bundled model."
)


class ModelIntegrityError(AguaPeruError):
    """A model artifact is missing, changed, not ours, or in a format that is not read."""

    code = "model_integrity"


def sha256_file(path: str | Path) -> str:
    """Hex sha256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_card(folder: str | Path) -> dict:
    """The model card of a model folder.

    Raises
    ------
    ModelIntegrityError
        When the folder has no readable ``model_card.json``.
    """
    path = Path(folder) / CARD
    if bundled_name(folder) is not None:
        path = _checked(path, _recorded(folder, CARD))
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelIntegrityError(
            f"The model card {path} cannot be read: {error}.",
            code="unreadable_model_card",
            file=str(path),
            reason=str(error),
            fix="Reinstall the plugin.",
        ) from error


def bundled_name(folder: str | Path) -> str | None:
    """The model name when ``folder`` is one of the bundled folders (``models/<name>``), else None."""
    resolved = Path(folder).resolve()
    if resolved.parent == MODELS_DIR.resolve() and not resolved.name.startswith("."):
        return resolved.name
    return None


def _recorded(folder: str | Path, name: str) -> str:
    """The sha256 of a bundled file as recorded in the code."""
    model = bundled_name(folder)
    expected = bundled.BUNDLED.get(model, {}).get(name)
    if expected is None:
        path = Path(folder) / name
        raise ModelIntegrityError(
            f"{path} is not a file of the bundled model {model!r} recorded in the plugin's code; it is not loaded.",
            code="model_file_not_recorded",
            file=str(path),
            model=str(model),
            fix="Reinstall the plugin, or retrain with `make models`.",
        )
    return expected


def verified_path(folder: str | Path, name: str, card: dict | None = None) -> Path:
    """The path of artifact ``name`` in ``folder``, after checking its sha256.

    The hash expected is the one recorded in the code for a bundled folder (``bundled.BUNDLED``), the card's
    for any other folder; the card must list the artifact in both cases.

    Raises
    ------
    ModelIntegrityError
        When the card does not list the artifact, the file is missing, or its sha256 differs.
    """
    folder = Path(folder)
    card = read_card(folder) if card is None else card
    path = folder / name
    expected = card.get("artifacts", {}).get(name, {}).get("sha256")
    if expected is None:
        raise ModelIntegrityError(
            f"The model card in {folder} does not list {name}.",
            code="model_file_not_listed",
            file=str(path),
            name=str(name),
            fix="Reinstall the plugin.",
        )
    if bundled_name(folder) is not None:
        expected = _recorded(folder, name)
    return _checked(path, expected)


def _checked(path: Path, expected: str) -> Path:
    """``path`` when its sha256 is ``expected``; a clear error when it is missing or different."""
    if not path.is_file():
        raise ModelIntegrityError(
            f"The model file {path} is missing.", code="model_file_missing", file=str(path), fix="Reinstall the plugin."
        )
    found = sha256_file(path)
    if found != expected:
        raise ModelIntegrityError(
            f"The model file {path} has been changed (sha256 {found[:12]}…, expected {expected[:12]}…); "
            "it is not loaded.",
            code="model_file_changed",
            file=str(path),
            expected=expected,
            found=found,
            fix="Reinstall the plugin, or retrain with `make models`.",
        )
    return path


def load_portable(folder: str | Path, name: str, card: dict | None = None):
    """An estimator in the portable format (``portable``), after the sha256 check; any other file is refused.

    Raises
    ------
    ModelIntegrityError
        When the file is not a portable ``.npz`` archive (formats built on pickle are never read: they can run code),
        is changed, unlisted or missing, or is in a format version this plugin does not read.
    """
    path = Path(folder) / name
    if path.suffix.lower() != portable.SUFFIX:
        raise ModelIntegrityError(
            f"The model file {path} is not in the portable model format ({portable.SUFFIX}); files that can run "
            "code when read (pickle, joblib and their kin) are never loaded. A model folder written by an older "
            "AguaPerú must be retrained.",
            code="model_format",
            file=str(path),
            fix=RETRAIN,
        )
    path = verified_path(folder, name, card)
    try:
        return portable.load(path)
    except portable.PortableFormatError as error:
        version = isinstance(error, portable.PortableVersionError)
        raise ModelIntegrityError(
            f"The model file {path} cannot be read: {error}.",
            code="model_format_version" if version else "model_format",
            file=str(path),
            fix=RETRAIN,
        ) from error


def load_keras(folder: str | Path, name: str, card: dict | None = None):
    """A Keras model (``.keras``), after the sha256 check, loaded with ``safe_mode=True``."""
    path = verified_path(folder, name, card)
    try:
        import keras
    except ImportError as error:
        raise MissingDependencyError(
            "This model needs TensorFlow: pip install -r requirements-models.lock --no-deps.",
            code="missing_tensorflow",
            command="pip install -r requirements-models.lock --no-deps",
        ) from error
    return keras.saving.load_model(path, compile=False, safe_mode=True)


def write_card(folder: str | Path, card: dict, artifacts: list[str]) -> Path:
    """Record the sha256 and size of each artifact in ``card`` and write ``model_card.json`` atomically."""
    folder = Path(folder)
    card["artifacts"] = {
        name: {"sha256": sha256_file(folder / name), "bytes": (folder / name).stat().st_size} for name in artifacts
    }
    text = json.dumps(card, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    written = write_text_atomic(folder / CARD, text)
    if bundled_name(folder) is not None:
        record_bundled(folder)
    return written


def stamp(card: dict) -> dict:
    """Mark a card as written by our training, in the portable format (see ``model_folder``)."""
    card["origin"] = ORIGIN
    card["runtime"] = dict(portable.RUNTIME)
    return card


def record_bundled(folder: str | Path | None = None) -> dict:
    """Record the sha256 of a bundled folder's card and artifacts (every bundled folder when None) in the code.

    Training calls this when it writes a bundled folder (``make models``); run it after editing a bundled card
    by hand. Rewrites ``core/models/bundled.py`` and returns the table.
    """
    folders = [Path(folder)] if folder is not None else sorted(p.parent for p in MODELS_DIR.glob(f"*/{CARD}"))
    table = dict(bundled.BUNDLED)
    for path in folders:
        name = bundled_name(path)
        if name is None:
            raise InputError(
                f"{path} is not a bundled model folder.", code="not_bundled", file=str(path), models=str(MODELS_DIR)
            )
        listed = json.loads((path / CARD).read_text(encoding="utf-8")).get("artifacts", {})
        table[name] = {file: sha256_file(path / file) for file in sorted([*listed, CARD])}
    lines = [
        '"""The sha256 of every file of the bundled models, card included: the bundled folders are verified against',
        "these, recorded in the code, not against the card beside them. Written by",
        "``core.models.artifacts.record_bundled`` when training writes a bundled folder (``make models``); not edited",
        'by hand."""',
        "",
        "BUNDLED = {",
    ]
    for name in sorted(table):
        lines += [f'    "{name}": {{', *(f'        "{f}": "{h}",' for f, h in sorted(table[name].items())), "    },"]
    write_text_atomic(BUNDLED_TABLE, "\n".join([*lines, "}", ""]))
    bundled.BUNDLED.clear()
    bundled.BUNDLED.update(table)
    return table


def write_text_atomic(target: Path, text: str) -> Path:
    """Write ``text`` to a temporary file beside ``target`` and move it into place (``core.io.atomic``)."""
    from ..io.atomic import write_text_atomic as write

    return write(target, text)


def model_folder(name: str, folder: str | Path | None = None) -> Path:
    """The folder of bundled model ``name`` (``models/<name>``), or ``folder`` when given.

    A folder other than a bundled one is used only when its card says our training wrote it (``stamp``) and
    lists its artifacts with their hashes.

    Raises
    ------
    InputError
        When the folder has no model card.
    ModelIntegrityError
        When the card of a folder of one's own does not come from our training.
    """
    path = Path(folder) if folder is not None else MODELS_DIR / name
    if not (path / CARD).is_file():
        raise InputError(
            f"No model card in {path}.", code="file_not_found", file=str(path / CARD), fix="Run `make models`."
        )
    if bundled_name(path) is None:
        card = read_card(path)
        listed = card.get("artifacts")
        hashed = isinstance(listed, dict) and listed and all("sha256" in meta for meta in listed.values())
        if card.get("origin") != ORIGIN or not hashed:
            raise ModelIntegrityError(
                f"The model folder {path} was not written by AguaPerú's training (its card does not say so, or "
                "lists no hashes); it is not loaded.",
                code="model_origin",
                file=str(path / CARD),
                fix=RETRAIN,
            )
    return path
