"""Model files: every bundled artifact (card included) is checked against the sha256 recorded in the code before it
is read; a folder of one's own only when its card says our training wrote it, with its hashes; a tampered,
missing or unlisted artifact is refused with a clear message; estimators are read only in the portable format
(numeric arrays: nothing is ever unpickled, no file can run code or touch files); Keras loads in safe mode."""

import ast
import json
import os
import pickle
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pytest

from core.models import bundled, portable
from core.models.artifacts import (
    CARD,
    MODELS_DIR,
    ModelIntegrityError,
    load_portable,
    model_folder,
    read_card,
    sha256_file,
    stamp,
    verified_path,
    write_card,
)

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = sorted(path.parent.name for path in MODELS_DIR.glob(f"*/{CARD}"))
# files that hold a model (weights, estimators): each must be listed in the card, with its hash
MODEL_SUFFIXES = {".skops", ".keras", ".h5", ".hdf5", ".pkl", ".pickle", ".joblib", ".npz", ".npy", ".pt", ".onnx"}
ARTIFACTS = [(folder, name) for folder in FOLDERS for name in sorted(read_card(MODELS_DIR / folder)["artifacts"])]


def loaders() -> dict:
    """The function each model's prediction goes through to read its folder (None: read with verified_path)."""
    from core.models.child_risk.prediction import load_model as child_risk
    from core.models.poverty.prediction import load_model as poverty
    from core.models.water_risk.prediction import load_model as water_risk

    return {"water_risk": water_risk, "poverty": poverty, "child_risk": child_risk, "demand": None}


def test_every_model_folder_is_covered():
    assert {"water_risk", "poverty", "child_risk"} <= set(FOLDERS)
    assert set(FOLDERS) == set(loaders())


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_file_of_a_bundled_model_is_in_its_card_with_its_hash(folder):
    path = MODELS_DIR / folder
    card = read_card(path)
    listed = card["artifacts"]
    assert listed, f"{folder}: the card lists no artifact"
    models = {p.name for p in path.iterdir() if p.suffix.lower() in MODEL_SUFFIXES}
    assert models <= set(listed), f"{folder}: model files not in the card: {models - set(listed)}"
    for name, meta in listed.items():
        assert sha256_file(path / name) == meta["sha256"] == bundled.BUNDLED[folder][name], f"{folder}/{name}"
        assert (path / name).stat().st_size == meta["bytes"]
        assert verified_path(path, name, card) == path / name
    assert set(bundled.BUNDLED[folder]) == {*listed, CARD}
    assert sha256_file(path / CARD) == bundled.BUNDLED[folder][CARD]
    assert not [p.name for p in path.iterdir() if p.suffix in {".skops", ".pkl", ".pickle", ".joblib"}]


def tamper(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit in the middle
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(("folder", "name"), ARTIFACTS, ids=[f"{f}/{n}" for f, n in ARTIFACTS])
def test_a_tampered_artifact_is_refused_with_a_clear_message(folder, name, tmp_path):
    copy = shutil.copytree(MODELS_DIR / folder, tmp_path / folder)
    tamper(copy / name)
    with pytest.raises(ModelIntegrityError, match="has been changed") as refused:
        verified_path(copy, name)
    error = refused.value
    assert name in error.message and "it is not loaded" in error.message
    assert error.details["file"] == str(copy / name) and error.details["fix"]
    assert error.details["found"] != error.details["expected"]


@pytest.mark.parametrize("folder", [f for f in FOLDERS if f != "demand"])
def test_the_prediction_loader_refuses_a_tampered_model(folder, tmp_path):
    load = loaders()[folder]
    copy = shutil.copytree(MODELS_DIR / folder, tmp_path / folder)
    load(copy)  # the untouched copy loads
    card = read_card(copy)
    for name in card["artifacts"]:
        shutil.copy2(MODELS_DIR / folder / name, copy / name)
        tamper(copy / name)
        try:
            load(copy)
        except ModelIntegrityError as error:
            assert name in error.message
        else:
            assert not name.endswith(portable.SUFFIX), f"{folder}: {name} was loaded although changed"
        shutil.copy2(MODELS_DIR / folder / name, copy / name)
    (copy / next(name for name in card["artifacts"] if name.endswith(portable.SUFFIX))).unlink()
    with pytest.raises(ModelIntegrityError, match="missing"):
        load(copy)


def bundled_copy(tmp_path: Path, name: str) -> Path:
    """A copy of a bundled folder standing in for it: what a changed installation looks like to the loaders."""
    return shutil.copytree(MODELS_DIR / name, tmp_path / "models" / name)


@pytest.mark.parametrize("folder", [f for f in FOLDERS if f != "demand"])
def test_a_bundled_folder_is_checked_against_the_code_not_its_card(folder, tmp_path, monkeypatch):
    """Changing an artifact of the bundled folder and rewriting its card to match is still refused."""
    from core.models import artifacts

    models = tmp_path / "models"
    copy = bundled_copy(tmp_path, folder)
    monkeypatch.setattr(artifacts, "MODELS_DIR", models)
    loaders()[folder](copy)  # the copy, standing in for the bundled folder, loads
    card = read_card(copy)
    name = next(n for n in card["artifacts"] if n.endswith(portable.SUFFIX))
    tamper(copy / name)
    card["artifacts"][name]["sha256"] = sha256_file(copy / name)
    (copy / CARD).write_text(json.dumps(card), encoding="utf-8")  # a card that matches the changed file
    with pytest.raises(ModelIntegrityError, match="has been changed") as refused:
        loaders()[folder](copy)
    assert CARD in refused.value.message  # the card itself differs from the hash in the code
    shutil.copy2(MODELS_DIR / folder / CARD, copy / CARD)
    with pytest.raises(ModelIntegrityError, match="has been changed") as refused:
        loaders()[folder](copy)
    assert name in refused.value.message


def test_an_artifact_the_card_does_not_list_is_refused(tmp_path):
    copy = shutil.copytree(MODELS_DIR / "poverty", tmp_path / "poverty")
    (copy / "extra.npz").write_bytes((copy / "poverty_model.npz").read_bytes())
    with pytest.raises(ModelIntegrityError, match="does not list"):
        load_portable(copy, "extra.npz")


def test_an_unreadable_card_is_refused(tmp_path):
    copy = shutil.copytree(MODELS_DIR / "poverty", tmp_path / "poverty")
    (copy / CARD).write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelIntegrityError, match="cannot be read"):
        load_portable(copy, "poverty_model.npz")


class Payload:
    """Unpickling this runs code: it creates the file ``marker``."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (os.makedirs, (str(self.marker),))


def user_folder(tmp_path: Path, model: str, name: str, data: bytes) -> Path:
    """A folder handed in with --model-dir: a copy of a bundled card, saying our training wrote it, that lists
    ``name`` (with its hash) as the model file."""
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / name).write_bytes(data)
    card = json.loads((MODELS_DIR / model / CARD).read_text(encoding="utf-8"))
    card["model"]["file"] = name
    write_card(folder, stamp(card), [name])
    return folder


@pytest.mark.parametrize("name", ["poverty_model.npz", "poverty_model.skops", "poverty_model.pkl"])
def test_a_pickle_in_a_user_model_folder_is_never_unpickled(name, tmp_path):
    """Its card matches and says our training wrote it, but the model file is a malicious pickle."""
    from core.models.poverty.prediction import load_model

    marker = tmp_path / "code_ran"
    folder = user_folder(tmp_path, "poverty", name, pickle.dumps(Payload(marker)))
    with pytest.raises(ModelIntegrityError, match="not in the portable model format|cannot be read") as refused:
        load_model(folder)
    assert refused.value.details["fix"] and not marker.exists()


def crafted_skops(path: Path, victim: Path) -> None:
    """A skops file holding ``numpy.lib._datasource.DataSource``, which deletes its ``_destpath`` when freed."""
    sio = pytest.importorskip("skops.io")
    from numpy.lib._datasource import DataSource

    source = DataSource(None)  # a temporary folder of its own: deleted when freed
    own = source._destpath
    source._destpath = str(victim)
    try:
        sio.dump({"stunting": source, "anemia": source}, path)
    finally:
        source._destpath, source._istmpdest = own, False
        shutil.rmtree(own, ignore_errors=True)


def test_a_crafted_model_folder_cannot_delete_a_directory(tmp_path):
    """Issue 19, finding 1: ``predict … --model-dir <crafted folder>`` used to delete a chosen directory."""
    from core.models.child_risk.prediction import load_model

    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "precious.txt").write_text("keep me", encoding="utf-8")
    crafted_skops(tmp_path / "crafted.skops", victim)
    crafted = (tmp_path / "crafted.skops").read_bytes()
    folder = user_folder(tmp_path, "child_risk", "child_risk_model.skops", crafted)
    with pytest.raises(ModelIntegrityError, match="not in the portable model format") as refused:
        load_model(folder)
    assert refused.value.code == "model_format" and "Retrain" in refused.value.details["fix"]
    # renamed to the portable suffix it is still refused: a skops archive holds no portable spec
    shutil.rmtree(folder)
    with pytest.raises(ModelIntegrityError, match="cannot be read"):
        load_model(user_folder(tmp_path, "child_risk", "child_risk_model.npz", crafted))
    assert (victim / "precious.txt").read_text(encoding="utf-8") == "keep me"


def test_a_folder_whose_card_is_not_from_our_training_is_refused(tmp_path):
    copy = shutil.copytree(MODELS_DIR / "poverty", tmp_path / "poverty")
    model_folder("poverty", copy)  # a copy of ours passes
    card = read_card(copy)
    for change in ({"origin": None}, {"artifacts": {}}):
        written = {k: v for k, v in {**card, **change}.items() if v is not None}
        (copy / CARD).write_text(json.dumps(written), encoding="utf-8")
        with pytest.raises(ModelIntegrityError, match="not written by AguaPerú's training") as refused:
            model_folder("poverty", copy)
        assert refused.value.code == "model_origin" and refused.value.details["fix"]


def test_an_unknown_format_version_is_refused_with_a_way_out(tmp_path):
    copy = shutil.copytree(MODELS_DIR / "child_risk", tmp_path / "child_risk")
    spec, arrays = portable.read(copy / "child_risk_model.npz")
    spec["format_version"] = portable.FORMAT_VERSION + 1
    text = np.frombuffer(json.dumps(spec).encode("utf-8"), dtype=np.uint8)
    with open(copy / "child_risk_model.npz", "wb") as handle:
        np.savez_compressed(handle, spec=text, **arrays)
    card = read_card(copy)
    write_card(copy, card, list(card["artifacts"]))
    with pytest.raises(ModelIntegrityError, match="format version") as refused:
        load_portable(copy, "child_risk_model.npz")
    assert refused.value.code == "model_format_version" and "Retrain" in refused.value.details["fix"]


def test_an_object_array_in_a_portable_file_is_never_unpickled(tmp_path):
    """``np.load(allow_pickle=False)`` refuses object arrays: a pickle hidden in an .npz does not run."""
    marker = tmp_path / "code_ran"
    path = tmp_path / "m.npz"
    spec = np.frombuffer(b'{"format": "aguaperu-portable", "format_version": 1, "model": {}}', dtype=np.uint8)
    np.savez(path, spec=spec, payload=np.array([Payload(marker)], dtype=object))
    with zipfile.ZipFile(path) as archive:
        assert "payload.npy" in archive.namelist()
    with pytest.raises(portable.PortableFormatError, match="not a readable"):
        portable.load(path)
    assert not marker.exists()


# ---------------------------------------------------------------- no code path unpickles or loads unsafely

UNSAFE_CALLS = {
    ("pickle", "load"),
    ("pickle", "loads"),
    ("pickle", "Unpickler"),
    ("cPickle", "load"),
    ("joblib", "load"),
    ("torch", "load"),
    ("pd", "read_pickle"),
    ("pandas", "read_pickle"),
    ("dill", "load"),
    ("dill", "loads"),
    ("cloudpickle", "load"),
    ("cloudpickle", "loads"),
    ("marshal", "loads"),
    ("shelve", "open"),
}
UNSAFE_MODULES = {"pickle", "cPickle", "joblib", "dill", "cloudpickle", "shelve", "marshal", "torch", "skops"}


def sources() -> list[Path]:
    folders = ("core", "aguaperu_plugin", "scripts", "bench")
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py") if p.is_file())


def keyword(call: ast.Call, name: str):
    found = next((k.value for k in call.keywords if k.arg == name), None)
    return found.value if isinstance(found, ast.Constant) else found


def unsafe_loads(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    problems = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(root)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import | ast.ImportFrom):
            modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            problems += [f"{where}: imports {m}" for m in modules if m.split(".")[0] in UNSAFE_MODULES]
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        owner = function.value if isinstance(function, ast.Attribute) else None
        owner_name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
        if (owner_name, name) in UNSAFE_CALLS:
            problems.append(f"{where}: {owner_name}.{name}")
        if name == "load" and owner_name in ("np", "numpy") and keyword(node, "allow_pickle") is not False:
            problems.append(f"{where}: np.load without allow_pickle=False")
        if (
            name == "load_model"
            and owner_name in ("saving", "keras", "models")
            and keyword(node, "safe_mode") is not True
        ):
            problems.append(f"{where}: keras load_model without safe_mode=True")
        if name == "load" and owner_name == "yaml" and keyword(node, "Loader") is None:
            problems.append(f"{where}: yaml.load without a safe Loader")
        if owner_name == "sio":
            problems.append(f"{where}: sio.{name}: skops (estimators are read in the portable format only)")
        if name in ("eval", "exec") and isinstance(function, ast.Name):
            problems.append(f"{where}: {name}()")
    return problems


def test_no_code_path_unpickles_or_loads_a_model_unsafely():
    problems = [problem for path in sources() for problem in unsafe_loads(path)]
    assert len(sources()) > 50 and not problems, "\n".join(problems)


def test_the_source_check_finds_what_it_looks_for(tmp_path):
    hostile = tmp_path / "hostile_example.py"
    hostile.write_text(
        "import pickle\nimport numpy as np\nimport keras\nimport skops.io as sio\n"
        "pickle.load(open('m.pkl', 'rb'))\nnp.load('a.npy', allow_pickle=True)\n"
        "keras.saving.load_model('m.keras')\nsio.load('m.skops', trusted=True)\neval('1')\n",
        encoding="utf-8",
    )
    found = unsafe_loads(hostile, tmp_path)
    assert len(found) == 7, found


def test_cards_are_plain_json_without_code():
    for folder in FOLDERS:
        text = (MODELS_DIR / folder / CARD).read_text(encoding="utf-8")
        card = json.loads(text)
        assert card["artifacts"] and "__" not in text.replace("__init__", "")
