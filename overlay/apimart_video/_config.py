"""Where settings come from: arguments first, then environment variables, then defaults."""

from __future__ import annotations

import os
from typing import Final

from apimart_video._exceptions import MissingAPIKeyError

API_KEY_ENV: Final = "APIMART_API_KEY"
BASE_URL_ENV: Final = "APIMART_BASE_URL"
DEFAULT_BASE_URL: Final = "https://api.apimart.ai"
DEFAULT_TIMEOUT: Final = 60.0
"""Seconds for one HTTP request (connect, read, write, pool each)."""
DEFAULT_MAX_RETRIES: Final = 3
DEFAULT_WAIT_TIMEOUT: Final = 1800.0
"""Seconds `wait()` waits by default: video tasks often estimate 600 s."""


def resolve_api_key(api_key: str | None) -> str:
    """The key given, else `APIMART_API_KEY`; a clear error when neither is set."""
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if not key:
        raise MissingAPIKeyError(
            f"no API key: pass api_key=... or set the {API_KEY_ENV} environment variable"
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
