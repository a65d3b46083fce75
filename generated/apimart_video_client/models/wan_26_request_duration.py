from typing import Literal

Wan26RequestDuration = Literal[5, 10, 15]

WAN_26_REQUEST_DURATION_VALUES: set[Wan26RequestDuration] = {
    5,
    10,
    15,
}


def check_wan_26_request_duration(value: int) -> Wan26RequestDuration:
    if value in WAN_26_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_REQUEST_DURATION_VALUES!r}"
    )
