"""The zero-cost live check's reading and comparing (`discovery_drift.py`), offline: docs
pages in the styles people write them, and the compatibility schema's looser shape."""

from __future__ import annotations

import json
from typing import Any

from apimart_video.testing import run_server
from apimart_video_client import AuthenticatedClient
from apimart_video_client.api.models import get_model_docs, get_model_schema
from apimart_video_client.models import ModelDocumentation, ModelSchema
from contract_tests.live.discovery_drift import (
    PAYLOAD,
    UNSTATED,
    Difference,
    FieldFacts,
    compare_docs,
    compare_schema,
    family_schema_name,
    missing_models,
    parse_bounds,
    parse_docs,
    schema_fields,
    spec_models,
    spec_request_fields,
)
from contract_tests.spec_document import load_spec

SPEC = spec_request_fields(load_spec(), "wan2.7")
MODELS = spec_models(load_spec())

OUR_SERVER_STYLE = """\
# wan2.7 video generation

## Parameters

| field | type | required | enum | bounds | default | description |
| --- | --- | --- | --- | --- | --- | --- |
| `model` | string | yes | `wan2.7` |  |  | The model. |
| `resolution` | string | no | `720P`, `1080p` |  | `1080p` | Output resolution. |
| `duration` | integer | no |  | minimum=2, maximum=10 | `5` | Seconds. |
| `image_urls` | array of string | no | | minItems=1, maxItems=2, items.maxLength=2048 | | URLs |
| `generate_audio` | boolean | no |  |  | `false` | Generates a soundtrack. |
"""

APIMART_STYLE = """\
## Request Parameters

Parameter | Type | Required | Description
:--- | :---: | :---: | ---
**model** | string | ✓ | Fixed as `wan2.7`
**resolution** | string | | Options: `720P`, `1080P`. Default: `1080P`
**duration** | integer | | Video length in seconds. Range: 2-12. Default: 5
**prompt_extend** | boolean | | Smart rewriting. Default: `true`
**image_with_roles[].role** | string | | `first_frame` or `last_frame`
"""

THIRD_PARTY_STYLE = """\
Request Parameters
| Parameter | Type | Required | Description | Default | Constraints |
|---|---|---|---|---|---|
prompt | string | Yes | Text prompt | - | Max 1500 characters |
audio_url | string (URL) | No | wav/mp3 audio | null | 3\u201330s, \u226415 MB |
resolution | string (enum) | No | Output resolution | \u201d1080P\u201d | Options: "720P", "1080P" |
duration | integer | No | Video length in seconds | 5 | 2\u201315 |
seed | integer | No | Random seed | - | 0\u20132147483647 |
"""

CHINESE_STYLE = """\
### 请求参数

| 参数 | 类型 | 是否必填 | 默认值 | 说明 |
|------|------|----------|--------|------|
| `duration` | int | 否 | 5 | 视频时长 |
| `watermark` | bool | 否 | `true` | 水印 |
"""

MINTLIFY_STYLE = """\
## Request Parameters

<ParamField header="Authorization" type="string" required>
  Bearer token
</ParamField>

<ParamField body="model" type="string" required>
  Video generation model name, fixed as `wan2.7`
</ParamField>

<ParamField body="prompt" type="string">
  Video content description, up to **5000 characters**
</ParamField>

<ParamField body="duration" type="integer" default="5">
  Video duration (seconds)

  Range: `2` to `10`

  Default: `5`
</ParamField>

<ParamField body="resolution" type="string" default="1080P">
  Video resolution

  Options:

  * `720P` - HD
  * `1080P` - Full HD (default)
</ParamField>

<ParamField body="image_with_roles" type="array<object>">
  Images with roles
  <Expandable title="object fields">
    <ParamField body="role" type="string">
      Options: `first_frame`, `last_frame`
    </ParamField>
  </Expandable>
</ParamField>

<ParamField body="watermark" type="boolean" default={false}>
  Adds a watermark
</ParamField>

<ParamField body="generate_audio" type="boolean" default={true}>
  Generates a soundtrack

  <Warning>
    * Maximum 2 images supported
  </Warning>
</ParamField>

<ParamField body="seed" type="integer">
  随机种子

  支持范围\uff1a`0` \\~ `2147483647`
</ParamField>

## Parameter Support Matrix

| Parameter | Text-to-Video | Image-to-Video |
| --- | --- | --- |
| `prompt` | ✅ Required | Optional |
| `size` | ✅ | - |
"""


def test_our_servers_table_is_read_fact_by_fact() -> None:
    fields = parse_docs(OUR_SERVER_STYLE)
    assert list(fields) == ["model", "resolution", "duration", "image_urls", "generate_audio"]
    assert fields["model"].required is True
    assert fields["resolution"].enum == ("720P", "1080p")
    assert fields["resolution"].default == "1080p"
    assert fields["duration"].type == "integer"
    assert fields["duration"].bounds == {"minimum": 2, "maximum": 10}
    assert fields["duration"].default == 5
    assert fields["image_urls"].type == "array"
    assert fields["image_urls"].item_type == "string"
    assert fields["image_urls"].bounds == {"minItems": 1, "maxItems": 2, "items.maxLength": 2048}
    assert fields["generate_audio"].default is False
    assert fields["generate_audio"].description == "Generates a soundtrack."


def test_options_range_and_default_written_in_the_description_are_read() -> None:
    fields = parse_docs(APIMART_STYLE)
    assert list(fields) == ["model", "resolution", "duration", "prompt_extend"]
    assert fields["model"].required is True
    assert fields["resolution"].required is False
    assert fields["resolution"].enum == ("720P", "1080P")
    assert fields["resolution"].default == "1080P"
    assert fields["duration"].bounds == {"minimum": 2, "maximum": 12}
    assert fields["duration"].default == 5
    assert fields["prompt_extend"].default is True


def test_quotes_en_dashes_and_a_constraints_column_are_read() -> None:
    fields = parse_docs(THIRD_PARTY_STYLE)
    assert fields["prompt"].required is True
    assert fields["prompt"].bounds == {"maxLength": 1500}
    assert fields["prompt"].default is UNSTATED
    assert fields["audio_url"].type == "string"
    assert fields["audio_url"].bounds == {}, "seconds and megabytes do not bound the URL"
    assert fields["audio_url"].default is UNSTATED
    assert fields["resolution"].enum == ("720P", "1080P")
    assert fields["resolution"].default == "1080P"
    assert fields["duration"].bounds == {"minimum": 2, "maximum": 15}
    assert fields["seed"].bounds == {"minimum": 0, "maximum": 2147483647}


def test_chinese_headers_are_read() -> None:
    fields = parse_docs(CHINESE_STYLE)
    assert fields["duration"].type == "integer"
    assert fields["duration"].required is False
    assert fields["duration"].default == 5
    assert fields["watermark"].type == "boolean"
    assert fields["watermark"].default is True


def test_mintlify_param_fields_are_read_and_a_support_matrix_adds_no_facts() -> None:
    fields = parse_docs(MINTLIFY_STYLE)
    assert "Authorization" not in fields, "a header is no request field"
    assert "role" not in fields, "a nested field describes an item, not the request"
    assert fields["model"].required is True
    assert fields["prompt"].required is False
    assert fields["prompt"].bounds == {"maxLength": 5000}
    assert fields["duration"].bounds == {"minimum": 2, "maximum": 10}
    assert fields["duration"].default == 5
    assert fields["resolution"].enum == ("720P", "1080P")
    assert fields["resolution"].default == "1080P"
    assert (fields["image_with_roles"].type, fields["image_with_roles"].item_type) == (
        "array",
        "object",
    )
    assert fields["watermark"].default is False
    assert fields["generate_audio"].default is True
    assert fields["generate_audio"].bounds == {}
    assert fields["seed"].bounds == {"minimum": 0, "maximum": 2147483647}
    assert fields["size"] == FieldFacts(name="size"), "the matrix only names the field"
    found = {(d.kind, d.field) for d in compare_docs("wan2.7", fields, SPEC)}
    assert found == {
        ("bound", "duration"),
        ("field_added", "generate_audio"),
        ("bound", "seed"),
        ("field_missing", "image_urls"),
        ("field_missing", "video_urls"),
        ("field_missing", "negative_prompt"),
        ("field_missing", "audio_url"),
        ("field_missing", "prompt_extend"),
    }


def test_bounds_in_several_spellings() -> None:
    assert parse_bounds("2 to 15", "integer") == {"minimum": 2, "maximum": 15}
    assert parse_bounds("[240, 4096]", "integer") == {"minimum": 240, "maximum": 4096}
    assert parse_bounds(">= 0", "integer") == {"minimum": 0}
    assert parse_bounds("at most 500 characters", "string") == {"maxLength": 500}
    assert parse_bounds("min: 1, max: 2", "array") == {"minItems": 1, "maxItems": 2}
    assert parse_bounds("up to 2 images", "array") == {"maxItems": 2}
    assert parse_bounds("", "integer") == {}


def test_a_changed_enum_a_moved_bound_and_a_new_field_are_found() -> None:
    found = {
        (d.kind, d.field, d.keyword)
        for d in compare_docs("wan2.7", parse_docs(OUR_SERVER_STYLE), SPEC)
    }
    assert ("enum", "resolution", None) in found
    assert ("default", "resolution", None) in found
    assert ("bound", "duration", "maximum") in found
    assert ("field_added", "generate_audio", None) in found
    assert ("field_missing", "prompt", None) in found, "a page that drops a field is drift"
    assert not any(field == "model" for _, field, _ in found), "the model row is not compared"
    assert not any(field == "image_urls" for _, field, _ in found), "it agrees with the spec"


def test_what_the_docs_leave_unsaid_is_not_drift() -> None:
    page = "| Parameter | Description |\n|---|---|\n" + "".join(
        f"| {name} | something |\n" for name in SPEC
    )
    assert compare_docs("wan2.7", parse_docs(page), SPEC) == []


def live_differences(drift: bool | str) -> dict[str, list[Difference]]:
    """Each model's differences, as the live check finds them on a reference server."""
    found = {}
    with (
        run_server(api_key="k", docs_drift=drift) as server,
        AuthenticatedClient(base_url=server.base_url, token="k") as client,
    ):
        for model in MODELS:
            docs = get_model_docs.sync(client=client, model=model)
            schema = get_model_schema.sync(client=client, model=model, operation="video_generation")
            assert isinstance(docs, ModelDocumentation)
            assert isinstance(schema, ModelSchema)
            spec = spec_request_fields(load_spec(), model)
            family = family_schema_name(load_spec(), model)
            found[model] = compare_docs(model, parse_docs(docs.markdown), spec, schema=family)
            found[model] += compare_schema(
                model, schema_fields(schema.input_schema.to_dict()), spec, schema=family
            )
    return found


def test_the_reference_servers_pages_of_every_model_agree_with_its_family() -> None:
    for model, found in live_differences(False).items():
        assert found == [], (model, [d.sentence() for d in found])


def test_the_drifted_pages_of_every_model_show_drift_on_its_own_family() -> None:
    """`docs_drift`: a changed enum value (and the default that was it), a moved bound and
    a new field, for every model, each finding naming the model's family schema."""
    for model, found in live_differences(True).items():
        kinds = {d.kind for d in found}
        assert "field_added" in kinds, model
        assert kinds <= {"enum", "default", "bound", "field_added"}, model
        assert {d.source for d in found} == {"docs", "schema"}, model
        assert {d.schema for d in found} == {family_schema_name(load_spec(), model)}


def test_each_model_is_compared_with_its_own_familys_fields() -> None:
    kling = spec_request_fields(load_spec(), "kling-v2-6")
    schemas = load_spec()["components"]["schemas"]
    assert list(kling) == list(schemas["KlingV26Request"]["properties"])
    assert family_schema_name(load_spec(), "doubao-seedance-2.0-fast") == "DoubaoSeedance20Request"
    wan_page = parse_docs(OUR_SERVER_STYLE)
    assert compare_docs("kling-v2-6", wan_page, kling) != compare_docs("wan2.7", wan_page, SPEC)


def test_a_page_without_a_parameter_table_is_drift() -> None:
    (difference,) = compare_docs("wan2.7", parse_docs("# wan2.7\n\nNo table here."), SPEC)
    assert difference.kind == "no_parameter_table"


def test_a_looser_compatibility_schema_is_no_drift_but_a_conflict_is() -> None:
    looser: dict[str, Any] = {
        "type": "object",
        "properties": {
            "resolution": {"type": "string"},
            "duration": {"type": "integer", "maximum": 15},
            "seed": {"$ref": "#/$defs/seed"},
        },
        "$defs": {"seed": {"type": "integer"}},
    }
    assert compare_schema("wan2.7", schema_fields(looser), SPEC) == []
    conflicting = {
        "properties": {
            "resolution": {"type": "string", "enum": ["720p", "1080p"]},
            "duration": {"type": ["number", "null"], "maximum": 10},
            "fps": {"type": "integer"},
        }
    }
    found = compare_schema("wan2.7", schema_fields(conflicting), SPEC)
    assert {(d.source, d.kind, d.field) for d in found} == {
        ("schema", "enum", "resolution"),
        ("schema", "type", "duration"),
        ("schema", "bound", "duration"),
        ("schema", "field_added", "fps"),
    }


def test_a_spec_model_missing_from_the_live_list_is_drift() -> None:
    assert missing_models(MODELS, [*MODELS, "kling-v3"]) == []
    assert {d.model for d in missing_models(MODELS, ["wan2.7"])} == set(MODELS) - {"wan2.7"}
    (missing,) = missing_models(["wan2.7", "sora-2"], ["wan2.7"])
    assert (missing.source, missing.kind, missing.model) == ("models", "model_missing", "sora-2")


def test_a_finding_is_a_sentence_then_its_facts_as_json() -> None:
    difference = Difference(
        "docs", "wan2.7", "bound", "duration", "maximum", 15, 10, schema="Wan27Request"
    )
    sentence, _, payload = difference.finding().partition(PAYLOAD)
    assert sentence == "live docs drift: wan2.7.duration: bound maximum 15 in the spec, 10 live"
    assert json.loads(payload) == {
        "source": "docs",
        "model": "wan2.7",
        "kind": "bound",
        "schema": "Wan27Request",
        "field": "duration",
        "keyword": "maximum",
        "spec": 15,
        "live": 10,
    }
