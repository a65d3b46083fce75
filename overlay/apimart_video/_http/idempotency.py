"""The one way an `Idempotency-Key` is made, and the one check of a caller's key.

A submit without a key gets a new one here (the client, the CLI and a batch's journal all
call `new_key`), so every retry and every rerun of the same job sends the same key.
"""

from __future__ import annotations

import os
from typing import Final

from apimart_video._exceptions import InvalidRequestError
from apimart_video._types import Violation

__all__ = ["checked_key", "new_key"]

_UUID4_CLEAR: Final = ~((0xC000 << 48) | (0xF000 << 64))
_UUID4_SET: Final = (0x8000 << 48) | (4 << 76)
"""The RFC 4122 variant and version 4 bits, as `uuid.UUID(..., version=4)` sets them."""


def new_key() -> str:
    """A new key: `str(uuid.uuid4())` without building a `UUID` object (half the cost)."""
    digits = f"{int.from_bytes(os.urandom(16)) & _UUID4_CLEAR | _UUID4_SET:032x}"
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


def checked_key(given: str | None) -> str:
    """The caller's key, checked as the spec says (1-191 visible ASCII), or a new one."""
    if given is None:
        return new_key()
    if (
        not isinstance(given, str)
        or not 1 <= len(given) <= 191
        or not all("!" <= char <= "~" for char in given)
    ):
        error = InvalidRequestError(
            [Violation("idempotency_key", given, "must be 1 to 191 visible ASCII characters")]
        )
        error.idempotency_key = given if isinstance(given, str) else None
        raise error
    return given
