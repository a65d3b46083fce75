"""The video a task makes: as long and as large as its body asks, for any model.

The length is the body's `duration`, else the default its family's schema gives `duration`
(else the field's first allowed value, else its minimum), else `FALLBACK_SECONDS`. The size
comes from the values of the family's enum fields, the body's or else their defaults (for a
model the spec lacks, under `accept_invalid`: the body's own values): a resolution (`720p`,
`1080P`, `4K`) sets the short side, an aspect ratio (`16:9`, `portrait`) the shape, a
`WIDTHxHEIGHT` both. Each clip is a flat grey H.264 picture at `FPS` (`_h264`), a few
kilobytes whatever its size, in an MP4 (`_mp4`); values outside the spec are held to
`MAX_SECONDS`, `MAX_SHORT_SIDE` and `MAX_RATIO`.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

import attrs

from apimart_video._config import DEFAULT_MODEL
from apimart_video.testing._h264 import FlatStream
from apimart_video.testing._mp4 import mp4
from apimart_video.testing._spec import spec_families

FPS: Final = 24
FALLBACK_SECONDS: Final = 5.0
MAX_SECONDS: Final = 60.0
FALLBACK_SHORT_SIDE: Final = 720
MAX_SHORT_SIDE: Final = 2160
FALLBACK_RATIO: Final = (16, 9)
MAX_RATIO: Final = 4.0
"""The most elongated shape a clip takes (a body outside the spec may ask for 100:1)."""
NAMED_RATIOS: Final = {"landscape": (16, 9), "portrait": (9, 16), "square": (1, 1)}
NAMED_SHORT_SIDES: Final = {"2k": 1440, "4k": 2160, "8k": 4320}
_LINES: Final = re.compile(r"^(\d{2,5})p$")
_RATIO: Final = re.compile(r"^(\d{1,3}):(\d{1,3})$")
_SIZE: Final = re.compile(r"^(\d{2,5})\s*[x*\u00d7]\s*(\d{2,5})$")
_SECONDS: Final = re.compile(r"^(\d+(?:\.\d+)?)\s*s?$")


@attrs.frozen
class ClipShape:
    """What a clip is: its width and height in pixels (even) and its length in seconds."""

    width: int
    height: int
    seconds: float

    @property
    def frames(self) -> int:
        return max(1, round(self.seconds * FPS))


def shape_of(body: Mapping[str, Any], properties: Mapping[str, Mapping[str, Any]]) -> ClipShape:
    """The clip a body asks for, read with its family's request fields (`{}`: unknown model)."""
    width, height = _size(body, properties)
    return ClipShape(width, height, _seconds(body.get("duration"), properties.get("duration")))


@functools.lru_cache(maxsize=64)
def render(shape: ClipShape) -> bytes:
    """The MP4 of a clip shape (the same bytes every time)."""
    stream = FlatStream(shape.width, shape.height, FPS)
    return mp4(
        shape.width, shape.height, FPS, stream.sps(), stream.pps(), stream.frames(shape.frames)
    )


def clip(body: Mapping[str, Any] | None = None, *, spec_path: Path | None = None) -> bytes:
    """The MP4 the server serves for a task of `body`; by default, for a prompt-only body of
    the default model (`wan2.7`: 5 s at 1920x1080)."""
    body = {"model": DEFAULT_MODEL} if body is None else body
    model = body.get("model")
    family = spec_families(spec_path).by_model.get(model) if isinstance(model, str) else None
    return render(shape_of(body, family.properties if family else {}))


def _number(value: Any) -> float | None:
    """A length in seconds from a JSON value: 5, 5.0, "5", "5s"; None when it is none."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str) and _SECONDS.match(value.strip().lower()):
        number = float(_SECONDS.match(value.strip().lower())[1])  # type: ignore[index]
    else:
        return None
    return number if math.isfinite(number) and number > 0 else None


def _seconds(asked: Any, field: Mapping[str, Any] | None) -> float:
    field = field or {}
    candidates = [asked, field.get("default"), field.get("const")]
    candidates += [*field.get("enum", [])[:1], field.get("minimum")]
    for candidate in candidates:
        seconds = _number(candidate)
        if seconds is not None:
            return min(seconds, MAX_SECONDS)
    return FALLBACK_SECONDS


def _size(body: Mapping[str, Any], properties: Mapping[str, Mapping[str, Any]]) -> tuple[int, int]:
    """Width and height from the values of the family's enum fields (the body's, else the
    default); for a model the spec does not know, from the body's own values."""
    if properties:
        fields = [name for name, field in properties.items() if "enum" in field]
        values = [body.get(name, properties[name].get("default")) for name in fields]
    else:
        values = [value for name, value in body.items() if name != "model"]
    short_side: int | None = None
    ratio: tuple[int, int] | None = None
    for value in values:
        if not isinstance(value, str) or value == body.get("model"):
            continue
        text = value.strip().lower()
        if (size := _SIZE.match(text)) and short_side is None and ratio is None:
            width, height = int(size[1]), int(size[2])
            short_side, ratio = min(width, height), (width, height)
        elif (lines := _LINES.match(text)) and short_side is None:
            short_side = int(lines[1])
        elif text in NAMED_SHORT_SIDES and short_side is None:
            short_side = NAMED_SHORT_SIDES[text]
        elif (shape := _RATIO.match(text)) and ratio is None and int(shape[1]) and int(shape[2]):
            ratio = (int(shape[1]), int(shape[2]))
        elif text in NAMED_RATIOS and ratio is None:
            ratio = NAMED_RATIOS[text]
    return _dimensions(short_side or FALLBACK_SHORT_SIDE, ratio or FALLBACK_RATIO)


def _dimensions(short_side: int, ratio: tuple[int, int]) -> tuple[int, int]:
    side = min(max(short_side, 16), MAX_SHORT_SIDE)
    across, down = ratio
    stretch = min(max(across, down) / min(across, down), MAX_RATIO)
    long_side = side * stretch
    width, height = (long_side, side) if across >= down else (side, long_side)
    return _even(width), _even(height)


def _even(pixels: float) -> int:
    return max(2, 2 * round(pixels / 2))
