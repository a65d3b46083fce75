"""Adding a model is routine: docs/adding-a-model.md, followed on a scratch copy.

A made-up family, `acme-v1` (`acme_family.py`: an enum, a bounded integer, an image field,
one `if`/`then` rule), gets its spec entry and its rules file in a copy of the repository,
then `make generate` runs there. From that copy, with nothing else edited: `make
spec-diff`'s tool reports "model added (compatible)", `check_request` accepts a valid acme
body and refuses an invalid one naming the field, the CLI shows the model's flags, and the
reference server accepts and refuses the same bodies. Everything from the copy runs in a
subprocess whose `sys.path` starts with the copy's `overlay/` and `generated/`.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from contract_tests.spec_diff import acme_family as acme
from contract_tests.spec_diff.conftest import ROOT, Scratch, git

# One scratch copy, generated once, for every test here: one worker runs them in a row.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("adding-a-model")]

COPIED = ("Makefile", "openapi.yaml", "generator-config.yaml", "overlay", "tools")
RULES_FILE = Path("overlay/apimart_video/_request/families") / f"{acme.RULES_MODULE}.py"
BIN = Path(sys.executable).parent


def run(repo: Path, *command: str, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        command, cwd=repo, env=env, capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, f"{command}: {result.stdout}\n{result.stderr}"
    return result.stdout


def from_copy(repo: Path) -> dict[str, str]:
    """The environment of a process that imports apimart_video from the copy."""
    path = os.pathsep.join([str(repo / "overlay"), str(repo / "generated")])
    return {**os.environ, "PYTHONPATH": path, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}


def python(repo: Path, script: str, *args: str) -> Any:
    """Run `script` from the copy; it prints one JSON document."""
    return json.loads(run(repo, sys.executable, "-c", script, *args, env=from_copy(repo)))


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy with acme-v1 added as the recipe says: spec entry, rules file, `make generate`."""
    repo = tmp_path_factory.mktemp("adding-a-model")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            ignore = shutil.ignore_patterns("__pycache__")
            shutil.copytree(source, repo / name, ignore=ignore)
        else:
            shutil.copy(source, repo / name)
    git(repo, "init", "--quiet", "--initial-branch=main")
    git(repo, "add", "-A")
    git(repo, "commit", "--quiet", "-m", "before acme-v1")
    Scratch(repo, repo).edit(acme.add_acme)  # 1. the spec entry
    (repo / RULES_FILE).write_text(acme.RULES_FILE, encoding="utf-8")  # 2. the rules file
    # 3. `make generate` (its `venv` prerequisite is this interpreter's venv: -o skips it).
    run(repo, "make", "-o", "venv", "generate", env=from_copy(repo))
    return repo


def test_make_generate_writes_the_family_class_and_its_values(repo: Path) -> None:
    found = python(
        repo,
        "import json; from apimart_video_client import models; "
        "from apimart_video._request.spec_values import FAMILIES; "
        f"print(json.dumps([hasattr(models, {acme.SCHEMA!r}), FAMILIES[{acme.FAMILY!r}]]))",
    )
    assert found[0] is True
    assert found[1]["models"] == list(acme.MODELS)
    assert sorted(found[1]["fields"]) == sorted(acme.ACME_SCHEMA["properties"])


def test_spec_diff_reports_model_added_compatible_and_exits_0(
    repo: Path, generated_cache: Path
) -> None:
    options = ["--repo", str(repo), "--base", "main", "--cache-dir", str(generated_cache)]
    result = subprocess.run(
        [sys.executable, "-m", "tools.spec_diff", *options],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (
        "compatible acme-v1: model added (compatible): family acme-v1, model ids `acme-v1`, "
        "`acme-v1-fast` (schema AcmeV1Request)"
    ) in result.stdout
    assert "class AcmeV1Request added: the request of model family acme-v1" in result.stdout
    assert "new example AcmeV1Request[1]" in result.stdout  # now accepted: compatible
    assert "verdict: no breaking change (exit 0)" in result.stdout


CHECK = """
import json, sys
from apimart_video import InvalidRequestError, check_request
valid, invalid = json.loads(sys.argv[1]), json.loads(sys.argv[2])
mode = check_request(valid)
try:
    check_request(invalid)
    refused = None
except InvalidRequestError as error:
    refused = {"fields": error.fields, "message": str(error)}
print(json.dumps({"mode": mode.value, "refused": refused}))
"""


def test_check_request_accepts_a_valid_acme_body_and_refuses_an_invalid_one(repo: Path) -> None:
    found = python(repo, CHECK, json.dumps(acme.VALID_BODY), json.dumps(acme.INVALID_BODY))
    assert found["mode"] == "first_frame"
    assert found["refused"]["fields"] == [acme.INVALID_FIELD]
    assert found["refused"]["message"] == (
        "invalid acme-v1 request: duration (10): is at most 6 with quality 'draft'; "
        "set quality='final', or a duration of 6 or less"
    )


SERVE = """
import json, sys
import httpx
from apimart_video.testing import run_server
answers = []
with run_server() as server:
    headers = {"Authorization": f"Bearer {server.api_key}"}
    for body in json.loads(sys.argv[1]):
        answer = httpx.post(f"{server.base_url}/v1/videos/generations", json=body, headers=headers)
        answers.append([answer.status_code, answer.json()])
print(json.dumps(answers))
"""


def reference_server_reads_families() -> bool:
    """False while the reference server still reads the request as one schema."""
    from apimart_video.testing import create_app

    try:
        create_app()
    except KeyError:
        return False
    return True


def test_the_reference_server_accepts_the_valid_body_and_refuses_the_invalid_one(
    repo: Path,
) -> None:
    if not reference_server_reads_families():
        pytest.xfail(
            "TODO(lead): the reference server does not start on this branch (its discovery "
            "reads VideoGenerationRequest's properties; the per-model server is another "
            "helper's); this test runs once that is merged"
        )
    bodies = [acme.VALID_BODY, acme.INVALID_BODY]
    [(accepted, task), (refused, error)] = python(repo, SERVE, json.dumps(bodies))
    assert accepted == 200, task
    assert refused == 400, error
    assert error["error"]["param"] == acme.INVALID_FIELD


CLI = "import sys; from apimart_video.cli import main; sys.exit(main())"
PER_MODEL_FLAGS = importlib.util.find_spec("apimart_video.cli.model_flags") is not None


# Checked with branch i20-cli merged in: both tests pass there.
CLI_NOT_MERGED = pytest.mark.xfail(
    not PER_MODEL_FLAGS,
    reason="TODO(lead): the CLI's per-model flags (apimart_video.cli.model_flags, branch "
    "i20-cli) are not on this branch; remove this mark once they are merged",
    strict=True,
)


@CLI_NOT_MERGED
def test_generate_help_for_the_new_model_lists_its_flags_and_choices(repo: Path) -> None:
    help_text = run(
        repo, sys.executable, "-c", CLI, "generate", "--model", "acme-v1", "--help",
        env=from_copy(repo),
    )  # fmt: skip
    assert "--quality {draft,final}" in help_text
    assert "--duration N" in help_text
    assert "--image-urls URL_OR_FILE" in help_text
    assert "--size" not in help_text  # a wan2.7 flag: not one of acme-v1's
    assert f"Docs: {acme.ACME_SCHEMA['externalDocs']['url']}" in help_text


@CLI_NOT_MERGED
def test_models_local_lists_the_new_family_and_its_ids(repo: Path) -> None:
    listed = run(repo, sys.executable, "-c", CLI, "models", "--local", env=from_copy(repo))
    assert all(model in listed for model in (acme.FAMILY, *acme.MODELS))
