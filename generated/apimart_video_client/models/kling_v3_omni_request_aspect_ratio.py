from typing import Literal

KlingV3OmniRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

KLING_V3_OMNI_REQUEST_ASPECT_RATIO_VALUES: set[KlingV3OmniRequestAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_kling_v3_omni_request_aspect_ratio(
    value: str,
) -> KlingV3OmniRequestAspectRatio:
    if value in KLING_V3_OMNI_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_OMNI_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
