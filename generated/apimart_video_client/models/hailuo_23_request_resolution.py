from typing import Literal

Hailuo23RequestResolution = Literal["1080p", "768p"]

HAILUO_23_REQUEST_RESOLUTION_VALUES: set[Hailuo23RequestResolution] = {
    "1080p",
    "768p",
}


def check_hailuo_23_request_resolution(value: str) -> Hailuo23RequestResolution:
    if value in HAILUO_23_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAILUO_23_REQUEST_RESOLUTION_VALUES!r}"
    )
