"""Whether the `[server]` extra (Starlette, uvicorn) is installed, and the error if not."""

from __future__ import annotations

import importlib.util
from typing import Final

SERVER_PACKAGES: Final = ("starlette", "uvicorn")
INSTALL_HINT: Final = "pip install 'apimart-video[server]'"


def _missing() -> tuple[str, ...]:
    return tuple(name for name in SERVER_PACKAGES if importlib.util.find_spec(name) is None)


SERVER_EXTRA_MISSING: Final = _missing()
"""The server packages that cannot be imported (empty when the extra is installed)."""


def missing_server_extra(what: str) -> ModuleNotFoundError:
    """The error for using `what` without the server extra: it says what to install."""
    names = " and ".join(SERVER_EXTRA_MISSING) or " and ".join(SERVER_PACKAGES)
    return ModuleNotFoundError(
        f"{what} needs the reference server's packages ({names} not installed): {INSTALL_HINT}",
        name=SERVER_EXTRA_MISSING[0] if SERVER_EXTRA_MISSING else SERVER_PACKAGES[0],
    )
