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

# --- sora, veo families

CASES["sora-2-preview"] = {
    "valid": [
        {
            "model": "sora-2-preview",
            "prompt": "A waterfall pouring over rocky cliffs, a rainbow in the mist",
            "duration": 8,
            "aspect_ratio": "landscape",
            "image_urls": [_FIRST],
        },
        {
            "model": "sora-2-pro-preview",
            "prompt": "A lighthouse beam sweeping over a stormy sea",
            "duration": 12,
            "aspect_ratio": "9:16",
        },
    ],
    "invalid": [
        ({"model": "sora-2-preview", "prompt": "x", "duration": 10}, "duration"),
        ({"model": "sora-2-preview", "prompt": "x", "aspect_ratio": "1:1"}, "aspect_ratio"),
        ({"model": "sora-2-pro-preview", "duration": 4}, "prompt"),
    ],
}

CASES["sora-2"] = {
    "valid": [
        {
            "model": "sora-2",
            "prompt": "A waterfall cascading down, forming a rainbow",
            "duration": 8,
            "resolution": "720p",
            "aspect_ratio": "16:9",
            "image_urls": [_FIRST],
        },
        {
            "model": "sora-2-pro",
            "prompt": "A cat and a dog driving a car together @cat.cruiser @dog.baron",
            "duration": 20,
            "resolution": "1080p",
            "aspect_ratio": "9:16",
        },
    ],
    "invalid": [
        ({"model": "sora-2", "prompt": "x", "resolution": "1080p"}, "resolution"),
        ({"model": "sora-2", "prompt": "x", "image_urls": [_FIRST, _LAST]}, "image_urls"),
        ({"model": "sora-2-pro", "prompt": "x", "duration": 6}, "duration"),
        ({"model": "sora-2", "prompt": "x", "aspect_ratio": "1:1"}, "aspect_ratio"),
        # "Create character" is outside the generation contract (the schema's Decisions).
        ({"model": "sora-2", "timestamps": "1,3", "url": _VIDEO}, "timestamps"),
    ],
}

CASES["veo3.1-official"] = {
    "valid": [
        {
            "model": "veo3.1-fast-official",
            "prompt": "a golden retriever running on the beach, sunset, cinematic",
            "duration": 8,
            "aspect_ratio": "16:9",
        },
        {
            "model": "veo3.1-quality-official",
            "prompt": "The bud opens into a flower",
            "negative_prompt": "blurry, low quality, watermark, text",
            "duration": 4,
            "resolution": "4K",
            "first_frame_image": _FIRST,
            "last_frame_image": _LAST,
            "seed": 4294967295,
            "sample_count": 1,
            "generate_audio": True,
            "person_generation": "allow_adult",
        },
    ],
    "invalid": [
        (
            {"model": "veo3.1-fast-official", "prompt": "x", "last_frame_image": _LAST},
            "last_frame_image",
        ),
        ({"model": "veo3.1-fast-official", "prompt": "x", "duration": "8"}, "duration"),
        ({"model": "veo3.1-fast-official", "prompt": "x", "duration": 5}, "duration"),
        ({"model": "veo3.1-quality-official", "prompt": "x", "sample_count": 5}, "sample_count"),
        ({"model": "veo3.1-fast-official", "prompt": "x", "resolution": "480p"}, "resolution"),
        (
            {"model": "veo3.1-fast-official", "prompt": "x", "person_generation": "allow_all"},
            "person_generation",
        ),
    ],
}

CASES["veo3.1"] = {
    "valid": [
        {
            "model": "veo3.1-fast",
            "prompt": "Dolphins leaping in the azure ocean",
            "duration": 8,
            "aspect_ratio": "16:9",
            "image_urls": [_FIRST],
        },
        {
            "model": "veo3.1-quality",
            "prompt": "Day turns to night over the city",
            "generation_type": "frame",
            "image_urls": [_FIRST, _LAST],
            "resolution": "4k",
        },
        {
            "model": "veo3.1-fast",
            "prompt": "The subject of the references walks through a market",
            "generation_type": "reference",
            "image_urls": [_FIRST, _LAST, "https://cdn.example.com/third.jpg"],
            "enable_gif": True,
            "official_fallback": True,
        },
    ],
    "invalid": [
        ({"model": "veo3.1-fast", "prompt": "x", "duration": 6}, "duration"),
        (
            {
                "model": "veo3.1-quality",
                "prompt": "x",
                "generation_type": "reference",
                "image_urls": [_FIRST],
            },
            "generation_type",
        ),
        (
            {
                "model": "veo3.1-fast",
                "prompt": "x",
                "generation_type": "frame",
                "image_urls": [_FIRST, _LAST, _FIRST],
            },
            "image_urls",
        ),
        (
            {"model": "veo3.1-quality", "prompt": "x", "image_urls": [_FIRST, _LAST, _FIRST]},
            "image_urls",
        ),
        (
            {"model": "veo3.1-fast", "prompt": "x", "enable_gif": True, "resolution": "1080p"},
            "enable_gif",
        ),
        (
            {"model": "veo3.1-fast", "prompt": "x", "image_urls": [_FIRST, _LAST, _FIRST, _LAST]},
            "image_urls",
        ),
    ],
}
