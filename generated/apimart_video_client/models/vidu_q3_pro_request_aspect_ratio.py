from typing import Literal

ViduQ3ProRequestAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

VIDU_Q3_PRO_REQUEST_ASPECT_RATIO_VALUES: set[ViduQ3ProRequestAspectRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_vidu_q3_pro_request_aspect_ratio(value: str) -> ViduQ3ProRequestAspectRatio:
    if value in VIDU_Q3_PRO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q3_PRO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
