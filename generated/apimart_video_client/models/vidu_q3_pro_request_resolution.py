from typing import Literal

ViduQ3ProRequestResolution = Literal["1080p", "540p", "720p"]

VIDU_Q3_PRO_REQUEST_RESOLUTION_VALUES: set[ViduQ3ProRequestResolution] = {
    "1080p",
    "540p",
    "720p",
}


def check_vidu_q3_pro_request_resolution(value: str) -> ViduQ3ProRequestResolution:
    if value in VIDU_Q3_PRO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q3_PRO_REQUEST_RESOLUTION_VALUES!r}"
    )
