"""A reference APIMart server for tests: a real ASGI app that behaves as the docs say.

    from apimart_video import VideoClient
    from apimart_video.testing import run_server

    with run_server(clock_speed=100) as server:
        with VideoClient(server.api_key, base_url=server.base_url) as client:
            task = client.generate_and_wait(prompt="A fox in the snow")

With pytest, the `apimart_server` fixture (from the plugin this package registers) yields
a running server. The app counts the generations it started (`app.generations_started`)
and records every request it saw (`app.requests`).
"""

from typing import TYPE_CHECKING

from apimart_video.testing._extra import SERVER_EXTRA_MISSING, missing_server_extra

if TYPE_CHECKING or not SERVER_EXTRA_MISSING:
    from apimart_video.testing._app import ReferenceApp, SeenRequest, create_app
    from apimart_video.testing._config import FaultConfig, ServerConfig
    from apimart_video.testing._server import RunningServer, run_server, serve
    from apimart_video.testing._video import clip
else:
    # Without Starlette and uvicorn the package still imports, so that pytest can load the
    # plugin beside it; every name it offers then raises, naming the extra to install.
    def __getattr__(name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)
        raise missing_server_extra(f"apimart_video.testing.{name}")


__all__ = [
    "FaultConfig",
    "ReferenceApp",
    "RunningServer",
    "SeenRequest",
    "ServerConfig",
    "clip",
    "create_app",
    "run_server",
    "serve",
]
