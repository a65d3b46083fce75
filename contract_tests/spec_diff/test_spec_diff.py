"""`make spec-diff` on edited copies of the spec: each change, its audience and its verdict."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from contract_tests.spec_diff.conftest import ROOT, Scratch, git, schemas
from tools.spec_diff import Audience, Change, Report, Severity
from tools.spec_diff.corpus import live_answers, recorded_answers
from tools.spec_diff.replay import SpecValidators

# Scratch repositories and subprocesses: seconds per test, nothing that depends on order.
pytestmark = pytest.mark.slow


def changes(report: Report, audience: Audience) -> list[Change]:
    return [change for change in report.changes if change.audience is audience]


def only(report: Report, audience: Audience, subject: str, where: str = "") -> Change:
    """The one change of `subject` for `audience` (at a place starting with `where`)."""
    found = [
        c for c in changes(report, audience) if c.subject == subject and c.where.startswith(where)
    ]
    assert len(found) == 1, report.changes
    return found[0]


TASKS = "GET /v1/tasks/{task_id}"
WAN = "Wan27Request"  # the request schema of the wan2.7 family
WAN_BODY = "POST /v1/videos/generations request body, family wan2.7"


def run_cli(
    repo: Path, cache: Path, *args: str, json_env: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SPEC_DIFF_JSON", None)
    if json_env is not None:
        env["SPEC_DIFF_JSON"] = str(json_env)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "tools.spec_diff",
            "--repo",
            str(repo),
            *args,
            "--cache-dir",
            str(cache),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def request_property(document: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = schemas(document)[WAN]["properties"][name]
    return found


def test_narrowed_duration_maximum_is_breaking_for_callers_and_exits_1(
    scratch: Scratch, tmp_path: Path
) -> None:
    scratch.edit(lambda d: request_property(d, "duration").update(maximum=9))
    result = run_cli(
        scratch.repo, scratch.cache, "--base", "main", "--json", str(tmp_path / "report.json")
    )
    assert result.returncode == 1, result.stderr
    assert "BREAKING   duration: maximum changed from 15 to 9" in result.stdout
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["breaking"] is True
    assert {
        "audience": "callers",
        "severity": "breaking",
        "subject": "duration",
        "where": f"{WAN_BODY}: duration",
        "description": "maximum changed from 15 to 9",
    } in report["changes"]
    rejected = {source for item in report["corpus"]["rejected"] for source in item["sources"]}
    assert "base example POST /v1/videos/generations first_last_frame" in rejected


def test_removed_enum_value_is_breaking_and_named(scratch: Scratch) -> None:
    scratch.edit(lambda d: schemas(d)["AspectRatio"]["enum"].remove("1:1"))
    report = scratch.report()
    change = only(report, Audience.CALLERS, "1:1")
    assert change.severity is Severity.BREAKING
    assert change.where == f"{WAN_BODY}: size"
    assert any(c.subject == "1:1" and c.breaking for c in changes(report, Audience.IMPORTERS))
    assert report.breaking


def test_new_task_status_is_compatible_for_lenient_parsers(scratch: Scratch) -> None:
    scratch.edit(lambda d: schemas(d)["TaskStatus"]["enum"].append("waiting"))
    report = scratch.report()
    change = only(report, Audience.PARSERS, "waiting", TASKS)
    assert change.severity is Severity.COMPATIBLE
    assert "leniently" in change.description
    assert not report.breaking, report.changes


def test_new_value_in_a_closed_response_enum_is_breaking_for_parsers(scratch: Scratch) -> None:
    """Leniency is read from the schema: the same enum without the string branch is strict."""

    def close_status(document: dict[str, Any]) -> None:
        schemas(document)["Task"]["properties"]["status"] = {
            "$ref": "#/components/schemas/TaskStatus"
        }

    scratch.edit(close_status)
    git(scratch.repo, "commit", "--quiet", "-am", "closed status")
    scratch.edit(lambda d: schemas(d)["TaskStatus"]["enum"].append("waiting"))
    report = build_on_head(scratch)
    assert only(report, Audience.PARSERS, "waiting", TASKS).severity is Severity.BREAKING


def build_on_head(scratch: Scratch) -> Report:
    from tools.spec_diff import Options, build_report

    return build_report(Options(repo=scratch.repo, base="HEAD", workdir=scratch.cache))


def test_new_optional_response_field_is_compatible(scratch: Scratch) -> None:
    scratch.edit(lambda d: schemas(d)["Task"]["properties"].update(model={"type": "string"}))
    report = scratch.report()
    assert only(report, Audience.PARSERS, "model").severity is Severity.COMPATIBLE
    assert not report.breaking, report.changes


def test_removed_response_field_is_breaking_for_parsers(scratch: Scratch) -> None:
    scratch.edit(lambda d: schemas(d)["Task"]["properties"].pop("estimated_time"))
    report = scratch.report()
    change = only(report, Audience.PARSERS, "estimated_time")
    assert change.severity is Severity.BREAKING
    assert only(report, Audience.IMPORTERS, "estimated_time").breaking  # Task.estimated_time


def test_renamed_operation_is_breaking_for_importers(scratch: Scratch) -> None:
    scratch.replace("operationId: get_task\n", "operationId: fetch_task\n")
    report = scratch.report()
    removed = only(report, Audience.IMPORTERS, "get_task")
    assert removed.breaking
    assert removed.where == "apimart_video_client.api.tasks.get_task"
    assert only(report, Audience.IMPORTERS, "fetch_task").severity is Severity.COMPATIBLE
    assert not changes(report, Audience.CALLERS)  # the HTTP request is the same


def test_reformatted_yaml_is_no_change_and_exits_0(scratch: Scratch, tmp_path: Path) -> None:
    document = scratch.spec()
    # JSON is YAML: every quote, indent, line break and key position differs.
    scratch.spec_path.write_text(json.dumps(document, indent=1, sort_keys=True), "utf-8")
    result = run_cli(scratch.repo, scratch.cache, json_env=tmp_path / "env.json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No semantic change." in result.stdout
    assert "verdict: no breaking change (exit 0)" in result.stdout
    report = json.loads((tmp_path / "env.json").read_text())  # SPEC_DIFF_JSON, default base
    assert (report["breaking"], report["changes"], report["corpus"]["rejected"]) == (False, [], [])


def test_moving_a_schema_behind_a_ref_is_no_change(scratch: Scratch) -> None:
    def extract(document: dict[str, Any]) -> None:
        schemas(document)["Duration"] = request_property(document, "duration")
        schemas(document)[WAN]["properties"]["duration"] = {"$ref": "#/components/schemas/Duration"}

    scratch.edit(extract)
    report = scratch.report()
    assert not [c for c in report.changes if c.audience is not Audience.IMPORTERS]


def test_widened_bound_is_compatible_and_newly_accepts_bodies(scratch: Scratch) -> None:
    scratch.edit(lambda d: request_property(d, "duration").update(maximum=20))
    report = scratch.report()
    change = only(report, Audience.CALLERS, "duration")
    assert change.severity is Severity.COMPATIBLE
    assert change.description == "maximum changed from 15 to 20"
    assert not report.breaking
    accepted = {source for item in report.newly_accepted for source in item.sources}
    assert "contract_tests.spec.test_request_table.INVALID['duration 16']" in accepted


def test_corpus_replay_lists_a_rejected_example_with_the_reason(scratch: Scratch) -> None:
    scratch.edit(lambda d: request_property(d, "prompt").update(maxLength=50))
    report = scratch.report()
    rejected = {source: item for item in report.rejected for source in item.sources}
    item = rejected["base example POST /v1/videos/generations text_to_video"]
    assert item.audience is Audience.CALLERS
    assert item.reason.startswith("prompt: ")
    assert "is too long" in item.reason
    documented = "contract_tests.spec.test_spec_examples.DOCUMENTED_USES['text_to_video']"
    assert documented in rejected


def test_recorded_live_answer_the_new_spec_rejects_is_listed(scratch: Scratch) -> None:
    """A drift property of a live run carries raw JSON: it is evidence for parsers."""
    answer = {"code": 200, "data": {"id": "task_9", "status": "waiting", "progress": 3}}
    reports = scratch.repo / "reports"
    reports.mkdir()
    (reports / "contract-live.xml").write_text(
        '<testsuites><testsuite name="pytest"><testcase name="test_task">'
        "<properties>"
        f'<property name="drift" value="undocumented status &apos;waiting&apos;: '
        f'{json.dumps(answer).replace(chr(34), "&quot;")}"/>'
        '<property name="drift" value="cut short: {&quot;code&quot;: 200, &quot;da"/>'
        "</properties></testcase></testsuite></testsuites>",
        encoding="utf-8",
    )
    assert [body.value for body in live_answers(reports / "contract-live.xml")] == [answer]

    def closed_status(document: dict[str, Any]) -> None:
        schemas(document)["Task"]["properties"]["status"] = {
            "$ref": "#/components/schemas/TaskStatus"
        }

    scratch.edit(closed_status)
    report = scratch.report()
    rejected = [item for item in report.rejected if item.body == answer]
    assert len(rejected) == 1
    assert rejected[0].audience is Audience.PARSERS
    assert rejected[0].target == "GET /v1/tasks/{task_id} 200"
    assert "contract-live.xml test_task drift" in rejected[0].sources[0]
    # For parsers of the old spec, fewer statuses is no break; the live answer is the evidence.
    status = only(report, Audience.PARSERS, "status")
    assert status.severity is Severity.COMPATIBLE
    assert status.description.startswith("anyOf branch removed")
    assert only(report, Audience.IMPORTERS, "status").breaking  # str | TaskStatus -> TaskStatus
    assert report.breaking


def test_narrowed_response_type_is_breaking_for_parsers(scratch: Scratch) -> None:
    scratch.edit(
        lambda d: schemas(d)["TaskVideo"]["properties"]["url"].update(anyOf=[{"type": "string"}])
    )
    report = scratch.report()
    change = only(report, Audience.PARSERS, "url")
    assert change.breaking
    assert "a type no longer documented" in change.description


def test_newly_required_field_and_new_conflict_are_breaking(scratch: Scratch) -> None:
    def tighten(document: dict[str, Any]) -> None:
        request = schemas(document)[WAN]
        request["required"].append("resolution")
        request["allOf"].append(
            {"description": "No seed with watermark.", "not": {"required": ["seed", "watermark"]}}
        )

    scratch.edit(tighten)
    report = scratch.report()
    required = only(report, Audience.CALLERS, "resolution")
    assert (required.severity, required.description) == (
        Severity.BREAKING,
        "`resolution` is now required",
    )
    conflict = only(report, Audience.CALLERS, "body")
    assert conflict.breaking
    assert "No seed with watermark." in conflict.description


def test_removed_request_field_of_a_closed_object_is_breaking(scratch: Scratch) -> None:
    scratch.edit(lambda d: schemas(d)[WAN]["properties"].pop("seed"))
    report = scratch.report()
    change = only(report, Audience.CALLERS, "seed")
    assert change.breaking
    assert change.description.startswith("field `seed` removed")


def test_default_base_is_the_merge_base_with_main(scratch: Scratch) -> None:
    from tools.spec_diff.load import default_base

    base = git(scratch.repo, "rev-parse", "HEAD").strip()
    git(scratch.repo, "checkout", "--quiet", "-b", "feature")
    git(scratch.repo, "commit", "--quiet", "--allow-empty", "-m", "feature work")
    assert default_base(scratch.repo) == base
    git(scratch.repo, "branch", "--quiet", "-m", "main", "trunk")
    assert default_base(scratch.repo) == "HEAD"  # no main ref at all: compare with HEAD


def test_bad_base_ref_is_an_error_not_a_verdict(scratch: Scratch) -> None:
    result = run_cli(scratch.repo, scratch.cache, "--base", "no-such-ref")
    assert result.returncode == 2
    assert "no-such-ref" in result.stderr


def test_every_recorded_answer_is_accepted_by_a_response_schema_of_the_spec() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    validators = SpecValidators(spec)
    responses = [name for name, t in validators.targets.items() if t.kind == "response"]
    answers = list(recorded_answers(ROOT / "contract_tests" / "corpus"))
    assert len(answers) >= 5
    for answer in answers:
        verdicts = [validators.complaint(name, answer.value) for name in responses]
        assert None in verdicts, answer.source


def test_overlay_signature_change_is_breaking_for_importers(scratch: Scratch) -> None:
    """`apimart_video` at BASE against the working tree: a renamed parameter is found."""
    rules = scratch.repo / "overlay" / "apimart_video" / "_request" / "rules.py"
    text = rules.read_text(encoding="utf-8")
    old = "def check_request(body: Mapping[str, Any]) -> Mode:"
    assert old in text
    rules.write_text(text.replace(old, "def check_request(request: Mapping[str, Any]) -> Mode:"))
    report = scratch.report()
    found = [c for c in changes(report, Audience.IMPORTERS) if c.subject == "body"]
    assert found, report.changes
    assert all(c.breaking and "check_request" in c.description for c in found)
    assert not changes(report, Audience.CALLERS)
