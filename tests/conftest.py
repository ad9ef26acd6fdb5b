"""Every test suite runs offline: internet sockets are blocked in the test process (``scripts/offline.py``),
and the run fails when any code tried the network, even code that caught the refusal."""

import pytest

from scripts.offline import ATTEMPTS, block_network


def pytest_configure(config):
    block_network()


@pytest.fixture
def network_attempts():
    """A function listing the attempts made so far in this test; they are taken off the session's list at the
    end of the test (for tests of the block itself)."""
    start = len(ATTEMPTS)
    yield lambda: ATTEMPTS[start:]
    del ATTEMPTS[start:]


def pytest_sessionfinish(session, exitstatus):
    if ATTEMPTS:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter):
    if ATTEMPTS:
        terminalreporter.section("network attempts (the suite must run offline)", red=True)
        for attempt in ATTEMPTS:
            terminalreporter.line(attempt)
