"""An office's own QGIS plugin repository: ``plugins.xml`` and the plugin zip in one folder.

    python scripts/make_repo.py                                   # build/repo/, download URLs file:///…/build/repo/
    python scripts/make_repo.py --base-url file:///S:/qgis/aguaperu/      # a shared drive (as the users see it)
    python scripts/make_repo.py --base-url https://intranet.example.pe/qgis/  # an intranet web server

Copy the folder to the share or web server, then in QGIS: *Plugins ▸ Manage and Install Plugins ▸ Settings ▸
Add…*, URL ``<base-url>plugins.xml``. QGIS reads ``plugins.xml`` in the format of plugins.qgis.org and uses each
``download_url`` as written (it does not resolve relative URLs), hence ``--base-url``. The plugin id is the part
of ``file_name`` before the first dot. Offline bundles (``make offline-bundle``) can sit in the same folder: the
installer finds an ``aguaperu-deps-*.zip`` next to the plugin zip.
"""

import argparse
import hashlib
import shutil
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, str(Path(__file__).resolve().parent))  # a development script run as a file: its siblings

from make_zip import PLUGIN_ID, ROOT, make_zip, read_metadata  # noqa: E402

OUT = ROOT / "build" / "repo"


def full_version(version: str) -> str:
    """``3.34`` → ``3.34.0``: the form plugins.qgis.org writes."""
    parts = version.strip().split(".")
    return ".".join(parts + ["0"] * (3 - len(parts)))


def cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def plugins_xml(metadata: dict[str, str], file_name: str, download_url: str, icon_url: str, date: str) -> str:
    """The repository listing of one plugin version, in plugins.qgis.org's format."""
    version = metadata["version"].strip()
    minimum = full_version(metadata["qgisMinimumVersion"])
    maximum = full_version(metadata.get("qgisMaximumVersion") or f"{minimum.split('.')[0]}.99")
    elements = [
        ("description", cdata(metadata["description"].strip())),
        ("about", cdata(metadata["about"].strip())),
        ("version", escape(version)),
        ("trusted", "False"),
        ("qgis_minimum_version", minimum),
        ("qgis_maximum_version", maximum),
        ("homepage", cdata(metadata.get("homepage", "").strip())),
        ("file_name", escape(file_name)),
        ("icon", escape(icon_url)),
        ("author_name", cdata(metadata["author"].strip())),
        ("download_url", escape(download_url)),
        ("uploaded_by", cdata(metadata["author"].strip())),
        ("create_date", date),
        ("update_date", date),
        ("experimental", metadata.get("experimental", "False").strip()),
        ("deprecated", metadata.get("deprecated", "False").strip()),
        ("tracker", cdata(metadata["tracker"].strip())),
        ("repository", cdata(metadata["repository"].strip())),
        ("tags", cdata(metadata.get("tags", "").strip())),
        ("changelog", cdata(metadata.get("changelog", "").strip())),
        ("downloads", "0"),
        ("average_vote", "0"),
        ("rating_votes", "0"),
        ("external_dependencies", cdata("")),
        ("server", metadata.get("server", "False").strip()),
    ]
    body = "\n".join(f"    <{tag}>{value}</{tag}>" for tag, value in elements)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<plugins>\n"
        f"  <pyqgis_plugin name={quoteattr(metadata['name'].strip())} version={quoteattr(version)}"
        f" plugin_id={quoteattr(PLUGIN_ID)}>\n{body}\n  </pyqgis_plugin>\n"
        "</plugins>\n"
    )


def make_repo(out: Path = OUT, base_url: str | None = None, date: str = "2024-01-01T00:00:00") -> Path:
    """Write ``out/plugins.xml``, ``out/<id>.<version>.zip`` and the icon; return ``out``."""
    out = Path(out)
    metadata = read_metadata((ROOT / "metadata.txt").read_text(encoding="utf-8"))
    version = metadata["version"].strip()
    file_name = f"{PLUGIN_ID}.{version}.zip"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{PLUGIN_ID}.*.zip"):
        old.unlink()
    make_zip(out / file_name)
    icon = ROOT / metadata["icon"]
    shutil.copyfile(icon, out / f"{PLUGIN_ID}{icon.suffix}")
    base = base_url or out.resolve().as_uri()
    base = base if base.endswith("/") else base + "/"
    xml = plugins_xml(metadata, file_name, base + file_name, base + f"{PLUGIN_ID}{icon.suffix}", date)
    (out / "plugins.xml").write_text(xml, encoding="utf-8")
    digest = hashlib.sha256((out / file_name).read_bytes()).hexdigest()
    (out / "SHA256SUMS").write_text(f"{digest}  {file_name}\n", encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder to write (default {OUT})")
    parser.add_argument("--base-url", help="URL of the folder as QGIS users reach it (default: file URL of --out)")
    args = parser.parse_args(argv)
    out = make_repo(args.out, args.base_url)
    print(f"{out / 'plugins.xml'}: add it in QGIS as a plugin repository")
    return 0


if __name__ == "__main__":
    sys.exit(main())
