from typing import Literal

ResponseVersion = Literal["2026-07-27"]

RESPONSE_VERSION_VALUES: set[ResponseVersion] = {
    "2026-07-27",
}


def check_response_version(value: str) -> ResponseVersion:
    if value in RESPONSE_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_VERSION_VALUES!r}"
    )
