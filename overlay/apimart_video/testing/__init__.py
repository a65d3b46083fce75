"""A reference APIMart server for tests: a real ASGI app that behaves as the docs say.

    from apimart_video import VideoClient
    from apimart_video.testing import run_server

    with run_server(clock_speed=100) as server:
        with VideoClient(server.api_key, base_url=server.base_url) as client:
            task = client.generate_and_wait(prompt="A fox in the snow")

With pytest, the `apimart_server` fixture (from the plugin the package registers) yields
a running server. The app counts the generations it started (`app.generations_started`,
and per `Idempotency-Key`: `app.generations_by_key`), records every request it saw
(`app.requests`), and answers its counters at `GET /_reference/stats`. `ServerConfig` makes
it hostile on purpose: drift, failure shapes, ignored keys, silence, dropped videos, a rate
limit, loose validation.

Needs the `[server]` extra (Starlette, uvicorn); without it, importing this package raises
`ModuleNotFoundError` naming `pip install 'apimart-video[server]'`. The pytest plugin is
`apimart_video.pytest_plugin`, outside this package, so that pytest loads without the extra.

Never imports: apimart_video.cli, apimart_video.batch, apimart_video._client
"""

# First: without the [server] extra this raises, naming what to install.
from apimart_video.testing import _extra  # noqa: F401
from apimart_video.testing._app import ReferenceApp, SeenRequest, create_app
from apimart_video.testing._clips import clip
from apimart_video.testing._config import FaultConfig, ServerConfig
from apimart_video.testing._server import RunningServer, run_server, serve

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
