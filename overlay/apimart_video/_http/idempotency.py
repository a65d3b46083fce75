"""The one way an `Idempotency-Key` is made, and the one check of a caller's key.

A submit without a key gets a new one here (the client, the CLI and a batch's journal all
call `new_key`), so every retry and every rerun of the same job sends the same key.
"""

from __future__ import annotations

import uuid

from apimart_video._exceptions import InvalidRequestError
from apimart_video._request.spec_values import (
    IDEMPOTENCY_KEY_MAX_LENGTH,
    IDEMPOTENCY_KEY_MIN_LENGTH,
)
from apimart_video._types import Violation

__all__ = ["checked_key", "new_key"]


def new_key() -> str:
    """A new key: a random UUID4, as text."""
    return str(uuid.uuid4())


def checked_key(given: str | None) -> str:
    """The caller's key, checked as the spec says (1-191 visible ASCII), or a new one."""
    if given is None:
        return new_key()
    if (
        not isinstance(given, str)
        or not IDEMPOTENCY_KEY_MIN_LENGTH <= len(given) <= IDEMPOTENCY_KEY_MAX_LENGTH
        or not all("!" <= char <= "~" for char in given)
    ):
        rule = (
            f"must be {IDEMPOTENCY_KEY_MIN_LENGTH} to {IDEMPOTENCY_KEY_MAX_LENGTH} visible "
            "ASCII characters"
        )
        error = InvalidRequestError([Violation("idempotency_key", given, rule)])
        error.idempotency_key = given if isinstance(given, str) else None
        raise error
    return given
