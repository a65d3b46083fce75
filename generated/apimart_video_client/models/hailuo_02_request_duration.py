from typing import Literal

Hailuo02RequestDuration = Literal[5, 10]

HAILUO_02_REQUEST_DURATION_VALUES: set[Hailuo02RequestDuration] = {
    5,
    10,
}


def check_hailuo_02_request_duration(value: int) -> Hailuo02RequestDuration:
    if value in HAILUO_02_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAILUO_02_REQUEST_DURATION_VALUES!r}"
    )
