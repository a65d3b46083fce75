"""What every test of the suite shares: a random order that can be replayed, and no state
carried from one test to the next.

The order is pytest-randomly's (`-p randomly` in the pytest settings): a fresh seed each
run, printed in the header and again in the summary with the command that replays it.
Hypothesis tests that are not derandomized draw from the same seed, so that command
replays them too; derandomized ones (schemathesis, the state machine) stay fixed.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator

import pytest

from apimart_video import _types

# Settings a developer's shell may carry; the suite must not depend on them. The live
# suite reads them on purpose (it is marked `live`).
ENVIRONMENT = ("APIMART_API_KEY", "APIMART_BASE_URL", "APIMART_LIVE_URL", "APIMART_LIVE_BUDGET")


def _seed(config: pytest.Config) -> int | None:
    seed = config.getoption("randomly_seed", default=None)
    return seed if isinstance(seed, int) else None


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    """Seed hypothesis from the order's seed, unless `--hypothesis-seed` says otherwise."""
    seed = _seed(config)
    if seed is not None and config.getoption("hypothesis_seed", default=None) is None:
        from hypothesis import core

        # What `--hypothesis-seed` sets; a forced seed also keeps the example database
        # (earlier runs' failures) out, so a run depends on its seed alone.
        core.global_force_seed = seed  # type: ignore[assignment]  # typed None upstream


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked `posix` (signals, fork, a POSIX venv layout) are skipped on Windows."""
    if sys.platform == "win32":
        skip = pytest.mark.skip(reason="needs POSIX (signals, fork or a POSIX venv layout)")
        for item in items:
            if item.get_closest_marker("posix") is not None:
                item.add_marker(skip)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    seed = _seed(terminalreporter.config)
    if seed is not None:
        terminalreporter.write_line(
            f"random order seed {seed}; replay: pytest -p randomly --randomly-seed={seed}"
        )


@pytest.fixture(autouse=True)
def _isolated(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts from the same process state, whatever ran before it."""
    if request.node.get_closest_marker("live") is None:
        for name in ENVIRONMENT:
            monkeypatch.delenv(name, raising=False)
    # An undocumented status is logged once per process: once per test, here.
    warned = set(_types._warned_statuses)
    _types._warned_statuses.clear()
    # Logging set up by code under test (the CLI's `basicConfig`, a soak's capture) is undone.
    loggers = [logging.getLogger(), logging.getLogger("apimart_video")]
    saved = [(log, log.level, list(log.handlers), log.propagate) for log in loggers]
    try:
        yield
    finally:
        for log, level, handlers, propagate in saved:
            log.setLevel(level)
            for added in [handler for handler in log.handlers if handler not in handlers]:
                log.removeHandler(added)
            log.propagate = propagate
        _types._warned_statuses.clear()
        _types._warned_statuses.update(warned)
