"""The API key, given to schemathesis as an auth provider (shared by the reference and live suites).

Given this way, schemathesis knows the header is auth and keeps it off the cases that test
its absence; passed as a header to `call`, it came back on some stateful negative cases.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import schemathesis


def use_bearer_key(schema: Any, key: Callable[[], str]) -> None:
    """Send `Authorization: Bearer <key()>` on every case of `schema` that has not dropped it."""

    class BearerKey:
        def get(self, case: schemathesis.Case[Any], context: schemathesis.AuthContext) -> str:
            return key()

        def set(
            self, case: schemathesis.Case[Any], data: str, context: schemathesis.AuthContext
        ) -> None:
            case.headers["Authorization"] = f"Bearer {data}"

    schema.auth()(BearerKey)
