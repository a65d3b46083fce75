"""`apimart-video models`, `docs MODEL`, `schema MODEL` and `--response-version` (issue 19)
against a real reference server: what each prints, with and without `--json`."""

from __future__ import annotations

import io
import json
import shlex
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx

from apimart_video import VideoClient
from apimart_video._request.spec_values import VIDEO_MODELS
from apimart_video.cli import commands as cli
from apimart_video.cli import resubmit_command
from apimart_video.testing import RunningServer, run_server
from contract_tests.overlay.conftest import BASE

HEADER = "x-apimart-response-version"


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with run_server(clock_speed=100.0, task_seconds=5.0) as running:
        yield running


def run(server: RunningServer, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    argv = ["--base-url", server.base_url, "--api-key", server.api_key, *args]
    code = cli.main(argv, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def versions_sent(server: RunningServer) -> list[str | None]:
    return [seen.headers.get(HEADER) for seen in server.app.requests_to("/v1/videos")]


def served(server: RunningServer) -> list[dict[str, object]]:
    """The models the server lists, as it sends them."""
    auth = {"Authorization": f"Bearer {server.api_key}"}
    answer = httpx.get(f"{server.base_url}/v1/models", headers=auth)
    data: list[dict[str, object]] = answer.json()["data"]
    return data


def test_models_prints_one_id_a_line(server: RunningServer) -> None:
    code, out, err = run(server, "models")
    assert code == cli.EXIT_OK, err
    assert out.splitlines() == [model["id"] for model in served(server)]
    assert set(out.split()) == set(VIDEO_MODELS)


def test_models_json_prints_each_model_as_the_api_sent_it(server: RunningServer) -> None:
    code, out, err = run(server, "models", "--json")
    assert code == cli.EXIT_OK, err
    assert json.loads(out) == {"models": served(server)}


def test_docs_prints_the_models_markdown_page(server: RunningServer) -> None:
    code, out, err = run(server, "docs", "wan2.7")
    assert code == cli.EXIT_OK, err
    page = httpx.get(f"{server.base_url}/docs/wan2.7.md").text
    assert out == page.rstrip("\n") + "\n"
    assert err == ""


def test_docs_json_prints_the_whole_answer(server: RunningServer) -> None:
    code, out, err = run(server, "docs", "wan2.7", "--json")
    assert code == cli.EXIT_OK, err
    document = json.loads(out)
    assert document["object"] == "model.documentation"
    assert document["model"] == "wan2.7"
    assert document["markdown"].startswith("# wan2.7")


def test_schema_prints_the_input_schema_as_pretty_json(server: RunningServer) -> None:
    code, out, err = run(server, "schema", "wan2.7")
    assert code == cli.EXIT_OK, err
    with VideoClient(server.api_key, base_url=server.base_url) as client:
        expected = client.model_schema("wan2.7").input_schema
    assert json.loads(out) == expected
    assert out == json.dumps(expected, indent=2) + "\n"


def test_schema_json_prints_the_whole_answer_on_one_line(server: RunningServer) -> None:
    code, out, err = run(server, "schema", "wan2.7", "--json")
    assert code == cli.EXIT_OK, err
    assert len(out.splitlines()) == 1
    document = json.loads(out)
    assert (document["model"], document["operation"]) == ("wan2.7", "video_generation")


@pytest.mark.parametrize(
    "args",
    [
        ("docs", "no-such-model"),
        ("schema", "no-such-model"),
        ("schema", "wan2.7", "--operation", "image_generation"),
    ],
)
def test_an_unknown_model_or_operation_exits_with_an_api_error(
    server: RunningServer, args: tuple[str, ...]
) -> None:
    code, out, err = run(server, *args)
    assert code == cli.EXIT_API_ERROR
    assert out == ""
    assert "apimart-video models" in err
    assert len(err.splitlines()) == 1


def test_a_discovery_command_takes_the_connection_options_after_it(server: RunningServer) -> None:
    out, err = io.StringIO(), io.StringIO()
    argv = ["models", "--base-url", server.base_url, "--api-key", server.api_key]
    assert cli.main(argv, out=out, err=err) == cli.EXIT_OK, err.getvalue()
    assert out.getvalue().split() == [model["id"] for model in served(server)]


# -- --response-version -----------------------------------------------------------------------


def test_generate_pins_the_response_version_by_default_and_shows_the_request_id(
    server: RunningServer,
) -> None:
    before = len(versions_sent(server))
    code, out, err = run(server, "generate", "--prompt", "a fox", "--json")
    assert code == cli.EXIT_OK, err
    assert versions_sent(server)[before:] == ["2026-07-27"]
    document = json.loads(out)
    assert document["status"] == "queued"
    assert document["request_id"].startswith("req_")
    assert document["replayed"] is False


def test_generate_with_response_version_none_sends_no_header(server: RunningServer) -> None:
    before = len(versions_sent(server))
    code, _out, err = run(server, "generate", "--prompt", "a fox", "--response-version", "none")
    assert code == cli.EXIT_OK, err
    assert versions_sent(server)[before:] == [None]


def test_generate_says_when_the_answer_was_a_replay(server: RunningServer) -> None:
    key = ["--idempotency-key", "cli-replay-1", "--json"]
    code, _, err = run(server, "generate", "--prompt", "a fox", *key)
    assert code == cli.EXIT_OK, err
    code, out, err = run(server, "generate", "--prompt", "a fox", *key)
    assert code == cli.EXIT_OK, err
    assert json.loads(out)["replayed"] is True
    assert "a replay" in err


def test_a_response_version_the_spec_does_not_name_is_a_usage_error(
    server: RunningServer,
) -> None:
    before = len(versions_sent(server))
    err = io.StringIO()
    argv = ["--base-url", server.base_url, "--api-key", server.api_key, "generate"]
    with pytest.raises(SystemExit) as raised:
        cli.main([*argv, "--prompt", "a fox", "--response-version", "2099-01-01"], err=err)
    assert raised.value.code == 2
    assert "2026-07-27, none" in err.getvalue()
    assert versions_sent(server)[before:] == []


def test_the_resubmit_command_keeps_the_response_version() -> None:
    parser, args = cli.parse_args(["generate", "--prompt", "a fox", "--response-version", "none"])
    words = shlex.split(resubmit_command(parser, args, "key-1"))
    assert words[words.index("--response-version") + 1] == "none"
    parser, default = cli.parse_args(["generate", "--prompt", "a fox"])
    assert "--response-version" not in resubmit_command(parser, default, "key-1")


def test_a_batch_sends_the_response_version_it_is_given(
    server: RunningServer, tmp_path: Path
) -> None:
    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text(json.dumps({"id": "fox", "prompt": "a fox", "duration": 2}) + "\n")
    before = len(versions_sent(server))
    code, _, err = run(
        server,
        "batch",
        str(jobs),
        "--out",
        str(tmp_path / "videos"),
        "--first-poll",
        "0.05",
        "--response-version",
        "none",
    )
    assert code == cli.EXIT_OK, err
    assert versions_sent(server)[before:] == [None]
    assert (tmp_path / "videos" / "fox.mp4").stat().st_size > 0


def test_docs_warns_on_stderr_when_the_apis_copy_may_be_out_of_date(
    api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APIMART_API_KEY", "sk-cli-docs")
    body = {"markdown": "# page\n", "stale": True, "warning": "refresh failed"}
    api.get(f"{BASE}/v1/model-docs").mock(return_value=httpx.Response(200, json=body))
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["docs", "wan2.7"], out=out, err=err) == cli.EXIT_OK
    assert out.getvalue() == "# page\n"
    assert (
        err.getvalue()
        == "warning: the API's copy of this page may be out of date: refresh failed\n"
    )
