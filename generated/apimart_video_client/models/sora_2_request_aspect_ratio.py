from typing import Literal

Sora2RequestAspectRatio = Literal["16:9", "9:16"]

SORA_2_REQUEST_ASPECT_RATIO_VALUES: set[Sora2RequestAspectRatio] = {
    "16:9",
    "9:16",
}


def check_sora_2_request_aspect_ratio(value: str) -> Sora2RequestAspectRatio:
    if value in SORA_2_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
