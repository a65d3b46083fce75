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

# --- seedance, pixverse, grok families

CASES["doubao-seedance-1.0"] = {
    "valid": [
        {
            "model": "doubao-seedance-1-0-pro-fast",
            "prompt": "A cute kitten playing in the sunlight, fluffy fur, bright eyes",
            "duration": 5,
            "aspect_ratio": "16:9",
            "resolution": "1080p",
        },
        {
            "model": "doubao-seedance-1-0-pro-quality",
            "prompt": "The kitten walks toward the camera",
            "image_urls": [_FIRST],
        },
        {
            "model": "doubao-seedance-1-0-pro-quality",
            "prompt": "Day turns to night over the bay",
            "image_with_roles": [
                {"url": _FIRST, "role": "first_frame"},
                {"url": _LAST, "role": "last_frame"},
            ],
        },
    ],
    "invalid": [
        ({"model": "doubao-seedance-1-0-pro-fast", "prompt": "x", "duration": 15}, "duration"),
        ({"model": "doubao-seedance-1-0-pro-fast", "duration": 5}, "prompt"),
        (
            {
                "model": "doubao-seedance-1-0-pro-fast",
                "prompt": "x",
                "image_urls": [_FIRST],
                "image_with_roles": [{"url": _LAST, "role": "first_frame"}],
            },
            "image_with_roles",
        ),
        (
            {
                "model": "doubao-seedance-1-0-pro-quality",
                "prompt": "x",
                "image_with_roles": [{"url": _LAST, "role": "last_frame"}],
            },
            "image_with_roles",
        ),
        ({"model": "doubao-seedance-1-0-pro-fast", "prompt": "x", "audio": True}, "audio"),
    ],
}

CASES["doubao-seedance-1.5"] = {
    "valid": [
        {
            "model": "doubao-seedance-1-5-pro",
            "prompt": "A cute kitten playing in the sunlight, fluffy fur, bright eyes",
            "duration": 5,
            "aspect_ratio": "16:9",
            "resolution": "720p",
            "audio": True,
        },
        {
            "model": "doubao-seedance-1-5-pro",
            "prompt": "The girl looks at the camera and smiles",
            "image_urls": [_FIRST, _LAST],
            "camera_fixed": True,
        },
    ],
    "invalid": [
        ({"model": "doubao-seedance-1-5-pro", "prompt": "x", "duration": 2}, "duration"),
        ({"model": "doubao-seedance-1-5-pro", "prompt": "x", "seed": -2}, "seed"),
        (
            {
                "model": "doubao-seedance-1-5-pro",
                "prompt": "x",
                "image_urls": [_FIRST],
                "image_with_roles": [{"url": _LAST, "role": "last_frame"}],
            },
            "image_with_roles",
        ),
        (
            {
                "model": "doubao-seedance-1-5-pro",
                "prompt": "x",
                "image_with_roles": [{"url": _FIRST}, {"url": _LAST}],
            },
            "image_with_roles",
        ),
    ],
}

CASES["doubao-seedance-2.0"] = {
    "valid": [
        {
            "model": "doubao-seedance-2.0",
            "prompt": "A kitten yawning at the camera",
            "resolution": "720p",
            "size": "16:9",
            "duration": 5,
            "generate_audio": True,
        },
        {
            "model": "doubao-seedance-2.0",
            "prompt": "The kitten stands up and walks toward the camera",
            "image_urls": [_FIRST],
            "duration": 5,
        },
        {
            "model": "doubao-seedance-2.0",
            "prompt": "A scene of a person speaking",
            "video_urls": [_VIDEO],
            "audio_urls": [_AUDIO],
            "size": "16:9",
            "duration": 11,
        },
        {
            "model": "doubao-seedance-2.0-face",
            "prompt": "A man stops a woman and says a line",
            "generate_audio": True,
            "resolution": "1080p",
        },
        {
            "model": "doubao-seedance-2.0-fast-face",
            "image_with_roles": [
                {"url": _FIRST, "role": "first_frame"},
                {"url": _LAST, "role": "last_frame"},
            ],
            "return_last_frame": True,
        },
    ],
    "invalid": [
        ({"model": "doubao-seedance-2.0", "duration": 5}, "prompt"),
        ({"model": "doubao-seedance-2.0-fast", "prompt": "x", "resolution": "1080p"}, "resolution"),
        ({"model": "doubao-seedance-2.0", "prompt": "x", "audio_urls": [_AUDIO]}, "audio_urls"),
        (
            {
                "model": "doubao-seedance-2.0",
                "prompt": "x",
                "image_with_roles": [{"url": _FIRST, "role": "first_frame"}],
                "video_urls": [_VIDEO],
            },
            "video_urls",
        ),
        (
            {
                "model": "doubao-seedance-2.0",
                "prompt": "x",
                "image_urls": [_FIRST],
                "image_with_roles": [{"url": _LAST, "role": "last_frame"}],
            },
            "image_with_roles",
        ),
        ({"model": "doubao-seedance-2.0", "prompt": "x", "duration": 16}, "duration"),
        ({"model": "doubao-seedance-2.0", "prompt": "x", "size": "2:3"}, "size"),
        ({"model": "doubao-seedance-2.0", "prompt": "x" * 4001}, "prompt"),
    ],
}

CASES["pixverse-v6"] = {
    "valid": [
        {
            "model": "pixverse-v6",
            "prompt": "A corgi running through a sunflower field at golden hour",
            "size": "16:9",
            "resolution": "540p",
            "duration": 5,
        },
        {
            "model": "pixverse-v6",
            "prompt": "The corgi jumps toward the camera",
            "image_urls": [_FIRST],
            "generate_audio": True,
            "motion_mode": "normal",
        },
    ],
    "invalid": [
        ({"model": "pixverse-v6", "prompt": "x", "resolution": "480p"}, "resolution"),
        ({"model": "pixverse-v6", "size": "16:9"}, "prompt"),
        ({"model": "pixverse-v6", "prompt": "x", "motion_mode": "fast"}, "motion_mode"),
        ({"model": "pixverse-v6", "prompt": "x", "duration": 16}, "duration"),
        ({"model": "pixverse-v6", "prompt": "x", "negative_prompt": "x" * 2049}, "negative_prompt"),
        ({"model": "pixverse-v6", "prompt": "x", "seed": 2147483648}, "seed"),
    ],
}

CASES["grok-imagine-video"] = {
    "valid": [
        {
            "model": "grok-imagine-1.5-video-apimart",
            "prompt": "A dog running on the beach, sunny weather, slow motion",
            "size": "16:9",
            "duration": 6,
            "quality": "720p",
        },
        {
            "model": "grok-imagine-1.5-video-apimart",
            "prompt": "The dog runs toward the camera",
            "image_urls": [_FIRST],
            "duration": 30,
        },
    ],
    "invalid": [
        ({"model": "grok-imagine-1.5-video-apimart", "prompt": "x", "duration": "6"}, "duration"),
        ({"model": "grok-imagine-1.5-video-apimart", "prompt": "x", "duration": 5}, "duration"),
        ({"model": "grok-imagine-1.5-video-apimart", "prompt": "x", "size": "4:3"}, "size"),
        ({"model": "grok-imagine-1.5-video-apimart", "prompt": "x", "quality": "1080p"}, "quality"),
        ({"model": "grok-imagine-1.5-video-apimart", "size": "16:9"}, "prompt"),
    ],
}

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

# --- kling families

CASES["kling-v3"] = {
    "valid": [
        {
            "model": "kling-v3",
            "prompt": "A golden cat running on a sunlit meadow, slow motion, cinematic quality",
            "mode": "std",
            "duration": 5,
            "aspect_ratio": "16:9",
        },
        {"model": "kling-v3", "prompt": "A city wakes up", "duration": 15, "mode": "pro"},
        {"model": "kling-v3", "prompt": "The cat turns", "image_urls": [_FIRST], "duration": 10},
        {"model": "kling-v3", "prompt": "Day to night", "image_urls": [_FIRST, _LAST]},
        {
            "model": "kling-v3",
            "prompt": "Day to night",
            "image_urls": [_FIRST],
            "last_frame_image": _LAST,
        },
    ],
    "invalid": [
        # 15 s is for text-to-video only.
        ({"model": "kling-v3", "prompt": "x", "image_urls": [_FIRST], "duration": 15}, "duration"),
        # last_frame_image only in image-to-video.
        ({"model": "kling-v3", "prompt": "x", "last_frame_image": _LAST}, "last_frame_image"),
        (
            {
                "model": "kling-v3",
                "prompt": "x",
                "image_urls": [_FIRST, _FIRST],
                "last_frame_image": _LAST,
            },
            "last_frame_image",
        ),
        ({"model": "kling-v3", "prompt": "x", "image_urls": [_FIRST, _FIRST, _LAST]}, "image_urls"),
        ({"model": "kling-v3", "prompt": "x", "mode": "4k"}, "mode"),
        ({"model": "kling-v3", "prompt": "x", "duration": "5"}, "duration"),
        ({"model": "kling-v3", "image_urls": [_FIRST]}, "prompt"),
    ],
}

CASES["kling-v3-omni"] = {
    "valid": [
        {
            "model": "kling-v3-omni",
            "prompt": "Make the person in <<<image_1>>> wave at the camera",
            "image_urls": [_FIRST],
            "mode": "std",
            "duration": 5,
            "aspect_ratio": "16:9",
        },
        {"model": "kling-v3-omni", "prompt": "A storm over the sea", "mode": "4k", "duration": 3},
        {
            "model": "kling-v3-omni",
            "prompt": "Day to night",
            "image_with_roles": [
                {"url": _FIRST, "role": "first_frame"},
                {"url": _LAST, "role": "last_frame"},
            ],
            "audio": True,
        },
        {
            "model": "kling-v3-omni",
            "prompt": "Make it snow",
            "video_list": [{"url": _VIDEO, "refer_type": "base", "keep_original_sound": "yes"}],
            "image_with_roles": [{"url": _FIRST, "role": "reference"}],
        },
        {
            "model": "kling-v3-omni",
            "prompt": "Same camera move, a new scene",
            "video_list": [{"url": _VIDEO, "refer_type": "feature"}],
            "image_with_roles": [{"url": _FIRST, "role": "first_frame"}],
        },
        {
            "model": "kling-v3-omni",
            "prompt": "@dog and @cat chase each other on the grass",
            "element_list": [
                {"name": "dog", "description": "a corgi", "element_input_urls": [_FIRST, _LAST]},
                {"name": "cat", "description": "a tabby", "element_input_urls": [_LAST, _FIRST]},
            ],
        },
        {
            "model": "kling-v3-omni",
            "multi_shot": True,
            "shot_type": "customize",
            "duration": 5,
            "multi_prompt": [
                {"index": 1, "prompt": "The person looks up", "duration": 2},
                {"index": 2, "prompt": "The person walks away", "duration": 3},
            ],
        },
        {
            "model": "kling-v3-omni",
            "prompt": "A day at the market",
            "multi_shot": True,
            "shot_type": "intelligence",
        },
    ],
    "invalid": [
        # image_urls and image_with_roles: one or the other.
        (
            {
                "model": "kling-v3-omni",
                "prompt": "x",
                "image_urls": [_FIRST],
                "image_with_roles": [{"url": _LAST, "role": "first_frame"}],
            },
            "image_with_roles",
        ),
        # A last frame alone is an error: it needs a first frame.
        (
            {
                "model": "kling-v3-omni",
                "prompt": "x",
                "image_with_roles": [{"url": _LAST, "role": "last_frame"}],
            },
            "image_with_roles",
        ),
        (
            {
                "model": "kling-v3-omni",
                "prompt": "x",
                "image_with_roles": [
                    {"url": _FIRST, "role": "first_frame"},
                    {"url": _LAST, "role": "first_frame"},
                ],
            },
            "image_with_roles",
        ),
        # A video to edit (refer_type base, or unset) takes no first or last frame.
        (
            {
                "model": "kling-v3-omni",
                "prompt": "x",
                "video_list": [{"url": _VIDEO}],
                "image_with_roles": [{"url": _FIRST, "role": "first_frame"}],
            },
            "image_with_roles",
        ),
        # At most one video.
        (
            {
                "model": "kling-v3-omni",
                "prompt": "x",
                "video_list": [{"url": _VIDEO}, {"url": _VIDEO}],
            },
            "video_list",
        ),
        # multi_shot needs shot_type; customize needs multi_prompt, at most 6 shots.
        ({"model": "kling-v3-omni", "prompt": "x", "multi_shot": True}, "shot_type"),
        (
            {"model": "kling-v3-omni", "multi_shot": True, "shot_type": "customize"},
            "multi_prompt",
        ),
        (
            {
                "model": "kling-v3-omni",
                "multi_shot": True,
                "shot_type": "customize",
                "duration": 7,
                "multi_prompt": [
                    {"index": index, "prompt": "x", "duration": 1} for index in range(1, 8)
                ],
            },
            "multi_prompt",
        ),
        (
            {
                "model": "kling-v3-omni",
                "multi_shot": True,
                "shot_type": "customize",
                "multi_prompt": [
                    {"index": 1, "prompt": "a", "duration": 2},
                    {"index": 3, "prompt": "b", "duration": 3},
                ],
            },
            "multi_prompt",
        ),
        ({"model": "kling-v3-omni", "image_urls": [_FIRST]}, "prompt"),
        ({"model": "kling-v3-omni", "prompt": "x", "duration": 16}, "duration"),
        (
            {"model": "kling-v3-omni", "prompt": "x", "negative_prompt": "x" * 2501},
            "negative_prompt",
        ),
    ],
}

CASES["kling-motion-control"] = {
    "valid": [
        {
            "model": "kling-v2-6-motion-control",
            "prompt": "Keep the face, turn and wave as in the reference video, cinematic lighting",
            "image_url": "https://example.com/ref-image.png",
            "video_url": "https://example.com/ref-video-8s.mp4",
            "keep_original_sound": "yes",
            "character_orientation": "image",
            "mode": "std",
            "watermark_info": {"enabled": False},
        },
        {
            "model": "kling-v3-motion-control",
            "image_url": _FIRST,
            "video_url": _VIDEO,
            "character_orientation": "video",
            "mode": "pro",
            "keep_original_sound": "no",
        },
    ],
    "invalid": [
        ({"model": "kling-v3-motion-control", "video_url": _VIDEO}, "image_url"),
        ({"model": "kling-v3-motion-control", "image_url": _FIRST}, "video_url"),
        # keep_original_sound takes the strings yes / no, not a boolean.
        (
            {
                "model": "kling-v2-6-motion-control",
                "image_url": _FIRST,
                "video_url": _VIDEO,
                "keep_original_sound": True,
            },
            "keep_original_sound",
        ),
        (
            {
                "model": "kling-v2-6-motion-control",
                "image_url": _FIRST,
                "video_url": _VIDEO,
                "character_orientation": "left",
            },
            "character_orientation",
        ),
        (
            {
                "model": "kling-v2-6-motion-control",
                "image_url": _FIRST,
                "video_url": _VIDEO,
                "duration": 5,
            },
            "duration",
        ),
    ],
}

CASES["kling-3.0-turbo"] = {
    "valid": [
        {
            "model": "kling-3.0-turbo",
            "prompt": "A corgi running on the beach, cinematic, golden-hour light",
            "aspect_ratio": "16:9",
            "resolution": "1080p",
            "duration": 5,
        },
        {"model": "kling-3.0-turbo", "first_frame_image": _FIRST},
        {
            "model": "kling-3.0-turbo",
            "prompt": "The corgi jumps",
            "first_frame_image": "data:image/png;base64,iVBORw0KGgo=",
            "duration": 15,
            "watermark": True,
        },
    ],
    "invalid": [
        # Text-to-video needs a prompt.
        ({"model": "kling-3.0-turbo", "duration": 5}, "prompt"),
        ({"model": "kling-3.0-turbo", "prompt": "x", "resolution": "1080P"}, "resolution"),
        ({"model": "kling-3.0-turbo", "prompt": "x", "resolution": "4k"}, "resolution"),
        ({"model": "kling-3.0-turbo", "prompt": "x", "duration": 2}, "duration"),
        ({"model": "kling-3.0-turbo", "prompt": "x", "duration": "6"}, "duration"),
        ({"model": "kling-3.0-turbo", "prompt": "x" * 3073}, "prompt"),
        ({"model": "kling-3.0-turbo", "first_frame_image": "iVBORw0KGgo="}, "first_frame_image"),
    ],
}

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
