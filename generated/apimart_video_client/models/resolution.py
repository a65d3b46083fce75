from typing import Literal

Resolution = Literal[
    "doubao-seedance-1-0-pro-fast",
    "doubao-seedance-1-0-pro-quality",
    "doubao-seedance-1-5-pro",
    "doubao-seedance-2.0",
    "doubao-seedance-2.0-face",
    "doubao-seedance-2.0-fast",
    "doubao-seedance-2.0-fast-face",
    "grok-imagine-1.5-video-apimart",
    "kling-v2-6",
    "pixverse-v6",
    "sora-2",
    "sora-2-preview",
    "sora-2-pro",
    "sora-2-pro-preview",
    "veo3.1-fast",
    "veo3.1-fast-official",
    "veo3.1-quality",
    "veo3.1-quality-official",
    "wan2.7",
]

RESOLUTION_VALUES: set[Resolution] = {
    "doubao-seedance-1-0-pro-fast",
    "doubao-seedance-1-0-pro-quality",
    "doubao-seedance-1-5-pro",
    "doubao-seedance-2.0",
    "doubao-seedance-2.0-face",
    "doubao-seedance-2.0-fast",
    "doubao-seedance-2.0-fast-face",
    "grok-imagine-1.5-video-apimart",
    "kling-v2-6",
    "pixverse-v6",
    "sora-2",
    "sora-2-preview",
    "sora-2-pro",
    "sora-2-pro-preview",
    "veo3.1-fast",
    "veo3.1-fast-official",
    "veo3.1-quality",
    "veo3.1-quality-official",
    "wan2.7",
}


def check_resolution(value: str) -> Resolution:
    if value in RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLUTION_VALUES!r}"
    )
