from typing import Literal

Hailuo23RequestDuration = Literal[6, 10]

HAILUO_23_REQUEST_DURATION_VALUES: set[Hailuo23RequestDuration] = {
    6,
    10,
}


def check_hailuo_23_request_duration(value: int) -> Hailuo23RequestDuration:
    if value in HAILUO_23_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAILUO_23_REQUEST_DURATION_VALUES!r}"
    )
