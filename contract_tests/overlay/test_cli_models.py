"""`apimart-video generate --model ID` for every family of the spec, against the reference
server: each family's documented examples given as flags are the bodies sent; a bad value
exits 2 naming the model and the field; `--help --model ID` shows the model's flags;
`models --local` lists every family. The families and their examples come from the spec
(`cli_words`), so a family added there is covered here with no change."""

from __future__ import annotations

import io
import json
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from apimart_video import Mode
from apimart_video._request import modes
from apimart_video._request.families import family
from apimart_video.cli import commands as cli
from apimart_video.cli.generate_command import fields, generate_parser
from apimart_video.cli.model_flags import RESERVED
from apimart_video.cli.shell import HELPER_FLAGS
from apimart_video.testing import FaultConfig, RunningServer, run_server
from contract_tests.overlay.cli_words import (
    examples,
    field_schema,
    fields_of,
    first_models,
    flag,
    flags_for,
    image_examples,
    invalid_cases,
    schema_of,
    valid_cases,
)
from contract_tests.spec.family_bodies import families, models

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
IMAGE = "https://cdn.example.com/a.jpg"
LAST = "https://cdn.example.com/b.jpg"
VIDEO = "https://cdn.example.com/v.mp4"
AUDIO = "https://cdn.example.com/beat.mp3"


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with run_server(clock_speed=1000.0, task_seconds=2.0) as running:
        yield running


def run(server: RunningServer, *args: str) -> tuple[int, str, str]:
    """The CLI's exit code (argparse's too), stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    argv = ["--base-url", server.base_url, "--api-key", server.api_key, *args]
    try:
        code = cli.main(argv, out=out, err=err)
    except SystemExit as exit_:  # an argparse error: usage and one line on stderr
        code = exit_.code if isinstance(exit_.code, int) else 2
    return code, out.getvalue(), err.getvalue()


def sent(server: RunningServer, out: str) -> dict[str, Any]:
    """The body the server got for the task `--json` printed."""
    return dict(server.app.store.tasks[json.loads(out)["task_id"]].body)


@pytest.mark.parametrize(("name", "body"), valid_cases())
def test_a_documented_valid_body_given_as_flags_is_the_body_sent(
    server: RunningServer, name: str, body: dict[str, Any]
) -> None:
    code, out, err = run(server, "generate", *flags_for(name, body), "--json")
    assert code == cli.EXIT_OK, err
    assert sent(server, out) == body


def uploaded_in_place_of(local: object, given: object) -> set[str]:
    """The values `given` holds where `local` holds the local file's name, after checking
    that both are alike everywhere else."""
    if isinstance(local, dict) and isinstance(given, dict):
        assert local.keys() == given.keys()
        return {url for key in local for url in uploaded_in_place_of(local[key], given[key])}
    if isinstance(local, list) and isinstance(given, list):
        assert len(local) == len(given)
        pairs = zip(local, given, strict=True)
        return {url for a, b in pairs for url in uploaded_in_place_of(a, b)}
    if local == "frame.png":
        assert isinstance(given, str)
        return {given}
    assert local == given
    return set()


@pytest.mark.parametrize(("name", "local"), image_examples("frame.png"))
def test_a_local_image_in_any_familys_image_field_is_uploaded_first(
    name: str, local: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "frame.png").write_bytes(PNG)
    monkeypatch.chdir(tmp_path)
    with run_server(clock_speed=1000.0) as fresh:
        code, out, err = run(fresh, "generate", *flags_for(name, local), "--json")
        assert code == cli.EXIT_OK, err
        assert [r.path for r in fresh.app.requests] == [
            "/v1/uploads/images",
            "/v1/videos/generations",
        ]
        (url,) = uploaded_in_place_of(local, sent(fresh, out))
        assert httpx.get(url).content == PNG


@pytest.mark.parametrize(("name", "body", "field"), invalid_cases())
def test_a_documented_invalid_body_exits_2_naming_the_model_and_the_field_and_sends_nothing(
    server: RunningServer, name: str, body: dict[str, Any], field: str
) -> None:
    before = len(server.app.requests)
    code, out, err = run(server, "generate", *flags_for(name, body))
    assert (code, out) == (cli.EXIT_INVALID, ""), err
    assert body["model"] in err
    named = field.split("[", 1)[0]  # an entry's index is the user's flag's, not shown
    media = field_schema(name, named).get("x-apimart-media") if named in fields_of(name) else None
    aliases = ["--image", "--last-frame", "--video", "--audio"] if media else []
    assert any(word in err for word in [flag(named), f"--field {named}", *aliases]), err
    assert len(server.app.requests) == before


def invalid_values(name: str) -> Iterator[Any]:
    """(field, a value its own schema refuses) for each field with an enum or a bound."""
    for field in schema_of(name)["properties"]:
        schema = field_schema(name, field)
        kind = schema.get("type")
        if field == "model":
            continue
        if "enum" in schema and kind == "string":
            yield pytest.param(name, field, "not-a-choice", id=f"{name}-{field}")
        elif "enum" in schema and kind == "integer":
            yield pytest.param(name, field, max(schema["enum"]) + 1, id=f"{name}-{field}")
        elif kind in ("integer", "number") and "maximum" in schema:
            yield pytest.param(name, field, schema["maximum"] + 1, id=f"{name}-{field}")
        elif kind in ("integer", "number") and "minimum" in schema:
            yield pytest.param(name, field, schema["minimum"] - 1, id=f"{name}-{field}")
        elif kind == "string" and "maxLength" in schema:
            # A URL field's value stays a URL: another text could name a local file.
            url = str(schema.get("pattern", "")).startswith("^https?://")
            start = "https://h/" if url else ""
            value = start + "p" * (schema["maxLength"] + 1 - len(start))
            yield pytest.param(name, field, value, id=f"{name}-{field}")


@pytest.mark.parametrize(
    ("name", "field", "value"), [case for name in families() for case in invalid_values(name)]
)
def test_an_invalid_value_exits_2_naming_the_model_and_the_field_and_sends_nothing(
    server: RunningServer, name: str, field: str, value: object
) -> None:
    body = {**schema_of(name)["examples"][0], field: value}
    before = len(server.app.requests)
    code, out, err = run(server, "generate", *flags_for(name, body))
    assert (code, out) == (cli.EXIT_INVALID, "")
    assert body["model"] in err
    assert flag(field) in err
    assert len(server.app.requests) == before


@pytest.mark.parametrize(("name", "model"), first_models())
def test_help_for_a_model_lists_its_fields_modes_and_docs_page(
    name: str, model: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["generate", "--help", "--model", model])
    assert exit_.value.code == 0
    shown = capsys.readouterr().out
    for field in schema_of(name)["properties"]:
        if field == "model":
            continue
        assert flag(field) in shown
        for choice in field_schema(name, field).get("enum", []):
            assert str(choice) in shown
    assert schema_of(name)["externalDocs"]["url"] in shown
    assert f"--model {model}" in shown
    for mode in family(name).modes:
        assert mode.value in shown


def test_help_without_a_model_shows_wan27_and_how_to_see_another(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        cli.main(["generate", "--help"])
    shown = capsys.readouterr().out
    assert "--model wan2.7" in shown
    assert "--no-prompt-extend" in shown
    assert "generate --help --model ID" in shown
    assert "models --local" in shown


def test_models_local_lists_every_family_with_its_ids_and_docs_page_without_a_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("APIMART_API_KEY", raising=False)
    out = io.StringIO()
    argv = ["--base-url", "http://127.0.0.1:9", "models", "--local"]
    assert cli.main(argv, out=out, err=io.StringIO()) == cli.EXIT_OK
    text = out.getvalue()
    document = io.StringIO()
    assert cli.main([*argv, "--json"], out=document, err=io.StringIO()) == cli.EXIT_OK
    listed = {entry["family"]: entry for entry in json.loads(document.getvalue())["families"]}
    assert list(listed) == list(families())
    for name, schema in families().items():
        docs = schema["externalDocs"]["url"]
        assert f"{name}: {', '.join(models(name))}" in text
        assert docs in text
        assert listed[name]["models"] == models(name)
        assert listed[name]["docs_url"] == docs
        assert set(listed[name]["fields"]) == set(schema["properties"])
        assert listed[name]["modes"] == [mode.value for mode in family(name).modes]


def foreign_flags() -> Iterator[Any]:
    """(family, a field flag of another family it does not take, that other's model)."""
    for name in families():
        own = {flag(field) for field in schema_of(name)["properties"]}
        for other in families():
            theirs = [field for field in schema_of(other)["properties"] if flag(field) not in own]
            if other != name and theirs:
                yield pytest.param(name, theirs[0], models(other)[0], id=f"{name}-{theirs[0]}")
                break


@pytest.mark.parametrize(
    ("words", "named", "rule"),
    [
        (["--last-frame", LAST], "--last-frame", "needs --image"),
        (["--image", IMAGE, "--image", LAST, "--last-frame", LAST], "--image", "at most a first"),
        (["--image", IMAGE, "--image-urls", LAST], "--image-urls", "the field --image sets"),
        (["--prompt", "x", "--field", "prompt=y"], "--field prompt", "the field --prompt sets"),
        (["--prompt", "x", "--field", "model=kling-v2-6"], "--field model", "give it with --model"),
    ],
)
def test_flags_that_contradict_each_other_exit_2_naming_them_and_send_nothing(
    server: RunningServer, words: list[str], named: str, rule: str
) -> None:
    before = len(server.app.requests)
    code, out, err = run(server, "generate", *words)
    assert (code, out) == (cli.EXIT_INVALID, "")
    assert err.startswith(f"error: invalid wan2.7 request: {named} (")
    assert rule in err
    assert len(server.app.requests) == before


@pytest.mark.parametrize(("name", "field", "owner"), list(foreign_flags()))
def test_a_flag_the_model_does_not_take_is_refused_naming_the_model_and_its_flags(
    server: RunningServer, name: str, field: str, owner: str
) -> None:
    body = schema_of(name)["examples"][0]
    before = len(server.app.requests)
    code, out, err = run(server, "generate", *flags_for(name, body), flag(field), "1")
    assert (code, out) == (cli.EXIT_INVALID, "")
    assert f"{body['model']} takes no {flag(field)}" in err
    assert owner in err
    assert all(flag(own) in err for own in schema_of(name)["properties"] if own != "model")
    assert len(server.app.requests) == before


def test_no_field_takes_an_option_of_the_generate_command_itself() -> None:
    parser, _ = cli.parse_args(["generate", "--model", "not-known", "--no-check"])
    generate = generate_parser(parser)
    options = {word for action in generate._actions for word in action.option_strings}
    assert options - {"--prompt"} == RESERVED  # an unknown model's only field flag: --prompt


def test_an_unknown_model_is_refused_with_the_known_ids_and_nothing_is_sent(
    server: RunningServer,
) -> None:
    before = len(server.app.requests)
    code, out, err = run(server, "generate", "--model", "kling-v2.6", "--prompt", "a fox")
    assert (code, out) == (cli.EXIT_INVALID, "")
    assert all(model in err for name in families() for model in models(name))
    assert "did you mean 'kling-v2-6'?" in err
    assert "--no-check" in err
    assert len(server.app.requests) == before


def test_no_check_sends_an_unknown_models_fields_as_given_with_a_warning() -> None:
    with run_server(clock_speed=1000.0, accept_invalid=True) as lenient:
        code, out, err = run(
            lenient,
            "generate",
            "--model",
            "future-model-1",
            "--no-check",
            "--prompt",
            "a fox",
            "--field",
            "duration=8",
            "--field",
            "camera=orbit",
            "--field",
            'image_urls=["https://cdn.example.com/a.jpg"]',
            "--json",
        )
        assert code == cli.EXIT_OK, err
        assert sent(lenient, out) == {
            "model": "future-model-1",
            "prompt": "a fox",
            "duration": 8,
            "camera": "orbit",
            "image_urls": ["https://cdn.example.com/a.jpg"],
        }
    assert "warning: the 'future-model-1' request was not checked locally (--no-check)" in err
    assert json.loads(out)["mode"] == "unchecked"


@pytest.mark.parametrize(("name", "body"), examples())
def test_field_gives_any_field_by_name_as_its_flag_does(name: str, body: dict[str, Any]) -> None:
    pairs = [
        word
        for field, value in body.items()
        if field != "model"
        for word in ("--field", f"{field}={value if isinstance(value, str) else json.dumps(value)}")
    ]
    _, args = cli.parse_args(["generate", "--model", body["model"], *pairs])
    assert {"model": body["model"], **fields(args)} == body


HELPER_ARGUMENTS = {
    "text_to_video": ("a fox",),
    "first_frame_to_video": (IMAGE,),
    "first_last_frame_to_video": (IMAGE, LAST),
    "continue_video": (VIDEO,),
    "image_with_audio": (IMAGE, AUDIO),
}
HELPER_MODES = {
    "text_to_video": Mode.TEXT_TO_VIDEO,
    "first_frame_to_video": Mode.FIRST_FRAME,
    "first_last_frame_to_video": Mode.FIRST_LAST_FRAME,
    "continue_video": Mode.CONTINUATION,
    "image_with_audio": Mode.IMAGE_WITH_AUDIO,
}
FLAG_VALUES = {"--prompt": "a fox", "--image": IMAGE, "--last-frame": LAST}
FLAG_VALUES |= {"--video": VIDEO, "--audio": AUDIO}


def helper_cases() -> Iterator[Any]:
    for name in families():
        writes = family(name).writers
        for helper in HELPER_FLAGS:
            if HELPER_MODES[helper] in writes:
                yield pytest.param(models(name)[0], helper, id=f"{name}-{helper}")


def name_of(model: str) -> str:
    return next(name for name in families() if model in models(name))


def written_field(model: str, helper: str, value: str) -> str:
    """The field the mode helper puts `value` in, for `model`."""
    body: dict[str, object] = getattr(modes, helper)(
        *HELPER_ARGUMENTS[helper], model=model, prompt="x"
    )
    return next(field for field, given in body.items() if given == value)


@pytest.mark.parametrize(("model", "helper"), list(helper_cases()))
def test_the_input_flags_write_what_the_mode_helper_writes(model: str, helper: str) -> None:
    arguments = HELPER_ARGUMENTS[helper]
    prompt = {} if helper == "text_to_video" else {"prompt": "a fox"}
    expected = getattr(modes, helper)(*arguments, model=model, **prompt)
    words: list[str] = []
    # A family with a field of its own named `audio` (a switch) takes the audio URL by its
    # field's flag: `--audio` is the switch there.
    audio_field = "audio" in family(name_of(model)).fields
    for word in HELPER_FLAGS[helper].split():
        if word == "--audio" and audio_field:
            word = flag(written_field(model, helper, AUDIO))
        words.append(FLAG_VALUES.get(words[-1], AUDIO) if word in ("TEXT", "URL") else word)
    if helper != "text_to_video":
        words += ["--prompt", "a fox"]
    _, args = cli.parse_args(["generate", "--model", model, *words])
    assert {"model": model, **fields(args)} == expected


@pytest.fixture(scope="module")
def failing() -> Iterator[RunningServer]:
    faults = FaultConfig(rates={"submit": 1.0}, kinds=("server_error",))
    with run_server(faults=faults) as running:
        yield running


@pytest.mark.parametrize(("name", "body"), examples())
def test_the_resubmit_command_names_the_model_and_sends_the_same_body_with_the_same_key(
    server: RunningServer, failing: RunningServer, name: str, body: dict[str, Any]
) -> None:
    argv = ["--max-retries", "0", "generate", *flags_for(name, body), "--json"]
    code, _, err = run(failing, *argv)
    assert code == cli.EXIT_API_ERROR
    command = next(line.strip() for line in err.splitlines() if "apimart-video generate" in line)
    assert command.endswith(" (add --api-key as before; it is not printed)")
    words = shlex.split(command.removesuffix(" (add --api-key as before; it is not printed)"))
    assert words[:4] == ["apimart-video", "generate", "--model", body["model"]]
    key = words[words.index("--idempotency-key") + 1]
    code, out, err = run(server, *words[1:], "--base-url", server.base_url)
    assert code == cli.EXIT_OK, err
    assert sent(server, out) == body
    assert json.loads(out)["idempotency_key"] == key
