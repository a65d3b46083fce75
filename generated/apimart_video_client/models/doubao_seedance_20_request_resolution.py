from typing import Literal

DoubaoSeedance20RequestResolution = Literal["1080p", "480p", "720p"]

DOUBAO_SEEDANCE_20_REQUEST_RESOLUTION_VALUES: set[DoubaoSeedance20RequestResolution] = {
    "1080p",
    "480p",
    "720p",
}


def check_doubao_seedance_20_request_resolution(
    value: str,
) -> DoubaoSeedance20RequestResolution:
    if value in DOUBAO_SEEDANCE_20_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOUBAO_SEEDANCE_20_REQUEST_RESOLUTION_VALUES!r}"
    )
