from typing import Literal

PixverseV6RequestResolution = Literal["1080p", "360p", "540p", "720p"]

PIXVERSE_V6_REQUEST_RESOLUTION_VALUES: set[PixverseV6RequestResolution] = {
    "1080p",
    "360p",
    "540p",
    "720p",
}


def check_pixverse_v6_request_resolution(value: str) -> PixverseV6RequestResolution:
    if value in PIXVERSE_V6_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_REQUEST_RESOLUTION_VALUES!r}"
    )
