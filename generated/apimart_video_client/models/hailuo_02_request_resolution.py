from typing import Literal

Hailuo02RequestResolution = Literal["1080p", "512p", "768p"]

HAILUO_02_REQUEST_RESOLUTION_VALUES: set[Hailuo02RequestResolution] = {
    "1080p",
    "512p",
    "768p",
}


def check_hailuo_02_request_resolution(value: str) -> Hailuo02RequestResolution:
    if value in HAILUO_02_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAILUO_02_REQUEST_RESOLUTION_VALUES!r}"
    )
