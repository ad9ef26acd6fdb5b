"""Outputs appear complete or not at all: each is written to a temporary file beside its target and moved
into place (one rename) only when complete.

A temporary file is named ``.aguaperu-<host>-<pid>-<random><suffix>``. When writing fails it is removed at
once; when the process is killed (nothing can run then) it stays behind, and the next write into the same
folder removes it because its process is gone (on POSIX systems; on Windows it is left in place).
"""

import errno
import os
import platform
import secrets
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..cancel import protected
from .oserrors import as_os_error

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


def file_mode() -> int:
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
    temporary = _temporary(target)
    try:
        yield temporary
        with protected():
            os.chmod(temporary, file_mode())
            os.replace(temporary, target)
    except OSError as error:
        name_target(error, target, temporary)
        raise
    except Exception as error:  # a GDAL or SQLite "disk is full" is an OSError too
        known = as_os_error(error, str(target))
        if known is None:
            raise
        raise known from error
    finally:
        _remove(temporary)


def _temporary(target: Path, end: str = "") -> Path:
    """A new temporary path beside ``target`` (its folder created, stale temporaries there removed)."""
    folder = next((p for p in (target.parent, *target.parent.parents) if p.exists()), None)
    if folder is not None and not folder.is_dir():  # mkdir would say "File exists"
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(target.parent)
    return target.parent / f"{PREFIX}{_host()}-{os.getpid()}-{secrets.token_hex(4)}{end}{target.suffix}"


def _remove(temporary: Path) -> None:
    with protected():
        for path in (temporary, *(temporary.with_name(temporary.name + end) for end in SIDECARS)):
            path.unlink(missing_ok=True)


def name_target(error: OSError, target: Path, temporary: Path) -> None:
    """Have an error met while writing ``temporary`` name ``target`` (the file the user asked for)."""
    if error.errno is not None and (error.filename is None or PREFIX in Path(str(error.filename)).name):
        error.filename = str(target)


@contextmanager
def replacing_together(targets: Sequence[str | Path]) -> Iterator[list[Path]]:
    """``replacing`` for several outputs that are replaced together or not at all: yields one temporary path
    per target; when the block ends without an error they are moved into place in one protected step. When a
    move fails, the targets already moved get their earlier version back (or are removed when new)."""
    targets = [Path(target) for target in targets]
    temporaries: list[Path] = []
    try:
        temporaries.extend(_temporary(target) for target in targets)
        yield temporaries
        with protected():
            _move_together(temporaries, targets)
    except OSError as error:
        for target, temporary in zip(targets, temporaries, strict=False):
            if error.filename is not None and Path(str(error.filename)).name == temporary.name:
                name_target(error, target, temporary)
        raise
    finally:
        for temporary in temporaries:
            _remove(temporary)


def _move_together(temporaries: list[Path], targets: list[Path]) -> None:
    moved: list[tuple[Path, Path | None]] = []  # target, its earlier version kept aside (None: it was new)
    try:
        for temporary, target in zip(temporaries, targets, strict=True):
            os.chmod(temporary, file_mode())
            earlier = _keep_aside(target) if target.is_file() else None
            try:
                os.replace(temporary, target)
            except OSError:
                if earlier is not None:
                    earlier.unlink(missing_ok=True)
                raise
            moved.append((target, earlier))
    except OSError:
        for target, earlier in reversed(moved):
            if earlier is None:
                target.unlink(missing_ok=True)
            elif earlier.exists():
                os.replace(earlier, target)
        raise
    finally:
        for _, earlier in moved:
            if earlier is not None:
                earlier.unlink(missing_ok=True)


def _keep_aside(target: Path) -> Path:
    """A copy of ``target``'s current version beside it (a hard link where the file system has them): the
    earlier version stays in place until the new one replaces it."""
    earlier = _temporary(target, "-earlier")
    try:
        os.link(target, earlier)
    except OSError:
        shutil.copy2(target, earlier)
    return earlier


def write_bytes_atomic(target: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` through a temporary file; returns ``target``."""
    target = Path(target)
    with replacing(target) as temporary:
        temporary.write_bytes(data)
    return target


def write_text_atomic(target: str | Path, text: str) -> Path:
    """Write UTF-8 ``text`` to ``target`` through a temporary file; returns ``target``."""
    return write_bytes_atomic(target, text.encode("utf-8"))
