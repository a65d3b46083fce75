"""The CDN side: a task's MP4 clip, served whole or by byte range, possibly repeated."""

from __future__ import annotations

import email.utils
import re
from collections.abc import Iterator

CHUNK = 1 << 20
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class VideoBytes:
    """`size` bytes: the clip, repeated as often as needed (only the clip itself plays)."""

    def __init__(self, clip: bytes, size: int | None = None) -> None:
        self._clip = clip
        self.size = len(clip) if size is None else size

    def iter_range(self, start: int, end: int) -> Iterator[bytes]:
        """Bytes `start`..`end` inclusive, in chunks of at most 1 MiB."""
        position = start
        while position <= end:
            count = min(CHUNK, end - position + 1)
            chunk = bytearray()
            offset = position % len(self._clip)
            while len(chunk) < count:
                chunk += self._clip[offset : offset + count - len(chunk)]
                offset = 0
            yield bytes(chunk)
            position += count


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """(start, end) of a single `bytes=` range, or None for the whole file.

    Raises ValueError for a range that cannot be satisfied.
    """
    if not header:
        return None
    match = _RANGE.match(header.strip())
    if not match or match.groups() == ("", ""):
        raise ValueError(header)
    first, last = match.groups()
    if first == "":
        length = int(last)
        if length == 0:
            raise ValueError(header)
        return max(size - length, 0), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        raise ValueError(header)
    return start, end


def validators(task_id: str, size: int, modified: float) -> dict[str, str]:
    """A strong `ETag` and a `Last-Modified`, stable for one video (a resume can check them)."""
    return {
        "ETag": f'"{task_id}-{size}"',
        "Last-Modified": email.utils.formatdate(modified, usegmt=True),
    }


def if_range_holds(if_range: str | None, current: dict[str, str]) -> bool:
    """Whether a `Range` may be honoured under `If-Range` (RFC 9110 13.1.5): an entity tag
    must match strongly (a weak `W/` one never does), a date must be the `Last-Modified`."""
    if if_range is None:
        return True
    value = if_range.strip()
    if value.startswith('"'):
        return value == current["ETag"]
    return value == current["Last-Modified"]
