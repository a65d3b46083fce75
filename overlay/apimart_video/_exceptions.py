"""The errors this package raises: one base class and a small tree under it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from apimart_video._rules import Violation

__all__ = ["APIMartError", "InvalidRequestError"]


class APIMartError(Exception):
    """Base class of every error raised by `apimart_video`."""


class InvalidRequestError(APIMartError, ValueError):
    """A request body breaks a rule of the spec; raised before anything is sent.

    `violations` lists every broken rule (field, value, rule, hint); the message
    names each of them so that a person can fix the call without the docs.
    """

    def __init__(self, violations: Sequence[Violation]) -> None:
        self.violations: tuple[Violation, ...] = tuple(violations)
        lines = [str(violation) for violation in self.violations]
        if len(lines) == 1:
            message = f"invalid wan2.7 request: {lines[0]}"
        else:
            message = "invalid wan2.7 request:\n" + "\n".join(f"  - {line}" for line in lines)
        super().__init__(message)

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields at fault, in the order the violations were found."""
        return tuple(violation.field for violation in self.violations)
