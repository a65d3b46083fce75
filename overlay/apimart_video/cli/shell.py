"""The CLI's words for the library's: flags where messages name fields, helpers and kwargs.

The rules (`_request/rules.py`) and errors speak to Python callers: `audio_url`,
`image_with_audio(image_url, audio_url)`, `api_key=...`. A shell user typed `--audio` and
`--image`, so the CLI renders every error through `for_shell`, the one place that knows both
vocabularies: a violation field by field (the values the user gave stay as they were), any
other message as a whole: `idempotency_key='k'` becomes `--idempotency-key k`, and a
Python-only alternative (`or client.wait('...')`) or a `(CLI: ...)` aside is dropped.
A test holds the vocabulary complete: every helper a rule names must have its flags here.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from apimart_video._exceptions import APIMartError, InvalidRequestError
from apimart_video._types import Violation

FIELD_FLAGS: Final[dict[str, str]] = {
    "prompt": "--prompt",
    "negative_prompt": "--negative-prompt",
    "image_urls": "--image",
    "image_urls[0]": "--image",
    "image_urls[1]": "--last-frame",
    "image_with_roles": "--image",
    "video_urls": "--video",
    "audio_url": "--audio",
    "resolution": "--resolution",
    "duration": "--duration",
    "size": "--size",
    "seed": "--seed",
    "prompt_extend": "--no-prompt-extend",
    "watermark": "--watermark",
    "language": "--language",
    "api_key": "--api-key",
    "idempotency_key": "--idempotency-key",
}
"""A request field (or an item of one) -> the flag that sets it."""

HELPER_FLAGS: Final[dict[str, str]] = {
    "text_to_video": "--prompt TEXT",
    "first_frame_to_video": "--image URL",
    "first_last_frame_to_video": "--image URL --last-frame URL",
    "continue_video": "--video URL",
    "image_with_audio": "--image URL --audio URL",
}
"""A mode helper of the client -> the flags that choose the same mode."""

_HELPER_CALL = re.compile(rf"\b(?:call\s+)?({'|'.join(HELPER_FLAGS)})\([^)]*\)")
# In prose only snake_case names are fields: "prompt" or "seed" may be plain English there.
_FIELD = re.compile(r"(?<![-\w])([a-z]+_[a-z_]+)(\[\d+\])?(?![\w(])")
_KWARG = re.compile(rf"\b({'|'.join(FIELD_FLAGS)})=(?:\.\.\.|'([^']*)')")
_PYTHON_ALTERNATIVE = re.compile(r" or client\.\w+\([^)]*\)| \(CLI: [^)]*\)")
_REPEATED_FLAG = re.compile(r"(--[\w-]+)(?:, \1\b)+")


def _words(text: str) -> str:
    text = _PYTHON_ALTERNATIVE.sub("", text)
    text = _HELPER_CALL.sub(lambda m: _helper_flags(m[0], m[1]), text)
    text = _KWARG.sub(lambda m: " ".join(filter(None, (FIELD_FLAGS[m[1]], m[2]))), text)
    text = _FIELD.sub(_field_flag, text)
    return _REPEATED_FLAG.sub(r"\1", text)


def _helper_flags(call: str, helper: str) -> str:
    return ("use " if call.startswith("call") else "") + HELPER_FLAGS[helper]


def _field_flag(match: re.Match[str]) -> str:
    """`image_urls[1]` -> `--last-frame`; `video_urls[0]` -> `--video`; else unchanged."""
    name, index = match[1], match[2] or ""
    return FIELD_FLAGS.get(name + index) or FIELD_FLAGS.get(name) or match[0]


def _violation(violation: Violation) -> Violation:
    return attrs.evolve(
        violation,
        field=FIELD_FLAGS.get(violation.field) or _words(violation.field),
        rule=_words(violation.rule),
        hint=_words(violation.hint) if violation.hint else None,
    )


def for_shell(error: APIMartError) -> str:
    """The error's message in the CLI's words; the values the user gave stay as they were."""
    if isinstance(error, InvalidRequestError):
        return str(InvalidRequestError([_violation(v) for v in error.violations]))
    return _words(str(error))
