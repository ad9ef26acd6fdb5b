"""Outputs appear complete or not at all: each is written to a temporary file beside its target and moved
into place (one rename) only when complete.

A temporary file is named ``.aguaperu-<host>-<pid>-<random><suffix>``. When writing fails it is removed at
once; when the process is killed (nothing can run then) it stays behind, and the next write into the same
folder removes it because its process is gone (on POSIX systems; on Windows it is left in place).
"""

import os
import platform
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..cancel import protected

PREFIX = ".aguaperu-"
# files GDAL and SQLite create beside a file they write (``x.gpkg-journal``, ``x.gpkg-wal``, ``x.gpkg-shm``)
SIDECARS = ("-journal", "-wal", "-shm")


def _host() -> str:
    return "".join(ch for ch in platform.node() if ch.isalnum())[:32] or "host"


def _alive(pid: int) -> bool:
    """Whether process ``pid`` runs; on Windows always True (``os.kill`` there would end the process)."""
    if os.name == "nt":
        return True
    try:
        os.kill(pid, 0)  # signal 0: only asks
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _mode() -> int:
    """Read/write for the owner, read for others as the umask allows (``mkstemp`` would give 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def remove_stale(folder: str | Path) -> list[Path]:
    """Remove the temporary files that processes of this machine no longer running left in ``folder``."""
    removed = []
    host = _host()
    for path in Path(folder).glob(f"{PREFIX}{host}-*"):
        pid = path.name[len(PREFIX) + len(host) + 1 :].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


@contextmanager
def replacing(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target`` (the file does not exist yet); when the block ends without an
    error, the file written there replaces ``target``.

    On an error the temporary file and its sidecars are removed and ``target`` is left as it was (an earlier
    version stays). The folder is created when missing. Moving into place and cleaning up are protected from
    interruption (``core.cancel``): a cancelled run leaves the complete file or none, and no temporary.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(target.parent)
    temporary = target.parent / f"{PREFIX}{_host()}-{os.getpid()}-{secrets.token_hex(4)}{target.suffix}"
    try:
        yield temporary
        with protected():
            os.chmod(temporary, _mode())
            os.replace(temporary, target)
    finally:
        with protected():
            for path in (temporary, *(temporary.with_name(temporary.name + end) for end in SIDECARS)):
                path.unlink(missing_ok=True)


def write_bytes_atomic(target: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` through a temporary file; returns ``target``."""
    target = Path(target)
    with replacing(target) as temporary:
        temporary.write_bytes(data)
    return target


def write_text_atomic(target: str | Path, text: str) -> Path:
    """Write UTF-8 ``text`` to ``target`` through a temporary file; returns ``target``."""
    return write_bytes_atomic(target, text.encode("utf-8"))
