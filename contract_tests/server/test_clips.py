"""The clip a task makes: its length and size read from the body and its family's schema,
held in bounds for bodies outside the spec, encoded as an MP4 that FFmpeg decodes."""

from __future__ import annotations

import io
from typing import Any

import av
import pytest

from apimart_video.testing import clip
from apimart_video.testing._clips import FPS, ClipShape, render, shape_of
from apimart_video.testing._h264 import FlatStream, level_for
from contract_tests.spec_document import resolve

WAN = {
    name: resolve(node) | {k: v for k, v in node.items() if k != "$ref"}
    for name, node in resolve({"$ref": "#/components/schemas/Wan27Request"})["properties"].items()
}


def decoded(mp4: bytes) -> tuple[int, int, int]:
    with av.open(io.BytesIO(mp4), mode="r") as container:
        stream = container.streams.video[0]
        frames = list(container.decode(stream))
    return frames[0].width, frames[0].height, len(frames)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({}, ClipShape(1920, 1080, 5.0)),  # wan2.7's defaults: 1080P, 16:9, 5 s
        ({"duration": 2, "resolution": "720P"}, ClipShape(1280, 720, 2.0)),
        ({"size": "9:16"}, ClipShape(1080, 1920, 5.0)),
        ({"size": "1:1", "resolution": "720P"}, ClipShape(720, 720, 5.0)),
        ({"size": "4:3"}, ClipShape(1440, 1080, 5.0)),
    ],
)
def test_the_length_and_size_come_from_the_body_else_the_familys_defaults(
    body: dict[str, Any], expected: ClipShape
) -> None:
    assert shape_of({"model": "wan2.7", "prompt": "x", **body}, WAN) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"quality": "4K", "ratio": "portrait"}, ClipShape(2160, 3840, 5.0)),
        ({"size": "1024x576", "duration": "3s"}, ClipShape(1024, 576, 3.0)),
        ({"resolution": "99999p", "duration": 1e9}, ClipShape(3840, 2160, 60.0)),
        ({"aspect_ratio": "100:1", "duration": -4}, ClipShape(2880, 720, 5.0)),
        ({"duration": True, "resolution": 1080}, ClipShape(1280, 720, 5.0)),
    ],
)
def test_a_body_outside_the_spec_is_read_as_far_as_it_can_be_and_held_in_bounds(
    body: dict[str, Any], expected: ClipShape
) -> None:
    assert shape_of({"model": "unknown", **body}, {}) == expected


def test_a_duration_field_without_a_default_gives_its_first_value_or_its_minimum() -> None:
    assert shape_of({}, {"duration": {"enum": [8]}}).seconds == 8.0
    assert shape_of({}, {"duration": {"type": "integer", "minimum": 4}}).seconds == 4.0
    assert shape_of({}, {"duration": {"enum": [0, 2]}}).seconds == 5.0, "0 is no length"


@pytest.mark.parametrize(
    "shape", [ClipShape(1920, 1080, 1.0), ClipShape(854, 480, 0.5), ClipShape(2, 2, 0.01)]
)
def test_each_clip_decodes_to_its_size_and_frame_count(shape: ClipShape) -> None:
    assert decoded(render(shape)) == (shape.width, shape.height, shape.frames)


def test_a_clip_is_the_same_bytes_every_time_and_small_whatever_its_size() -> None:
    big = ClipShape(3840, 2160, 15.0)
    assert render(big) == render(ClipShape(3840, 2160, 15.0))
    assert len(render(big)) < 64 * 1024
    assert big.frames == 15 * FPS


def test_clip_without_a_body_is_a_prompt_only_task_of_the_default_model() -> None:
    assert clip() == clip({"model": "wan2.7", "prompt": "anything"})
    assert decoded(clip())[:2] == (1920, 1080)
    assert clip({"model": "wan2.7", "duration": 2}) != clip()


def test_an_odd_or_tiny_size_is_refused_and_a_huge_one_has_no_level() -> None:
    with pytest.raises(ValueError, match="even"):
        FlatStream(1281, 720, FPS)
    assert level_for(8160, 24) == 40  # 1080p
    with pytest.raises(ValueError, match="exceeds every level"):
        level_for(200_000, 24)
