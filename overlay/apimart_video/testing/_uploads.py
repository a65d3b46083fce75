"""Image uploads: a multipart body read, its image type sniffed from the bytes, kept in
memory and served back at the URL the answer gives."""

from __future__ import annotations

import email.parser
import email.policy
import re
import secrets
from collections.abc import AsyncIterator
from typing import Final

import attrs

SIGNATURES: Final = (
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
    (b"GIF87a", "image/gif", ".gif"),
    (b"GIF89a", "image/gif", ".gif"),
)
MULTIPART_OVERHEAD: Final = 64 * 1024
"""Bytes a multipart body may hold beyond its file (boundaries, part headers)."""
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def sniff(data: bytes) -> tuple[str, str] | None:
    """(content type, extension) of JPEG, PNG, GIF or WebP bytes; None for anything else."""
    for signature, content_type, extension in SIGNATURES:
        if data.startswith(signature):
            return content_type, extension
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp", ".webp"
    return None


class TooLarge(Exception):
    """The body is above the limit."""


async def read_capped(stream: AsyncIterator[bytes], limit: int) -> bytes:
    """The whole body, or TooLarge once it passes `limit` (the rest is still read, so the
    client that is still sending gets the answer rather than a reset)."""
    kept = bytearray()
    size = 0
    async for chunk in stream:
        size += len(chunk)
        if size <= limit:
            kept += chunk
    if size > limit:
        raise TooLarge(size)
    return bytes(kept)


@attrs.frozen
class FilePart:
    """The `file` field of a multipart body."""

    filename: str | None
    data: bytes


def file_field(content_type: str, body: bytes) -> FilePart | None:
    """The `file` field of a `multipart/form-data` body, or None when there is none."""
    if not content_type.lower().startswith("multipart/form-data"):
        return None
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        return None
    for part in message.iter_parts():
        if part.get_param("name", header="content-disposition") == "file":
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
            return FilePart(part.get_filename(), data)
    return None


@attrs.frozen
class StoredImage:
    upload_id: str
    filename: str
    content_type: str
    data: bytes
    created_at: int

    @property
    def path_name(self) -> str:
        """The last segment of its URL: the id, then the (made safe) file name."""
        return f"{self.upload_id}-{self.filename}"


@attrs.define
class ImageStore:
    """Every image uploaded to one server instance, by the last segment of its URL."""

    images: dict[str, StoredImage] = attrs.field(factory=dict)

    def add(
        self, data: bytes, filename: str | None, content_type: str, extension: str, now: float
    ) -> StoredImage:
        name = _SAFE_NAME.sub("_", (filename or "").rsplit("/", 1)[-1]).strip("._")
        image = StoredImage(
            upload_id=f"img_{secrets.token_hex(8)}",
            filename=name or f"upload{extension}",
            content_type=content_type,
            data=data,
            created_at=int(now),
        )
        self.images[image.path_name] = image
        return image
