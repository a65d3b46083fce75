"""Live-suite fixtures: skipped, with the reason, unless APIMART_API_KEY is set. A run that
used the budget ends with one line: how many generations it may have started."""

from __future__ import annotations

import os

import pytest

from contract_tests.live.guard import LiveBudget

LIVE_URL = os.environ.get("APIMART_LIVE_URL", "https://api.apimart.ai")
SKIP_REASON = (
    "live API tests need APIMART_API_KEY (and APIMART_LIVE_BUDGET=N to allow N billed "
    "generations; the default 0 spends nothing)"
)
BUDGET = pytest.StashKey[LiveBudget]()
LIVE_MARKS = [
    pytest.mark.live,
    pytest.mark.skipif(not os.environ.get("APIMART_API_KEY"), reason=SKIP_REASON),
]
"""The marks of every live test module: run only with `-m live`, skipped without a key."""


@pytest.fixture(scope="session")
def live_key() -> str:
    key = os.environ.get("APIMART_API_KEY")
    if not key:
        pytest.skip(SKIP_REASON)
    return key


@pytest.fixture(scope="session")
def budget(live_key: str, pytestconfig: pytest.Config) -> LiveBudget:
    spent = LiveBudget.from_environment()
    pytestconfig.stash[BUDGET] = spent
    return spent


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config
) -> None:
    spent = config.stash.get(BUDGET, None)
    if spent is not None:
        terminalreporter.write_line(spent.summary())
