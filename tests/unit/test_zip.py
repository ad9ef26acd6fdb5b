"""The plugin zip holds runtime files only, under one top folder."""

import zipfile

from scripts.make_zip import make_zip


def test_zip_holds_runtime_files_only(tmp_path):
    archive = zipfile.ZipFile(make_zip(tmp_path / "aguaperu.zip"))
    names = archive.namelist()
    assert all(name.startswith("aguaperu/") for name in names)
    for required in (
        "__init__.py",
        "__about__.py",
        "metadata.txt",
        "LICENSE",
        "i18n/aguaperu_es.qm",
        "aguaperu_plugin/plugin.py",
        "core/__init__.py",
        "resources/icons/aguaperu.svg",
    ):
        assert f"aguaperu/{required}" in names, required
    for forbidden in ("tests/", "bench/", ".ci/", "scripts/", "Makefile", "__pycache__", ".pyc", ".venv"):
        assert not any(forbidden in name for name in names), forbidden
