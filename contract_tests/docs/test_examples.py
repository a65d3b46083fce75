"""The documentation's examples run, so they cannot rot.

Every fenced block of `docs/*.md` is taken by its language (the README's `sh` blocks too):

- `python`: executed, the blocks of one page in order in one namespace, against a reference
  server that `APIMART_BASE_URL` and `APIMART_API_KEY` point at, in a temporary directory;
- `text` holding `$ apimart-video ...` lines: each command is run and its output must be
  the lines that follow it, exactly;
- `sh`: each `apimart-video ...` line must parse with the CLI's own parser;
- `py` (and anything else): shown, not run; use it for fragments such as a test function.

Waiting uses a fast default poll policy, so that an example's `wait()` takes milliseconds.
"""

from __future__ import annotations

import functools
import io
import re
import shlex
import textwrap
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import apimart_video._client.base
from apimart_video import PollPolicy
from apimart_video.cli import commands as cli
from apimart_video.testing import RunningServer, run_server

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "docs").rglob("*.md"))
SHELL_PAGES = [*PAGES, ROOT / "README.md"]  # the README's CLI lines are checked too
FENCE = re.compile(
    r"^(?P<indent> *)```(?P<info>[^`\n]*)\n(?P<body>.*?)^(?P=indent)```\s*$", re.M | re.S
)


@attrs.frozen
class Block:
    page: Path
    line: int
    language: str
    code: str

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def blocks(page: Path) -> list[Block]:
    text = page.read_text()
    found = []
    for match in FENCE.finditer(text):
        line = text.count("\n", 0, match.start("body")) + 1
        language = match["info"].strip().split(" ")[0]
        found.append(Block(page, line, language, textwrap.dedent(match["body"])))
    return found


def _page_id(page: Path) -> str:
    return str(page.relative_to(ROOT))


RUNNABLE = [page for page in PAGES if any(b.language == "python" for b in blocks(page))]


@pytest.fixture
def docs_server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[RunningServer]:
    """A reference server the examples' environment points at, and a scratch directory."""
    fast = functools.partial(PollPolicy, first_poll=0.05, floor=0.05, cap=0.2, blind_cap=0.2)
    monkeypatch.setattr(apimart_video._client.base, "PollPolicy", fast)
    monkeypatch.chdir(tmp_path)
    with run_server(clock_speed=100.0) as server:
        monkeypatch.setenv("APIMART_BASE_URL", server.base_url)
        monkeypatch.setenv("APIMART_API_KEY", server.api_key)
        yield server


def test_the_guides_have_examples_that_run() -> None:
    guides = {page.name for page in RUNNABLE}
    for guide in ("index.md", "quickstart.md", "modes.md", "errors.md", "retries.md"):
        assert guide in guides
    for guide in ("waiting.md", "downloads.md", "testing.md", "apimart_video_client.md"):
        assert guide in guides


@pytest.mark.parametrize("page", RUNNABLE, ids=_page_id)
def test_python_examples_run(page: Path, docs_server: RunningServer) -> None:
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    for block in blocks(page):
        if block.language != "python":
            continue
        code = compile("\n" * (block.line - 1) + block.code, str(block.page), "exec")
        exec(code, namespace)


TRANSCRIPTS = [
    page
    for page in PAGES
    if any("$ apimart-video" in b.code for b in blocks(page) if b.language == "text")
]


@pytest.mark.parametrize("page", TRANSCRIPTS, ids=_page_id)
def test_cli_transcripts_print_what_they_show(page: Path, docs_server: RunningServer) -> None:
    for block in blocks(page):
        if block.language != "text" or not block.code.startswith("$ apimart-video"):
            continue
        for command, expected in _commands(block.code):
            out, err = io.StringIO(), io.StringIO()
            cli.main(shlex.split(command)[1:], out=out, err=err)
            shown = (out.getvalue() + err.getvalue()).rstrip("\n").split("\n")
            assert shown == expected, f"{block.where}: {command}"


def _commands(transcript: str) -> Iterator[tuple[str, list[str]]]:
    for chunk in re.split(r"^\$ ", transcript, flags=re.M)[1:]:
        command, *output = chunk.rstrip("\n").split("\n")
        yield command, output


def test_shell_examples_use_real_commands_and_flags() -> None:
    seen = 0
    for page in SHELL_PAGES:
        for block in blocks(page):
            if block.language != "sh":
                continue
            for line in block.code.splitlines():
                if line.startswith("apimart-video "):
                    try:
                        cli.parse_args(shlex.split(line, comments=True)[1:])
                    except SystemExit as exit:  # --help and --version exit 0
                        if exit.code != 0:
                            pytest.fail(f"{block.where}: {line}")
                    seen += 1
    assert seen >= 5


def test_the_api_reference_covers_every_public_name() -> None:
    import apimart_video
    import apimart_video.testing

    for module, page in (
        (apimart_video, "reference/apimart_video.md"),
        (apimart_video.testing, "reference/testing.md"),
    ):
        text = (ROOT / "docs" / page).read_text()
        shown = set(re.findall(rf"^::: {re.escape(module.__name__)}\.(\w+)$", text, re.M))
        public = {name for name in module.__all__ if not name.startswith("_")}
        assert public - shown == set(), f"add them to docs/{page}"
