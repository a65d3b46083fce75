from typing import Literal

KlingV3OmniRequestMode = Literal["4k", "pro", "std"]

KLING_V3_OMNI_REQUEST_MODE_VALUES: set[KlingV3OmniRequestMode] = {
    "4k",
    "pro",
    "std",
}


def check_kling_v3_omni_request_mode(value: str) -> KlingV3OmniRequestMode:
    if value in KLING_V3_OMNI_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_OMNI_REQUEST_MODE_VALUES!r}"
    )
