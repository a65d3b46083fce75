from typing import Literal

Sora2RequestDuration = Literal[4, 8, 12, 16, 20]

SORA_2_REQUEST_DURATION_VALUES: set[Sora2RequestDuration] = {
    4,
    8,
    12,
    16,
    20,
}


def check_sora_2_request_duration(value: int) -> Sora2RequestDuration:
    if value in SORA_2_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_REQUEST_DURATION_VALUES!r}"
    )
