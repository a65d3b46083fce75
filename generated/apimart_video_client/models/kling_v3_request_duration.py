from typing import Literal

KlingV3RequestDuration = Literal[5, 10, 15]

KLING_V3_REQUEST_DURATION_VALUES: set[KlingV3RequestDuration] = {
    5,
    10,
    15,
}


def check_kling_v3_request_duration(value: int) -> KlingV3RequestDuration:
    if value in KLING_V3_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_REQUEST_DURATION_VALUES!r}"
    )
