from typing import Literal

ViduQ3RequestResolution = Literal["1080p", "540p", "720p"]

VIDU_Q3_REQUEST_RESOLUTION_VALUES: set[ViduQ3RequestResolution] = {
    "1080p",
    "540p",
    "720p",
}


def check_vidu_q3_request_resolution(value: str) -> ViduQ3RequestResolution:
    if value in VIDU_Q3_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q3_REQUEST_RESOLUTION_VALUES!r}"
    )
