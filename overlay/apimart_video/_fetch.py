"""A batch's downloads: resumable across processes, renamed into place exactly once.

The bytes go to `.<name>.part` beside the target: a name that does not change between
runs, so a batch killed mid-download continues with a `Range` request from the bytes it
already has (checked against `Content-Range`; a host that ignores `Range` starts over).
The part file is renamed over the target only once complete, so the target never holds
half a video, and a target that exists is a finished download.
"""

from __future__ import annotations

import asyncio
import os
import random
import re
from pathlib import Path
from typing import BinaryIO

import httpx

from apimart_video._download import (
    CHUNK_SIZE,
    _RetryableDownload,
    as_download_error,
    check_download_response,
)
from apimart_video._exceptions import DownloadError
from apimart_video._retry import RetryPolicy

__all__ = ["fetch_video", "part_path"]

_CONTENT_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+|\*)$")


def part_path(target: Path) -> Path:
    """Where the bytes of `target` gather until they are complete."""
    return target.with_name(f".{target.name}.part")


class _StartOver(DownloadError):
    """The saved part does not fit what the host serves now: drop it and fetch it all."""


_RETRYABLE = (httpx.TransportError, _RetryableDownload, _StartOver)


async def fetch_video(http: httpx.AsyncClient, url: str, target: Path, policy: RetryPolicy) -> int:
    """Download `url` to `target`, resuming a part file; return the bytes fetched now."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = part_path(target)
    fetched = 0
    for attempt in range(policy.max_retries + 1):
        try:
            fetched += await _fetch_once(http, url, part)
        except (httpx.TransportError, DownloadError) as error:
            if isinstance(error, _StartOver):
                part.unlink(missing_ok=True)
            if not isinstance(error, _RETRYABLE) or attempt == policy.max_retries:
                raise as_download_error(error, url) from error
            ceiling = min(policy.backoff_max, policy.backoff_initial * 2**attempt)
            await asyncio.sleep(random.uniform(0, ceiling))
            continue
        os.replace(part, target)
        return fetched
    raise AssertionError("unreachable: the last attempt returns or raises")


async def _fetch_once(http: httpx.AsyncClient, url: str, part: Path) -> int:
    have = _saved(part)
    headers = {"Range": f"bytes={have}-"} if have else {}
    async with http.stream("GET", url, headers=headers) as response:
        if have and response.status_code == 416:
            if response.headers.get("content-range") == f"bytes */{have}":
                return 0  # the part file already holds the whole video
            raise _StartOver(f"GET {_bare(response)}: 416 for a resume at byte {have}")
        check_download_response(response)
        offset = _resume_offset(response, have)
        with _open_at(part, offset) as handle:
            async for chunk in response.aiter_bytes(CHUNK_SIZE):
                handle.write(chunk)
        return response.num_bytes_downloaded


def _saved(part: Path) -> int:
    """Bytes a previous attempt (or a killed run) left in the part file."""
    return part.stat().st_size if part.exists() else 0


def _open_at(part: Path, offset: int) -> BinaryIO:
    """The part file, open for writing at `offset` (0 starts it afresh)."""
    handle = part.open("r+b" if offset else "wb")
    handle.seek(offset)
    handle.truncate()
    return handle


def _bare(response: httpx.Response) -> httpx.URL:
    return response.request.url.copy_with(query=None)


def _resume_offset(response: httpx.Response, have: int) -> int:
    """Where the answer's bytes go in the part file: `have` for a matching 206, else 0
    (a 200 is the whole video: the host ignored `Range`)."""
    if response.status_code != 206:
        return 0
    match = _CONTENT_RANGE.match(response.headers.get("content-range", ""))
    if match is None or int(match.group(1)) != have:
        raise _StartOver(
            f"GET {_bare(response)}: Content-Range "
            f"{response.headers.get('content-range')!r} does not continue at byte {have}"
        )
    return have
