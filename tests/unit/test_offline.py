"""The suite runs with the network blocked (tests/conftest.py); no code path of the plugin reaches for it."""

import ast
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from scripts.offline import BLOCKED_EXIT, NetworkBlockedError

ROOT = Path(__file__).resolve().parents[2]
OFFLINE = ROOT / "scripts" / "offline.py"
# modules and Qt/QGIS classes that reach the network; none belongs in core/ or the plugin
NETWORK_MODULES = ("socket", "ssl", "http", "urllib.request", "urllib3", "requests", "httpx", "ftplib", "smtplib")
NETWORK_MODULES += ("aiohttp", "websocket", "huggingface_hub", "PyQt5.QtNetwork", "qgis.PyQt.QtNetwork")
NETWORK_NAMES = {"QgsNetworkAccessManager", "QgsBlockingNetworkRequest", "QgsFileDownloader", "QNetworkRequest"}
NETWORK_NAMES |= {"QNetworkAccessManager", "urlopen", "urlretrieve", "load_dataset", "hf_hub_download"}


def test_the_block_is_active(network_attempts):
    with pytest.raises(NetworkBlockedError):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    with pytest.raises(NetworkBlockedError):
        socket.getaddrinfo("example.org", 443)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(NetworkBlockedError):
        sock.connect(("192.0.2.1", 80))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock, pytest.raises(NetworkBlockedError):
        sock.sendto(b"x", ("192.0.2.1", 53))
    with pytest.raises(OSError):  # what callers catch: the refusal is an OSError, as a real outage would be
        urllib.request.urlopen("http://192.0.2.1/", timeout=1)
    assert len(network_attempts()) == 5


def test_the_kernel_refuses_the_network_too():
    """``make test`` runs every suite in a network namespace with loopback only (scripts/no_network.sh): a
    connection below Python's socket module (``_socket``, as C++ code would make) cannot leave the machine."""
    import _socket
    import errno
    import os

    where = os.environ.get("AGUAPERU_NETNS")
    if where != "1":
        pytest.skip(f"not run through scripts/run_tests.sh in a network namespace (AGUAPERU_NETNS={where})")
    routes = Path("/proc/net/route").read_text(encoding="utf-8").splitlines()[1:]
    assert routes == [], routes
    raw = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
    raw.settimeout(2)
    try:
        with pytest.raises(OSError) as refused:
            raw.connect(("192.0.2.1", 80))
    finally:
        raw.close()
    assert refused.value.errno == errno.ENETUNREACH
    local = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)  # the loopback is up
    try:
        local.bind(("127.0.0.1", 0))
        local.listen()
    finally:
        local.close()


def test_local_sockets_still_work():
    left, right = socket.socketpair(socket.AF_UNIX)
    with left, right:
        left.sendall(b"ok")
        assert right.recv(2) == b"ok"


def test_the_offline_runner_blocks_a_subprocess_and_reports_it(tmp_path):
    script = tmp_path / "reach.py"
    script.write_text(
        "import urllib.request\n"
        "try:\n    urllib.request.urlopen('http://192.0.2.1/', timeout=1)\n"
        "except OSError as error:\n    print('caught', type(error).__name__)\n",
        encoding="utf-8",
    )
    run = subprocess.run([sys.executable, str(OFFLINE), str(script)], capture_output=True, text=True, timeout=60)
    assert run.returncode == BLOCKED_EXIT, run.stderr
    assert "caught" in run.stdout and "192.0.2.1" in run.stderr

    quiet = subprocess.run(
        [sys.executable, str(OFFLINE), "-m", "core", "--help"], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert quiet.returncode == 0, quiet.stderr
    assert "python -m core" in quiet.stdout


def imported_and_named(path: Path) -> tuple[set[str], set[str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    modules, names = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
    return modules, names


def sources() -> list[Path]:
    return sorted(
        path for folder in ("core", "aguaperu_plugin") for path in (ROOT / folder).rglob("*.py") if path.is_file()
    )


def test_no_code_path_reaches_for_the_network():
    found = []
    for path in sources():
        modules, names = imported_and_named(path)
        bad = {m for m in modules if m in NETWORK_MODULES or m.startswith(tuple(f"{n}." for n in NETWORK_MODULES))}
        found += [f"{path.relative_to(ROOT)}: {item}" for item in sorted(bad | (names & NETWORK_NAMES))]
    assert sources() and not found, "network code in the plugin:\n" + "\n".join(found)
