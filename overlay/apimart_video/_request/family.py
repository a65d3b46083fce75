"""A model family: its fields from the spec, its rules file's conflicts, modes and warnings.

`Family.check(body)` is `check_request` for one family: the required fields, every field
against its schema from `spec_values.FAMILIES` (see `fields`), then the family's own
conflicts, the ones its spec states with `if`/`then`, `not` and `dependentSchemas`. Each
family's rules file (`families/<name>.py`) builds one `Family`: what it writes is only what a
schema says badly, the conflicts, their messages and the way out, the mode a body asks for,
the fields the API ignores in a mode, and how the mode helpers write each mode's inputs.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from apimart_video._config import DEFAULT_MODEL
from apimart_video._exceptions import InvalidRequestError
from apimart_video._request.fields import field_violations, is_integer, json_equal
from apimart_video._request.inputs import ModeInputs
from apimart_video._request.spec_values import FAMILIES, FamilyValues
from apimart_video._stack import caller_stacklevel
from apimart_video._types import MISSING, Mode, Violation

__all__ = [
    "DEFAULT_MODEL",
    "Body",
    "Family",
    "IgnoredFieldWarning",
    "ModeInputs",
    "conflict",
    "has",
    "is_integer",
    "is_true",
    "listed",
    "no_conflicts",
    "number",
    "size_of",
]


Body = Mapping[str, Any]
"""A request body: already a mapping when a family's rules see it."""


class IgnoredFieldWarning(UserWarning):
    """A field is valid but the API will ignore it in this mode."""


ModeWriter = Callable[[ModeInputs], dict[str, Any]]
"""Writes a mode's inputs into the family's fields (e.g. a first frame into `image_urls`)."""


def no_conflicts(body: Body) -> Iterator[Violation]:
    """For a family whose fields do not depend on one another."""
    return iter(())


def no_ignored(body: Body, mode: Mode) -> Iterator[str]:
    return iter(())


# --- small readers for the rules files: JSON semantics, whatever the value's type --------


def has(body: Body, field: str, value: object = MISSING) -> bool:
    """`field` is present (and, if `value` is given, equals it as JSON compares)."""
    return field in body and (value is MISSING or json_equal(body[field], value))


def is_true(body: Body, field: str) -> bool:
    """`field` is present and exactly `true`."""
    return body.get(field, None) is True


def listed(body: Body, field: str) -> list[Any]:
    """`field` when it is a list, else an empty list (its type is reported elsewhere)."""
    value = body.get(field)
    return value if isinstance(value, list) else []


def size_of(body: Body, field: str) -> int:
    """The number of entries of a list field; 0 when absent or not a list."""
    return len(listed(body, field))


def number(body: Body, field: str) -> float | None:
    """`field` when it is a JSON number (not a bool), else None."""
    value = body.get(field)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


@attrs.frozen
class Family:
    """One family of models: the spec's values and the family's own rules."""

    name: str
    mode_of: Callable[[Body], Mode]
    """The mode a valid body asks for."""
    writers: Mapping[Mode, ModeWriter]
    """How each mode a helper can ask for is written in this family's fields."""
    conflicts: Callable[[Body], Iterator[Violation]] = no_conflicts
    """Violations of the family's cross-field rules (the spec's `allOf`, `if`/`then`, ...)."""
    ignored: Callable[[Body, Mode], Iterator[str]] = no_ignored
    """Messages for valid fields the API ignores in a mode (warned, not refused)."""
    extra_modes: tuple[Mode, ...] = ()
    """Modes a body may ask for that no mode helper writes (e.g. reference images)."""
    values: FamilyValues = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "values", FAMILIES[self.name])

    @property
    def models(self) -> tuple[str, ...]:
        return self.values["models"]

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self.values["fields"])

    @property
    def modes(self) -> tuple[Mode, ...]:
        return (*self.writers, *(mode for mode in self.extra_modes if mode not in self.writers))

    def media_fields(self, kind: str | None = None) -> tuple[str, ...]:
        """The fields that take media (of `kind`: image, video, audio), as the spec marks them."""
        return tuple(
            field
            for field, schema in self.values["fields"].items()
            if "x-apimart-media" in schema and kind in (None, schema["x-apimart-media"])
        )

    def check(self, body: Body) -> Mode:
        """The body's mode, or `InvalidRequestError` naming every broken rule."""
        violations = list(self.violations(body))
        if violations:
            raise InvalidRequestError(violations, model=body.get("model"))
        mode = self.mode_of(body)
        for message in self.ignored(body, mode):
            warnings.warn(message, IgnoredFieldWarning, stacklevel=caller_stacklevel())
        return mode

    def violations(self, body: Body) -> Iterator[Violation]:
        fields = self.values["fields"]
        for field in self.values["required"]:
            if field not in body:
                yield Violation(field, MISSING, f"is required by {self.name}")
        for field, value in body.items():
            schema = fields.get(field)
            if schema is not None:
                yield from field_violations(field, value, schema)
            else:
                yield Violation(
                    field, value, f"is not a {self.name} field", self.did_you_mean(field)
                )
        yield from self.conflicts(body)

    def did_you_mean(self, field: str) -> str:
        import difflib  # here: only a misspelt field needs it

        close = difflib.get_close_matches(str(field), self.fields, n=1)
        if close:
            return f"did you mean {close[0]!r}?"
        return f"the fields of {self.name} are {', '.join(self.fields)}"

    def write(self, mode: Mode, inputs: ModeInputs) -> dict[str, Any]:
        """The fields that ask this family for `mode` with `inputs`; `InvalidRequestError`
        when the family has no such mode or nowhere to put an input."""
        writer = self.writers.get(mode)
        if writer is None:
            supported = ", ".join(item.value for item in self.modes) or "none"
            raise InvalidRequestError(
                [
                    Violation(
                        "model",
                        self.models[0] if len(self.models) == 1 else self.name,
                        f"{self.name} has no {mode.value} mode (its modes: {supported})",
                        "pick a model that has it (apimart_video.known_models() lists each "
                        "model's modes)",
                    )
                ],
                model=self.name,
            )
        written = writer(inputs)
        placed = _values(written)
        for name, value in inputs.given().items():
            if value not in placed:
                raise InvalidRequestError(
                    [
                        Violation(
                            name,
                            value,
                            f"{self.name} takes no {name} in {mode.value} mode",
                            f"its fields are {', '.join(self.fields)}",
                        )
                    ],
                    model=self.name,
                )
        return written


def _values(node: object) -> list[object]:
    if isinstance(node, Mapping):
        return [item for value in node.values() for item in _values(value)]
    if isinstance(node, list | tuple):
        return [item for value in node for item in _values(value)]
    return [node]


def conflict(field: str, body: Body, rule: str, hint: str | None = None) -> Violation:
    """A cross-field violation of `field` (its value from `body`, or missing)."""
    return Violation(field, body.get(field, MISSING), rule, hint)
