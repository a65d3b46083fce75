from typing import Literal

KlingOmniVideoReferType = Literal["base", "feature"]

KLING_OMNI_VIDEO_REFER_TYPE_VALUES: set[KlingOmniVideoReferType] = {
    "base",
    "feature",
}


def check_kling_omni_video_refer_type(value: str) -> KlingOmniVideoReferType:
    if value in KLING_OMNI_VIDEO_REFER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_OMNI_VIDEO_REFER_TYPE_VALUES!r}"
    )
