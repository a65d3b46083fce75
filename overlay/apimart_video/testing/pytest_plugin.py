"""The `apimart_server` fixture under its former name, for `-p` and `pytest_plugins` users.

The plugin itself is `apimart_video.pytest_plugin` (the registered entry point): it lives
outside this package so that pytest can load it without the `[server]` extra.
"""

from apimart_video.pytest_plugin import apimart_server

__all__ = ["apimart_server"]
