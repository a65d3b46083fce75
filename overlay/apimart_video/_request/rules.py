"""`check_request`: the body's `model` picks its family, and the family's rules decide.

Every value (enum, bound, length, pattern) is read from `spec_values`, which `make generate`
writes from `openapi.yaml`; each family's rules file (`families/`) writes only what a schema
says badly: the conflicts, the messages, and the way out.

`check_request` gives the same verdict as validating the body against the spec's
`VideoGenerationRequest` (a `oneOf` discriminated by `model`); a property test compares the
two over generated bodies for every family. It adds what a schema cannot: the mode, a message
that names the model, the field, the value and the rule, and for a conflict the way out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from apimart_video._exceptions import InvalidRequestError
from apimart_video._request import spec_values
from apimart_video._request.families import MODEL_FAMILIES, family, family_of
from apimart_video._request.family import DEFAULT_MODEL, IgnoredFieldWarning
from apimart_video._request.fields import describe_range
from apimart_video._types import MISSING, Mode, ModelFamily, Violation

__all__ = [
    "ASPECT_RATIOS",
    "DURATION_RANGE",
    "FIELDS",
    "MODEL",
    "RESOLUTIONS",
    "IgnoredFieldWarning",
    "Mode",
    "ModelFamily",
    "Violation",
    "check_request",
    "describe_range",
    "known_models",
    "unknown_model",
]

MODEL: Final = DEFAULT_MODEL
"""The model the mode helpers and `generate()` use when none is named."""
DURATION_RANGE: Final = (spec_values.DURATION_MINIMUM, spec_values.DURATION_MAXIMUM)
"""wan2.7's duration bounds."""
RESOLUTIONS: Final = spec_values.RESOLUTIONS
"""wan2.7's resolutions."""
ASPECT_RATIOS: Final = spec_values.ASPECT_RATIOS
"""wan2.7's aspect ratios (its `size`)."""
FIELDS: Final = tuple(spec_values.FAMILIES[DEFAULT_MODEL]["fields"])
"""wan2.7's fields."""


def known_models() -> tuple[ModelFamily, ...]:
    """Every family of models the client checks requests for, in the spec's order."""
    found = []
    for name, values in spec_values.FAMILIES.items():
        rules = family(name)
        found.append(
            ModelFamily(
                name=name,
                models=values["models"],
                modes=rules.modes,
                fields=rules.fields,
                required=values["required"],
                docs_url=values["docs_url"],
                summary=values["summary"],
            )
        )
    return tuple(found)


def unknown_model(model: object) -> Violation:
    """The violation of a `model` the client does not know, listing the ones it does."""
    import difflib  # here: only an unknown model needs it

    known = ", ".join(MODEL_FAMILIES)
    close = difflib.get_close_matches(model, MODEL_FAMILIES, n=1) if isinstance(model, str) else []
    hint = f"did you mean {close[0]!r}? " if close else ""
    hint += "pass check=False to send a model this client does not know, unchecked"
    if not isinstance(model, str):
        return Violation("model", model, f"must be a model id string, one of: {known}", hint)
    return Violation("model", model, f"is not a model this client knows ({known})", hint)


def check_request(body: Mapping[str, Any]) -> Mode:
    """Return the mode of a raw request body, or raise `InvalidRequestError`.

    Pure: no I/O. Accepts exactly the bodies the spec's `VideoGenerationRequest` accepts:
    `model` picks the family, whose fields, values and conflicts then apply. Emits
    `IgnoredFieldWarning` for valid fields the API ignores in the body's mode (for wan2.7:
    `size` with an image or a video; video URLs after the first).
    """
    if not isinstance(body, Mapping):
        raise InvalidRequestError([Violation("body", body, "must be a JSON object (a mapping)")])
    model = body.get("model", MISSING)
    if model is MISSING:
        known = ", ".join(MODEL_FAMILIES)
        raise InvalidRequestError(
            [Violation("model", MISSING, f"is required: one of {known}", f"e.g. {MODEL!r}")]
        )
    rules = family_of(model) if isinstance(model, str) else None
    if rules is None:
        raise InvalidRequestError([unknown_model(model)])
    return rules.check(body)
