"""The live check that costs nothing: the free discovery GETs against the spec.

For every model of the spec (the keys of the request's discriminator mapping): is it in
`GET /v1/models`, does its docs page's parameter table (the exact truth) state the fields,
types, enums, bounds and defaults of ITS family's schema (`Wan27Request` for `wan2.7`,
`KlingV26Request` for `kling-v2-6`...), and does its compatibility schema conflict with
them? Each difference names the model and its family's schema, and is one
`drift` property of the JUnit report (`discovery_drift.py`), which `make drift-patch` turns
into a proposed spec edit; drift never fails a test, an answer the spec does not describe
does. Only GETs are sent, through the cost guard like every live request, with the generated
client: `APIMART_LIVE_BUDGET=0` (the default) is all it needs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import httpx
import pytest

from apimart_video_client import AuthenticatedClient
from apimart_video_client.api.models import get_model_docs, get_model_schema, list_models
from apimart_video_client.models import ModelDocumentation, ModelList, ModelSchema
from apimart_video_client.types import Response
from contract_tests.live.conftest import LIVE_MARKS, LIVE_URL
from contract_tests.live.discovery_drift import (
    Difference,
    compare_docs,
    compare_schema,
    family_schema_name,
    missing_models,
    parse_docs,
    schema_fields,
    spec_models,
    spec_request_fields,
)
from contract_tests.live.drift import Record
from contract_tests.live.guard import GuardedTransport, LiveBudget
from contract_tests.spec_document import load_spec

pytestmark = LIVE_MARKS
MODELS = spec_models(load_spec())


@pytest.fixture
def discovery(live_key: str, budget: LiveBudget) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(
        base_url=LIVE_URL,
        token=live_key,
        timeout=httpx.Timeout(60),
        httpx_args={"transport": GuardedTransport(budget)},
    ) as client:
        yield client


def record_drift(differences: Iterable[Difference], record_property: Record) -> None:
    for difference in differences:
        record_property("drift", difference.finding())


def parsed(call: Any, **arguments: Any) -> Response[Any]:
    """The generated function's answer; one the spec does not describe fails the test."""
    try:
        response: Response[Any] = call(**arguments)
    except (KeyError, TypeError, ValueError) as broken:
        pytest.fail(f"the answer does not match the spec: {broken!r}")
    return response


def test_every_spec_model_is_in_the_live_model_list(
    discovery: AuthenticatedClient, record_property: Record
) -> None:
    response = parsed(list_models.sync_detailed, client=discovery)
    assert response.status_code == 200, response.content[:500]
    assert isinstance(response.parsed, ModelList)
    live = [model.id for model in response.parsed.data]
    record_property("live_models", len(live))
    record_drift(missing_models(MODELS, live), record_property)


@pytest.mark.parametrize("model", MODELS)
def test_live_docs_parameter_table_states_what_the_spec_says(
    discovery: AuthenticatedClient, model: str, record_property: Record
) -> None:
    response = parsed(get_model_docs.sync_detailed, client=discovery, model=model)
    if response.status_code == 404:  # the model has no docs page (any more): drift
        family = family_schema_name(load_spec(), model)
        record_drift(
            [Difference("docs", model, "unavailable", live=404, schema=family)], record_property
        )
        return
    assert response.status_code == 200, response.content[:500]
    docs = response.parsed
    assert isinstance(docs, ModelDocumentation)
    record_property("docs_checked", f"{model}: {docs.markdown_url} (stale: {docs.stale})")
    spec, family = spec_request_fields(load_spec(), model), family_schema_name(load_spec(), model)
    found = compare_docs(model, parse_docs(docs.markdown), spec, schema=family)
    record_drift(found, record_property)


@pytest.mark.parametrize("model", MODELS)
def test_live_compatibility_schema_does_not_conflict_with_the_spec(
    discovery: AuthenticatedClient, model: str, record_property: Record
) -> None:
    response = parsed(
        get_model_schema.sync_detailed,
        client=discovery,
        model=model,
        operation="video_generation",
    )
    if response.status_code == 404:
        family = family_schema_name(load_spec(), model)
        record_drift(
            [Difference("schema", model, "unavailable", live=404, schema=family)], record_property
        )
        return
    assert response.status_code == 200, response.content[:500]
    schema = response.parsed
    assert isinstance(schema, ModelSchema)
    record_property("schema_checked", model)
    spec, family = spec_request_fields(load_spec(), model), family_schema_name(load_spec(), model)
    found = compare_schema(model, schema_fields(schema.input_schema.to_dict()), spec, schema=family)
    record_drift(found, record_property)
