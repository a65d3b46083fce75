"""Where settings come from: arguments first, then environment variables, then defaults."""

from __future__ import annotations

import os
from typing import Final

from apimart_video._exceptions import InvalidAPIKeyError, MissingAPIKeyError

API_KEY_ENV: Final = "APIMART_API_KEY"
BASE_URL_ENV: Final = "APIMART_BASE_URL"
DEFAULT_BASE_URL: Final = "https://api.apimart.ai"
DEFAULT_MODEL: Final = "wan2.7"
"""The model `generate()` and the mode helpers use when none is named."""
DEFAULT_TIMEOUT: Final = 60.0
"""Seconds for one HTTP request (connect, read, write, pool each)."""
DEFAULT_MAX_RETRIES: Final = 3
DEFAULT_WAIT_TIMEOUT: Final = 1800.0
"""Seconds `wait()` waits by default: video tasks often estimate 600 s."""
DEFAULT_DOWNLOAD_TIMEOUT: Final = 600.0
"""Seconds a whole `download()` may take, retries and the task lookup included (None: no
overall deadline)."""


def resolve_api_key(api_key: str | None) -> str:
    """The one place a key is taken: the key given, else `APIMART_API_KEY`, checked.

    Surrounding whitespace is stripped (a key read from a file keeps its newline). A key
    that still holds a control character or a non-ASCII one could never go into a header:
    `InvalidAPIKeyError` says so before anything is sent, naming the rule and the position,
    never the key.
    """
    given = api_key is not None
    raw = api_key if given else os.environ.get(API_KEY_ENV)
    where = "api_key=..." if given else f"the {API_KEY_ENV} environment variable"
    if raw is not None and not isinstance(raw, str):
        raise InvalidAPIKeyError(
            f"the API key in {where} must be a string, not {type(raw).__name__}"
        )
    key = (raw or "").strip()
    if not key:
        blank = "" if raw is None else f" ({where} is blank)"
        raise MissingAPIKeyError(
            f"no API key: pass api_key=... or set the {API_KEY_ENV} environment variable{blank}"
        )
    for position, char in enumerate(key, start=1):
        if not " " <= char <= "~":
            kind = "a non-ASCII" if ord(char) > 0x7F else "a control"
            raise InvalidAPIKeyError(
                f"the API key in {where} holds {kind} character (U+{ord(char):04X}) at "
                f"position {position} of {len(key)}: a key may hold only visible ASCII "
                "characters and spaces. Copy the key again from the APIMart console; a key "
                "read from a file is stripped of surrounding whitespace, not inner characters"
            )
    return key


def resolve_base_url(base_url: str | None) -> str:
    """The URL given, else `APIMART_BASE_URL`, else the production API."""
    url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    return url.rstrip("/")


def redact(secret: str) -> str:
    """A form of a secret that is safe to show: its last four characters at most."""
    if len(secret) <= 8:
        return "***"
    return f"***{secret[-4:]}"
