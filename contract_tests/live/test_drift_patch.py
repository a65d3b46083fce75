"""`make drift-patch`: the drift the live suite recorded becomes a reviewable spec edit.

The JUnit report is written the way `make contract-live` writes it: a pytest run whose tests
record drift with the live suite's own `record_task_drift` and `error_drift`.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import pytest
import yaml
from openapi_spec_validator import validate

from contract_tests.live.discovery_drift import Difference

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi.yaml"
TOOL = ROOT / "tools" / "drift_patch.py"
STATUS_LINE = "      enum: [pending, processing, completed, failed, cancelled, queued]"
# A pytest run and git in subprocesses: seconds, nothing that depends on order.
# One xdist worker builds the module's fixture and runs the module.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("drift-patch")]

RECORDING_TESTS = """
import json

from contract_tests.live.drift import error_drift, record_task_drift

TASK = {
    "id": "task_1",
    "status": "queued_for_gpu",
    "progress": 0,
    "gpu_seconds": 0.12,
    "queue_position": 3,
    "result": {"videos": [{"url": ["https://cdn.example.com/v.mp4"], "fps": 24}]},
    "notes": "n" * 2000,
}


def test_a_task_that_drifts(record_property):
    record_task_drift({"code": 200, "data": TASK}, record_property)
    record_task_drift({"code": 200, "data": {**TASK, "gpu_seconds": 1}}, record_property)


def test_an_error_that_drifts(record_property):
    document = {"error": {"code": 401, "message": "bad key", "request_id": "req_1"}}
    for finding in error_drift(document):
        record_property("drift", f"401: {finding}: {json.dumps(document)[:500]}")
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("live")
    (folder / "test_recording.py").write_text(RECORDING_TESTS, encoding="utf-8")
    junit = folder / "contract-live.xml"
    run = subprocess.run(
        [sys.executable, "-m", "pytest", str(folder / "test_recording.py"), "-q",
         "-c", str(ROOT / "pyproject.toml"), "--rootdir", str(ROOT), "-p", "no:cacheprovider",
         f"--junitxml={junit}"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-3000:]
    return junit


def drift_patch(*arguments: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), *arguments],
        cwd=cwd, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def applied(patch: Path, spec_text: str, tmp_path: Path) -> dict[str, Any]:
    """The spec document after `git apply` of the patch to a copy."""
    folder = tmp_path / "applied"
    folder.mkdir()
    (folder / "openapi.yaml").write_text(spec_text, encoding="utf-8")
    subprocess.run(["git", "apply", str(patch)], cwd=folder, check=True, timeout=60)
    document: dict[str, Any] = yaml.safe_load((folder / "openapi.yaml").read_text("utf-8"))
    return document


def test_drift_becomes_a_minimal_diff_that_git_accepts_and_the_spec_is_untouched(
    report: Path, tmp_path: Path
) -> None:
    before = hashlib.sha256(SPEC.read_bytes()).hexdigest()
    patch = tmp_path / "drift.patch"
    run = drift_patch("--report", str(report), "--output", str(patch))
    assert run.returncode == 0, run.stderr
    assert hashlib.sha256(SPEC.read_bytes()).hexdigest() == before, "openapi.yaml was written"
    assert run.stdout == patch.read_text(encoding="utf-8")

    lines = run.stdout.splitlines()
    removed = [line for line in lines if line.startswith("-") and not line.startswith("---")]
    added = [line for line in lines if line.startswith("+") and not line.startswith("+++")]
    assert removed == ["-" + STATUS_LINE]
    assert "+" + STATUS_LINE.replace("]", ", queued_for_gpu]") in added
    assert "+        gpu_seconds:" in added
    assert "+          type: number" in added  # 0.12 and 1 were both seen
    assert "+        queue_position:" in added
    assert "+          type: integer" in added
    assert "+        request_id:" in added
    assert "+        fps:" in added

    check = subprocess.run(
        ["git", "apply", "--check", str(patch)],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert check.returncode == 0, check.stderr

    document = applied(patch, SPEC.read_text(encoding="utf-8"), tmp_path)
    validate(document)
    schemas = document["components"]["schemas"]
    assert schemas["TaskStatus"]["enum"][-1] == "queued_for_gpu"
    assert schemas["Task"]["properties"]["gpu_seconds"]["type"] == "number"
    assert schemas["Task"]["properties"]["queue_position"]["type"] == "integer"
    assert "type" not in schemas["Task"]["properties"]["notes"]  # its value was cut off
    assert schemas["TaskVideo"]["properties"]["fps"]["type"] == "integer"
    assert schemas["ErrorDetail"]["properties"]["request_id"]["type"] == "string"


def test_drift_the_spec_already_documents_proposes_nothing(report: Path, tmp_path: Path) -> None:
    patch = tmp_path / "drift.patch"
    assert drift_patch("--report", str(report), "--output", str(patch)).returncode == 0
    spec_copy = tmp_path / "openapi.yaml"
    shutil.copy(SPEC, spec_copy)
    subprocess.run(["git", "apply", str(patch)], cwd=tmp_path, check=True, timeout=60)
    again = drift_patch(
        "--report", str(report), "--spec", "openapi.yaml", "--output", "again.patch", cwd=tmp_path
    )
    assert again.returncode == 0, again.stderr
    assert again.stdout == ""


def test_a_block_style_enum_gets_a_new_item_line(report: Path, tmp_path: Path) -> None:
    text = SPEC.read_text(encoding="utf-8")
    values = ["pending", "processing", "completed", "failed", "cancelled", "queued"]
    block = "      enum:\n" + "".join(f"        - {value}\n" for value in values)
    assert text.count(STATUS_LINE + "\n") == 1
    (tmp_path / "openapi.yaml").write_text(text.replace(STATUS_LINE + "\n", block), "utf-8")
    run = drift_patch(
        "--report", str(report), "--spec", "openapi.yaml", "--output", "drift.patch", cwd=tmp_path
    )
    assert run.returncode == 0, run.stderr
    assert "+        - queued_for_gpu\n" in run.stdout
    assert not [line for line in run.stdout.splitlines() if line.startswith("- ")]


def test_without_a_report_it_says_to_run_the_live_suite(tmp_path: Path) -> None:
    run = drift_patch("--report", str(tmp_path / "missing.xml"), "--output", str(tmp_path / "p"))
    assert run.returncode == 2
    assert "make contract-live" in run.stderr


def test_findings_it_cannot_edit_are_left_for_a_person(tmp_path: Path) -> None:
    junit = tmp_path / "report.xml"
    finding = "spec stricter than the API: duration_above_15 accepted: {}"
    junit.write_text(
        '<testsuites><testsuite><testcase name="t"><properties>'
        f'<property name="drift" value={json.dumps(finding)} />'
        "</properties></testcase></testsuite></testsuites>",
        encoding="utf-8",
    )
    run = drift_patch("--report", str(junit), "--output", str(tmp_path / "p"))
    assert run.returncode == 0, run.stderr
    assert run.stdout == ""
    assert "left for a person" in run.stderr
    assert "duration_above_15" in run.stderr
    assert os.path.getsize(tmp_path / "p") == 0


def resolved(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """A node with its `$ref` followed (its own keys win)."""
    while "$ref" in node:
        target = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def discovery_report(tmp_path: Path, differences: list[Difference]) -> Path:
    """A JUnit report with discovery drift, as `test_live_discovery.py` records it."""
    properties = "".join(
        f'<property name="drift" value={quoteattr(d.finding())} />' for d in differences
    )
    junit = tmp_path / "discovery.xml"
    junit.write_text(
        f'<testsuites><testsuite><testcase name="t"><properties>{properties}'
        "</properties></testcase></testsuite></testsuites>",
        encoding="utf-8",
    )
    return junit


NEW_FIELD = {"type": "array", "item_type": "string", "bounds": {"maxItems": 3},
             "description": "Reference images."}  # fmt: skip
DOCS_DRIFT = [
    Difference("docs", "wan2.7", "enum", "size", None, ["16:9"], ["16:9", "9:16", "21:9"]),
    Difference("docs", "wan2.7", "bound", "duration", "minimum", 2, 3),
    Difference("docs", "wan2.7", "bound", "seed", "maximum", None, 2147483647),
    Difference("docs", "wan2.7", "default", "watermark", None, False, True),
    Difference("docs", "wan2.7", "field_added", "reference_urls", live=NEW_FIELD),
]


def test_live_docs_drift_becomes_enum_bound_default_and_field_edits(tmp_path: Path) -> None:
    patch = tmp_path / "drift.patch"
    report = discovery_report(tmp_path, DOCS_DRIFT)
    run = drift_patch("--report", str(report), "--output", str(patch))
    assert run.returncode == 0, run.stderr
    assert "5 request field edit(s)" in run.stderr
    document = applied(patch, SPEC.read_text(encoding="utf-8"), tmp_path)
    validate(document)
    schemas = document["components"]["schemas"]
    properties = schemas["Wan27Request"]["properties"]
    assert resolved(document, properties["size"])["enum"] == ["16:9", "9:16", "21:9"], (
        "3 gone, 1 added"
    )
    before = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"]
    for name, schema in schemas.items():  # the families sharing AspectRatio keep theirs
        if name != "Wan27Request":
            assert schema == before[name], name
    assert properties["duration"]["minimum"] == 3
    assert properties["seed"] == {**properties["seed"], "minimum": 0, "maximum": 2147483647}
    assert properties["watermark"]["default"] is True
    new = properties["reference_urls"]
    assert (new["type"], new["items"], new["maxItems"]) == ("array", {"type": "string"}, 3)
    assert new["description"].startswith("Reference images. (In the live docs of wan2.7")

    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(document), encoding="utf-8")
    again = drift_patch("--report", str(tmp_path / "discovery.xml"), "--spec",
                        "openapi.yaml", "--output", "again.patch", cwd=tmp_path)  # fmt: skip
    assert (again.returncode, again.stdout) == (0, ""), again.stderr


def test_the_docs_win_over_the_compatibility_schema(tmp_path: Path) -> None:
    differences = [
        Difference("schema", "wan2.7", "bound", "duration", "maximum", 15, 12),
        Difference("docs", "wan2.7", "bound", "duration", "maximum", 15, 10),
        Difference("schema", "wan2.7", "bound", "duration", "maximum", 15, 12),
    ]
    run = drift_patch("--report", str(discovery_report(tmp_path, differences)),
                      "--output", str(tmp_path / "p"))  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "+          maximum: 10" in run.stdout.splitlines()
    assert "maximum: 12" not in run.stdout


def test_discovery_drift_that_is_not_an_addition_is_left_for_a_person(tmp_path: Path) -> None:
    differences = [
        Difference("models", "wan2.7", "model_missing"),
        Difference("docs", "wan2.7", "type", "duration", None, "integer", "number"),
        Difference("docs", "wan2.7", "field_missing", "seed", spec={"type": "integer"}),
    ]
    run = drift_patch("--report", str(discovery_report(tmp_path, differences)),
                      "--output", str(tmp_path / "p"))  # fmt: skip
    assert (run.returncode, run.stdout) == (0, ""), run.stderr
    left = [line for line in run.stderr.splitlines() if "left for a person" in line]
    assert len(left) == 3
    assert all("json=" not in line for line in left), "a person reads the sentence only"


def test_each_model_s_drift_is_proposed_in_its_own_family_schema(tmp_path: Path) -> None:
    """Two models of one family that agree make one edit there; another family's model
    edits its own schema; nothing lands in a family that did not drift."""
    differences = [
        Difference("docs", "doubao-seedance-2.0", "bound", "duration", "maximum", 15, 12),
        Difference("docs", "doubao-seedance-2.0-fast", "bound", "duration", "maximum", 15, 12),
        Difference("docs", "kling-v2-6", "enum", "duration", None, [5, 10], [5, 10, 15]),
    ]
    patch = tmp_path / "drift.patch"
    run = drift_patch("--report", str(discovery_report(tmp_path, differences)),
                      "--output", str(patch))  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "2 request field edit(s)" in run.stderr
    before = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"]
    after = applied(patch, SPEC.read_text(encoding="utf-8"), tmp_path)["components"]["schemas"]
    assert after["DoubaoSeedance20Request"]["properties"]["duration"]["maximum"] == 12
    assert after["KlingV26Request"]["properties"]["duration"]["enum"] == [5, 10, 15]
    changed = {name for name in before if before[name] != after[name]}
    assert changed == {"DoubaoSeedance20Request", "KlingV26Request"}


def test_a_shared_component_is_copied_into_the_one_family_that_drifted(tmp_path: Path) -> None:
    """`HttpUrl` is every family's URL: a longer URL on wan2.7's page gives wan2.7's
    `image_urls` items their own copy, and every other schema keeps the shared one."""
    differences = [
        Difference("docs", "wan2.7", "bound", "image_urls", "items.maxLength", 2048, 4096),
    ]
    patch = tmp_path / "drift.patch"
    run = drift_patch("--report", str(discovery_report(tmp_path, differences)),
                      "--output", str(patch))  # fmt: skip
    assert run.returncode == 0, run.stderr
    before = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    document = applied(patch, SPEC.read_text(encoding="utf-8"), tmp_path)
    validate(document)
    schemas = document["components"]["schemas"]
    items = schemas["Wan27Request"]["properties"]["image_urls"]["items"]
    shared = before["components"]["schemas"]["HttpUrl"]
    assert "$ref" not in items
    assert items == {**shared, "maxLength": 4096}
    assert schemas["HttpUrl"] == shared
    untouched = {n for n in schemas if n != "Wan27Request"}
    assert all(schemas[n] == before["components"]["schemas"][n] for n in untouched)


def test_a_model_the_spec_does_not_map_is_left_for_a_person(tmp_path: Path) -> None:
    differences = [Difference("docs", "wan9", "bound", "duration", "maximum", 15, 10)]
    run = drift_patch("--report", str(discovery_report(tmp_path, differences)),
                      "--output", str(tmp_path / "p"))  # fmt: skip
    assert (run.returncode, run.stdout) == (0, ""), run.stderr
    assert "left for a person" in run.stderr
    assert "wan9" in run.stderr
