"""pytest plugin: the `apimart_server` fixture, a reference server for one test.

Registered as the `apimart_video` pytest11 entry point; importing it costs nothing until
the fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from apimart_video.testing import RunningServer


@pytest.fixture
def apimart_server() -> Iterator[RunningServer]:
    """A reference APIMart server on loopback (100x clock): `.base_url`, `.api_key`, `.app`."""
    from apimart_video.testing import run_server

    with run_server(clock_speed=100.0) as server:
        yield server
