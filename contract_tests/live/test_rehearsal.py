"""A rehearsal of `make contract-live`, offline: the live suite, unchanged, in a subprocess
against reference servers that behave as a live API might (looser than the spec, ignoring
the `Idempotency-Key`, drifting). It proves that the suite runs at all, that the cost guard
holds it to its budget whatever the server accepts, that the idempotency probe settles its
question either way, and that drift reaches the JUnit report with the raw JSON.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml

from apimart_video.testing import SeenRequest, run_server
from contract_tests.live.discovery_drift import PAYLOAD, family_schema_name, spec_models
from contract_tests.spec_document import load_spec

ROOT = Path(__file__).resolve().parents[2]
KEY = "rehearsal-key"
MODELS = spec_models(load_spec())
CLOSING_LINE = re.compile(r"live budget: this run may have started (\d+) billed generation")


@attrs.frozen
class Rehearsal:
    """One run of the live suite and what its server saw."""

    output: str
    properties: list[tuple[str, str]]
    started: int
    by_key: dict[str, int]
    seen: list[SeenRequest]

    def values(self, name: str) -> list[str]:
        return [value for key, value in self.properties if key == name]

    @property
    def may_have_started(self) -> int:
        (line,) = CLOSING_LINE.findall(self.output)
        return int(line)


def rehearse(
    tmp_path: Path, runs: dict[str, tuple[int, list[str], dict[str, Any]]]
) -> Iterator[tuple[str, Rehearsal]]:
    """Run the live suite once per entry (budget, pytest arguments, server settings), all
    at once, each against its own reference server; yields each run's name and result.

    In its written order, as `make contract-live` runs it: the budget goes to the probes in
    that order, so a shuffle would starve the two-unit idempotency probe at random."""
    with ExitStack() as stack:
        started = {}
        for name, (budget, args, config) in runs.items():
            server = stack.enter_context(run_server(api_key=KEY, **config))
            report = tmp_path / f"{name}.xml"
            env = os.environ | {
                "APIMART_API_KEY": KEY,
                "APIMART_LIVE_URL": server.base_url,
                "APIMART_LIVE_BUDGET": str(budget),
            }
            command = [sys.executable, "-m", "pytest", "-m", "live"]
            command += ["-q", "-p", "no:cacheprovider", "-p", "no:randomly"]
            command += [f"--junitxml={report}", *args]
            process = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
            )
            started[name] = (server, process, report)
        for name, (server, process, report) in started.items():
            out, _ = process.communicate(timeout=600)
            output = out.decode("utf-8", "replace")
            assert process.returncode == 0, f"{name}: {output[-5000:]}"
            properties = [
                (p.get("name", ""), p.get("value", "")) for p in ET.parse(report).iter("property")
            ]
            app = server.app
            yield name, Rehearsal(
                output, properties, app.generations_started, app.generations_by_key,
                app.requests_to("/v1/"),
            )  # fmt: skip


# Three pytest processes and their servers at once: one xdist worker runs it and the soak in
# turn, never both at once.
@pytest.mark.slow
@pytest.mark.xdist_group("cpu-heavy")
def test_the_live_suite_spends_only_its_budget_whatever_the_server_accepts(
    tmp_path: Path,
) -> None:
    live, probes = "contract_tests/live", "contract_tests/live/test_live_api.py"
    runs: dict[str, tuple[int, list[str], dict[str, Any]]] = {
        # A server that accepts what the spec rejects: with no budget, nothing may start.
        # schemathesis runs here only: its volume is the rehearsal's cost.
        "nothing": (0, [live], {"accept_invalid": True}),
        # A loose server that ignores the key and drifts: at most the budget starts (audio
        # with one image 1, the idempotency probe 2, one body the spec rejects 1).
        "four": (
            4,
            [probes],
            {"accept_invalid": True, "honour_idempotency": False, "drift": "status"},
        ),
        # A server that honours the key: only the idempotency probe, which needs 2.
        "honoured": (2, [probes, "-k", "idempotency"], {}),
    }
    results = dict(rehearse(tmp_path, runs))

    nothing = results["nothing"]
    assert nothing.started == 0, f"budget 0 started {nothing.started} generations"
    posts = [r for r in nothing.seen if r.method == "POST"]
    assert posts, "keyless POSTs are free: schemathesis' negative auth cases were sent"
    keys = {request.headers.get("authorization") for request in posts}
    assert f"Bearer {KEY}" not in keys, "with budget 0 no POST may carry the key"
    assert None in keys, "negative cases that drop the key must reach the API without it"
    assert nothing.may_have_started == 0
    assert "needs APIMART_LIVE_BUDGET >= 1 (it is 0" in nothing.output
    assert "needs APIMART_LIVE_BUDGET >= 2 (it is 0" in nothing.output

    four = results["four"]
    assert 0 < four.started <= 4, f"budget 4 started {four.started} generations"
    assert four.may_have_started >= four.started
    assert four.values("idempotency_honoured") == ["false"]
    assert sorted(four.by_key.values()) == [1, 2], "the probe sent one key twice, billed twice"
    (task_id, *_) = four.values("live_task_id")
    drift = four.values("drift")
    assert any("undocumented status 'queued_for_gpu': {" in d and task_id in d for d in drift)
    assert any(
        d.startswith("spec stricter than the API: a body the spec rejects got 200") for d in drift
    )

    honoured = results["honoured"]
    assert honoured.values("idempotency_honoured") == ["true"]
    assert honoured.started == 1
    assert honoured.may_have_started == 2  # two 2xx answers: the guard cannot know they agree
    proposed = subprocess.run(  # make drift-patch turns that drift into a spec edit
        [sys.executable, "tools/drift_patch.py", "--report", str(tmp_path / "four.xml"),
         "--output", str(tmp_path / "drift.patch")],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    assert any(line.startswith("+") and "queued_for_gpu" in line for line in proposed.split("\n"))


@pytest.mark.slow
def test_the_zero_cost_check_covers_every_model_and_finds_drift_on_the_right_family(
    tmp_path: Path,
) -> None:
    """The discovery check with budget 0, against a server that follows the spec, one whose
    every family's docs and compatibility schema drifted (`--docs-drift`: a changed enum
    value, a moved bound, a new field) and one where a single family drifted; then
    `make drift-patch` on each report."""
    discovery = "contract_tests/live/test_live_discovery.py"
    lone = "doubao-seedance-2.0"  # a family of several models, none the default
    runs: dict[str, tuple[int, list[str], dict[str, Any]]] = {
        "faithful": (0, [discovery], {}),
        "drifted": (0, [discovery], {"docs_drift": True}),
        "lone": (0, [discovery], {"docs_drift": lone}),
    }
    results = dict(rehearse(tmp_path, runs))

    for result in results.values():
        assert (result.started, result.may_have_started) == (0, 0)
        assert {request.method for request in result.seen} == {"GET"}
        asked = {request.path for request in result.seen}
        assert {"/v1/models", "/v1/model-docs", "/v1/model-schema"} <= asked
        assert [value.split(":")[0] for value in result.values("docs_checked")] == MODELS
        assert result.values("schema_checked") == MODELS
    assert results["faithful"].values("drift") == []

    drifted = findings(results["drifted"])
    assert {f["model"] for f in drifted} == set(MODELS), "every model's pages drifted"
    for fact in drifted:
        assert fact["schema"] == family_schema_name(load_spec(), fact["model"]), fact
    for source in ("docs", "schema"):
        found = {
            (f["kind"], f["field"], f["keyword"], json.dumps(f["live"]))
            for f in drifted
            if f["source"] == source and f["model"] == "wan2.7"
        }
        assert ("enum", "resolution", None, '["720P", "1080p"]') in found, source
        assert ("bound", "duration", "maximum", "10") in found, source
        assert ("field_added", "generate_audio", None) in {f[:3] for f in found}, source

    lone_facts = findings(results["lone"])
    lone_schema = family_schema_name(load_spec(), lone)
    lone_models = {m for m in MODELS if family_schema_name(load_spec(), m) == lone_schema}
    assert {f["model"] for f in lone_facts} == lone_models, "the other families did not drift"
    assert {f["schema"] for f in lone_facts} == {lone_schema}

    for name in runs:
        run = subprocess.run(  # make drift-patch
            [sys.executable, "tools/drift_patch.py", "--report", str(tmp_path / f"{name}.xml"),
             "--output", str(tmp_path / f"{name}.patch")],
            cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
        )  # fmt: skip
        assert "left for a person" not in run.stderr, run.stderr
    assert (tmp_path / "faithful.patch").read_text(encoding="utf-8") == ""
    wan = [line for line in run_lines(tmp_path / "drifted.patch") if line.startswith("+")]
    assert "+      enum: [720P, 1080p]" in wan
    assert "+          maximum: 10" in wan
    assert "+        generate_audio:" in wan
    before = load_spec()["components"]["schemas"]
    families = {family_schema_name(load_spec(), model) for model in MODELS}
    for name, changed in (("drifted", families), ("lone", {lone_schema})):
        after = applied(tmp_path / f"{name}.patch", tmp_path / name)["components"]["schemas"]
        edited = {schema for schema in before if before[schema] != after[schema]}
        assert {schema for schema in edited if schema in families} == changed, name
        for schema in changed:
            assert len(after[schema]["properties"]) == len(before[schema]["properties"]) + 1


def findings(result: Rehearsal) -> list[dict[str, Any]]:
    """The facts (the JSON after `; json=`) of a run's drift findings."""
    return [json.loads(d.partition(PAYLOAD)[2]) for d in result.values("drift")]


def applied(patch: Path, folder: Path) -> dict[str, Any]:
    """The spec after `git apply` of the patch to a copy in `folder`."""
    folder.mkdir()
    shutil.copy(ROOT / "openapi.yaml", folder / "openapi.yaml")
    subprocess.run(["git", "apply", str(patch)], cwd=folder, check=True, timeout=60)
    document: dict[str, Any] = yaml.safe_load((folder / "openapi.yaml").read_text("utf-8"))
    return document


def run_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()
