"""core.cancel: work running in a thread is interrupted promptly, even inside a long call; protected blocks
(writing, cleaning up) are never cut; an interruption never reaches code outside the cancellable block."""

import threading
import time

import numpy as np
import pytest

from core.cancel import Interrupted, cancellable, interrupt, interruptible, protected
from core.io.atomic import replacing


def in_thread(work) -> dict:
    """Run ``work(state)`` in a thread; its outcome ("done" or the exception) lands in the returned state."""
    state: dict = {"started": threading.Event()}

    def run():
        try:
            work(state)
            state["outcome"] = "done"
        except BaseException as error:  # what the thread saw
            state["outcome"] = error

    state["thread"] = threading.Thread(target=run)
    state["thread"].start()
    assert state["started"].wait(10)
    return state


def busy(seconds: float) -> None:
    """Pure Python work of about ``seconds`` that never checks for a cancel."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        sum(range(1000))


def test_a_long_step_without_checks_is_interrupted_soon_after_the_cancel():
    cancelled = threading.Event()

    def work(state):
        with cancellable(cancelled.is_set):
            state["started"].set()
            busy(30)

    state = in_thread(work)
    time.sleep(0.3)
    cancelled.set()
    state["thread"].join(25)  # a guard against a hang, not a measure: bench/cancel.py times cancels
    assert not state["thread"].is_alive()
    assert isinstance(state["outcome"], Interrupted)  # the 30 s of work were cut, not finished


def test_numpy_work_is_interrupted_between_calls():
    cancelled = threading.Event()

    def work(state):
        with cancellable(cancelled.is_set):
            state["started"].set()
            matrix = np.random.default_rng(0).random((300, 300))
            for _ in range(100_000):
                matrix = np.tanh(matrix @ matrix.T / 300)

    state = in_thread(work)
    time.sleep(0.2)
    cancelled.set()
    state["thread"].join(10)
    assert isinstance(state["outcome"], Interrupted)


def test_a_protected_block_runs_to_its_end_and_the_interruption_follows(tmp_path):
    cancelled = threading.Event()
    target = tmp_path / "salida.csv"

    def work(state):
        with cancellable(cancelled.is_set):
            with replacing(target) as temporary:
                state["started"].set()
                temporary.write_text("a\n", encoding="utf-8")
                with protected():
                    busy(0.6)  # the cancel comes in here
                    state["protected_done"] = True
                busy(30)  # interrupted here: the file is never moved into place

    state = in_thread(work)
    time.sleep(0.1)
    cancelled.set()
    state["thread"].join(10)
    assert state.get("protected_done") is True
    assert isinstance(state["outcome"], Interrupted)
    assert list(tmp_path.iterdir()) == []  # neither the target nor the temporary file


def test_an_interruption_never_outlives_its_block():
    """A pooled thread runs more work after the cancelled block: it must not receive a late interruption."""
    cancelled = threading.Event()

    def work(state):
        try:
            with cancellable(cancelled.is_set):
                state["started"].set()
                busy(30)
        except Interrupted:
            state["first"] = "interrupted"
        busy(1.0)  # later work in the same thread, outside any block
        state["second"] = "finished"
        with interruptible():  # a new block in the same thread starts clean
            busy(0.5)

    state = in_thread(work)
    time.sleep(0.2)
    cancelled.set()
    state["thread"].join(10)
    assert state["first"] == "interrupted" and state["second"] == "finished"
    assert state["outcome"] == "done"


def test_interrupt_outside_a_block_does_nothing():
    assert interrupt(threading.get_ident()) is False
    busy(0.1)


def test_work_that_finishes_is_never_interrupted():
    def work(state):
        with cancellable(lambda: False):
            state["started"].set()
            busy(0.5)

    state = in_thread(work)
    state["thread"].join(10)
    assert state["outcome"] == "done"


@pytest.mark.parametrize("when", [0.0, 0.05, 0.2])
def test_an_interruption_that_comes_while_a_file_is_written_leaves_the_whole_file_or_none(tmp_path, when):
    cancelled = threading.Event()
    target = tmp_path / "tabla.csv"
    rows = "".join(f"{i},{i * 2}\n" for i in range(200_000))

    def work(state):
        with cancellable(cancelled.is_set, grace=0.0):
            state["started"].set()
            for _ in range(20):
                with replacing(target) as temporary:
                    temporary.write_text(rows, encoding="utf-8")

    state = in_thread(work)
    time.sleep(when)
    cancelled.set()
    state["thread"].join(10)
    assert [p.name for p in tmp_path.iterdir()] in ([], ["tabla.csv"])
    if target.exists():
        assert target.read_text(encoding="utf-8") == rows
