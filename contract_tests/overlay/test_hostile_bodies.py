"""Whatever the server sends, every public call returns or raises an `APIMartError`.

Explicit cases pin the lenient readings the issue names; a hypothesis property mutates the
documented task and submit bodies (types swapped, fields removed or nulled, values out of
range, wrong containers, non-JSON, huge numbers, bad UTF-8) behind an `httpx.MockTransport`.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import math
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from apimart_video import (
    APIMartError,
    APIResponseValidationError,
    AsyncVideoClient,
    NoVideoError,
    PollPolicy,
    RetryPolicy,
    TaskCancelledError,
    TaskFailedError,
    TaskStatus,
    VideoClient,
)
from apimart_video._waiting.policy import UNREADABLE_LIMIT
from contract_tests.overlay.conftest import (
    BASE,
    CDN_URL,
    TASK_ID,
    Driver,
    VirtualClock,
    submitted,
    task,
)

STATUS = f"{BASE}/v1/tasks/{TASK_ID}"
CREATED = datetime.fromtimestamp(1_763_088_289, tz=UTC)


def one_task(driver: Driver, api: respx.MockRouter, **fields: Any) -> Any:
    document = task(fields.pop("status", "processing"), **fields)
    body = json.dumps(document).encode()  # NaN and Infinity too, as a sloppy server sends
    api.get(STATUS).mock(return_value=httpx.Response(200, content=body))
    return driver.run(lambda c: c.get_task(TASK_ID))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("45%", 45),
        (45.5, 45),
        (" 45 % ", 45),
        (None, None),
        ("soon", None),
        (150, None),
        (-3, None),
        (True, None),
        ([45], None),
        (10**400, None),
    ],
)
def test_progress_is_read_leniently_and_kept_raw(
    driver: Driver, api: respx.MockRouter, value: Any, expected: int | None
) -> None:
    polled = one_task(driver, api, progress=value)
    assert polled.progress == expected
    assert polled.raw["progress"] == value


@pytest.mark.parametrize(
    "value",
    [
        1763088289,
        1763088289000,
        1763088289000000,
        "1763088289",
        "2025-11-14T02:44:49Z",
        "2025-11-14T02:44:49+00:00",
        "2025-11-14T02:44:49",
    ],
)
def test_timestamps_in_seconds_millis_micros_or_iso_are_read(
    driver: Driver, api: respx.MockRouter, value: Any
) -> None:
    polled = one_task(driver, api, created=value)
    assert polled.created_at == CREATED
    assert polled.raw["created"] == value


@pytest.mark.parametrize("value", ["yesterday", -5, 1e300, 10**30, float("inf"), {}, False])
def test_absurd_timestamps_are_ignored(driver: Driver, api: respx.MockRouter, value: Any) -> None:
    polled = one_task(driver, api, created=value, completed=value)
    assert polled.created_at is None
    assert polled.completed_at is None


def test_a_millisecond_expiry_does_not_make_a_fresh_video_look_expired(
    driver: Driver, api: respx.MockRouter
) -> None:
    videos = {"videos": [{"url": CDN_URL, "expires_at": 4_102_444_800_000}]}
    polled = one_task(driver, api, status="completed", result=videos)
    assert polled.expires_at == datetime(2100, 1, 1, tzinfo=UTC)
    assert not polled.is_expired()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (600, 600.0),
        ("600", 600.0),
        ("about ten minutes", None),
        (-5, None),
        (10**12, None),
        (float("nan"), None),
        (None, None),
    ],
)
def test_estimated_time_as_text_negative_or_absurd_is_ignored(
    driver: Driver, api: respx.MockRouter, value: Any, expected: float | None
) -> None:
    assert one_task(driver, api, estimated_time=value).estimated_time == expected


@pytest.mark.parametrize(
    ("status", "expected", "raw"),
    [
        (None, TaskStatus.UNKNOWN, ""),
        (7, TaskStatus.UNKNOWN, "7"),
        ("COMPLETED", TaskStatus.COMPLETED, "COMPLETED"),
        ("submitted", TaskStatus.PENDING, "submitted"),
    ],
)
def test_status_null_or_of_another_type_is_still_running(
    driver: Driver, api: respx.MockRouter, status: Any, expected: TaskStatus, raw: str
) -> None:
    document = task("pending")
    document["data"]["status"] = status
    api.get(STATUS).mock(return_value=httpx.Response(200, json=document))
    polled = driver.run(lambda c: c.get_task(TASK_ID))
    assert (polled.status, polled.raw_status) == (expected, raw)


def test_submitted_means_pending_without_a_warning(
    driver: Driver, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get(STATUS).mock(
        side_effect=[
            httpx.Response(200, json=task("submitted")),
            httpx.Response(200, json=task("completed")),
        ]
    )
    driver.run(lambda c: c.wait(TASK_ID))
    assert "submitted" not in caplog.text


@pytest.mark.parametrize(
    "error",
    ["missing", None, "content policy", {"code": "E42"}, {}, [1, 2], {"message": None}],
)
def test_a_failed_task_ends_the_wait_at_once_whatever_its_error(
    driver: Driver, api: respx.MockRouter, error: Any
) -> None:
    fields = {} if error == "missing" else {"error": error}
    route = api.get(STATUS).mock(return_value=httpx.Response(200, json=task("failed", **fields)))
    with pytest.raises(TaskFailedError) as raised:
        driver.run(lambda c: c.wait(TASK_ID))
    assert route.call_count == 1
    if error == "content policy":
        assert raised.value.error_message == "content policy"
    if error == {"code": "E42"}:
        assert raised.value.error_code == "E42"


@pytest.mark.parametrize("error", [None, "by user", {"message": 3}])
def test_a_cancelled_task_ends_the_wait_at_once(
    driver: Driver, api: respx.MockRouter, error: Any
) -> None:
    route = api.get(STATUS).mock(
        return_value=httpx.Response(200, json=task("cancelled", error=error))
    )
    with pytest.raises(TaskCancelledError):
        driver.run(lambda c: c.wait(TASK_ID))
    assert route.call_count == 1


@pytest.mark.parametrize(
    "result",
    [
        None,
        {},
        {"videos": []},
        {"videos": [{}]},
        {"videos": [{"url": "/relative.mp4"}]},
        {"videos": [{"url": [1, None]}]},
        {"videos": "x"},
        [CDN_URL],
        {"videos": [{"url": "ftp://x"}]},
    ],
)
def test_completed_without_a_usable_video_returns_and_download_raises_a_typed_error(
    driver: Driver, api: respx.MockRouter, tmp_path: Path, result: Any
) -> None:
    api.get(STATUS).mock(return_value=httpx.Response(200, json=task("completed", result=result)))
    done = driver.run(lambda c: c.wait(TASK_ID))
    assert done.status is TaskStatus.COMPLETED
    assert done.video_urls == ()
    with pytest.raises(NoVideoError):
        driver.run(lambda c: c.download(done, tmp_path / "v.mp4"))
    with pytest.raises(NoVideoError):
        driver.run(lambda c: c.download(TASK_ID, tmp_path / "v.mp4"))
    assert list(tmp_path.iterdir()) == []


def test_a_url_given_as_a_string_or_a_video_object_is_read(
    driver: Driver, api: respx.MockRouter
) -> None:
    as_text = one_task(driver, api, status="completed", result={"videos": [{"url": CDN_URL}]})
    as_object = one_task(driver, api, status="completed", result={"videos": {"url": [CDN_URL]}})
    assert as_text.video_urls == as_object.video_urls == (CDN_URL,)


@pytest.mark.parametrize(
    "body",
    [b'{"code": 200, "data": []}', b'{"data": null}', b"[]", b'{"data": "x"}', b'"task"'],
)
def test_a_task_answer_without_a_task_is_a_validation_error_with_the_raw_body(
    driver: Driver, api: respx.MockRouter, body: bytes
) -> None:
    api.get(STATUS).mock(return_value=httpx.Response(200, content=body))
    with pytest.raises(APIResponseValidationError) as raised:
        driver.run(lambda c: c.get_task(TASK_ID))
    assert raised.value.content == body
    assert raised.value.body == body.decode()


def test_unparseable_task_answers_end_the_wait_after_a_few_in_a_row(
    driver: Driver, api: respx.MockRouter
) -> None:
    broken = httpx.Response(200, json={"code": 200, "data": []})
    good = httpx.Response(200, json=task("processing", progress=10))
    answers = [broken, broken, good] + [broken] * UNREADABLE_LIMIT + [good] * 50
    route = api.get(STATUS).mock(side_effect=answers)
    with pytest.raises(APIResponseValidationError):
        driver.run(lambda c: c.wait(TASK_ID))
    assert route.call_count == 3 + UNREADABLE_LIMIT  # a good answer in between starts again


def test_unknown_fields_are_kept(driver: Driver, api: respx.MockRouter) -> None:
    polled = one_task(driver, api, cost=0.3, model="wan2.7", tier="pro")
    assert polled.extra == {"model": "wan2.7", "tier": "pro"}


@pytest.mark.parametrize(
    ("sent", "read"),
    [
        ({"cost": 0.3, "credits_cost": 60}, (0.3, 60.0)),
        ({"cost": "0.3", "credits_cost": "60"}, (0.3, 60.0)),
        ({"cost": -1, "credits_cost": "free"}, (None, None)),
        ({"cost": None, "credits_cost": True}, (None, None)),
        ({}, (None, None)),
    ],
)
def test_cost_and_credits_cost_are_read_leniently_and_kept_raw(
    driver: Driver, api: respx.MockRouter, sent: dict[str, object], read: tuple[object, object]
) -> None:
    polled = one_task(driver, api, **sent)
    assert (polled.cost, polled.credits_cost) == read
    assert {name: polled.raw[name] for name in sent} == sent
    assert "cost" not in polled.extra
    assert "credits_cost" not in polled.extra


# -- the property ------------------------------------------------------------------------

SUBMIT_BODY = submitted()
TASK_BODY = task("completed", estimated_time=60, actual_time=19, error={"code": 1, "message": "m"})

json_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([10**400, -(10**400), 2**63, 1e308]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["45%", "2025-11-14T02:44:49Z", "completed", "failed", CDN_URL, ""]),
)
json_values = st.recursive(
    json_leaves,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(document: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(document, dict):
        for name, value in document.items():
            found += _paths(value, (*prefix, name))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += _paths(value, (*prefix, index))
    return found


@st.composite
def mutated(draw: st.DrawFn, original: dict[str, Any]) -> bytes:
    """The document with fields removed, nulled, retyped or re-contained, as bytes.

    Each field, at every depth, is mutated independently (about one in three), so that
    every field meets every kind of damage, alone or with others.
    """
    kind = draw(st.sampled_from(["fields"] * 6 + ["not-json", "bad-utf8", "truncated", "other"]))
    if kind == "other":
        return json.dumps(draw(json_values)).encode()
    document = copy.deepcopy(original)
    for path in _paths(original):
        parent = document
        try:
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue  # an ancestor was already changed
        if not isinstance(parent, dict | list):
            continue  # replaced by text, which can be indexed but not changed
        operation = draw(st.sampled_from(["keep"] * 8 + ["remove", "null", "replace", "wrap"]))
        if operation == "remove":
            del parent[path[-1]]
        elif operation == "null":
            parent[path[-1]] = None
        elif operation == "wrap":
            parent[path[-1]] = [parent[path[-1]]]
        elif operation == "replace":
            parent[path[-1]] = draw(json_values)
    text = json.dumps(document).encode()
    if kind == "not-json":
        return b"<html>" + text
    if kind == "bad-utf8":
        return text.replace(b'"', b'"\xff', 1)
    if kind == "truncated":
        return text[: draw(st.integers(min_value=0, max_value=len(text)))]
    return text


ANSWERS = st.fixed_dictionaries(
    {
        "submit": mutated(SUBMIT_BODY),
        "task": mutated(TASK_BODY),
        "submit_status": st.sampled_from([200, 200, 200, 201, 202, 204, 299, 500, 404]),
        "task_status": st.sampled_from([200] * 6 + [206, 299, 400, 503]),
    }
)

CALLS: list[tuple[str, Callable[[Any], Any]]] = [
    ("generate", lambda c: c.generate(prompt="a fox")),
    ("text_to_video", lambda c: c.text_to_video("a fox")),
    ("first_frame_to_video", lambda c: c.first_frame_to_video("https://a.example/1.jpg")),
    (
        "first_last_frame_to_video",
        lambda c: c.first_last_frame_to_video("https://a.example/1.jpg", "https://a.example/2.jpg"),
    ),
    ("continue_video", lambda c: c.continue_video("https://a.example/v.mp4")),
    (
        "image_with_audio",
        lambda c: c.image_with_audio("https://a.example/1.jpg", "https://a.example/a.mp3"),
    ),
    ("get_task", lambda c: c.get_task(TASK_ID)),
    ("wait", lambda c: c.wait(TASK_ID, timeout=20)),
    ("generate_and_wait", lambda c: c.generate_and_wait(prompt="a fox", timeout=20)),
]


def _handler(answers: dict[str, Any]) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.host == "upload.apimart.ai" or request.url.path.endswith(".mp4"):
            return httpx.Response(200, content=b"\x00\x00\x00\x18ftypmp42")
        if request.method == "POST":
            return httpx.Response(answers["submit_status"], content=answers["submit"])
        return httpx.Response(answers["task_status"], content=answers["task"])

    return handle


def _options(clock: VirtualClock) -> dict[str, Any]:
    async def no_sleep(seconds: float) -> None:
        assert math.isfinite(seconds)
        assert seconds >= 0

    def check_sleep(seconds: float) -> None:
        assert math.isfinite(seconds)
        assert seconds >= 0

    return {
        "api_key": "sk-property-0000",
        "retry_policy": RetryPolicy(max_retries=1, sleep=check_sleep, async_sleep=no_sleep),
        "poll_policy": PollPolicy(
            clock=clock.time, sleep=clock.sleep, async_sleep=clock.async_sleep
        ),
    }


def _outcome(call: Callable[[], Any]) -> None:
    with contextlib.suppress(APIMartError):
        call()


PROPERTY = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@PROPERTY
@given(answers=ANSWERS)
def test_every_sync_call_returns_or_raises_an_apimart_error(
    answers: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("sync")
    http = httpx.Client(transport=httpx.MockTransport(_handler(answers)))
    with VideoClient(http_client=http, **_options(VirtualClock())) as client:
        for _, call in CALLS:
            _outcome(lambda call=call: call(client))  # type: ignore[misc]
        _outcome(lambda: client.download(TASK_ID, folder))

        def download_polled() -> None:
            client.download(client.get_task(TASK_ID), folder / "polled.mp4")

        _outcome(download_polled)


@PROPERTY
@given(answers=ANSWERS)
def test_every_async_call_returns_or_raises_an_apimart_error(
    answers: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("async")

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(_handler(answers)))
        async with AsyncVideoClient(http_client=http, **_options(VirtualClock())) as client:
            for _, call in [*CALLS, ("download", lambda c: c.download(TASK_ID, folder))]:
                with contextlib.suppress(APIMartError):
                    await call(client)
            with contextlib.suppress(APIMartError):
                await client.download(await client.get_task(TASK_ID), folder / "polled.mp4")

    asyncio.run(main())
