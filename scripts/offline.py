"""Run Python with the network blocked at the socket level, and record every attempt.

As a module: ``block_network()`` makes every internet socket operation (connect, connect_ex, sendto,
create_connection, name look-ups other than the local host) raise ``NetworkBlockedError`` and appends a
line to ``ATTEMPTS``; local sockets (AF_UNIX) keep working. ``tests/conftest.py`` calls it for every test
suite and fails the run when anything tried the network, even when the caller caught the error.

As a script, a drop-in for ``python``: ``python scripts/offline.py -m core demo --out demo_output`` or
``python scripts/offline.py scripts/build_demo_project.py ARGS`` runs the module or script with the network
blocked and exits with status 3 when it tried the network.
"""

import os
import runpy
import socket
import sys

ATTEMPTS: list[str] = []
LOCAL_HOSTS = {None, "", "localhost", "127.0.0.1", "::1", b"localhost", b"127.0.0.1", b"::1"}
INTERNET = {socket.AF_INET, socket.AF_INET6}
BLOCKED_EXIT = 3


class NetworkBlockedError(OSError):
    """A socket operation that would reach the network (the process runs offline)."""


def _refuse(what: str):
    ATTEMPTS.append(what)
    raise NetworkBlockedError(f"offline: {what} refused (AguaPerú must never use the network)")


def block_network() -> None:
    """Patch the socket module of this process (idempotent)."""
    if getattr(socket, "_aguaperu_offline", False):
        return
    original = socket.socket

    def guarded(name):
        method = getattr(original, name)

        def call(self, *args, **kwargs):
            if self.family in INTERNET:
                _refuse(f"socket.{name}{args!r}")
            return method(self, *args, **kwargs)

        call.__name__ = name
        return call

    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        setattr(original, name, guarded(name))

    def lookup(name, function):
        def call(host, *args, **kwargs):
            if host not in LOCAL_HOSTS:
                _refuse(f"socket.{name}({host!r})")
            return function(host, *args, **kwargs)

        call.__name__ = name
        return call

    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
        setattr(socket, name, lookup(name, getattr(socket, name)))

    def create_connection(address, *args, **kwargs):
        _refuse(f"socket.create_connection({address!r})")

    socket.create_connection = create_connection
    socket._aguaperu_offline = True


def main(argv: list[str]) -> int:
    """``-m module args`` or ``script.py args``, run as ``python`` would, with the network blocked."""
    if not argv or (argv[0].startswith("-") and argv[0] != "-m") or (argv[0] == "-m" and len(argv) < 2):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    block_network()
    module = argv[1] if argv[0] == "-m" else None
    sys.argv = argv[1:] if module else argv
    sys.path[0] = os.getcwd() if module else os.path.dirname(os.path.abspath(argv[0]))  # as `python` sets it
    status = 0
    try:
        if module:
            runpy.run_module(module, run_name="__main__", alter_sys=True)
        else:
            runpy.run_path(argv[0], run_name="__main__")
    except SystemExit as stop:
        status = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    if ATTEMPTS:
        print("offline: the network was tried:\n  " + "\n  ".join(ATTEMPTS), file=sys.stderr)
        return status or BLOCKED_EXIT
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
