"""Documented bodies per model family: valid ones, and invalid ones with the field the error
must name. Taken from each family's docs page (its examples and what it says is refused);
they feed tests through `check_request`, the reference server and the CLI.
"""

from __future__ import annotations

from typing import Any

CASES: dict[str, dict[str, list[Any]]] = {}

# --- hailuo, vidu, omni families

_KITTEN = "A cute kitten running on the grass"
_FRAME = "https://example.com/start.jpg"
_END = "https://example.com/end.jpg"
_BASE64 = "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEAYABg"

CASES["MiniMax-Hailuo-2.3"] = {
    "valid": [
        {
            "model": "MiniMax-Hailuo-2.3",
            "prompt": _KITTEN,
            "duration": 6,
            "resolution": "768p",
            "prompt_optimizer": True,
            "fast_pretreatment": False,
            "watermark": False,
        },
        {"model": "MiniMax-Hailuo-2.3", "prompt": _KITTEN, "duration": 10, "resolution": "768p"},
        {"model": "MiniMax-Hailuo-2.3", "prompt": _KITTEN, "resolution": "1080p"},
        {"model": "MiniMax-Hailuo-2.3", "prompt": _KITTEN, "first_frame_image": _FRAME},
        {"model": "MiniMax-Hailuo-2.3", "prompt": _KITTEN, "first_frame_image": _BASE64},
        {"model": "MiniMax-Hailuo-2.3-Fast", "prompt": _KITTEN, "first_frame_image": _FRAME},
        {"model": "MiniMax-Hailuo-2.3", "prompt": "[Pan left,Pedestal up] A tall tree"},
    ],
    "invalid": [
        (
            {
                "model": "MiniMax-Hailuo-2.3",
                "prompt": _KITTEN,
                "duration": 10,
                "resolution": "1080p",
            },
            "duration",
        ),
        ({"model": "MiniMax-Hailuo-2.3-Fast", "prompt": _KITTEN}, "first_frame_image"),
        ({"model": "MiniMax-Hailuo-2.3", "prompt": _KITTEN, "duration": 5}, "duration"),
        ({"model": "MiniMax-Hailuo-2.3", "prompt": _KITTEN, "resolution": "720p"}, "resolution"),
        ({"model": "MiniMax-Hailuo-2.3", "prompt": "x" * 2001}, "prompt"),
        ({"model": "MiniMax-Hailuo-2.3"}, "prompt"),
        (
            {"model": "MiniMax-Hailuo-2.3", "prompt": _KITTEN, "last_frame_image": _END},
            "last_frame_image",
        ),
    ],
}

CASES["MiniMax-Hailuo-02"] = {
    "valid": [
        {
            "model": "MiniMax-Hailuo-02",
            "prompt": "A cute cat running on the grass",
            "duration": 5,
            "resolution": "768p",
            "prompt_optimizer": True,
            "fast_pretreatment": False,
            "watermark": False,
        },
        {"model": "MiniMax-Hailuo-02", "prompt": "A cat", "duration": 10, "resolution": "512p"},
        {"model": "MiniMax-Hailuo-02", "prompt": "A cat", "resolution": "1080p"},
        {"model": "MiniMax-Hailuo-02", "prompt": "A cat", "first_frame_image": _BASE64},
        {
            "model": "MiniMax-Hailuo-02",
            "prompt": "A cat",
            "first_frame_image": _FRAME,
            "last_frame_image": _END,
            "resolution": "1080p",
        },
    ],
    "invalid": [
        (
            {
                "model": "MiniMax-Hailuo-02",
                "prompt": "A cat",
                "duration": 10,
                "resolution": "1080p",
            },
            "duration",
        ),
        ({"model": "MiniMax-Hailuo-02", "prompt": "A cat", "duration": 6}, "duration"),
        (
            {"model": "MiniMax-Hailuo-02", "prompt": "A cat", "last_frame_image": _END},
            "first_frame_image",
        ),
        (
            {
                "model": "MiniMax-Hailuo-02",
                "prompt": "A cat",
                "first_frame_image": _FRAME,
                "last_frame_image": _END,
                "resolution": "512p",
            },
            "resolution",
        ),
        (
            {"model": "MiniMax-Hailuo-02", "prompt": "A cat", "metadata": {"resolution": "768p"}},
            "metadata",
        ),
        (
            {"model": "MiniMax-Hailuo-02", "prompt": "A cat", "first_frame_image": "start.jpg"},
            "first_frame_image",
        ),
    ],
}

_SANTA = "https://example.com/santa.png"
_BEAR = "https://example.com/bear.png"
_HUG = "Santa Claus and the bear hug by the lakeside"

CASES["viduq3"] = {
    "valid": [
        {
            "model": "viduq3",
            "prompt": _HUG,
            "image_urls": [_SANTA, _BEAR],
            "duration": 8,
            "resolution": "720p",
            "aspect_ratio": "16:9",
        },
        {
            "model": "viduq3",
            "prompt": _HUG,
            "image_urls": [_SANTA],
            "duration": 3,
            "resolution": "540p",
        },
        {"model": "viduq3-mix", "prompt": _HUG, "image_urls": [_SANTA] * 7, "duration": 1},
        {
            "model": "viduq3-mix",
            "prompt": _HUG,
            "image_urls": [_SANTA],
            "resolution": "1080p",
            "seed": 7,
        },
    ],
    "invalid": [
        ({"model": "viduq3", "prompt": _HUG, "image_urls": [_SANTA], "duration": 1}, "duration"),
        (
            {"model": "viduq3-mix", "prompt": _HUG, "image_urls": [_SANTA], "resolution": "540p"},
            "resolution",
        ),
        ({"model": "viduq3", "prompt": _HUG}, "image_urls"),
        ({"model": "viduq3", "prompt": _HUG, "image_urls": [_SANTA] * 8}, "image_urls"),
        ({"model": "viduq3", "prompt": _HUG, "image_urls": [_SANTA], "duration": 17}, "duration"),
        ({"model": "viduq3", "image_urls": [_SANTA]}, "prompt"),
        ({"model": "viduq3", "prompt": "x" * 5001, "image_urls": [_SANTA]}, "prompt"),
        ({"model": "viduq3", "prompt": _HUG, "image_urls": [_BASE64]}, "image_urls[0]"),
    ],
}

_PIANO = "A cat playing piano, camera slowly zooms in"
_PHOTO = "https://example.com/photo.jpg"

CASES["viduq3-pro"] = {
    "valid": [
        {
            "model": "viduq3-pro",
            "prompt": _PIANO,
            "duration": 8,
            "resolution": "1080p",
            "aspect_ratio": "16:9",
        },
        {"model": "viduq3-pro", "prompt": _PIANO, "image_urls": [_PHOTO]},
        {"model": "viduq3-pro", "image_urls": [_FRAME, _END], "duration": 1, "audio": False},
        {"model": "viduq3-turbo", "prompt": _PIANO, "duration": 16, "resolution": "540p"},
    ],
    "invalid": [
        ({"model": "viduq3-pro", "duration": 5}, "prompt"),
        ({"model": "viduq3-pro", "prompt": _PIANO, "image_urls": [_PHOTO] * 3}, "image_urls"),
        ({"model": "viduq3-pro", "prompt": _PIANO, "image_urls": []}, "image_urls"),
        ({"model": "viduq3-pro", "prompt": _PIANO, "duration": 17}, "duration"),
        ({"model": "viduq3-pro", "prompt": _PIANO, "resolution": "4k"}, "resolution"),
        ({"model": "viduq3-pro", "prompt": _PIANO, "aspect_ratio": "21:9"}, "aspect_ratio"),
        ({"model": "viduq3-pro", "prompt": "x" * 2001}, "prompt"),
    ],
}

_GARDEN = "a girl is dancing happily in a sunny garden"

CASES["Omni-Flash-Ext"] = {
    "valid": [
        {
            "model": "Omni-Flash-Ext",
            "prompt": _GARDEN,
            "duration": 10,
            "resolution": "1080p",
            "aspect_ratio": "9:16",
        },
        {
            "model": "Omni-Flash-Ext",
            "prompt": "a beautiful sunset over the ocean with seagulls flying",
            "duration": 6,
            "resolution": "720p",
            "aspect_ratio": "16:9",
        },
        {
            "model": "Omni-Flash-Ext",
            "prompt": "a creative scene combining these elements with smooth camera motion",
            "duration": 10,
            "resolution": "1080p",
            "aspect_ratio": "9:16",
            "image_urls": [
                "https://example.com/scene.jpg",
                "https://example.com/character.jpg",
                "https://example.com/product.jpg",
            ],
        },
        {
            "model": "Omni-Flash-Ext",
            "prompt": "close-up of a hummingbird hovering in front of a red flower",
            "duration": 4,
            "resolution": "4k",
            "aspect_ratio": "16:9",
        },
        {"model": "Omni-Flash-Ext", "prompt": _GARDEN, "image_urls": []},
        {"model": "Omni-Flash-Ext", "prompt": _GARDEN, "image_urls": [_BASE64]},
        {
            "model": "Omni-Flash-Ext",
            "prompt": _GARDEN,
            "image_urls": [_PHOTO],
            "video_urls": ["https://example.com/motion.mp4"],
        },
    ],
    "invalid": [
        ({"model": "Omni-Flash-Ext", "prompt": _GARDEN, "duration": 5}, "duration"),
        ({"model": "Omni-Flash-Ext", "prompt": _GARDEN, "duration": 7}, "duration"),
        ({"model": "Omni-Flash-Ext", "prompt": _GARDEN, "resolution": "2k"}, "resolution"),
        (
            {"model": "Omni-Flash-Ext", "prompt": _GARDEN, "image_urls": [_FRAME, _END]},
            "image_urls",
        ),
        ({"model": "Omni-Flash-Ext", "prompt": ""}, "prompt"),
        ({"model": "omni-flash-ext", "prompt": _GARDEN}, "model"),
        (
            {
                "model": "Omni-Flash-Ext",
                "prompt": _GARDEN,
                "video_urls": ["https://example.com/a.mp4", "https://example.com/b.mp4"],
            },
            "video_urls",
        ),
        (
            {
                "model": "Omni-Flash-Ext",
                "prompt": _GARDEN,
                "video_urls": ["data:video/mp4;base64,AAAA"],
            },
            "video_urls[0]",
        ),
    ],
}
