"""`apimart-video serve` flags for the modes of issue 19: `--ignore-response-version`,
`--docs-drift` and `--upload-limit BYTES`.

The flags belong to `cli.py`, which is being moved into a folder; until they are added
there, these tests are expected to fail (strict: the first run after the flags exist fails
until the marker goes).
"""

from __future__ import annotations

import httpx

from contract_tests.server.test_serve_hostile_flags import serving

AUTH = {"Authorization": "Bearer test-key"}
VERSION = {"X-APIMart-Response-Version": "2026-07-27"}
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


def test_serve_ignores_the_response_version_when_asked() -> None:
    body = {"model": "wan2.7", "prompt": "a fox"}
    with serving("--ignore-response-version") as base:
        answer = httpx.post(
            f"{base}/v1/videos/generations", json=body, headers=AUTH | VERSION, timeout=10
        )
    assert answer.status_code == 200
    assert isinstance(answer.json()["data"], list)


def test_serve_shows_drifted_docs_when_asked() -> None:
    with serving("--docs-drift") as base:
        schema = httpx.get(
            f"{base}/v1/model-schema", params={"model": "wan2.7"}, headers=AUTH, timeout=10
        ).json()["input_schema"]
    assert schema["properties"]["duration"]["maximum"] == 10
    assert "generate_audio" in schema["properties"]


def test_serve_caps_uploads_at_the_limit_given() -> None:
    with serving("--upload-limit", str(len(PNG))) as base:
        url = f"{base}/v1/uploads/images"
        at_limit = httpx.post(url, files={"file": ("a.png", PNG)}, headers=AUTH, timeout=10)
        above = httpx.post(url, files={"file": ("a.png", PNG + b"x")}, headers=AUTH, timeout=10)
    assert (at_limit.status_code, above.status_code) == (200, 413)
