"""Imported first by `apimart_video.testing`: without the `[server]` extra, say what to install.

Without this, a user missing Starlette, uvicorn, PyYAML or jsonschema would get a bare
`No module named 'starlette'` from deep inside the reference server.
"""

from __future__ import annotations

import importlib.util
from typing import Final

SERVER_PACKAGES: Final = ("starlette", "uvicorn", "yaml", "jsonschema")
INSTALL_HINT: Final = "pip install 'apimart-video[server]'"

_missing = [name for name in SERVER_PACKAGES if importlib.util.find_spec(name) is None]
if _missing:
    raise ModuleNotFoundError(
        f"apimart_video.testing (the reference server) needs {' and '.join(_missing)}, "
        f"which the core install leaves out: {INSTALL_HINT}",
        name=_missing[0],
    )
