from typing import Literal

KlingOmniVideoKeepOriginalSound = Literal["no", "yes"]

KLING_OMNI_VIDEO_KEEP_ORIGINAL_SOUND_VALUES: set[KlingOmniVideoKeepOriginalSound] = {
    "no",
    "yes",
}


def check_kling_omni_video_keep_original_sound(
    value: str,
) -> KlingOmniVideoKeepOriginalSound:
    if value in KLING_OMNI_VIDEO_KEEP_ORIGINAL_SOUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_OMNI_VIDEO_KEEP_ORIGINAL_SOUND_VALUES!r}"
    )
