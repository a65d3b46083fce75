from typing import Literal

DoubaoSeedance10RequestResolution = Literal["1080p", "480p", "720p"]

DOUBAO_SEEDANCE_10_REQUEST_RESOLUTION_VALUES: set[DoubaoSeedance10RequestResolution] = {
    "1080p",
    "480p",
    "720p",
}


def check_doubao_seedance_10_request_resolution(
    value: str,
) -> DoubaoSeedance10RequestResolution:
    if value in DOUBAO_SEEDANCE_10_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOUBAO_SEEDANCE_10_REQUEST_RESOLUTION_VALUES!r}"
    )
