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
from apimart_video.testing._trickle import trickling_protocol


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
        if app.config.trickle is not None:
            options["http"] = trickling_protocol(
                app.config.trickle, app.trickling, headers=app.config.trickle_headers
            )
        super().__init__(uvicorn.Config(app, lifespan="off", **options))
        self.reference_app = app

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        self.reference_app.silence.release()
        await super().shutdown(sockets)


def _listening_socket(host: str, port: int) -> socket.socket:
    """A socket already bound and listening (port 0: one the system picks).

    Binding here, before uvicorn starts, leaves no moment in which another process could
    take the port, and clients may connect at once: the backlog holds them until uvicorn
    accepts.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named, not 0: asyncio turns Nagle's algorithm off (TCP_NODELAY) only on
    # connections whose socket says TCP. With it on, an answer written in two parts
    # (headers, then body) waits for the client's delayed ACK: 40 ms per keep-alive request.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    return sock


def _url(host: str, sock: socket.socket) -> str:
    port: int = sock.getsockname()[1]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


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
    sock = _listening_socket(host, port or 0)
    base_url = _url(host, sock)
    # port=0: uvicorn reads the real one from the socket (for its log line).
    server = _ReferenceServer(app, host=host, port=0, log_level=log_level, timeout_keep_alive=30)
    thread = threading.Thread(
        target=server.run,
        kwargs={"sockets": [sock]},
        name=f"apimart-reference {base_url}",
        daemon=True,
    )
    try:
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the reference server did not start on {base_url}")
            time.sleep(0.01)
        yield RunningServer(base_url=base_url, api_key=app.config.api_key, app=app)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    log_level: str = "info",
    **config: Any,
) -> None:
    """Serve a reference app in the foreground until interrupted (`apimart-video serve`).

    `port=0` serves on a free port; the first line printed names it.
    """
    app = create_app(**config)
    sock = _listening_socket(host, port)
    # Printed once the socket listens, with the port it got (`--port 0`): a caller that
    # reads this line can connect at once, with no port chosen and released beforehand.
    print(
        f"reference APIMart server on {_url(host, sock)} (API key {app.config.api_key!r})",
        flush=True,
    )
    try:
        with contextlib.suppress(KeyboardInterrupt):  # uvicorn re-raises the Ctrl-C it handled
            _ReferenceServer(app, host=host, port=0, log_level=log_level).run(sockets=[sock])
    finally:
        sock.close()
