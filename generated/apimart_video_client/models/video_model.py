from typing import Literal

VideoModel = Literal[
    "doubao-seedance-1-0-pro-fast",
    "doubao-seedance-1-0-pro-quality",
    "doubao-seedance-1-5-pro",
    "doubao-seedance-2.0",
    "doubao-seedance-2.0-face",
    "doubao-seedance-2.0-fast",
    "doubao-seedance-2.0-fast-face",
    "grok-imagine-1.5-video-apimart",
    "kling-3.0-turbo",
    "kling-v2-6",
    "kling-v2-6-motion-control",
    "kling-v3",
    "kling-v3-motion-control",
    "kling-v3-omni",
    "MiniMax-Hailuo-02",
    "MiniMax-Hailuo-2.3",
    "MiniMax-Hailuo-2.3-Fast",
    "Omni-Flash-Ext",
    "pixverse-v6",
    "sora-2",
    "sora-2-preview",
    "sora-2-pro",
    "sora-2-pro-preview",
    "veo3.1-fast",
    "veo3.1-fast-official",
    "veo3.1-quality",
    "veo3.1-quality-official",
    "viduq3",
    "viduq3-mix",
    "viduq3-pro",
    "viduq3-turbo",
    "wan2.7",
]

VIDEO_MODEL_VALUES: set[VideoModel] = {
    "doubao-seedance-1-0-pro-fast",
    "doubao-seedance-1-0-pro-quality",
    "doubao-seedance-1-5-pro",
    "doubao-seedance-2.0",
    "doubao-seedance-2.0-face",
    "doubao-seedance-2.0-fast",
    "doubao-seedance-2.0-fast-face",
    "grok-imagine-1.5-video-apimart",
    "kling-3.0-turbo",
    "kling-v2-6",
    "kling-v2-6-motion-control",
    "kling-v3",
    "kling-v3-motion-control",
    "kling-v3-omni",
    "MiniMax-Hailuo-02",
    "MiniMax-Hailuo-2.3",
    "MiniMax-Hailuo-2.3-Fast",
    "Omni-Flash-Ext",
    "pixverse-v6",
    "sora-2",
    "sora-2-preview",
    "sora-2-pro",
    "sora-2-pro-preview",
    "veo3.1-fast",
    "veo3.1-fast-official",
    "veo3.1-quality",
    "veo3.1-quality-official",
    "viduq3",
    "viduq3-mix",
    "viduq3-pro",
    "viduq3-turbo",
    "wan2.7",
}


def check_video_model(value: str) -> VideoModel:
    if value in VIDEO_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_MODEL_VALUES!r}"
    )
