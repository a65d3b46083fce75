"""The CLI's words for the library's: flags where messages name fields, helpers and kwargs.

The rules (`_request/rules.py`, each family's rules file) and errors speak to Python
callers: `audio_url`, `mode='pro'`, `image_with_audio(image_url, audio_url)`, `api_key=...`.
A shell user typed `--audio` and `--mode pro`, so the CLI renders every error and warning
through `for_shell`, the one place that knows both vocabularies. The flags are the model's
(`model_flags`): a field is the flag the user gave it with, else the input that lands there
(`image_urls[1]` is `--last-frame`), else its own flag. A violation is rendered field by
field (the values the user gave stay as they were), any other message as a whole:
`idempotency_key='k'` becomes `--idempotency-key k`, `check=False` `--no-check`, and a
Python-only alternative (`or client.wait('...')`) or a `(CLI: ...)` aside is dropped.
A test holds the vocabulary complete: every helper a rule names must have its flags here,
and every field of every family a flag.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

import attrs

from apimart_video._config import DEFAULT_MODEL
from apimart_video._exceptions import APIMartError, InvalidRequestError
from apimart_video._types import Violation
from apimart_video.cli.model_flags import for_model

COMMAND_FLAGS: Final[dict[str, str]] = {
    "language": "--language",
    "api_key": "--api-key",
    "idempotency_key": "--idempotency-key",
    "model": "--model",
}
"""Words of the library that are options of a command, not fields of a model."""

PYTHON_PHRASES: Final[dict[str, str]] = {
    "check=False": "--no-check",
    "apimart_video.known_models()": "`apimart-video models --local`",
}
"""Whole phrases of the library's messages, and what a shell user types instead."""


def field_flags(model: str | None = None, typed: Mapping[str, str] | None = None) -> dict[str, str]:
    """A request field (or an item of one) -> the flag that sets it, for `model`'s flags
    (wan2.7's when none is named; `typed`: the flags the user gave, which win), and the
    command options."""
    words = for_model(model or DEFAULT_MODEL).shell_words(typed)
    return {**words, **COMMAND_FLAGS}


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
_KWARG = re.compile(r"\b(\w+)=(?:\.\.\.|'([^']*)')")
_PYTHON_ALTERNATIVE = re.compile(r" or client\.\w+\([^)]*\)| \(CLI: [^)]*\)")
_REPEATED_FLAG = re.compile(r"(--[\w-]+)(?:, \1\b)+")


@attrs.frozen
class _Words:
    """One model's vocabulary: its fields' flags."""

    flags: dict[str, str]

    def text(self, text: str) -> str:
        for phrase, words in PYTHON_PHRASES.items():
            text = text.replace(phrase, words)
        text = _PYTHON_ALTERNATIVE.sub("", text)
        text = _HELPER_CALL.sub(lambda m: _helper_flags(m[0], m[1]), text)
        text = _KWARG.sub(self._kwarg, text)
        text = _FIELD.sub(self._field_flag, text)
        return _REPEATED_FLAG.sub(r"\1", text)

    def _kwarg(self, match: re.Match[str]) -> str:
        """`mode='pro'` -> `--mode pro`; `api_key=...` -> `--api-key`."""
        flag = self.flags.get(match[1])
        return " ".join(filter(None, (flag, match[2]))) if flag else match[0]

    def _field_flag(self, match: re.Match[str]) -> str:
        """`image_urls[1]` -> `--last-frame`; `video_urls[0]` -> `--video`; else unchanged."""
        name, index = match[1], match[2] or ""
        return self.flags.get(name + index) or self.flags.get(name) or match[0]

    def violation(self, violation: Violation) -> Violation:
        field = violation.field
        if not field.startswith("-"):  # a field, not a flag the CLI named already
            field = self.flags.get(field) or self.text(field)
        return attrs.evolve(
            violation,
            field=field,
            rule=self.text(violation.rule),
            hint=self.text(violation.hint) if violation.hint else None,
        )


def _helper_flags(call: str, helper: str) -> str:
    return ("use " if call.startswith("call") else "") + HELPER_FLAGS[helper]


def words_for_shell(
    text: str, model: str | None = None, typed: Mapping[str, str] | None = None
) -> str:
    """A message (a warning, say) in the CLI's words, with `model`'s flags."""
    return _Words(field_flags(model, typed)).text(text)


def for_shell(
    error: APIMartError, model: str | None = None, typed: Mapping[str, str] | None = None
) -> str:
    """The error's message in the CLI's words: the flags of `model` (the error's own model
    wins), those the user typed (`typed`: field -> flag) first; the values the user gave
    stay as they were."""
    if isinstance(error, InvalidRequestError):
        if error.model is not None and error.model != model:
            model, typed = error.model, None
        words = _Words(field_flags(model, typed))
        violations = [words.violation(violation) for violation in error.violations]
        return str(InvalidRequestError(violations, model=error.model))
    return _Words(field_flags(model, typed)).text(str(error))
