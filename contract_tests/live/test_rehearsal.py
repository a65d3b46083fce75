"""A rehearsal of `make contract-live`, offline: the live suite, unchanged, against a reference
server that drifts. It proves that the suite runs at all, that the cost guard holds it to its
budget, and that drift reaches the JUnit report with the raw JSON.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from apimart_video.testing import run_server

ROOT = Path(__file__).resolve().parents[2]
KEY = "rehearsal-key"


@pytest.mark.slow
def test_the_live_suite_spends_only_its_budget_and_reports_drift(
    tmp_path: Path, pytestconfig: pytest.Config
) -> None:
    report = tmp_path / "contract-live.xml"
    # The inner run shuffles with this run's seed, so one seed replays both.
    seed = pytestconfig.getoption("randomly_seed", default=None)
    order = [f"--randomly-seed={seed}"] if isinstance(seed, int) else []
    with run_server(api_key=KEY, drift="status") as server:
        env = {
            **os.environ,
            "APIMART_API_KEY": KEY,
            "APIMART_LIVE_URL": server.base_url,
            "APIMART_LIVE_BUDGET": "1",
        }
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "contract_tests/live", "-m", "live", "-q",
             "-p", "no:cacheprovider", f"--junitxml={report}", *order],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
        started = server.app.generations_started
        seen = server.app.requests_to("/v1/")
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert started == 1, f"the budget allowed one billed generation; the server started {started}"
    keys = {request.headers.get("authorization") for request in seen}
    assert f"Bearer {KEY}" in keys
    assert None in keys, "negative cases that drop the key must reach the API without it"
    properties = [(p.get("name"), p.get("value", "")) for p in ET.parse(report).iter("property")]
    (task_id,) = [value for name, value in properties if name == "live_task_id"]
    drift = [value for name, value in properties if name == "drift"]
    assert any("undocumented status 'queued_for_gpu': {" in d and task_id in d for d in drift)
    proposed = subprocess.run(  # make drift-patch turns that drift into a spec edit
        [sys.executable, "tools/drift_patch.py", "--report", str(report),
         "--output", str(tmp_path / "drift.patch")],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    assert any(line.startswith("+") and "queued_for_gpu" in line for line in proposed.split("\n"))
