"""The `apimart_server` fixture users get from the installed package's pytest plugin."""

from __future__ import annotations

from pathlib import Path

from apimart_video import PollPolicy, VideoClient
from apimart_video.testing import RunningServer, clip


def test_the_fixture_serves_a_whole_generation(
    apimart_server: RunningServer, tmp_path: Path
) -> None:
    base_url, api_key = apimart_server
    assert (base_url, api_key) == (apimart_server.base_url, apimart_server.api_key)
    fast = PollPolicy(first_poll=0.05, floor=0.05, cap=0.5)
    with VideoClient(api_key, base_url=base_url, poll_policy=fast) as client:
        task = client.generate_and_wait(prompt="a fox in the snow", duration=2)
        path = client.download(task, tmp_path)
    assert path.read_bytes() == clip({"model": "wan2.7", "duration": 2})
    assert apimart_server.app.generations_started == 1
    (video_request,) = apimart_server.app.requests_to("/cdn/")
    assert "authorization" not in video_request.headers


def test_each_test_gets_a_server_of_its_own(apimart_server: RunningServer) -> None:
    assert apimart_server.app.generations_started == 0
    assert apimart_server.app.requests == []
