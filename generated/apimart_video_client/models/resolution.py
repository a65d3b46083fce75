from typing import Literal

Resolution = Literal["1080P", "720P"]

RESOLUTION_VALUES: set[Resolution] = {
    "1080P",
    "720P",
}


def check_resolution(value: str) -> Resolution:
    if value in RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLUTION_VALUES!r}"
    )
