"""Live-suite fixtures: skipped, with the reason, unless APIMART_API_KEY is set."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from contract_tests.live.guard import LiveBudget

LIVE_URL = os.environ.get("APIMART_LIVE_URL", "https://api.apimart.ai")
SKIP_REASON = (
    "live API tests need APIMART_API_KEY (and APIMART_LIVE_BUDGET=N to allow N billed "
    "generations; the default 0 spends nothing)"
)


@pytest.fixture(scope="session")
def live_key() -> str:
    key = os.environ.get("APIMART_API_KEY")
    if not key:
        pytest.skip(SKIP_REASON)
    return key


@pytest.fixture(scope="session")
def budget(live_key: str) -> Iterator[LiveBudget]:
    spent = LiveBudget.from_environment()
    yield spent
    print(
        f"\nlive budget: {spent.admitted}/{spent.allowed} billable POSTs sent, "
        f"{spent.accepted_by_api} accepted by the API, {spent.free_probes} free probes"
    )
