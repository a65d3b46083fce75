"""`IgnoredFieldWarning` names the line of the caller's code, however deep the package calls."""

from __future__ import annotations

import warnings
from typing import Any

import httpx

from apimart_video import AsyncVideoClient, IgnoredFieldWarning, VideoClient, check_request

IMAGE = "https://cdn.example.com/a.jpg"
SUBMITTED = {"code": 200, "data": [{"status": "submitted", "task_id": "task_1"}]}


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=SUBMITTED)


def _only_warning(caught: list[warnings.WarningMessage]) -> warnings.WarningMessage:
    (warning,) = [w for w in caught if issubclass(w.category, IgnoredFieldWarning)]
    return warning


def test_a_helper_call_warns_at_the_callers_line() -> None:
    http = httpx.Client(transport=httpx.MockTransport(_answer))
    with (
        VideoClient("sk-test", http_client=http) as client,
        warnings.catch_warnings(record=True) as caught,
    ):
        warnings.simplefilter("always")
        line = _line_after()
        client.first_frame_to_video(IMAGE, size="1:1")
    warning = _only_warning(caught)
    assert (warning.filename, warning.lineno) == (__file__, line)


def test_generate_with_two_videos_warns_at_the_callers_line() -> None:
    http = httpx.Client(transport=httpx.MockTransport(_answer))
    fields: dict[str, Any] = {"video_urls": ["https://cdn.example.com/a.mp4"] * 2}
    with (
        VideoClient("sk-test", http_client=http) as client,
        warnings.catch_warnings(record=True) as caught,
    ):
        warnings.simplefilter("always")
        line = _line_after()
        client.generate(**fields)
    warning = _only_warning(caught)
    assert (warning.filename, warning.lineno) == (__file__, line)


async def test_the_async_client_warns_at_the_callers_line() -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(_answer))
    async with AsyncVideoClient("sk-test", http_client=http) as client:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            line = _line_after()
            await client.first_frame_to_video(IMAGE, size="1:1")
    warning = _only_warning(caught)
    assert (warning.filename, warning.lineno) == (__file__, line)


def test_check_request_warns_at_the_callers_line() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        line = _line_after()
        check_request({"model": "wan2.7", "image_urls": [IMAGE], "size": "1:1"})
    warning = _only_warning(caught)
    assert (warning.filename, warning.lineno) == (__file__, line)


def _line_after() -> int:
    """The line number after the caller's line: where the call under test is written."""
    import sys

    return sys._getframe(1).f_lineno + 1
