"""Adding an enum value or moving a bound in `openapi.yaml`, then `make generate`, is the
whole change: `check_request`, the CLI's choices and help, the client and the reference
server all follow with no other edit.

Shown on a scratch copy of the repository whose spec gains a `4K` resolution and a 20 s
maximum duration; the copy's overlay is imported in a subprocess, so nothing of this
process's (unchanged) modules can answer for it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from apimart_video import InvalidRequestError, check_request

ROOT = Path(__file__).resolve().parents[2]
VENV = Path(sys.prefix)  # the venv running the tests has the pinned generator
COPIED = ("openapi.yaml", "generator-config.yaml", "Makefile", "overlay", "generated", "tools")

PROBE = """
import json, sys, warnings
import httpx
import apimart_video, apimart_video_client
from apimart_video import InvalidRequestError, VideoClient, check_request
from apimart_video.testing import run_server

def body(**fields):
    return {"model": "wan2.7", "prompt": "a fox", **fields}

def verdict(fields):
    try:
        return check_request(body(**fields)).value
    except InvalidRequestError as error:
        return str(error)

found = {
    "modules": [apimart_video.__file__, apimart_video_client.__file__],
    "new": verdict({"resolution": "4K", "duration": 20}),
    "past": verdict({"duration": 21}),
}
with run_server(clock_speed=1000) as server:
    headers = {"Authorization": f"Bearer {server.api_key}"}
    url = server.base_url + "/v1/videos/generations"
    found["server_new"] = httpx.post(
        url, json=body(resolution="4K", duration=20), headers=headers
    ).status_code
    found["server_past"] = httpx.post(url, json=body(duration=21), headers=headers).status_code
    with VideoClient(server.api_key, base_url=server.base_url) as client:
        submitted = client.generate(prompt="a fox", resolution="4K", duration=20)
        found["client_mode"] = submitted.mode.value
    found["started"] = server.app.generations_started
print(json.dumps(found))
"""


def _scratch_copy(target: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)


def _edit(path: Path, old: str, new: str, within: str = "    Wan27Request:\n") -> None:
    """Replace `old`, which must be in the schema that starts at `within` exactly once."""
    text = path.read_text(encoding="utf-8")
    start = text.index(within) if within in text else 0
    end = text.find("\n    KlingV26Request:", start)
    part = text[start : end if end > start else len(text)]
    if old not in part:  # a shared component, defined before the families
        start, part = 0, text
    assert part.count(old) == 1, f"{old!r} is not in the schema exactly once"
    path.write_text(text[:start] + part.replace(old, new) + text[start + len(part) :], "utf-8")


def test_the_current_spec_refuses_what_the_scratch_spec_adds() -> None:
    """The baseline: without the edit, 4K and 20 s are refused (so the edit is what changes)."""
    with pytest.raises(InvalidRequestError) as raised:
        check_request({"model": "wan2.7", "prompt": "a fox", "resolution": "4K", "duration": 20})
    assert {"resolution", "duration"} <= set(raised.value.fields)


def test_an_enum_value_and_a_bound_reach_every_consumer_by_make_generate(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    _scratch_copy(repo)
    spec = repo / "openapi.yaml"
    _edit(spec, "enum: [720P, 1080P]", "enum: [720P, 1080P, 4K]")
    _edit(spec, "minimum: 2\n          maximum: 15", "minimum: 2\n          maximum: 20")

    env = {**os.environ, "PATH": f"{VENV / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    generate = subprocess.run(
        ["make", "-o", "venv", "generate", f"VENV={VENV}"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert generate.returncode == 0, generate.stdout + generate.stderr

    env["PYTHONPATH"] = os.pathsep.join([str(repo / "overlay"), str(repo / "generated")])
    probe = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert probe.returncode == 0, probe.stderr
    found = json.loads(probe.stdout)
    assert all(module.startswith(str(repo)) for module in found["modules"]), found["modules"]
    assert found["new"] == "text_to_video"
    assert "duration (21): must be from 2 to 20" in found["past"]
    assert found["server_new"] == 200
    assert found["server_past"] == 400
    assert found["client_mode"] == "text_to_video"
    assert found["started"] == 2

    help_text = subprocess.run(
        [sys.executable, "-m", "apimart_video", "generate", "--help"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=True,
    ).stdout  # fmt: skip
    shown = " ".join(help_text.split())  # argparse wraps the help
    assert "--resolution {720P,1080P,4K}" in shown  # the family's enum, in the spec's order
    assert "(from 2 to 20; API default 5)" in shown
