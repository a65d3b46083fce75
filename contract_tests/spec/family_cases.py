"""Documented bodies per model family: the valid ones, and for each rule one that breaks it.

`CASES[family]` is `{"valid": [body, ...], "invalid": [(body, field), ...]}`: the valid bodies
come from the family's docs page (its own examples), each invalid body breaks one rule of the
family's schema the way the page says a request is refused, and `field` is the field the error
must name. Tests feed them through `check_request`, the reference server and the CLI.
"""

from __future__ import annotations

from typing import Any

CASES: dict[str, dict[str, Any]] = {}

_FIRST = "https://cdn.example.com/first.jpg"
_LAST = "https://cdn.example.com/last.jpg"
_VIDEO = "https://cdn.example.com/reference.mp4"
_AUDIO = "https://cdn.example.com/speech.wav"

# --- wan families

_CHARACTER = "https://cdn.example.com/character.jpg"
_VOICE = "https://cdn.example.com/voice_sample.mp3"
_SOURCE = "https://cdn.example.com/original.mp4"
_DATA_URI = "data:image/png;base64,iVBORw0KGgo="


def _reference(url: str = _CHARACTER, role: str = "reference_image") -> dict[str, str]:
    return {"url": url, "role": role}


CASES["wan2.7-r2v"] = {
    "valid": [
        {
            "model": "wan2.7-r2v",
            "prompt": "This person walks down the street surrounded by heavy traffic",
            "image_with_roles": [_reference()],
            "resolution": "1080P",
            "duration": 8,
        },
        {
            "model": "wan2.7-r2v",
            "prompt": "The character in image 1 enters the scene in image 2 and looks around",
            "image_with_roles": [
                {"url": _CHARACTER, "role": "reference_image", "reference_voice": _VOICE},
                _reference(_FIRST, "first_frame"),
            ],
        },
        {
            "model": "wan2.7-r2v",
            "prompt": "The dancer of video 1 on a beach",
            "video_urls": [_VIDEO],
        },
        {
            "model": "wan2.7-r2v",
            "prompt": "Image 1 and image 2 meet in video 1",
            "image_with_roles": [_reference(), _reference(_LAST)],
            "video_urls": [_VIDEO, _VIDEO, _VIDEO],
            "size": "9:16",
            "duration": 15,
        },
    ],
    "invalid": [
        # At least one of image_with_roles and video_urls.
        ({"model": "wan2.7-r2v", "prompt": "A street at night"}, "image_with_roles"),
        # Images and videos together: at most 5.
        (
            {
                "model": "wan2.7-r2v",
                "prompt": "x",
                "image_with_roles": [_reference(), _reference(_LAST), _reference(_FIRST)],
                "video_urls": [_VIDEO, _VIDEO, _VIDEO],
            },
            "video_urls",
        ),
        ({"model": "wan2.7-r2v", "prompt": "x", "video_urls": [_VIDEO] * 6}, "video_urls"),
        # At most one first frame.
        (
            {
                "model": "wan2.7-r2v",
                "prompt": "x",
                "image_with_roles": [
                    _reference(_FIRST, "first_frame"),
                    _reference(_LAST, "first_frame"),
                ],
            },
            "image_with_roles",
        ),
        # The roles are reference_image and first_frame only.
        (
            {
                "model": "wan2.7-r2v",
                "prompt": "x",
                "image_with_roles": [_reference(_LAST, "last_frame")],
            },
            "image_with_roles",
        ),
        ({"model": "wan2.7-r2v", "image_with_roles": [_reference()]}, "prompt"),
        (
            {"model": "wan2.7-r2v", "prompt": "x", "video_urls": [_VIDEO], "duration": 16},
            "duration",
        ),
        (
            {"model": "wan2.7-r2v", "prompt": "x", "video_urls": [_VIDEO], "resolution": "1080p"},
            "resolution",
        ),
    ],
}

CASES["wan2.7-videoedit"] = {
    "valid": [
        {
            "model": "wan2.7-videoedit",
            "video_urls": [_SOURCE],
            "prompt": "Replace the background with a snowy mountain scene",
            "resolution": "1080P",
        },
        {"model": "wan2.7-videoedit", "video_urls": [_SOURCE]},
        {
            "model": "wan2.7-videoedit",
            "video_urls": [_SOURCE],
            "prompt": "Change the character's outfit to the red gown of image 1",
            "image_urls": [_FIRST],
            "duration": 0,
            "size": "1:1",
        },
    ],
    "invalid": [
        ({"model": "wan2.7-videoedit", "prompt": "Make it clay"}, "video_urls"),
        ({"model": "wan2.7-videoedit", "video_urls": [_SOURCE], "duration": 1}, "duration"),
        ({"model": "wan2.7-videoedit", "video_urls": [_SOURCE], "duration": 11}, "duration"),
        (
            {"model": "wan2.7-videoedit", "video_urls": [_SOURCE], "image_urls": [_FIRST] * 5},
            "image_urls",
        ),
        (
            {"model": "wan2.7-videoedit", "video_urls": [_SOURCE], "resolution": "720p"},
            "resolution",
        ),
        (
            {"model": "wan2.7-videoedit", "video_urls": [_SOURCE], "negative_prompt": "n" * 501},
            "negative_prompt",
        ),
    ],
}

CASES["wan2.6"] = {
    "valid": [
        {
            "model": "wan2.6",
            "prompt": "A cute cat running on the grass",
            "aspect_ratio": "16:9",
            "resolution": "720p",
            "duration": 5,
        },
        {"model": "wan2.6", "image_urls": [_DATA_URI], "duration": 15, "resolution": "1080p"},
        {
            "model": "wan2.6",
            "prompt": "A cute cat stretching in the sunlight",
            "image_urls": [_FIRST],
            "audio_url": _AUDIO,
            "shot_type": "multi",
            "prompt_extend": True,
            "seed": 12345,
        },
    ],
    "invalid": [
        # 480p is not offered.
        ({"model": "wan2.6", "prompt": "x", "resolution": "480p"}, "resolution"),
        # 5, 10 or 15 seconds only.
        ({"model": "wan2.6", "prompt": "x", "duration": 8}, "duration"),
        # Only one image.
        ({"model": "wan2.6", "prompt": "x", "image_urls": [_FIRST, _LAST]}, "image_urls"),
        # Text-to-video needs a prompt.
        ({"model": "wan2.6", "duration": 5}, "prompt"),
        ({"model": "wan2.6", "prompt": "x", "aspect_ratio": "21:9"}, "aspect_ratio"),
        ({"model": "wan2.6", "prompt": "x", "shot_type": "double"}, "shot_type"),
    ],
}

CASES["wan2.6-i2v-flash"] = {
    "valid": [
        {
            "model": "wan2.6-i2v-flash",
            "prompt": "The person turns around and smiles",
            "image_urls": [_FIRST],
            "resolution": "1080p",
            "duration": 5,
        },
        {"model": "wan2.6-i2v-flash", "image_urls": [_DATA_URI], "audio": False, "duration": 2},
        {"model": "wan2.6-i2v-flash", "image_urls": [_FIRST], "audio_url": _AUDIO, "duration": 15},
    ],
    "invalid": [
        # Image-to-video only: the image is required.
        ({"model": "wan2.6-i2v-flash", "prompt": "A cat on the grass"}, "image_urls"),
        # The image decides the aspect ratio: there is no such field.
        (
            {"model": "wan2.6-i2v-flash", "image_urls": [_FIRST], "aspect_ratio": "16:9"},
            "aspect_ratio",
        ),
        ({"model": "wan2.6-i2v-flash", "image_urls": [_FIRST], "duration": 16}, "duration"),
        ({"model": "wan2.6-i2v-flash", "image_urls": [_FIRST], "resolution": "480p"}, "resolution"),
        ({"model": "wan2.6-i2v-flash", "image_urls": [_FIRST, _LAST]}, "image_urls"),
    ],
}

CASES["wan2.5-preview"] = {
    "valid": [
        {
            "model": "wan2.5-preview",
            "prompt": "Sunset coastal highway, cinematic shot",
            "size": "16:9",
            "resolution": "720p",
            "duration": 5,
        },
        {"model": "wan2.5-preview", "prompt": "x", "resolution": "480p", "size": "1:1"},
        {"model": "wan2.5-preview", "prompt": "x", "resolution": "1080p", "size": "3:4"},
        {"model": "wan2.5-preview", "image_urls": [_DATA_URI], "duration": 10, "audio_url": _AUDIO},
    ],
    "invalid": [
        # 480p has no 4:3 and no 3:4.
        ({"model": "wan2.5-preview", "prompt": "x", "resolution": "480p", "size": "4:3"}, "size"),
        ({"model": "wan2.5-preview", "prompt": "x", "resolution": "480p", "size": "3:4"}, "size"),
        # 5 or 10 seconds only.
        ({"model": "wan2.5-preview", "prompt": "x", "duration": 15}, "duration"),
        # Text-to-video needs a prompt.
        ({"model": "wan2.5-preview", "size": "16:9"}, "prompt"),
        ({"model": "wan2.5-preview", "prompt": "x", "image_urls": [_FIRST, _LAST]}, "image_urls"),
        ({"model": "wan2.5-preview", "prompt": "x", "resolution": "720P"}, "resolution"),
    ],
}
