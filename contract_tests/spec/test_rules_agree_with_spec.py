"""`check_request` accepts exactly the bodies the spec's request schema accepts.

Hypothesis builds bodies near the edges of every rule (bounds, types, conflicts, unknown
fields); for each, the overlay's verdict must equal a JSON Schema validation of
`openapi.yaml`. This is what keeps the rules, written twice, from drifting apart.
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from apimart_video import IgnoredFieldWarning, InvalidRequestError, check_request
from contract_tests.spec_document import spec_accepts_request

GOOD_URLS = [
    "https://cdn.example.com/a.jpg",
    "http://cdn.example.com/b.png",
    "https://h/" + "p" * 2038,
    "https://cdn.example.com/path?query=1#frag",
]
BAD_URLS = [
    "",
    "https://",
    "https:///a.jpg",
    "ftp://cdn.example.com/a.jpg",
    "HTTPS://cdn.example.com/a.jpg",
    "cdn.example.com/a.jpg",
    "https://cdn.example.com/a b.jpg",
    "https://h/" + "p" * 2039,
    " https://cdn.example.com/a.jpg",
]
NOT_STRINGS: list[Any] = [None, 0, 1.5, True, [], {}]


def text_of(lengths: list[int]) -> st.SearchStrategy[str]:
    return st.builds(lambda n, c: c * n, st.sampled_from(lengths), st.sampled_from(["x", "é"]))


good_url = st.sampled_from(GOOD_URLS)
any_url = st.one_of(
    good_url,
    st.sampled_from(BAD_URLS + NOT_STRINGS),
    st.text(max_size=12).map(lambda tail: "https://" + tail),
)
first = st.fixed_dictionaries({"url": good_url}, optional={"role": st.just("first_frame")})
last = st.fixed_dictionaries({"url": good_url, "role": st.just("last_frame")})
any_role_entry = st.one_of(
    first,
    last,
    st.fixed_dictionaries({"url": any_url}, optional={"role": st.sampled_from(["", None, 1])}),
    st.fixed_dictionaries({}, optional={"role": st.just("first_frame"), "weight": st.just(1)}),
    st.fixed_dictionaries({"url": good_url, "extra": st.just(1)}),
    any_url,
)

# Values the docs call valid, per field.
VALID: dict[str, st.SearchStrategy[Any]] = {
    "prompt": text_of([1, 2, 4999, 5000]),
    "image_urls": st.lists(good_url, min_size=1, max_size=2),
    "image_with_roles": st.one_of(
        st.tuples(first).map(list),
        st.tuples(first, last).map(list),
        st.tuples(last, first).map(list),
    ),
    "video_urls": st.lists(good_url, min_size=1, max_size=2),
    "negative_prompt": text_of([0, 1, 500]),
    "resolution": st.sampled_from(["720P", "1080P"]),
    "duration": st.one_of(st.integers(2, 15), st.sampled_from([2.0, 15.0])),
    "size": st.sampled_from(["16:9", "9:16", "1:1", "4:3", "3:4"]),
    "audio_url": good_url,
    "prompt_extend": st.booleans(),
    "watermark": st.booleans(),
    "seed": st.one_of(st.integers(0, 2**63), st.just(0.0)),
}
# Values at and past every edge, wrong types, and fields that do not exist.
EDGES: dict[str, st.SearchStrategy[Any]] = {
    "model": st.sampled_from(["wan2.2", "", "WAN2.7", 2.7, None]),
    "prompt": st.one_of(text_of([0, 5001]), st.sampled_from(NOT_STRINGS)),
    "image_urls": st.one_of(st.lists(any_url, max_size=3), any_url),
    "image_with_roles": st.one_of(
        st.lists(st.one_of(first, last), min_size=1, max_size=3),
        st.lists(any_role_entry, max_size=3),
        any_role_entry,
    ),
    "video_urls": st.one_of(st.lists(any_url, max_size=2), any_url),
    "negative_prompt": st.one_of(text_of([501]), st.sampled_from(NOT_STRINGS)),
    "resolution": st.sampled_from(["720p", "480P", "", 1080, None]),
    "duration": st.sampled_from([1, 16, 0, -2, 5.5, 1e20, True, "5", None]),
    "size": st.sampled_from(["21:9", "16/9", "", 1, None]),
    "audio_url": any_url,
    "prompt_extend": st.sampled_from([0, 1, "true", None]),
    "watermark": st.sampled_from([0, 1, "false", None]),
    "seed": st.sampled_from([-1, 1.5, True, "42", None, -(2**63)]),
    "negativ_prompt": st.just("blurry"),
    "Model": st.just("wan2.7"),
}


MODES: list[dict[str, st.SearchStrategy[Any]]] = [
    {"prompt": VALID["prompt"]},
    {"prompt": VALID["prompt"], "audio_url": good_url},
    {"image_urls": st.lists(good_url, min_size=1, max_size=1)},
    {"image_urls": st.lists(good_url, min_size=2, max_size=2)},
    {"image_with_roles": VALID["image_with_roles"]},
    {"video_urls": VALID["video_urls"]},
    {"image_urls": st.lists(good_url, min_size=1, max_size=1), "audio_url": good_url},
    {"image_with_roles": st.tuples(first).map(list), "audio_url": good_url},
    # Any count and order of roles, valid or not: exactly one first frame is the rule.
    {"image_with_roles": st.lists(st.one_of(first, last), min_size=1, max_size=3)},
]
COMMON = (
    "prompt",
    "negative_prompt",
    "resolution",
    "duration",
    "size",
    "prompt_extend",
    "watermark",
    "seed",
)


@st.composite
def bodies(draw: st.DrawFn) -> Any:
    """A valid body of one mode, then up to two changes: an edge value or a conflicting field."""
    if draw(st.integers(0, 40)) == 0:
        return draw(st.sampled_from([None, [], "wan2.7", 1, {}]))
    mode = draw(st.sampled_from(MODES))
    body: dict[str, Any] = {"model": "wan2.7"}
    body |= draw(st.fixed_dictionaries({}, optional={f: VALID[f] for f in COMMON}))
    body |= draw(st.fixed_dictionaries(mode))
    for _ in range(draw(st.integers(0, 2))):
        change = draw(st.sampled_from(["edge", "edge", "add", "drop"]))
        if change == "edge":
            field = draw(st.sampled_from(sorted(EDGES)))
            body[field] = draw(EDGES[field])
        elif change == "add":
            field = draw(st.sampled_from(sorted(VALID)))
            body[field] = draw(VALID[field])
        else:
            body.pop(draw(st.sampled_from(["model", "prompt"])), None)
    return body


def overlay_accepts(body: Any) -> bool:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", IgnoredFieldWarning)
        try:
            check_request(body)
        except InvalidRequestError:
            return False
    return True


@pytest.mark.slow
@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies())
@example({"model": "wan2.7", "image_with_roles": [{"url": GOOD_URLS[0], "role": "last_frame"}]})
@example({"model": "wan2.7", "image_urls": [GOOD_URLS[0]], "audio_url": GOOD_URLS[1]})
@example({"model": "wan2.7", "image_with_roles": ["x"], "audio_url": GOOD_URLS[1]})
@example({"model": "wan2.7", "image_with_roles": [{"url": GOOD_URLS[0]}, {"url": GOOD_URLS[1]}]})
def test_overlay_accepts_exactly_what_the_spec_accepts(body: Any) -> None:
    assert overlay_accepts(body) == spec_accepts_request(body), body


@settings(max_examples=300, deadline=None)
@given(bodies())
def test_rejection_names_a_field_of_the_body(body: Any) -> None:
    if overlay_accepts(body):
        return
    with pytest.raises(InvalidRequestError) as raised:
        check_request(body)
    roots = {field.split("[")[0].split(".")[0] for field in raised.value.fields}
    named = set(body) | {"model", "prompt"} if isinstance(body, dict) else {"body"}
    assert roots <= named
