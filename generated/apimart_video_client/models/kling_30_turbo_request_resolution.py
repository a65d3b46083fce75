from typing import Literal

Kling30TurboRequestResolution = Literal["1080p", "720p"]

KLING_30_TURBO_REQUEST_RESOLUTION_VALUES: set[Kling30TurboRequestResolution] = {
    "1080p",
    "720p",
}


def check_kling_30_turbo_request_resolution(
    value: str,
) -> Kling30TurboRequestResolution:
    if value in KLING_30_TURBO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_30_TURBO_REQUEST_RESOLUTION_VALUES!r}"
    )
