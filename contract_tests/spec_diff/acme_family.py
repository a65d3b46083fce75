"""A made-up model family, `acme-v1`, added the way docs/adding-a-model.md says.

Its spec entry has what a real family has: `x-apimart-family`, `externalDocs`, an enum
field, a bounded integer, an image field, one `if`/`then` rule and examples; `add_acme`
writes it and its `oneOf`, mapping and `VideoModel` lines into a spec document, and
`RULES_FILE` is its rules file (`families/acme_v1.py`).
"""

from __future__ import annotations

import copy
from typing import Any

FAMILY = "acme-v1"
MODELS = ("acme-v1", "acme-v1-fast")
SCHEMA = "AcmeV1Request"
RULES_MODULE = "acme_v1"  # `families.module_name("acme-v1")`
IMAGE = "https://cdn.example.com/acme-first-frame.jpg"

ACME_SCHEMA: dict[str, Any] = {
    "type": "object",
    "x-apimart-family": FAMILY,
    "externalDocs": {
        "description": "acme-v1 video generation (a made-up family for the recipe's test)",
        "url": "https://docs.example.com/en/api-reference/videos/acme-v1/generation",
    },
    "description": (
        "An acme-v1 generation: text-to-video, or image-to-video from a first frame. "
        "`quality` `draft` renders at most 6 s.\n\nDecisions: none; the family is made up."
    ),
    "additionalProperties": False,
    "required": ["model", "prompt"],
    "properties": {
        "model": {"type": "string", "enum": list(MODELS), "description": "The model id."},
        "prompt": {
            "type": "string",
            "minLength": 1,
            "maxLength": 1000,
            "description": "What the video shows, at most 1000 characters.",
        },
        "quality": {
            "type": "string",
            "enum": ["draft", "final"],
            "default": "final",
            "description": "`draft`: fast, at most 6 s. `final`: full quality.",
        },
        "duration": {
            "type": "integer",
            "minimum": 2,
            "maximum": 12,
            "default": 4,
            "description": "Length of the video in seconds, 2 to 12.",
        },
        "image_urls": {
            "type": "array",
            "minItems": 1,
            "maxItems": 1,
            "x-apimart-media": "image",
            "description": "The first frame. Selects image-to-video.",
            "items": {"$ref": "#/components/schemas/HttpUrl"},
        },
    },
    "allOf": [
        {
            "description": "`quality: draft` renders at most 6 s.",
            "if": {"required": ["quality"], "properties": {"quality": {"const": "draft"}}},
            "then": {"properties": {"duration": {"maximum": 6}}},
        }
    ],
    "examples": [
        {"model": "acme-v1", "prompt": "A lighthouse in a storm, waves crashing"},
        {
            "model": "acme-v1-fast",
            "prompt": "The lighthouse beam sweeps across the sea",
            "quality": "draft",
            "duration": 6,
            "image_urls": [IMAGE],
        },
    ],
}

VALID_BODY: dict[str, Any] = {
    "model": "acme-v1",
    "prompt": "A lighthouse in a storm",
    "quality": "draft",
    "duration": 5,
    "image_urls": [IMAGE],
}
# Breaks the `if`/`then` rule: a draft of 10 s; the error must name `duration`.
INVALID_BODY: dict[str, Any] = {**VALID_BODY, "duration": 10}
INVALID_FIELD = "duration"

RULES_FILE = '''"""acme-v1: a draft renders at most 6 s (the spec's `if`/`then`)."""

from __future__ import annotations

from collections.abc import Iterator

from apimart_video._request.family import Body, Family, conflict, has, number, size_of
from apimart_video._types import Mode, Violation

DRAFT_MAXIMUM = 6


def conflicts(body: Body) -> Iterator[Violation]:
    duration = number(body, "duration")
    if has(body, "quality", "draft") and duration is not None and duration > DRAFT_MAXIMUM:
        yield conflict(
            "duration",
            body,
            f"is at most {DRAFT_MAXIMUM} with quality 'draft'",
            f"set quality='final', or a duration of {DRAFT_MAXIMUM} or less",
        )


def mode_of(body: Body) -> Mode:
    return Mode.FIRST_FRAME if size_of(body, "image_urls") else Mode.TEXT_TO_VIDEO


FAMILY = Family(
    name="acme-v1",
    mode_of=mode_of,
    conflicts=conflicts,
    writers={
        Mode.TEXT_TO_VIDEO: lambda inputs: {},
        Mode.FIRST_FRAME: lambda inputs: {"image_urls": [inputs.first_frame]},
    },
)
'''


def add_acme(document: dict[str, Any]) -> None:
    """The spec entry of the recipe: the schema, its `oneOf` and mapping lines, its ids."""
    schemas = document["components"]["schemas"]
    schemas[SCHEMA] = copy.deepcopy(ACME_SCHEMA)
    request = schemas["VideoGenerationRequest"]
    request["oneOf"].append({"$ref": f"#/components/schemas/{SCHEMA}"})
    for model in MODELS:
        request["discriminator"]["mapping"][model] = f"#/components/schemas/{SCHEMA}"
    schemas["VideoModel"]["enum"].extend(MODELS)
