"""What every test of the suite shares: a random order that can be replayed, and no state
carried from one test to the next.

The order is pytest-randomly's (`-p randomly` in the pytest settings): a fresh seed each
run, printed in the header and again in the summary with the command that replays it.
Hypothesis tests that are not derandomized draw from the same seed, so that command
replays them too; derandomized ones (schemathesis, the state machine) stay fixed.

`make test` spreads the tests over xdist workers (`-n $(PYTEST_WORKERS) --dist loadgroup`,
6 by default; the schemathesis module runs in a process of its own beside them):
pytest-randomly hands its seed to each worker, so every worker shuffles and seeds
hypothesis alike, and the replay command runs the same tests, in the same order and with
the same hypothesis seed, in one process. Every test owns its ports (port 0) and temporary
directories, so the workers share nothing; a module whose costly fixture should be built
once (a wheel in a venv, the docs site) is one `xdist_group`, run by one worker.
"""

from __future__ import annotations

import logging
import sys
from collections import Counter
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


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `posix` (signals, fork, a POSIX venv layout) are skipped on Windows.

    In an xdist worker (`make test`), what xdist 3.8 cannot do itself under pytest 9.2,
    whose node ids are structured (`Item._id`) where xdist still writes the string one:

    - every test gets a distinct id: schemathesis gives its tests, one per operation,
      the same id, and xdist's schedulers key their work by id, so all but one would be
      dropped without a word;
    - a test marked `xdist_group("name")` gets the id suffix `@name` that `--dist loadgroup`
      schedules by, so the group runs on one worker, one test after the other;
    - the `slow` tests go first (each in its random order): the longest then overlap the
      rest instead of ending the run alone.
    """
    if sys.platform == "win32":
        skip = pytest.mark.skip(reason="needs POSIX (signals, fork or a POSIX venv layout)")
        for item in items:
            if item.get_closest_marker("posix") is not None:
                item.add_marker(skip)
    if not hasattr(config, "workerinput"):
        return
    # Only a direct `pytest -n N` over the whole tree meets this: schemathesis gives its
    # per-operation tests one id, and `make test` runs that module outside xdist.
    counts = Counter(item.nodeid for item in items)
    for item in items:
        if counts[item.nodeid] > 1 and item.parent is not None:
            _set_nodeid(item, f"{item.parent.nodeid}::{item.name}")
    if config.getvalue("loadgroup"):
        for item in items:
            groups = sorted({str(mark.args[0]) for mark in item.iter_markers("xdist_group")})
            grouped = item.nodeid.rfind("@") > item.nodeid.rfind("]")
            if groups and not grouped:
                _set_nodeid(item, f"{item.nodeid}@{'_'.join(groups)}")
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def _set_nodeid(item: pytest.Item, nodeid: str) -> None:
    """pytest 9.2 keeps an item's id as a `NodeId` (`nodeid` is its string form)."""
    from _pytest.nodeid import NodeId

    item._id = NodeId.parse(nodeid)


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
