"""The wan2.7 request rules, written once: types, ranges and the conflicts between modes.

Every value (enum, bound, length, pattern) is read from `_spec`, which `make generate`
writes from `openapi.yaml`; what is written here is what a schema says badly: the
conflicts, the messages, and the helper to call instead.

`check_request` gives the same verdict as validating the body against the
`VideoGenerationRequest` schema of `openapi.yaml` (a property test compares the two over
generated bodies), and adds what a schema cannot: the mode, a message that names the field,
the value and the rule, and for a conflict the helper the caller probably wanted.

JSON semantics are followed to the letter so that the verdicts agree: an array is a `list`,
an integer is an `int` that is not a `bool` (or a float with no fractional part), and a
string length counts code points.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Final

from apimart_video._exceptions import InvalidRequestError
from apimart_video._request import spec_values
from apimart_video._stack import caller_stacklevel
from apimart_video._types import MISSING, Mode, Violation

__all__ = [
    "ASPECT_RATIOS",
    "DURATION_RANGE",
    "MODEL",
    "RESOLUTIONS",
    "IgnoredFieldWarning",
    "Mode",
    "Violation",
    "check_request",
]

(MODEL,) = spec_values.VIDEO_MODELS  # the one model this client covers
PROMPT_MAX_LENGTH: Final = spec_values.PROMPT_MAX_LENGTH
NEGATIVE_PROMPT_MAX_LENGTH: Final = spec_values.NEGATIVE_PROMPT_MAX_LENGTH
URL_MAX_LENGTH: Final = spec_values.HTTP_URL_MAX_LENGTH
DURATION_RANGE: Final = (spec_values.DURATION_MINIMUM, spec_values.DURATION_MAXIMUM)
RESOLUTIONS: Final = spec_values.RESOLUTIONS
ASPECT_RATIOS: Final = spec_values.ASPECT_RATIOS
IMAGE_ROLES: Final = spec_values.IMAGE_ROLES
URL_PATTERN: Final = re.compile(spec_values.HTTP_URL_PATTERN)
"""The spec's `HttpUrl.pattern`, searched as JSON Schema does (`re.search`)."""

IMAGE_FIELDS: Final = ("image_urls", "image_with_roles")
INPUT_FIELDS: Final = (*IMAGE_FIELDS, "video_urls")


class IgnoredFieldWarning(UserWarning):
    """A field is valid but the API will ignore it in this mode."""


# --- JSON types, exactly as JSON Schema (and the jsonschema library) define them -----------


def _is_integer(value: object) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _is_string(value: object) -> bool:
    return isinstance(value, str)


def _is_boolean(value: object) -> bool:
    return isinstance(value, bool)


def _is_array(value: object) -> bool:
    return isinstance(value, list)


def _is_object(value: object) -> bool:
    return isinstance(value, Mapping)


# --- field checks: each yields the violations of one field ---------------------------------

FieldCheck = Callable[[str, object], Iterator[Violation]]


def describe_range(minimum: int | None, maximum: int | None) -> str:
    """`from 2 to 15`, `>= 0` or `<= 15`: a bound as messages and the CLI's help say it."""
    if minimum is not None and maximum is not None:
        return f"from {minimum} to {maximum}"
    if minimum is not None:
        return f">= {minimum}"
    return f"<= {maximum}" if maximum is not None else "any"


def _string(min_length: int | None, max_length: int | None) -> FieldCheck:
    def check(field: str, value: object) -> Iterator[Violation]:
        if not _is_string(value):
            yield Violation(field, value, "must be a string")
            return
        assert isinstance(value, str)
        if min_length is not None and len(value) < min_length:
            rule = f"must be at least {min_length} characters, got {len(value)}"
            yield Violation(field, value, "must not be empty" if min_length == 1 else rule)
        if max_length is not None and len(value) > max_length:
            yield Violation(
                field, value, f"must be at most {max_length} characters, got {len(value)}"
            )

    return check


def _choice(options: tuple[str, ...], what: str) -> FieldCheck:
    def check(field: str, value: object) -> Iterator[Violation]:
        if not (_is_string(value) and value in options):
            listed = ", ".join(repr(option) for option in options)
            yield Violation(field, value, f"must be one of {listed} ({what})")

    return check


def _integer(minimum: int | None, maximum: int | None, what: str) -> FieldCheck:
    bounds = describe_range(minimum, maximum)

    def check(field: str, value: object) -> Iterator[Violation]:
        if not _is_integer(value):
            yield Violation(field, value, f"must be an integer {bounds} ({what})")
            return
        assert isinstance(value, int | float)
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            yield Violation(field, value, f"must be {bounds} ({what})")

    return check


def _boolean(field: str, value: object) -> Iterator[Violation]:
    if not _is_boolean(value):
        yield Violation(field, value, "must be true or false (a bool)")


def _model(field: str, value: object) -> Iterator[Violation]:
    if not (_is_string(value) and value in spec_values.VIDEO_MODELS):
        yield Violation(field, value, f"must be {MODEL!r}, the only model this client covers")


def _url(field: str, value: object) -> Iterator[Violation]:
    if not _is_string(value):
        yield Violation(field, value, "must be a URL string")
        return
    assert isinstance(value, str)
    if URL_MAX_LENGTH is not None and len(value) > URL_MAX_LENGTH:
        yield Violation(field, value, f"must be at most {URL_MAX_LENGTH} characters")
    if not URL_PATTERN.search(value):
        yield Violation(
            field,
            value,
            "must be an absolute http:// or https:// URL of URI characters "
            "(percent-encode spaces and non-ASCII)",
        )


def _array(min_items: int | None, max_items: int | None, item: FieldCheck, what: str) -> FieldCheck:
    def check(field: str, value: object) -> Iterator[Violation]:
        if not _is_array(value):
            yield Violation(field, value, f"must be a list of {what}")
            return
        assert isinstance(value, list)
        if min_items is not None and len(value) < min_items:
            yield Violation(field, value, f"must hold at least {min_items} of {what}")
        if max_items is not None and len(value) > max_items:
            yield Violation(field, value, f"must hold at most {max_items} {what}")
        for index, entry in enumerate(value):
            yield from item(f"{field}[{index}]", entry)

    return check


def _image_with_role(field: str, value: object) -> Iterator[Violation]:
    if not _is_object(value):
        yield Violation(field, value, 'must be an object {"url": ..., "role": ...}')
        return
    assert isinstance(value, Mapping)
    if "url" not in value:
        yield Violation(f"{field}.url", MISSING, "is required")
    for key, entry in value.items():
        if key == "url":
            yield from _url(f"{field}.url", entry)
        elif key == "role":
            yield from _choice(IMAGE_ROLES, "the frame the image becomes")(f"{field}.role", entry)
        else:
            yield Violation(f"{field}.{key}", entry, "is not a field of an image (url, role)")


_FIELD_CHECKS: Final[dict[str, FieldCheck]] = {
    "model": _model,
    "prompt": _string(spec_values.PROMPT_MIN_LENGTH, spec_values.PROMPT_MAX_LENGTH),
    "image_urls": _array(
        spec_values.IMAGE_URLS_MIN_ITEMS,
        spec_values.IMAGE_URLS_MAX_ITEMS,
        _url,
        "image URLs (first frame, then last frame)",
    ),
    "image_with_roles": _array(
        spec_values.IMAGE_WITH_ROLES_MIN_ITEMS,
        spec_values.IMAGE_WITH_ROLES_MAX_ITEMS,
        _image_with_role,
        "images with roles",
    ),
    "video_urls": _array(
        spec_values.VIDEO_URLS_MIN_ITEMS, spec_values.VIDEO_URLS_MAX_ITEMS, _url, "video URLs"
    ),
    "negative_prompt": _string(spec_values.NEGATIVE_PROMPT_MIN_LENGTH, NEGATIVE_PROMPT_MAX_LENGTH),
    "resolution": _choice(RESOLUTIONS, "output resolution"),
    "duration": _integer(*DURATION_RANGE, "seconds"),
    "size": _choice(ASPECT_RATIOS, "aspect ratio"),
    "audio_url": _url,
    "prompt_extend": _boolean,
    "watermark": _boolean,
    "seed": _integer(spec_values.SEED_MINIMUM, spec_values.SEED_MAXIMUM, "random seed"),
}
FIELDS: Final = tuple(_FIELD_CHECKS)


def _is_last_frame(entry: object) -> bool:
    return _is_object(entry) and "role" in entry and entry["role"] == "last_frame"  # type: ignore[operator,index]


# --- conflicts between fields: the spec's allOf and dependentSchemas -----------------------


def _conflicts(body: Mapping[str, Any]) -> Iterator[Violation]:
    present = set(body)
    if "prompt" not in present and not present & set(INPUT_FIELDS):
        yield Violation(
            "prompt",
            MISSING,
            "is required in text-to-video mode (no image_urls, image_with_roles or video_urls)",
            "call text_to_video(prompt), or pass an image or a video for image-to-video",
        )
    if {"image_urls", "image_with_roles"} <= present:
        yield Violation(
            "image_with_roles",
            body["image_with_roles"],
            "cannot be combined with image_urls (use one or the other)",
            "for a first and a last frame call "
            "first_last_frame_to_video(first_frame_url, last_frame_url)",
        )
    if "video_urls" in present:
        for other in (*IMAGE_FIELDS, "audio_url"):
            if other in present:
                audio_hint = (
                    " or image_with_audio(image_url, audio_url)" if other == "audio_url" else ""
                )
                yield Violation(
                    other,
                    body[other],
                    f"cannot be combined with video_urls (video continuation uses only the "
                    f"video{'' if other != 'audio_url' else ' and takes no audio'})",
                    "to extend a video call continue_video(video_url) with nothing else; "
                    f"to animate an image call first_frame_to_video(image_url){audio_hint}",
                )
    if "audio_url" in present:
        image_urls = body.get("image_urls")
        roles = body.get("image_with_roles")
        has_last_frame = (_is_array(image_urls) and len(image_urls) > 1) or (  # type: ignore[arg-type]
            _is_array(roles) and any(_is_last_frame(entry) for entry in roles)  # type: ignore[union-attr]
        )
        if has_last_frame:
            yield Violation(
                "audio_url",
                body["audio_url"],
                "cannot be combined with a last frame: driving audio takes a single first frame",
                "call image_with_audio(image_url, audio_url) for an image moved by audio, or "
                "first_last_frame_to_video(first_frame_url, last_frame_url) without audio",
            )
    roles = body.get("image_with_roles")
    if _is_array(roles):
        assert isinstance(roles, list)
        objects = [entry for entry in roles if _is_object(entry)]
        first_frames = sum(1 for entry in objects if not _is_last_frame(entry))
        last_frames = sum(1 for entry in roles if _is_last_frame(entry) or not _is_object(entry))
        if objects and first_frames == 0:
            yield Violation(
                "image_with_roles",
                roles,
                "needs exactly one first_frame (a last_frame needs a first_frame)",
                "for a single image call first_frame_to_video(image_url)",
            )
        if first_frames > 1:
            yield Violation(
                "image_with_roles",
                roles,
                f"holds {first_frames} first frames; exactly one is allowed "
                "(an image without a role is a first_frame)",
                "give the second image role 'last_frame', or call "
                "first_last_frame_to_video(first_frame_url, last_frame_url)",
            )
        if last_frames > 1:
            yield Violation(
                "image_with_roles", roles, f"holds {last_frames} last frames; at most one"
            )


def _did_you_mean(field: str) -> str:
    import difflib  # here: only a misspelt field needs it, and it costs the import time

    close = difflib.get_close_matches(field, FIELDS, n=1)
    if close:
        return f"did you mean {close[0]!r}?"
    return f"the fields are {', '.join(FIELDS)}"


def _violations(body: Mapping[str, Any]) -> Iterator[Violation]:
    if "model" not in body:
        yield Violation("model", MISSING, f"is required and must be {MODEL!r}")
    for field, value in body.items():
        check = _FIELD_CHECKS.get(field)
        if check is not None:
            yield from check(field, value)
        else:
            yield Violation(field, value, "is not a wan2.7 field", _did_you_mean(field))
    yield from _conflicts(body)


def _mode(body: Mapping[str, Any]) -> Mode:
    if "video_urls" in body:
        return Mode.CONTINUATION
    if "image_urls" in body:
        has_last_frame = len(body["image_urls"]) == 2
    elif "image_with_roles" in body:
        has_last_frame = any(_is_last_frame(entry) for entry in body["image_with_roles"])
    else:
        return Mode.TEXT_TO_VIDEO
    if has_last_frame:
        return Mode.FIRST_LAST_FRAME
    return Mode.IMAGE_WITH_AUDIO if "audio_url" in body else Mode.FIRST_FRAME


def check_request(body: Mapping[str, Any]) -> Mode:
    """Return the mode of a raw wan2.7 request body, or raise `InvalidRequestError`.

    Pure: no I/O. Accepts exactly the bodies the spec's `VideoGenerationRequest` accepts.
    Emits `IgnoredFieldWarning` for valid fields the API ignores in the body's mode
    (`size` with an image or a video; video URLs after the first).
    """
    if not _is_object(body):
        raise InvalidRequestError([Violation("body", body, "must be a JSON object (a mapping)")])
    violations = list(_violations(body))
    if violations:
        raise InvalidRequestError(violations)
    mode = _mode(body)
    if "size" in body and mode is not Mode.TEXT_TO_VIDEO:
        warnings.warn(
            f"size={body['size']!r} is ignored in {mode.value} mode: the API takes the aspect "
            "ratio from the input image or video",
            IgnoredFieldWarning,
            stacklevel=caller_stacklevel(),
        )
    if mode is Mode.CONTINUATION and len(body["video_urls"]) > 1:
        warnings.warn(
            f"only the first of {len(body['video_urls'])} video_urls is used",
            IgnoredFieldWarning,
            stacklevel=caller_stacklevel(),
        )
    return mode
