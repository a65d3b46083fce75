from typing import Literal

KlingV3OmniRequestShotType = Literal["customize", "intelligence"]

KLING_V3_OMNI_REQUEST_SHOT_TYPE_VALUES: set[KlingV3OmniRequestShotType] = {
    "customize",
    "intelligence",
}


def check_kling_v3_omni_request_shot_type(value: str) -> KlingV3OmniRequestShotType:
    if value in KLING_V3_OMNI_REQUEST_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_OMNI_REQUEST_SHOT_TYPE_VALUES!r}"
    )
