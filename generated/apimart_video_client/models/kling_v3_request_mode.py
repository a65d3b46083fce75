from typing import Literal

KlingV3RequestMode = Literal["pro", "std"]

KLING_V3_REQUEST_MODE_VALUES: set[KlingV3RequestMode] = {
    "pro",
    "std",
}


def check_kling_v3_request_mode(value: str) -> KlingV3RequestMode:
    if value in KLING_V3_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_REQUEST_MODE_VALUES!r}"
    )
