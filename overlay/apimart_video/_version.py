"""The package's version, read from the installed distribution: pyproject.toml is its source."""

from __future__ import annotations

import importlib.metadata

try:
    __version__ = importlib.metadata.version("apimart-video")
except importlib.metadata.PackageNotFoundError:  # imported from a source tree, not installed
    __version__ = "0+unknown"
