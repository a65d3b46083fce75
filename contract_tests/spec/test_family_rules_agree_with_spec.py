"""For every model family: `check_request` accepts exactly the bodies the spec accepts.

Bodies are drawn from each family's schema in openapi.yaml (`family_bodies`, which shares
no code with the rules engine): each field valid alone, then values at and past its edges,
fields of other families, a missing required field, another family's model id. For each,
the overlay's verdict must equal a JSON Schema validation of the spec's
`VideoGenerationRequest` (a `oneOf` discriminated by `model`). Each family's documented
examples (`examples` in its schema) must pass both.
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from apimart_video import IgnoredFieldWarning, InvalidRequestError, check_request, known_models
from contract_tests.spec.family_bodies import bodies, families, models
from contract_tests.spec_document import spec_accepts_request

FAMILIES = list(families())
MODEL_FAMILIES = {model: name for name in FAMILIES for model in models(name)}


def overlay_accepts(body: Any) -> bool:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", IgnoredFieldWarning)
        try:
            check_request(body)
        except InvalidRequestError:
            return False
    return True


@pytest.mark.slow
@pytest.mark.parametrize("family", FAMILIES)
def test_overlay_accepts_exactly_what_the_spec_accepts(family: str) -> None:
    @settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        database=None,
    )
    @given(bodies(family))
    def agree(body: Any) -> None:
        assert overlay_accepts(body) == spec_accepts_request(body), body

    agree()


@pytest.mark.parametrize("family", FAMILIES)
def test_the_documented_examples_are_valid(family: str) -> None:
    examples = families()[family].get("examples", [])
    assert examples, f"{family} has no documented example in openapi.yaml"
    for body in examples:
        assert spec_accepts_request(body), body
        assert overlay_accepts(body), body


@pytest.mark.parametrize("family", FAMILIES)
def test_a_rejection_names_the_model_and_a_field_of_the_body(family: str) -> None:
    @settings(max_examples=25, deadline=None, database=None)
    @given(bodies(family))
    def named(body: Any) -> None:
        if overlay_accepts(body):
            return
        with pytest.raises(InvalidRequestError) as raised:
            check_request(body)
        roots = {field.split("[")[0].split(".")[0] for field in raised.value.fields}
        if not isinstance(body, dict):
            assert roots == {"body"}
            return
        # A field of the body, or one of its model's family that a rule asks for (prompt,
        # mode, viduq3's image_urls): the model id may be another family's.
        model = body.get("model")
        owner = MODEL_FAMILIES.get(model) if isinstance(model, str) else None
        assert roots <= set(body) | {"model", *families()[owner or family]["properties"]}
        if raised.value.model is not None:
            assert raised.value.model == body["model"]
            assert f"invalid {body['model']} request" in str(raised.value)

    named()


def test_every_family_of_the_spec_is_known_with_its_models() -> None:
    known = {family.name: family for family in known_models()}
    assert list(known) == FAMILIES
    for name, schema in families().items():
        assert known[name].models == tuple(schema["properties"]["model"]["enum"])
        assert known[name].fields == tuple(schema["properties"])
        assert known[name].docs_url == schema["externalDocs"]["url"]
        assert known[name].modes, f"{name} has no mode"


@given(st.sampled_from(FAMILIES), st.sampled_from(["", "nope", "Wan2.7 "]))
def test_an_unknown_model_is_refused_with_the_known_ids(family: str, model: str) -> None:
    with pytest.raises(InvalidRequestError) as raised:
        check_request({"model": model, "prompt": "x"})
    for known in families()[family]["properties"]["model"]["enum"]:
        assert known in str(raised.value)
