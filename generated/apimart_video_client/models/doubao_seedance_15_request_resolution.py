from typing import Literal

DoubaoSeedance15RequestResolution = Literal["1080p", "480p", "720p"]

DOUBAO_SEEDANCE_15_REQUEST_RESOLUTION_VALUES: set[DoubaoSeedance15RequestResolution] = {
    "1080p",
    "480p",
    "720p",
}


def check_doubao_seedance_15_request_resolution(
    value: str,
) -> DoubaoSeedance15RequestResolution:
    if value in DOUBAO_SEEDANCE_15_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOUBAO_SEEDANCE_15_REQUEST_RESOLUTION_VALUES!r}"
    )
