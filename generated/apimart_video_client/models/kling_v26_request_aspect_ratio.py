from typing import Literal

KlingV26RequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_V26_REQUEST_ASPECT_RATIO_VALUES: set[KlingV26RequestAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_v26_request_aspect_ratio(value: str) -> KlingV26RequestAspectRatio:
    if value in KLING_V26_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V26_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
