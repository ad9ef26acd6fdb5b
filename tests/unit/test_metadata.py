"""metadata.txt is complete for the official QGIS plugin repository; __about__ reads it."""

import ast
from configparser import ConfigParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository")


def metadata() -> dict:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return dict(parser["general"])


def test_required_and_recommended_fields():
    meta = metadata()
    for key in REQUIRED + ("tracker", "homepage", "tags", "changelog", "icon", "category"):
        assert meta.get(key, "").strip(), key
    assert meta["qgisMinimumVersion"] == "3.34"
    assert meta["hasProcessingProvider"] == "yes"
    assert meta["description[es]"].strip() and meta["about[es]"].strip()
    assert (ROOT / meta["icon"]).is_file()
    assert meta["version"] in meta["changelog"]
    assert all(part.isdigit() for part in meta["version"].split("."))
    assert (ROOT / "LICENSE").is_file()


def test_about_reads_name_and_version_from_metadata():
    namespace = {"__file__": str(ROOT / "__about__.py")}
    exec(compile((ROOT / "__about__.py").read_text(encoding="utf-8"), "__about__.py", "exec"), namespace)
    assert namespace["__title__"] == metadata()["name"] == "AguaPerú"
    assert namespace["__version__"] == metadata()["version"]


def test_init_holds_only_class_factory():
    tree = ast.parse((ROOT / "__init__.py").read_text(encoding="utf-8"))
    statements = [node for node in tree.body if not isinstance(node, ast.Expr)]
    assert [type(node).__name__ for node in statements] == ["FunctionDef"]
    assert statements[0].name == "classFactory"
