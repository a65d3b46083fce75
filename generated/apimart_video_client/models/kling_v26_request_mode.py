from typing import Literal

KlingV26RequestMode = Literal["pro", "std"]

KLING_V26_REQUEST_MODE_VALUES: set[KlingV26RequestMode] = {
    "pro",
    "std",
}


def check_kling_v26_request_mode(value: str) -> KlingV26RequestMode:
    if value in KLING_V26_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V26_REQUEST_MODE_VALUES!r}"
    )
