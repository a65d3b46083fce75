"""pytest plugin: the `apimart_server` fixture, a reference server for one test.

Registered as the `apimart_video` pytest11 entry point, so it loads in every pytest run of
every project that installs apimart-video: it imports nothing but pytest, and lives outside
`apimart_video.testing`, which needs the `[server]` extra. Without the extra, pytest runs as
usual and only a test that uses the fixture fails, saying what to install.
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
    try:
        from apimart_video.testing import run_server
    except ModuleNotFoundError as error:
        pytest.fail(f"the apimart_server fixture: {error}", pytrace=False)

    with run_server(clock_speed=100.0) as server:
        yield server
