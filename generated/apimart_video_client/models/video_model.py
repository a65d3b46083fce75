from typing import Literal

VideoModel = Literal["kling-v2-6", "wan2.7"]

VIDEO_MODEL_VALUES: set[VideoModel] = {
    "kling-v2-6",
    "wan2.7",
}


def check_video_model(value: str) -> VideoModel:
    if value in VIDEO_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_MODEL_VALUES!r}"
    )
