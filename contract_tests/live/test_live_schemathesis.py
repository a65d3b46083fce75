"""schemathesis against the live API, every case through the cost guard (`make contract-live`).

Its own module because building its cases (the coverage phase) costs about 25 s of CPU at
collection: the offline rehearsal runs it once, not for every budget it rehearses.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import negative_data_rejection

from contract_tests.live.conftest import LIVE_MARKS, LIVE_URL, SKIP_REASON
from contract_tests.live.drift import (
    Record,
    follow_submitted_task,
    json_or_none,
    record_task_drift,
    report_guard_findings,
)
from contract_tests.live.guard import BudgetExceededError, LiveBudget, guarded_session
from contract_tests.schemathesis_auth import use_bearer_key

pytestmark = LIVE_MARKS
SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"


def check_live_case(
    case: schemathesis.Case[Any], budget: LiveBudget, record_property: Record
) -> None:
    """Send one schemathesis case through the guard, report drift, validate the answer."""
    session = guarded_session(budget)
    try:
        response = case.call(base_url=LIVE_URL, session=session)
    except BudgetExceededError:
        return  # a possibly billed POST beyond the budget is never sent
    looser = budget.findings != []
    report_guard_findings(budget, record_property)
    document = json_or_none(response.content)
    record_task_drift(document, record_property)
    # A 2xx to a body the spec rejects is drift (reported above), not a failure.
    case.validate_response(response, excluded_checks=[negative_data_rejection] if looser else [])
    if case.method.upper() == "POST" and 200 <= response.status_code < 300:
        auth = {"Authorization": f"Bearer {os.environ['APIMART_API_KEY']}"}
        follow_submitted_task(
            document,
            lambda path: session.get(f"{LIVE_URL}{path}", headers=auth, timeout=60),
            record_property,
        )


if os.environ.get("APIMART_API_KEY"):
    schema = schemathesis.openapi.from_path(SPEC)
    use_bearer_key(schema, lambda: os.environ["APIMART_API_KEY"])

    @schema.parametrize()
    @settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
    def test_live_api_conforms_to_the_spec(
        case: schemathesis.Case[Any], budget: LiveBudget, record_property: Record
    ) -> None:
        check_live_case(case, budget, record_property)

else:

    def test_live_api_conforms_to_the_spec() -> None:
        """Generating cases costs time; without a key there is nothing to send them to."""
        pytest.skip(SKIP_REASON)
