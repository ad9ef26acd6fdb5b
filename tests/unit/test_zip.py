"""The plugin zip holds runtime files only, under one top folder, and passes the QGIS plugin repository's rules;
make_repo writes a plugins.xml QGIS can read."""

import configparser
import json
import re
import stat
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from scripts.make_repo import make_repo
from scripts.make_zip import PLUGIN_ID, check_zip, make_zip, read_metadata, readme_links, shipped_readme
from scripts.offline_bundle import TARGETS, provided, runtime_requirements, unmet, write_bundle

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory) -> Path:
    return make_zip(tmp_path_factory.mktemp("zip") / "aguaperu.zip")


def test_zip_holds_runtime_files_only(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert all(name.startswith("aguaperu/") for name in names)
    for required in (
        "__init__.py",
        "__about__.py",
        "metadata.txt",
        "LICENSE",
        "requirements-runtime.txt",
        "i18n/aguaperu_es.qm",
        "aguaperu_plugin/plugin.py",
        "core/__init__.py",
        "resources/icons/aguaperu.svg",
        "resources/demo/gazetteer.json.gz",
    ):
        assert f"aguaperu/{required}" in names, required
    for forbidden in ("tests/", "bench/", ".ci/", "scripts/", "Makefile", "__pycache__", ".pyc", ".venv", ".lock"):
        assert not any(forbidden in name for name in names), forbidden


def test_zip_passes_the_plugin_repository_rules(plugin_zip):
    assert check_zip(plugin_zip) == []
    archive = zipfile.ZipFile(plugin_zip)
    assert plugin_zip.stat().st_size < 25_000_000
    assert all(not stat.S_IMODE(info.external_attr >> 16) & 0o111 for info in archive.infolist())
    metadata = read_metadata(archive.read("aguaperu/metadata.txt").decode("utf-8"))
    assert metadata["version"] in metadata["changelog"].split()


def broken_copy(source: Path, target: Path, change) -> Path:
    """``source`` rewritten with ``change(name, data) -> [(name, data, mode)]`` applied to every member."""
    written = set()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for info in original.infolist():
            for name, data, mode in change(info.filename, original.read(info)):
                if name in written:  # an added member, once
                    continue
                written.add(name)
                new = zipfile.ZipInfo(name, info.date_time)
                new.external_attr = mode << 16
                copy.writestr(new, data)
    return target


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda n, d: [(n, d, 0o644), ("aguaperu/core/__pycache__/x.cpython-311.pyc", b"\x00", 0o644)], "cache"),
        (lambda n, d: [(n, d, 0o644), ("aguaperu/lib/_speedups.so", b"\x7fELF\x02", 0o644)], "binary"),
        (lambda n, d: [(n, d, 0o644), ("aguaperu/resources/blob.dat", b"MZ\x90\x00", 0o644)], "compiled binary"),
        (lambda n, d: [(n, d, 0o755 if n.endswith("__init__.py") else 0o644)], "executable permission"),
        (lambda n, d: [(n, d, 0o644), ("aguaperu/.env", b"X=1", 0o644)], "hidden file"),
        (lambda n, d: [(n, d, 0o644)] if not n.endswith("/LICENSE") else [], "LICENSE is missing"),
        (lambda n, d: [(n, d, 0o644)] if not n.endswith("requirements-runtime.txt") else [], "requirements-runtime"),
        (lambda n, d: [(n, d, 0o644), ("other/x.py", b"", 0o644)], "top folders"),
        (
            lambda n, d: [(n, d.replace(b"tracker=", b"tracker_=") if n.endswith("metadata.txt") else d, 0o644)],
            "lacks tracker",
        ),
        (
            lambda n, d: [
                (
                    n,
                    re.sub(rb"(changelog=\n\s+)\d+\.\d+\.\d+\n", rb"\g<1>0.0.1\n", d)
                    if n.endswith("metadata.txt")
                    else d,
                    0o644,
                )
            ],
            "no entry for version",
        ),
        (
            lambda n, d: [
                (n, d + b"\n![x](resources/screenshots/absent.png)\n" if n.endswith("README.md") else d, 0o644)
            ],
            "broken link",
        ),
    ],
    ids=[
        "pyc",
        "so",
        "pe-header",
        "exec-bit",
        "hidden",
        "license",
        "requirements",
        "two-tops",
        "tracker",
        "changelog",
        "readme",
    ],  # fmt: skip
)
def test_each_rule_catches_its_breach(plugin_zip, tmp_path, change, problem):
    broken = broken_copy(plugin_zip, tmp_path / "broken.zip", change)
    problems = check_zip(broken)
    assert any(problem in found for found in problems), problems


def test_every_version_in_metadata_has_a_changelog_entry():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    general = dict(parser.items("general"))
    entries = [line.strip() for line in general["changelog"].splitlines() if line.strip()[:1].isdigit()]
    assert general["version"] == entries[0], "the newest changelog entry comes first and is the current version"
    assert len(entries) == len(set(entries))


def test_shipped_readme_links_resolve_inside_the_zip(plugin_zip):
    archive = zipfile.ZipFile(plugin_zip)
    names = set(archive.namelist())
    readme = archive.read("aguaperu/README.md").decode("utf-8")
    images = [link for link in readme_links(readme) if link.endswith(".png")]
    assert images, "the README shows screenshots"
    assert all(f"aguaperu/{link}" in names for link in readme_links(readme))
    assert not any("screenshots/" in name for name in names if name.split("/", 1)[1] not in images)


def test_links_to_files_that_do_not_ship_point_to_the_repository():
    text = "See [the bench](bench/README.md#speed), ![dock](resources/screenshots/a.png) and [site](https://x.org)."
    rewritten = shipped_readme(text, {"resources/screenshots/a.png"}, "https://github.com/aguaperu/aguaperu")
    assert "(https://github.com/aguaperu/aguaperu/blob/main/bench/README.md#speed)" in rewritten
    assert "(resources/screenshots/a.png)" in rewritten and "(https://x.org)" in rewritten


def test_repo_writes_a_plugins_xml_qgis_reads(tmp_path):
    out = make_repo(tmp_path / "repo", base_url="https://intranet.example.pe/qgis")
    metadata = read_metadata((ROOT / "metadata.txt").read_text(encoding="utf-8"))
    version = metadata["version"]
    root = ET.parse(out / "plugins.xml").getroot()
    assert root.tag == "plugins"
    (plugin,) = root.findall("pyqgis_plugin")
    assert plugin.get("name") == metadata["name"] and plugin.get("version") == version
    fields = {child.tag: (child.text or "") for child in plugin}
    for tag in ("description", "about", "version", "qgis_minimum_version", "qgis_maximum_version", "homepage",
                "file_name", "download_url", "author_name", "experimental", "deprecated", "tracker", "repository",
                "icon", "changelog"):  # fmt: skip
        assert fields.get(tag, "").strip(), tag
    # QGIS's installer: the plugin id is file_name before the first dot; download_url is used as written
    assert fields["file_name"].partition(".")[0] == PLUGIN_ID
    assert fields["download_url"] == f"https://intranet.example.pe/qgis/{fields['file_name']}"
    assert fields["qgis_minimum_version"] == "3.34.0" and fields["version"] == version
    assert check_zip(out / fields["file_name"]) == []
    assert (out / "aguaperu.svg").is_file()
    digest, name = (out / "SHA256SUMS").read_text().split()
    assert name == fields["file_name"] and len(digest) == 64


def test_repo_download_urls_default_to_the_folder(tmp_path):
    out = make_repo(tmp_path / "repo")
    url = ET.parse(out / "plugins.xml").getroot().find("pyqgis_plugin/download_url").text
    assert url.startswith("file:///") and url.endswith(
        f"{PLUGIN_ID}.{read_metadata((ROOT / 'metadata.txt').read_text())['version']}.zip"
    )


# --- offline bundles: the contract with the installer, on hand-made wheels (no network)


def fake_wheel(folder: Path, name: str, version: str, requires: list[str], tag: str = "py3-none-any") -> Path:
    path = folder / f"{name}-{version}-{tag}.whl"
    with zipfile.ZipFile(path, "w") as wheel:
        lines = ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}"]
        wheel.writestr(
            f"{name}-{version}.dist-info/METADATA", "\n".join(lines + [f"Requires-Dist: {r}" for r in requires]) + "\n"
        )
    return path


def test_missing_requirements_are_found_with_the_targets_markers(tmp_path):
    fake_wheel(tmp_path, "click", "8.1.0", ['colorama; platform_system == "Windows"'])
    fake_wheel(tmp_path, "tool", "1.0", ["click>=8", 'pytest; extra == "test"', "extra-lib[fast]>=1"])
    fake_wheel(tmp_path, "extra_lib", "1.2", ['speedy>=2; extra == "fast"'])
    windows, linux = TARGETS["cp312-win_amd64"].environment(), TARGETS["cp311-manylinux_x86_64"].environment()
    assert unmet(tmp_path, ["tool>=1"], windows) == ["colorama", "speedy>=2"]
    assert unmet(tmp_path, ["tool>=1"], linux) == ["speedy>=2"]
    assert unmet(tmp_path, ["tool>=2"], linux) == ["tool>=2"]


def test_bundle_layout_is_the_installers_contract(tmp_path):
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    fake_wheel(wheels, "numpy", "1.26.4", [], "cp312-cp312-win_amd64")
    fake_wheel(wheels, "pip", "26.0", [])
    target = TARGETS["cp312-win_amd64"]
    requirements = runtime_requirements()
    bundle = write_bundle(target, wheels, requirements, [["pip", "download"]], tmp_path / "out")
    assert bundle.name == "aguaperu-deps-cp312-win_amd64.zip"
    archive = zipfile.ZipFile(bundle)
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["python"] == "cp312" and manifest["platform"] == "win_amd64"
    assert manifest["requirements"] == requirements and "numpy>=1.24,<3" in requirements
    assert set(manifest["wheels"]) == {"numpy-1.26.4-cp312-cp312-win_amd64.whl", "pip-26.0-py3-none-any.whl"}
    sums = dict(reversed(line.split("  ")) for line in archive.read("SHA256SUMS").decode().splitlines())
    assert sums == {f"wheels/{name}": digest for name, digest in manifest["wheels"].items()}
    assert sorted(archive.namelist()) == sorted(["manifest.json", "SHA256SUMS", *sums])
    again = write_bundle(target, wheels, requirements, [["pip", "download"]], tmp_path / "again")
    assert again.read_bytes() == bundle.read_bytes(), "the same wheels give the same bundle"


def test_the_bundle_targets_cover_windows_linux_and_macos():
    assert {"cp312-win_amd64", "cp311-manylinux_x86_64", "cp312-macosx_arm64"} <= set(TARGETS)
    for target in TARGETS.values():
        assert target.constraints and all(path.is_file() for path in target.constraints), target.constraints
    linux = runtime_requirements(TARGETS["cp311-manylinux_x86_64"].constraints[0])
    assert "numpy==1.24.2" in linux and "python_dateutil==2.8.2" in linux  # what Debian's QGIS has
    assert "numpy" in provided(TARGETS["cp311-manylinux_x86_64"].constraints[0])  # never shipped again
    assert not provided(TARGETS["cp312-win_amd64"].constraints[0])  # wildcard pins only guide the resolution
    assert "numpy==1.24.2" in linux  # Debian's numpy, which QGIS's GDAL bindings are built against
