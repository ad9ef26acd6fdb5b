"""Prompt cancellation of work running in a thread.

Core functions take ``is_cancelled`` and check it between steps (cooperative). A step can still take seconds
inside one library call (a model fit, a large read), so a caller that runs core in a worker thread may also
*interrupt* it: ``interrupt(thread)`` raises ``Interrupted`` in that thread at its next Python instruction
(``PyThreadState_SetAsyncExc``, as Ctrl-C does in the main thread). ``Interrupted`` derives from
``BaseException``, so no ``except Exception`` on the way can swallow it or turn it into another error.

Writing must not be cut in half: code that writes or cleans up runs inside ``protected()``; an interruption
requested meanwhile is held back and raised when the outermost protected block ends. The atomic writers
(``core.io.atomic.replacing``) and the scenario store's transactions are protected, so an interrupted run
leaves either a complete file or none.
"""

import ctypes
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

__all__ = ["Interrupted", "cancellable", "interrupt", "interruptible", "protected"]

GRACE = 0.1  # seconds the work has to stop at its own next check before it is interrupted
POLL = 0.05  # how often ``cancellable`` asks whether the work was cancelled
REPEAT = 0.25  # an interruption that did not take (swallowed inside a library callback) is raised again

_LOCK = threading.Lock()
_DEPTH: dict[int, int] = {}  # thread → depth of protected blocks
_ACTIVE: set[int] = set()  # threads inside an interruptible() block
_HELD: set[int] = set()  # threads whose interruption waits for the end of their protected block
_PENDING: set[int] = set()  # threads with an interruption raised but perhaps not yet delivered


class Interrupted(BaseException):
    """The work was interrupted by ``interrupt`` (the user cancelled)."""


def _raise_in(thread: int, exception: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), ctypes.py_object(exception))


def _take_back(thread: int) -> None:
    """Withdraw an interruption not delivered yet (caller holds the lock)."""
    if thread in _PENDING:
        _PENDING.discard(thread)
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), None)


@contextmanager
def interruptible() -> Iterator[int]:
    """Mark the calling thread as interruptible for the duration of the block; yields its identifier.

    Outside such a block ``interrupt`` does nothing, so an interruption never reaches unrelated code that
    later runs in the same (pooled) thread.
    """
    thread = threading.get_ident()
    with _LOCK:
        _ACTIVE.add(thread)
    try:
        yield thread
    finally:
        with _LOCK:
            _ACTIVE.discard(thread)
            _HELD.discard(thread)
            _take_back(thread)


@contextmanager
def cancellable(is_cancelled: Callable[[], bool], grace: float = GRACE) -> Iterator[None]:
    """Run the block so that it stops promptly once ``is_cancelled()`` answers True: a watcher thread asks
    every ``POLL`` seconds; ``grace`` seconds after the first True it interrupts the block (``Interrupted``,
    repeated while the block runs). ``is_cancelled`` is never called after the block has ended."""
    with interruptible() as thread:
        stop = threading.Event()

        def watch() -> None:
            while not stop.wait(POLL):
                if is_cancelled():
                    break
            else:
                return
            if not stop.wait(grace):
                interrupt(thread)
                while not stop.wait(REPEAT):
                    interrupt(thread)

        watcher = threading.Thread(target=watch, name="aguaperu-cancel", daemon=True)
        watcher.start()
        try:
            yield
        finally:
            with protected():
                stop.set()
                watcher.join()


def interrupt(thread: int) -> bool:
    """Raise ``Interrupted`` in ``thread`` if it is inside ``interruptible()``; held back while it is inside
    ``protected()``. Returns whether the exception was raised now (may be called again)."""
    with _LOCK:
        if thread not in _ACTIVE:
            return False
        if _DEPTH.get(thread):
            _HELD.add(thread)
            return False
        _PENDING.add(thread)
        _raise_in(thread, Interrupted)
        return True


@contextmanager
def protected() -> Iterator[None]:
    """A block that ``interrupt`` does not cut: writing a file, committing or rolling back a transaction,
    removing temporary files. An interruption asked for meanwhile is raised when the outermost block ends."""
    thread = threading.get_ident()
    with _LOCK:
        depth = _DEPTH.get(thread, 0)
        if depth == 0 and thread in _PENDING:  # raised just before the block: hold it back instead
            _take_back(thread)
            _HELD.add(thread)
        _DEPTH[thread] = depth + 1
    try:
        yield
    finally:
        with _LOCK:
            depth = _DEPTH.pop(thread) - 1
            if depth:
                _DEPTH[thread] = depth
            held = depth == 0 and thread in _HELD and thread in _ACTIVE
            if held:
                _HELD.discard(thread)
        if held:
            raise Interrupted()
