from typing import Literal

Sora2RequestResolution = Literal["1024p", "1080p", "720p"]

SORA_2_REQUEST_RESOLUTION_VALUES: set[Sora2RequestResolution] = {
    "1024p",
    "1080p",
    "720p",
}


def check_sora_2_request_resolution(value: str) -> Sora2RequestResolution:
    if value in SORA_2_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_REQUEST_RESOLUTION_VALUES!r}"
    )
