"""Operating-system errors (full disk, no permission, a folder where a file is expected, a name too long) as
errors a user can act on: a code, the path, and what to do.

The command line prints them and exits with code 2; the plugin translates them by code like every other
``AguaPeruError`` (templates in ``core.validation.messages``).
"""

import errno
import os

from ..errors import AguaPeruError

# errno → code of the message template (``core.validation.messages``)
CODES = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EACCES: "permission_denied",
    errno.EPERM: "permission_denied",
    errno.EROFS: "read_only_disk",
    errno.EISDIR: "is_a_folder",
    errno.ENOTDIR: "not_a_folder",
    errno.ENAMETOOLONG: "name_too_long",
    errno.ENOENT: "file_not_found",
}


class FileSystemError(AguaPeruError, OSError):
    """An operating-system error on a file, with the path (``details["file"]``) and what to do (``fix``)."""

    code = "file_system"


def located(code: str, path: str, error_class=None, **fields) -> AguaPeruError:
    """The error of catalogue ``code`` about ``path``: message ``"<path>: <template>"`` and its ``fix``, both
    filled with ``fields`` (which the error keeps, with ``file``, for the plugin to translate)."""
    from ..validation.messages import MESSAGES

    message, fix = (template.format(**fields) for template in MESSAGES[code])
    error_class = error_class or FileSystemError
    return error_class(f"{path}: {message}", code, file=path, fix=fix, **fields)


def file_system_error(error: OSError, path: str | None = None) -> AguaPeruError:
    """The ``FileSystemError`` of an ``OSError``; ``path`` when the error does not name its file."""
    if isinstance(error, AguaPeruError):
        return error
    where = str(error.filename if error.filename is not None else path or "?")
    reason = error.strerror or str(error) or type(error).__name__
    converted = located(CODES.get(error.errno, "file_system"), where, reason=reason)
    converted.__cause__ = error
    return converted


# what libraries (GDAL, SQLite) say instead of raising an OSError
LIBRARY_MESSAGES = (
    ("no space left", errno.ENOSPC),
    ("disk is full", errno.ENOSPC),
    ("disk full", errno.ENOSPC),
    ("read-only file system", errno.EROFS),
    ("readonly database", errno.EROFS),
    ("permission denied", errno.EACCES),
    ("file name too long", errno.ENAMETOOLONG),
)


def as_os_error(error: BaseException, path: str | None = None) -> OSError | None:
    """The ``OSError`` a library error stands for (a GDAL or SQLite "disk is full"), or None."""
    if isinstance(error, OSError):
        return error
    if isinstance(error, AguaPeruError):
        return None
    text = str(error).lower()
    for words, number in LIBRARY_MESSAGES:
        if words in text:
            return OSError(number, os.strerror(number), path)
    return None
