from typing import Literal

KlingV3RequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_V3_REQUEST_ASPECT_RATIO_VALUES: set[KlingV3RequestAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_v3_request_aspect_ratio(value: str) -> KlingV3RequestAspectRatio:
    if value in KLING_V3_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
