"""A download's files: the target, its safe name, the partial file and its record.

Names come from the task id or job id the caller asked for, made safe (`safe_name`),
never from what the server put in the task. Neither a partial file nor its record is ever
opened through a symlink (`O_EXCL`/`O_NOFOLLOW`, or `lstat` where the OS has no
`O_NOFOLLOW`): a link at either name is removed, its target never written.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import uuid
from pathlib import Path, PurePosixPath
from typing import IO, Any, Final

import attrs
import httpx

from apimart_video._exceptions import DiskFullError, DownloadError
from apimart_video._types import Task

__all__ = ["PartRecord", "download_target", "is_url", "safe_name", "short_name", "url_identity"]

_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,79}")
_UNSAFE_CHARACTER = re.compile(r"[^A-Za-z0-9_-]+")
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{d}{n}" for d in ("COM", "LPT") for n in range(1, 10)}
)
_OPEN_FLAGS: Final = getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
"""Binary on Windows; never through a symlink where the OS can refuse one."""


def _digest(name: str) -> str:
    """16 hex digits of the SHA-256 of `name` (hashlib loads on first use: import time)."""
    import hashlib

    return hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def is_url(task_or_url: str) -> bool:
    """True for a video URL, False for a task id (both are accepted where a video is asked)."""
    return task_or_url.startswith(("http://", "https://"))


def safe_name(name: str) -> str:
    """`name` as a file name that is safe on every OS: kept when it is plain (letters,
    digits, `._-`, at most 80, not starting with a dot, not a Windows device name), else
    its plain letters cut short plus a hash of the whole, so two ids never share a file."""
    stem = name.split(".", 1)[0].upper()
    if _SAFE_NAME.fullmatch(name) and not name.endswith(".") and stem not in _WINDOWS_DEVICES:
        return name
    digest = _digest(name)
    readable = _UNSAFE_CHARACTER.sub("_", name).strip("_")[:40]
    return f"{readable}-{digest}" if readable else digest


def download_target(path: str | Path, task: Task | str, name: str | None = None) -> Path:
    """`path`, or, when it is a directory (or ends with a slash), a file in it named
    `<name>.mp4`, `name` being the task id the caller asked for (a task's own id when not
    given), or after the URL's last segment for a URL; always made safe."""
    target = Path(path)
    if not (target.is_dir() or str(path).endswith(("/", os.sep))):
        return target
    if name is None and isinstance(task, Task):
        name = task.task_id
    if name is not None:
        return target / f"{safe_name(name)}.mp4"
    try:
        segment = PurePosixPath(httpx.URL(str(task)).path).name
    except httpx.InvalidURL:
        segment = ""
    return target / (safe_name(segment) if segment else "video.mp4")


def url_identity(url: str) -> str:
    """The URL without its query (the signature of a signed URL changes between polls)."""
    try:
        return str(httpx.URL(url).copy_with(query=None, fragment=None))
    except httpx.InvalidURL:
        return url.split("?", 1)[0]


@attrs.frozen
class PartRecord:
    """What a kept partial file holds: the video of which task, from which URL, and the
    validator (strong ETag, else Last-Modified) and total its bytes came with."""

    task_id: str | None
    url: str
    validator: str | None = None
    etag: str | None = None
    """The validator when it is a strong ETag (else it is a Last-Modified date)."""
    total: int | None = None

    def ties(self, task_id: str | None, url: str) -> bool:
        """Whether the bytes belong to the download of `task_id` from `url`."""
        return self.task_id == task_id and self.url == url_identity(url)

    @classmethod
    def read(cls, path: Path) -> PartRecord | None:
        """The record at `path`, or None: missing, a symlink, or not one of ours."""
        import json

        try:
            if stat.S_ISLNK(os.lstat(path).st_mode):
                return None
            with os.fdopen(os.open(path, os.O_RDONLY | _OPEN_FLAGS), "rb") as file:
                data: Any = json.loads(file.read(64 * 1024))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or not isinstance(data.get("url"), str):
            return None
        total = data.get("total")
        return cls(
            task_id=_text(data.get("task_id")),
            url=data["url"],
            validator=_text(data.get("validator")),
            etag=_text(data.get("etag")),
            total=total if isinstance(total, int) and not isinstance(total, bool) else None,
        )

    def write(self, path: Path) -> None:
        """Replace the record at `path` atomically (a symlink there is replaced, not followed)."""
        import json

        temporary = path.with_name(f"{path.name}.{uuid.uuid4().hex[:12]}.tmp")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _OPEN_FLAGS
        try:
            with (
                DiskFullError.raised_for(path),
                os.fdopen(os.open(temporary, flags, 0o666), "wb") as file,
            ):
                file.write(json.dumps(attrs.asdict(self)).encode())
            os.replace(temporary, path)
        except BaseException:
            _remove(temporary)
            raise


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _blocking(folder: Path) -> Path:
    """The deepest existing ancestor of `folder` (the file in the way, if one is)."""
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder


def _remove(path: Path) -> None:
    """Remove the file or symlink at `path` (a link itself, never its target)."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def _create(path: Path) -> IO[bytes]:
    """A new empty file at `path`: exclusively, so never through a symlink or another's file."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _OPEN_FLAGS, 0o666)
    except OSError as error:
        raise DownloadError(
            f"cannot create the partial file {path}: {error.strerror or error}; check that "
            "the directory is writable and nothing else uses that name"
        ) from error
    return os.fdopen(fd, "r+b")


def _reopen(path: Path) -> IO[bytes] | None:
    """The regular file at `path` opened to append to it, or None (a link, missing, other)."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        file = os.fdopen(os.open(path, os.O_RDWR | _OPEN_FLAGS), "r+b")
    except OSError:
        return None
    if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
        file.close()
        return None
    return file


def short_name(name: str) -> str:
    """`name`, or a hash of it when a partial file named after it would be too long."""
    return name if len(name) <= 120 else _digest(name)
