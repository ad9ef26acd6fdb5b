"""Model files: every bundled artifact is checked against its card's sha256 before it is read; a tampered,
missing or unlisted artifact is refused with a clear message; nothing is ever unpickled; skops files may
instantiate only scikit-learn, numpy and scipy classes; Keras loads in safe mode."""

import ast
import json
import os
import pickle
import shutil
from pathlib import Path

import numpy as np
import pytest

from core.models.artifacts import (
    CARD,
    MODELS_DIR,
    ModelIntegrityError,
    load_sklearn,
    read_card,
    sha256_file,
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
    from core.child.prediction import load_model as child_risk
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
        assert sha256_file(path / name) == meta["sha256"], f"{folder}/{name}"
        assert (path / name).stat().st_size == meta["bytes"]
        assert verified_path(path, name, card) == path / name


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
            assert not name.endswith(".skops"), f"{folder}: {name} was loaded although changed"
        shutil.copy2(MODELS_DIR / folder / name, copy / name)
    (copy / next(name for name in card["artifacts"] if name.endswith(".skops"))).unlink()
    with pytest.raises(ModelIntegrityError, match="missing"):
        load(copy)


def test_an_artifact_the_card_does_not_list_is_refused(tmp_path):
    copy = shutil.copytree(MODELS_DIR / "poverty", tmp_path / "poverty")
    (copy / "extra.skops").write_bytes((copy / "poverty_model.skops").read_bytes())
    with pytest.raises(ModelIntegrityError, match="does not list"):
        load_sklearn(copy, "extra.skops")


def test_an_unreadable_card_is_refused(tmp_path):
    copy = shutil.copytree(MODELS_DIR / "poverty", tmp_path / "poverty")
    (copy / CARD).write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelIntegrityError, match="cannot be read"):
        load_sklearn(copy, "poverty_model.skops")


class Payload:
    """Unpickling this runs code: it creates the file ``marker``."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (os.makedirs, (str(self.marker),))


def test_a_pickle_in_a_user_model_folder_is_never_unpickled(tmp_path):
    """A folder handed in with --model-dir: its card matches, but the "skops" file is a malicious pickle."""
    marker = tmp_path / "code_ran"
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "poverty_model.skops").write_bytes(pickle.dumps(Payload(marker)))
    write_card(folder, {"name": "poverty", "model": {"file": "poverty_model.skops"}}, ["poverty_model.skops"])
    with pytest.raises(ModelIntegrityError, match="cannot be read as a skops model"):
        load_sklearn(folder, "poverty_model.skops")
    assert not marker.exists()


@pytest.mark.parametrize("function", ["eval", "exec", "getattr", "system", "load"])
def test_a_skops_file_naming_a_function_is_refused(function, tmp_path):
    """skops stores a FunctionTransformer's function by name; only classes of sklearn, numpy, scipy may load."""
    import skops.io as sio
    from sklearn.preprocessing import FunctionTransformer

    found = {"eval": eval, "exec": exec, "getattr": getattr, "system": os.system, "load": np.load}[function]
    sio.dump(FunctionTransformer(func=found), tmp_path / "m.skops")
    write_card(tmp_path, {"name": "hostile"}, ["m.skops"])
    with pytest.raises(ModelIntegrityError, match="asks for types outside") as refused:
        load_sklearn(tmp_path, "m.skops")
    assert function in refused.value.message


def test_a_skops_file_of_plain_sklearn_classes_loads(tmp_path):
    import skops.io as sio
    from sklearn.ensemble import HistGradientBoostingClassifier

    x = np.random.default_rng(0).normal(size=(80, 3))
    model = HistGradientBoostingClassifier(max_iter=5).fit(x, x[:, 0] > 0)
    sio.dump(model, tmp_path / "m.skops")
    write_card(tmp_path, {"name": "tiny"}, ["m.skops"])
    assert (load_sklearn(tmp_path, "m.skops").predict(x) == model.predict(x)).all()


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
UNSAFE_MODULES = {"pickle", "cPickle", "joblib", "dill", "cloudpickle", "shelve", "marshal", "torch"}


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
            if keyword(node, "allow_pickle") is not None:
                problems.append(f"{where}: np.load(allow_pickle=…)")
        if (
            name == "load_model"
            and owner_name in ("saving", "keras", "models")
            and keyword(node, "safe_mode") is not True
        ):
            problems.append(f"{where}: keras load_model without safe_mode=True")
        if name == "load" and owner_name == "yaml" and keyword(node, "Loader") is None:
            problems.append(f"{where}: yaml.load without a safe Loader")
        if name == "load" and owner_name == "sio" and path.name != "artifacts.py":
            problems.append(f"{where}: skops load outside core/models/artifacts.py (no hash check)")
        if name in ("eval", "exec") and isinstance(function, ast.Name):
            problems.append(f"{where}: {name}()")
    return problems


def test_no_code_path_unpickles_or_loads_a_model_unsafely():
    problems = [problem for path in sources() for problem in unsafe_loads(path)]
    assert len(sources()) > 50 and not problems, "\n".join(problems)


def test_the_source_check_finds_what_it_looks_for(tmp_path):
    hostile = tmp_path / "hostile_example.py"
    hostile.write_text(
        "import pickle\nimport numpy as np\nimport keras\n"
        "pickle.load(open('m.pkl', 'rb'))\nnp.load('a.npy', allow_pickle=True)\n"
        "keras.saving.load_model('m.keras')\nsio.load('m.skops', trusted=True)\neval('1')\n",
        encoding="utf-8",
    )
    found = unsafe_loads(hostile, tmp_path)
    assert len(found) == 6, found


def test_cards_are_plain_json_without_code():
    for folder in FOLDERS:
        text = (MODELS_DIR / folder / CARD).read_text(encoding="utf-8")
        card = json.loads(text)
        assert card["artifacts"] and "__" not in text.replace("__init__", "")
