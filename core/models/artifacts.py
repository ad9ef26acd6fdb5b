"""Bundled model artifacts: read only after their sha256 matches the one in the folder's ``model_card.json``.

A model folder holds ``model_card.json`` and the artifacts it lists under ``"artifacts"``
(``{"file name": {"sha256": ..., "bytes": ...}}``). scikit-learn models are stored with skops (no pickle)
and loaded with an allow-list of types; Keras models load with ``safe_mode=True``.
"""

import hashlib
import importlib
import json
import zipfile
from pathlib import Path

from ..errors import AguaPeruError, InputError, MissingDependencyError

MODELS_DIR = Path(__file__).resolve().parents[2] / "models"
CARD = "model_card.json"
# a skops file may instantiate classes of these packages (skops itself trusts plain builtins such as dict and
# list); a function (``builtins.eval``, ``numpy.load``, ``posix.system``) or any other module is refused
SKOPS_ALLOWED = ("sklearn.", "numpy.", "scipy.")
# what skops raises on a file that is not a skops archive (a pickle, a truncated zip, a hand-made card's artifact)
SKOPS_UNREADABLE = (zipfile.BadZipFile, OSError, ValueError, KeyError, TypeError, AttributeError, ImportError)


class ModelIntegrityError(AguaPeruError):
    """A bundled artifact is missing, or its sha256 differs from the model card's."""

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
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelIntegrityError(
            f"The model card {path} cannot be read: {error}.", file=str(path), fix="Reinstall the plugin."
        ) from error


def verified_path(folder: str | Path, name: str, card: dict | None = None) -> Path:
    """The path of artifact ``name`` in ``folder``, after checking its sha256 against the model card.

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
            f"The model card in {folder} does not list {name}.", file=str(path), fix="Reinstall the plugin."
        )
    if not path.is_file():
        raise ModelIntegrityError(f"The model file {path} is missing.", file=str(path), fix="Reinstall the plugin.")
    found = sha256_file(path)
    if found != expected:
        raise ModelIntegrityError(
            f"The model file {path} has been changed (sha256 {found[:12]}…, the card expects {expected[:12]}…); "
            "it is not loaded.",
            file=str(path),
            expected=expected,
            found=found,
            fix="Reinstall the plugin, or retrain with `make models`.",
        )
    return path


def load_sklearn(folder: str | Path, name: str, card: dict | None = None):
    """A scikit-learn estimator stored with skops, after the sha256 check; only allow-listed types load."""
    path = verified_path(folder, name, card)
    try:
        import skops.io as sio
    except ImportError as error:
        raise MissingDependencyError("Reading the bundled model needs skops: pip install skops.") from error
    try:
        untrusted = sio.get_untrusted_types(file=path)
        refused = [kind for kind in untrusted if not _allowed_class(kind)]
        if refused:
            raise ModelIntegrityError(
                f"The model file {path} asks for types outside scikit-learn, numpy and scipy classes: "
                f"{', '.join(refused)}; it is not loaded.",
                file=str(path),
                types=refused,
                fix="Use the bundled model, or retrain with `make models`.",
            )
        return sio.load(path, trusted=untrusted)
    except SKOPS_UNREADABLE as error:
        raise ModelIntegrityError(
            f"The model file {path} cannot be read as a skops model ({type(error).__name__}: {error}).",
            file=str(path),
            fix="Use the bundled model, or retrain with `make models`.",
        ) from error


def _allowed_class(kind: str) -> bool:
    """True for a class (not a function) of an allowed package; the module is imported, the file's code is not."""
    if not kind.startswith(SKOPS_ALLOWED):
        return False
    module, _, name = kind.rpartition(".")
    try:
        found = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return False
    return isinstance(found, type)


def load_keras(folder: str | Path, name: str, card: dict | None = None):
    """A Keras model (``.keras``), after the sha256 check, loaded with ``safe_mode=True``."""
    path = verified_path(folder, name, card)
    try:
        import keras
    except ImportError as error:
        raise MissingDependencyError(
            "This model needs TensorFlow: pip install -r requirements-models.lock --no-deps."
        ) from error
    return keras.saving.load_model(path, compile=False, safe_mode=True)


def write_card(folder: str | Path, card: dict, artifacts: list[str]) -> Path:
    """Record the sha256 and size of each artifact in ``card`` and write ``model_card.json`` atomically."""
    folder = Path(folder)
    card["artifacts"] = {
        name: {"sha256": sha256_file(folder / name), "bytes": (folder / name).stat().st_size} for name in artifacts
    }
    text = json.dumps(card, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    return write_text_atomic(folder / CARD, text)


def write_text_atomic(target: Path, text: str) -> Path:
    """Write ``text`` to a temporary file beside ``target`` and move it into place (``core.io.atomic``)."""
    from ..io.atomic import write_text_atomic as write

    return write(target, text)


def model_folder(name: str, folder: str | Path | None = None) -> Path:
    """The folder of bundled model ``name`` (``models/<name>``), or ``folder`` when given."""
    path = Path(folder) if folder is not None else MODELS_DIR / name
    if not (path / CARD).is_file():
        raise InputError(
            f"No model card in {path}.", code="file_not_found", file=str(path / CARD), fix="Run `make models`."
        )
    return path
