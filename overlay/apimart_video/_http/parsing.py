"""The raw reading of an answer that both the boundary and the error classes need.

The JSON document (parsed once per answer), the fields of an error body, and `Retry-After`
in seconds. It imports nothing from the package, so `_exceptions` can build an
`APIStatusError` from a response without importing the boundary (which imports it).
Everything else about an answer is read in `boundary`.
"""

from __future__ import annotations

import json
import math
import re
import time
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import Any, Final

import attrs
import httpx

__all__ = ["NOT_JSON", "ErrorFields", "document_of", "error_fields", "parse_retry_after"]

NOT_JSON: Final = object()
"""What `document_of` returns for a body that is not JSON."""
_UNPARSED: Final = object()
_REQUEST_ID = re.compile(r"request id:?\s*([A-Za-z0-9_-]+)", re.IGNORECASE)


def document_of(response: httpx.Response) -> object:
    """The JSON in the answer, or `NOT_JSON` (bad UTF-8, bad syntax, too deep, too long).

    Parsed once per answer (the sender checks it is JSON, then the boundary reads it): the
    result is kept in the response's `extensions`.
    """
    cached = response.extensions.get("apimart_document", _UNPARSED)
    if cached is not _UNPARSED:
        return cached
    try:
        document = json.loads(response.content)
    except (ValueError, RecursionError):
        document = NOT_JSON
    response.extensions["apimart_document"] = document
    return document


@attrs.frozen
class ErrorFields:
    """What an error answer says, as far as it says it."""

    body: dict[str, Any] | None
    code: object = None
    message: str | None = None
    type: str | None = None
    param: str | None = None
    request_id: str | None = None


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def error_fields(response: httpx.Response) -> ErrorFields:
    """What an error answer says, read leniently from any of the shapes seen:

    - the documented `{"error": {"code", "message", "type", "param"}}` (or `"error": "text"`);
    - the plain `{"message": ..., "code": ...}` and `{"success": false, "message": ...}`.
    """
    document = document_of(response)
    body = document if isinstance(document, dict) else None
    detail = (body or {}).get("error")
    if isinstance(detail, str):
        detail = {"message": detail}
    if not isinstance(detail, dict):
        detail = body if body is not None and "message" in body else {}
    message = _str_or_none(detail.get("message"))
    match = _REQUEST_ID.search(message or "")
    return ErrorFields(
        body=body,
        code=detail.get("code"),
        message=message,
        type=_str_or_none(detail.get("type")),
        param=_str_or_none(detail.get("param")),
        request_id=response.headers.get("x-request-id") or (match.group(1) if match else None),
    )


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header, or None when it is not usable.

    Usable: a finite, non-negative number of seconds, or an HTTP date (a date in the past
    means now). Anything else (nan, inf, -1, garbage) is ignored, and backoff applies.
    """
    if value is None:
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        seconds = None
    if seconds is not None:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # an HTTP date is GMT; a zone-less one is read as such
        when = when.replace(tzinfo=UTC)
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)
