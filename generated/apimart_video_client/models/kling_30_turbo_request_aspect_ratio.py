from typing import Literal

Kling30TurboRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_30_TURBO_REQUEST_ASPECT_RATIO_VALUES: set[Kling30TurboRequestAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_30_turbo_request_aspect_ratio(
    value: str,
) -> Kling30TurboRequestAspectRatio:
    if value in KLING_30_TURBO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_30_TURBO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
