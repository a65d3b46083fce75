"""Serving the reference app with uvicorn: in a thread for tests, or in the foreground."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import attrs
import uvicorn

from apimart_video.testing._app import ReferenceApp, create_app
from apimart_video.testing._config import ServerConfig


@attrs.frozen
class RunningServer:
    """A reference server listening on loopback; unpacks as `base_url, api_key = server`."""

    base_url: str
    api_key: str
    app: ReferenceApp

    def __iter__(self) -> Iterator[str]:
        return iter((self.base_url, self.api_key))


class _ReferenceServer(uvicorn.Server):
    """uvicorn, releasing the requests the app holds unanswered before it shuts down (it
    would otherwise wait for them to end)."""

    def __init__(self, app: ReferenceApp, **options: Any) -> None:
        super().__init__(uvicorn.Config(app, lifespan="off", **options))
        self.reference_app = app

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        self.reference_app.silence.release()
        await super().shutdown(sockets)


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def run_server(
    config: ServerConfig | None = None,
    *,
    host: str = "127.0.0.1",
    port: int | None = None,
    log_level: str = "critical",
    **overrides: Any,
) -> Iterator[RunningServer]:
    """Serve a reference app with uvicorn in a thread; yields its base URL, key and app."""
    app = create_app(config, **overrides)
    port = port or _free_port(host)
    server = _ReferenceServer(app, host=host, port=port, log_level=log_level, timeout_keep_alive=30)
    thread = threading.Thread(target=server.run, name=f"apimart-reference-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the reference server did not start on {host}:{port}")
        time.sleep(0.01)
    try:
        yield RunningServer(base_url=f"http://{host}:{port}", api_key=app.config.api_key, app=app)
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    log_level: str = "info",
    **config: Any,
) -> None:
    """Serve a reference app in the foreground until interrupted (`apimart-video serve`)."""
    app = create_app(**config)
    print(f"reference APIMart server on http://{host}:{port} (API key {app.config.api_key!r})")
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn re-raises the Ctrl-C it handled
        _ReferenceServer(app, host=host, port=port, log_level=log_level).run()
