"""Discovery (issue 19, item 3): `list_models()`, `model_docs()` and `model_schema()` on both
clients, against the reference server over a real socket, and the answers the API might
send read leniently; they are free GETs, retried like `get_task()`."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import respx

from apimart_video import (
    APIResponseValidationError,
    InvalidRequestError,
    ModelDocs,
    ModelInfo,
    ModelSchema,
    NotFoundError,
)
from apimart_video._request.spec_values import VIDEO_MODELS
from apimart_video.testing import RunningServer, run_server
from contract_tests.hostile.conftest import Kind, use_client
from contract_tests.overlay.conftest import BASE, Driver
from contract_tests.spec_document import load_spec

MODELS = f"{BASE}/v1/models"
DOCS = f"{BASE}/v1/model-docs"
SCHEMA = f"{BASE}/v1/model-schema"


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with run_server() as running:
        yield running


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> Kind:
    value: Kind = request.param
    return value


def test_list_models_names_every_model_of_the_spec(kind: Kind, server: RunningServer) -> None:
    models = use_client(kind, server, lambda client: client.list_models())
    assert isinstance(models, list)
    assert all(isinstance(model, ModelInfo) for model in models)
    ids = [model.id for model in models]
    assert sorted(ids) == sorted(VIDEO_MODELS)  # the spec's order, every id once
    assert len(set(ids)) == len(ids)
    assert models[0].raw["id"] == models[0].id


def test_model_docs_returns_the_markdown_page_and_where_it_lives(
    kind: Kind, server: RunningServer
) -> None:
    docs = use_client(kind, server, lambda client: client.model_docs("wan2.7"))
    assert isinstance(docs, ModelDocs)
    assert docs.model == "wan2.7"
    assert "| `duration` | integer | no |" in docs.markdown
    assert docs.markdown_url is not None
    assert httpx.get(docs.markdown_url).text == docs.markdown
    wan = load_spec()["components"]["schemas"]["Wan27Request"]
    assert docs.doc_url == wan["externalDocs"]["url"]  # the page people read, as the API's
    assert docs.markdown_url.startswith(server.base_url)
    assert isinstance(docs.fetched_at, datetime)
    assert docs.stale is False
    assert docs.cache_ttl_seconds == 604800
    assert docs.warning is None
    assert docs.raw["object"] == "model.documentation"
    assert "markdown=" not in repr(docs)  # a page is too long for a repr


def test_model_schema_returns_the_input_schema_of_the_operation(
    kind: Kind, server: RunningServer
) -> None:
    schema = use_client(kind, server, lambda client: client.model_schema("wan2.7"))
    assert isinstance(schema, ModelSchema)
    assert (schema.model, schema.operation) == ("wan2.7", "video_generation")
    request = load_spec()["components"]["schemas"]["Wan27Request"]
    assert set(schema.input_schema["properties"]) == set(request["properties"]) - {"model"}
    assert schema.input_schema["properties"]["duration"]["maximum"] == 15


def test_an_unknown_model_is_not_found_with_advice_about_the_model(
    kind: Kind, server: RunningServer
) -> None:
    for call in (
        lambda client: client.model_docs("no-such-model"),
        lambda client: client.model_schema("no-such-model"),
    ):
        with pytest.raises(NotFoundError) as raised:
            use_client(kind, server, call)
        assert "list_models()" in str(raised.value)
        assert "task id" not in str(raised.value)


def test_an_operation_the_model_does_not_serve_is_not_found(
    kind: Kind, server: RunningServer
) -> None:
    with pytest.raises(NotFoundError):
        use_client(
            kind, server, lambda client: client.model_schema("wan2.7", operation="image_generation")
        )


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda client: client.model_docs(""), "model"),
        (lambda client: client.model_docs(None), "model"),
        (lambda client: client.model_schema(" "), "model"),
        (lambda client: client.model_schema("wan2.7", operation="video"), "operation"),
    ],
)
def test_a_bad_model_or_operation_is_refused_before_sending(
    driver: Driver, api: respx.MockRouter, call: Any, field: str
) -> None:
    docs, schema = api.get(DOCS), api.get(SCHEMA)
    with pytest.raises(InvalidRequestError) as raised:
        driver.run(call)
    assert raised.value.fields == (field,)
    assert docs.call_count == schema.call_count == 0


@pytest.mark.parametrize(
    "call",
    [
        lambda client: client.list_models(),
        lambda client: client.model_docs("wan2.7"),
        lambda client: client.model_schema("wan2.7"),
    ],
    ids=["models", "docs", "schema"],
)
def test_a_discovery_call_is_retried_like_a_poll(
    driver: Driver, api: respx.MockRouter, call: Any
) -> None:
    good = {
        "data": [{"id": "wan2.7"}],
        "markdown": "# wan2.7",
        "model": "wan2.7",
        "input_schema": {"type": "object"},
    }
    answers = [httpx.Response(503), httpx.Response(502), httpx.Response(200, json=good)]
    for url in (MODELS, DOCS, SCHEMA):
        api.get(url).mock(side_effect=list(answers))
    assert driver.run(call) is not None
    assert len(driver.retry_sleeps) == 2


def test_the_list_skips_entries_without_an_id(driver: Driver, api: respx.MockRouter) -> None:
    data = [{"id": "wan2.7", "owned_by": "x"}, {"name": "no id"}, "text", {"id": ""}, {"id": 7}]
    api.get(MODELS).mock(return_value=httpx.Response(200, json={"data": data}))
    models = driver.run(lambda client: client.list_models())
    assert [model.id for model in models] == ["wan2.7", "7"]
    assert models[0].raw == {"id": "wan2.7", "owned_by": "x"}


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"fetched_at": 1763088289, "stale": True, "cache_ttl_seconds": 604800},
            (datetime.fromtimestamp(1763088289, tz=UTC), True, 604800),
        ),
        (
            {"fetched_at": 1763088289000, "stale": "true", "cache_ttl_seconds": "3600"},
            (datetime.fromtimestamp(1763088289, tz=UTC), True, 3600),
        ),
        (
            {"fetched_at": "2025-11-14T02:44:49Z", "stale": "no", "cache_ttl_seconds": -1},
            (datetime(2025, 11, 14, 2, 44, 49, tzinfo=UTC), False, None),
        ),
        (
            {"fetched_at": "yesterday", "stale": None, "cache_ttl_seconds": None},
            (None, False, None),
        ),
        ({}, (None, False, None)),
    ],
)
def test_the_docs_answer_is_read_leniently(
    driver: Driver,
    api: respx.MockRouter,
    fields: dict[str, Any],
    expected: tuple[object, ...],
) -> None:
    body = {"object": "model.documentation", "markdown": "# page", **fields}
    api.get(DOCS).mock(return_value=httpx.Response(200, json=body))
    docs = driver.run(lambda client: client.model_docs("wan2.7"))
    assert (docs.fetched_at, docs.stale, docs.cache_ttl_seconds) == expected
    assert docs.model == "wan2.7"  # the answer did not say: the model asked for
    assert (docs.doc_url, docs.markdown_url, docs.warning) == (None, None, None)
    assert docs.raw == body


def test_a_docs_warning_is_kept(driver: Driver, api: respx.MockRouter) -> None:
    body = {"markdown": "# page", "stale": True, "warning": "the page could not be refreshed"}
    api.get(DOCS).mock(return_value=httpx.Response(200, json=body))
    docs = driver.run(lambda client: client.model_docs("wan2.7"))
    assert (docs.stale, docs.warning) == (True, "the page could not be refreshed")


@pytest.mark.parametrize(
    ("url", "call", "body"),
    [
        (MODELS, lambda client: client.list_models(), {"data": {"id": "wan2.7"}}),
        (MODELS, lambda client: client.list_models(), ["wan2.7"]),
        (DOCS, lambda client: client.model_docs("wan2.7"), {"model": "wan2.7"}),
        (DOCS, lambda client: client.model_docs("wan2.7"), {"markdown": 7}),
        (SCHEMA, lambda client: client.model_schema("wan2.7"), {"input_schema": "{}"}),
        (SCHEMA, lambda client: client.model_schema("wan2.7"), "<html>"),
    ],
)
def test_an_answer_without_what_was_asked_for_is_a_validation_error(
    driver: Driver, api: respx.MockRouter, url: str, call: Any, body: object
) -> None:
    content = body.encode() if isinstance(body, str) else None
    response = httpx.Response(200, content=content) if content else httpx.Response(200, json=body)
    api.get(url).mock(return_value=response)
    with pytest.raises(APIResponseValidationError):
        driver.run(call, max_retries=0)
