from typing import Literal

KlingV26RequestDuration = Literal[5, 10]

KLING_V26_REQUEST_DURATION_VALUES: set[KlingV26RequestDuration] = {
    5,
    10,
}


def check_kling_v26_request_duration(value: int) -> KlingV26RequestDuration:
    if value in KLING_V26_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V26_REQUEST_DURATION_VALUES!r}"
    )
