"""The built reference lists every public method of both clients, and shows examples as code.

The site is built once per session into a temporary directory, strict as `make docs` builds
it, so the tests read what a user would read; the build takes a few seconds (`slow`). A
method counts as listed when the page has its mkdocstrings heading,
`id="apimart_video.VideoClient.text_to_video"`; the mode helpers come from a private base
class, which is what used to hide them.
"""

from __future__ import annotations

import html
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import apimart_video

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = [apimart_video.VideoClient, apimart_video.AsyncVideoClient]
FENCED = re.compile(r"^```\w*\n(?P<code>.*?)^```", re.M | re.S)
PRE = re.compile(r"<pre\b[^>]*>(?P<body>.*?)</pre>", re.S)
# One xdist worker builds the site (session scope) and runs the module.
pytestmark = pytest.mark.xdist_group("reference-site")


def public_methods(cls: type) -> list[str]:
    """Every public callable of the class, inherited ones included (properties are not)."""
    return sorted(
        name
        for name, value in inspect.getmembers(cls)
        if not name.startswith("_") and callable(value) and not isinstance(value, type)
    )


def text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


@pytest.fixture(scope="session")
def reference_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    site = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=True,
    )
    return (site / "reference" / "apimart_video" / "index.html").read_text()


def test_public_methods_are_found_with_the_mode_helpers_among_them() -> None:
    for cls in CLIENTS:
        methods = public_methods(cls)
        assert {"text_to_video", "first_frame_to_video", "generate", "wait"} <= set(methods)
        assert "retries" not in methods  # a property, documented as an attribute


@pytest.mark.slow
@pytest.mark.parametrize("cls", CLIENTS, ids=lambda cls: cls.__name__)
def test_every_public_method_of_the_client_has_a_heading_in_the_reference(
    cls: type, reference_page: str
) -> None:
    missing = [
        name
        for name in public_methods(cls)
        if f'id="apimart_video.{cls.__name__}.{name}"' not in reference_page
    ]
    assert not missing, f"{cls.__name__} methods missing from the reference: {missing}"


@pytest.mark.slow
@pytest.mark.parametrize("cls", CLIENTS, ids=lambda cls: cls.__name__)
def test_the_mode_helpers_show_the_client_own_return_type(cls: type, reference_page: str) -> None:
    """Not `-> R`, the private base class's type variable."""
    start = reference_page.index(f'id="apimart_video.{cls.__name__}.text_to_video"')
    signature = text(PRE.search(reference_page, start)["body"])  # type: ignore[index]
    returns = signature.rsplit("->", 1)[1].strip()
    expected: dict[type, str] = {
        apimart_video.VideoClient: "SubmittedGeneration",
        apimart_video.AsyncVideoClient: "Coroutine[Any, Any, SubmittedGeneration]",
    }
    assert returns == expected[cls]


@pytest.mark.slow
def test_docstring_examples_render_as_code_not_as_quotes(reference_page: str) -> None:
    assert "<blockquote" not in reference_page
    code_blocks = [text(match["body"]) for match in PRE.finditer(reference_page)]
    examples = [
        match["code"] for cls in CLIENTS for match in FENCED.finditer(inspect.getdoc(cls) or "")
    ]
    assert examples, "the clients' docstrings have no fenced example to check"
    for example in examples:
        assert any(example.strip() in block for block in code_blocks), example
