"""Local files in a request: which fields may name one, what a value is, what an image is.

An image field (one the spec marks `x-apimart-media: image` in the model's family: for
wan2.7 the `image_urls` entries and `image_with_roles` urls, for Hailuo `first_frame_image`)
takes an http(s) URL or a local image: a `pathlib.Path` (any `os.PathLike`), or a string
that is not a URL and names an existing file. The client uploads each local image once and
sends the URL it gets back; this module only classifies values and reads images, it sends
nothing. Audio and video fields have no upload: a local path there is refused, as is a
string that is neither a URL nor an existing file. A model the client does not know has no
known image fields: its body is sent as given.

The image types are those `POST /v1/uploads/images` takes (the spec's `UploadContentType`),
recognised, as the API does, by their first bytes, never by the file name.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Final

import attrs

from apimart_video._config import DEFAULT_MODEL
from apimart_video._exceptions import InvalidRequestError
from apimart_video._request.spec_values import UPLOAD_CONTENT_TYPES
from apimart_video._types import Violation

__all__ = [
    "ImageFile",
    "LocalSource",
    "image_content_type",
    "image_values",
    "is_url",
    "local_images",
    "may_name_files",
    "read_image",
    "with_urls",
]

LocalSource = str | os.PathLike[str]
"""What an image field accepts: a URL, or a local image file."""

_SIGNATURES: Final = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
_NAMES: Final = {"image/webp": "WebP"}
_ALLOWED: Final = ", ".join(
    _NAMES.get(kind, kind.removeprefix("image/").upper()) for kind in sorted(UPLOAD_CONTENT_TYPES)
)


def _media_fields(model: object) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(image fields, audio and video fields) of `model`'s family; none for an unknown one."""
    from apimart_video._request.families import family_of  # the rules load with a request

    rules = family_of(model) if isinstance(model, str) else None
    if rules is None:
        return (), ()
    return rules.media_fields("image"), (*rules.media_fields("audio"), *rules.media_fields("video"))


def image_content_type(data: bytes) -> str | None:
    """The image type of `data` from its first bytes (JPEG, PNG, GIF, WebP), or None."""
    for signature, content_type in _SIGNATURES:
        if data.startswith(signature):
            return content_type
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


@attrs.frozen
class ImageFile:
    """A local image, read and checked: what an upload sends, and what a journal records."""

    path: Path | None
    filename: str
    data: bytes = attrs.field(repr=False)
    content_type: str

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def read_image(
    source: bytes | LocalSource, filename: str | None = None, field: str = "image"
) -> ImageFile:
    """The image at `source` (a path, or the bytes themselves), checked by its content;
    `InvalidRequestError` naming the file (or field) and the allowed types otherwise."""
    path: Path | None = None
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        name = filename or "image"
        shown = f"the bytes given{f' ({filename})' if filename else ''}"
    else:
        path = Path(source)
        try:
            data = path.read_bytes()
        except OSError as error:
            reason = error.strerror or type(error).__name__
            raise InvalidRequestError(
                [Violation(field, os.fspath(path), f"cannot read the file {path}: {reason}")]
            ) from None
        name = filename or path.name
        shown = os.fspath(path)
    content_type = image_content_type(data)
    if content_type is None:
        raise InvalidRequestError(
            [
                Violation(
                    field,
                    shown,
                    f"{shown} is not an image the API takes: {_ALLOWED} (recognised by their "
                    "content, not the file name)",
                )
            ]
        )
    return ImageFile(path=path, filename=name, data=data, content_type=content_type)


def _is_url(value: str) -> bool:
    """An http(s) URL, or a `data:` URI (Base64 image some families take): sent as given."""
    return value[:8].lower().startswith(("http://", "https://", "data:"))


def _local(value: object, base: Path | None) -> Path | None:
    """The file `value` names, when it names a local file (a path object, or a string that is
    not a URL and names an existing file); None for anything else."""
    if isinstance(value, os.PathLike):
        path = Path(value)
    elif isinstance(value, str) and value and not _is_url(value):
        path = Path(value)
        if not (base / path if base is not None else path).is_file():
            return None
    else:
        return None
    return base / path if base is not None and not path.is_absolute() else path


Place = tuple[str, int | None, str | None]
"""Where an image value sits: the field, the index in its list, the key inside the item."""


def _entries(fields: Mapping[str, Any], model: object) -> Iterator[tuple[str, object, Place]]:
    """Every image value of `fields`: its name, the value, and where it sits."""
    for field in _media_fields(model)[0]:
        value = fields.get(field)
        if isinstance(value, list | tuple):
            for index, item in enumerate(value):
                if isinstance(item, Mapping):
                    if "url" in item:
                        yield f"{field}[{index}].url", item["url"], (field, index, "url")
                else:
                    yield f"{field}[{index}]", item, (field, index, None)
        elif value is not None:
            yield field, value, (field, None, None)


def image_values(fields: Mapping[str, Any], model: object = DEFAULT_MODEL) -> dict[str, object]:
    """Every image value of `fields`, by its name (`image_urls[0]`, `image_with_roles[1].url`)."""
    return {name: value for name, value, _ in _entries(fields, model)}


def is_url(value: object) -> bool:
    """True for a string sent as given, never a local path: one that starts as an http or
    https URL, or a `data:` URI (checked further by the rules: only some fields take one)."""
    return isinstance(value, str) and _is_url(value)


def _media_values(fields: Mapping[str, Any], model: object) -> Iterator[tuple[str, object]]:
    for name in _media_fields(model)[1]:
        value = fields.get(name)
        if isinstance(value, list | tuple):
            yield from ((f"{name}[{i}]", item) for i, item in enumerate(value))
        elif value is not None:
            yield name, value


def may_name_files(fields: Mapping[str, Any], model: object = DEFAULT_MODEL) -> bool:
    """Whether any image, audio or video value of `fields` could be a local path (a path
    object, or a string that is not a URL): without one, `local_images` has nothing to do
    and touches no file, so a caller can skip it (and the worker thread it needs)."""
    values = [value for _, value, _ in _entries(fields, model)]
    values += [value for _, value in _media_values(fields, model)]
    return any(
        isinstance(value, os.PathLike) or (isinstance(value, str) and not _is_url(value))
        for value in values
    )


def local_images(
    fields: Mapping[str, Any],
    base: Path | None = None,
    *,
    missing_ok: bool = False,
    model: object = DEFAULT_MODEL,
) -> dict[str, Path]:
    """The local image each image field names (field -> path; relative paths from `base`).

    Raises `InvalidRequestError` for a string in an image field that is neither a URL nor an
    existing file, and for a local path in an audio or video field (no upload exists for
    those). URLs are left alone: `check_request` checks them as always. `missing_ok`: every
    string that is not a URL is a path, existing or not (reading it says what is wrong).
    """
    found: dict[str, Path] = {}
    violations: list[Violation] = []
    for name, value, _ in _entries(fields, model):
        path = _local(value, base)
        if path is None and missing_ok and isinstance(value, str) and not _is_url(value):
            path = Path(value)
        if path is not None:
            found[name] = path
        elif isinstance(value, str) and not _is_url(value):
            violations.append(
                Violation(
                    name,
                    value,
                    "must be an http or https URL, or the path of an existing local image file "
                    f"(no file at {os.fspath(base / value if base else Path(value))})",
                )
            )
    for name, value in _media_values(fields, model):
        if _local(value, base) is not None:
            violations.append(
                Violation(
                    name,
                    os.fspath(value) if isinstance(value, os.PathLike) else value,
                    "must be a public http or https URL: audio and video cannot be uploaded "
                    "(only images can); host the file where the API can fetch it",
                )
            )
    if violations:
        raise InvalidRequestError(violations, model=model)
    return found


def with_urls(
    fields: Mapping[str, Any], urls: Mapping[str, str], model: object = DEFAULT_MODEL
) -> dict[str, Any]:
    """`fields` with each image field named in `urls` set to its URL (a copy; lists and the
    role objects are copied too, never changed in place)."""
    result = dict(fields)
    for name, _, (key, index, inner) in _entries(fields, model):
        if name not in urls:
            continue
        url = urls[name]
        if index is None:
            result[key] = url
            continue
        items = result[key] = list(result[key])
        items[index] = url if inner is None else {**items[index], inner: url}
    return result
