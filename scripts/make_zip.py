"""Build the plugin zip: runtime files only, under a top folder named after the plugin id, checked against the
QGIS plugin repository's rules.

    python scripts/make_zip.py build/aguaperu.zip

The rules are those of plugins.qgis.org's validator (QGIS-Django ``plugins/validator.py``) and of its security
scan's file checks: at most 25 MB; one top folder whose name is an ASCII identifier; ``__init__.py``,
``metadata.txt`` and ``LICENSE`` in it; no path with ``..`` or a leading ``/``; no ``.pyc``, ``__pycache__``,
``.git`` or ``__MACOSX``; no hidden file, no executable file or permission, no compiled binary (by suffix or by
an ELF, PE or Mach-O header; compiled Qt translations ``.qm`` are data and allowed); metadata.txt with every
required field (name, description, version, qgisMinimumVersion, author, email, about, tracker, repository),
valid tracker/repository/homepage URLs, an author without slashes and a changelog entry for the version.
Beyond them: ``requirements-runtime.txt`` ships (the dependency installer reads it), the shipped README has
no broken link: the screenshots it shows ship beside it, and links to files that do not ship point to the
repository instead; and the bundled user guides (``resources/help/<language>/index.html``) ship with every
page, stylesheet and image they link to.
"""

import configparser
import posixpath
import re
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlparse

ROOT = Path(__file__).resolve().parents[1]
PLUGIN_ID = "aguaperu"
TOP_FILES = ("__init__.py", "__about__.py", "metadata.txt", "LICENSE", "README.md", "requirements-runtime.txt")
TOP_DIRS = ("aguaperu_plugin", "core", "models", "resources", "i18n")
SKIP_PARTS = {"__pycache__", ".pytest_cache", "screenshots"}
SKIP_SUFFIXES = {".pyc", ".pyo", ".ts"}
MAX_BYTES = 25_000_000  # plugins.qgis.org's PLUGIN_MAX_UPLOAD_SIZE
REQUIRED_METADATA = (
    "name", "description", "version", "qgisMinimumVersion", "author", "email", "about", "tracker", "repository",
)  # fmt: skip
URL_METADATA = ("tracker", "repository", "homepage")
BINARY_SUFFIXES = {".pyc", ".pyo", ".pyd", ".so", ".dll", ".dylib", ".exe", ".bat", ".cmd", ".com", ".msi", ".jar",
                   ".whl", ".egg", ".bin", ".sh", ".ps1", ".app", ".class"}  # fmt: skip
BINARY_MAGIC = (b"\x7fELF", b"MZ", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe",
                b"\xca\xfe\xba\xbe")  # fmt: skip
FORBIDDEN_DIRS = {"__MACOSX", ".git", "__pycache__"}
LINK = re.compile(r"(!?\[[^\]]*\]\()([^)\s]+)(\))")


def read_metadata(text: str) -> dict[str, str]:
    """The ``[general]`` section of metadata.txt, keys as written."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(text)
    return dict(parser.items("general"))


def readme_links(text: str) -> list[str]:
    """Relative link and image targets of a Markdown text (no URL, no anchor-only link)."""
    return [m.group(2) for m in LINK.finditer(text) if not re.match(r"^([a-z]+:|#|mailto:)", m.group(2))]


def html_links(text: str) -> list[str]:
    """Relative ``src`` and ``href`` targets of an HTML page, without their anchors (no URL, no anchor-only link)."""
    targets: list[str] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs) -> None:
            targets.extend(value for key, value in attrs if key in ("src", "href") and value)

    Parser().feed(text)
    return [unquote(t.split("#", 1)[0]) for t in targets if not re.match(r"^([a-z]+:|#|mailto:)", t)]


def shipped_readme(text: str, shipped: set[str], repository: str) -> str:
    """The README as shipped: relative links to files that do not ship point to the repository instead."""

    def rewrite(match: re.Match) -> str:
        target = match.group(2)
        path = target.split("#", 1)[0]
        if re.match(r"^([a-z]+:|#|mailto:)", target) or path in shipped:
            return match.group(0)
        return f"{match.group(1)}{repository.rstrip('/')}/blob/main/{target}{match.group(3)}"

    return LINK.sub(rewrite, text)


def runtime_files(root: Path = ROOT) -> list[Path]:
    """Every file the installed plugin needs, relative to ``root``; the screenshots shown in the README included."""
    files = [root / name for name in TOP_FILES]
    for folder in TOP_DIRS:
        files += [p for p in (root / folder).rglob("*") if p.is_file()]
    shown = [root / target for target in readme_links((root / "README.md").read_text(encoding="utf-8"))]
    files += [path for path in shown if path.is_file() and path.suffix.lower() in {".png", ".jpg", ".svg", ".gif"}]
    return sorted(
        {
            p.relative_to(root)
            for p in files
            if p.exists()
            and (not SKIP_PARTS & set(p.parts) or p in shown)
            and p.suffix not in SKIP_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(root).parts)
        }
    )


def make_zip(target: Path, root: Path = ROOT) -> Path:
    """Write the zip and check it; raise SystemExit listing every broken rule."""
    if not (root / "i18n" / f"{PLUGIN_ID}_es.qm").exists():
        raise SystemExit("i18n/aguaperu_es.qm is missing: run 'make i18n' first")
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".zip.part")
    files = runtime_files(root)
    shipped = {relative.as_posix() for relative in files}
    repository = read_metadata((root / "metadata.txt").read_text(encoding="utf-8"))["repository"]
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in files:
            info = zipfile.ZipInfo(f"{PLUGIN_ID}/{relative.as_posix()}", (2024, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            data = (root / relative).read_bytes()
            if relative.as_posix() == "README.md":
                data = shipped_readme(data.decode("utf-8"), shipped, repository).encode("utf-8")
            archive.writestr(info, data)
    problems = check_zip(partial)
    if problems:
        partial.unlink()
        raise SystemExit("the plugin zip breaks the plugin repository's rules:\n- " + "\n- ".join(problems))
    partial.replace(target)
    return target


def check_metadata(metadata: dict[str, str]) -> list[str]:
    """Problems of metadata.txt's ``[general]`` section."""
    problems = [f"metadata.txt lacks {key}" for key in REQUIRED_METADATA if not metadata.get(key, "").strip()]
    for key in URL_METADATA:
        url = urlparse(metadata.get(key, "").strip())
        if key in metadata and not (url.scheme in ("http", "https") and url.netloc):
            problems.append(f"metadata.txt: {key} is not a valid URL")
    if "/" in metadata.get("author", ""):
        problems.append("metadata.txt: author cannot contain slashes")
    version = metadata.get("version", "").strip()
    if not re.fullmatch(r"\d+(\.\d+){1,3}", version):
        problems.append(f"metadata.txt: version {version!r} is not of the form 1.2.3")
    entries = re.findall(r"^\s*(\d+(?:\.\d+){1,3})\s*$", metadata.get("changelog", ""), re.MULTILINE)
    if version not in entries:
        problems.append(f"metadata.txt: the changelog has no entry for version {version}")
    for flag in ("experimental", "deprecated", "server"):
        if metadata.get(flag, "False").strip().lower() not in ("true", "false", "1", "0", "yes", "no"):
            problems.append(f"metadata.txt: {flag} is not a boolean")
    if not re.fullmatch(r"\d+\.\d+(\.\d+)?", metadata.get("qgisMinimumVersion", "").strip()):
        problems.append("metadata.txt: qgisMinimumVersion is not of the form 3.34")
    return problems


def check_zip(path: Path) -> list[str]:
    """Every rule of the plugin repository the zip at ``path`` breaks (empty when it passes)."""
    path = Path(path)
    problems = []
    if path.stat().st_size > MAX_BYTES:
        problems.append(f"{path.stat().st_size:,} bytes: more than the repository's {MAX_BYTES:,}")
    with zipfile.ZipFile(path) as archive:
        if archive.testzip() is not None:
            problems.append("a damaged member (CRC error)")
        infos = archive.infolist()
        names = [info.filename for info in infos]
        tops = {name.split("/")[0] for name in names}
        if tops != {PLUGIN_ID} or not re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]+", PLUGIN_ID):
            problems.append(f"top folders {sorted(tops)}: expected only {PLUGIN_ID}/")
        for required in ("__init__.py", "metadata.txt", "LICENSE", "requirements-runtime.txt"):
            if f"{PLUGIN_ID}/{required}" not in names:
                problems.append(f"{required} is missing")
        for info in infos:
            name, parts = info.filename, PurePosixPath(info.filename).parts
            if ".." in name or name.startswith("/") or "\\" in name:
                problems.append(f"{name}: path information")
            if FORBIDDEN_DIRS & set(parts[:-1]) or ".pyc" in name:
                problems.append(f"{name}: a cache or version-control file")
            if any(part.startswith(".") for part in parts):
                problems.append(f"{name}: a hidden file")
            if (info.external_attr >> 16) & 0o111:
                problems.append(f"{name}: executable permission")
            if PurePosixPath(name).suffix.lower() in BINARY_SUFFIXES:
                problems.append(f"{name}: a binary or executable file type")
            elif not name.endswith("/") and archive.read(info).startswith(BINARY_MAGIC):
                problems.append(f"{name}: a compiled binary (executable header)")
        if f"{PLUGIN_ID}/metadata.txt" in names:
            try:
                metadata = read_metadata(archive.read(f"{PLUGIN_ID}/metadata.txt").decode("utf-8"))
            except (configparser.Error, UnicodeDecodeError) as error:
                problems.append(f"metadata.txt cannot be read: {error}")
            else:
                problems += check_metadata(metadata)
        if f"{PLUGIN_ID}/README.md" in names:
            readme = archive.read(f"{PLUGIN_ID}/README.md").decode("utf-8")
            for link in readme_links(readme):
                if f"{PLUGIN_ID}/{link.split('#', 1)[0]}" not in names:
                    problems.append(f"README.md: broken link {link}")
        for guide in [n for n in names if re.fullmatch(rf"{PLUGIN_ID}/resources/help/[^/]+/index\.html", n)]:
            for link in html_links(archive.read(guide).decode("utf-8")):
                if posixpath.normpath(posixpath.join(posixpath.dirname(guide), link)) not in names:
                    problems.append(f"{guide}: broken link {link}")
    return problems


if __name__ == "__main__":
    print(make_zip(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build" / f"{PLUGIN_ID}.zip")))
