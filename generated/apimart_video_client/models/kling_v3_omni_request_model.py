from typing import Literal

KlingV3OmniRequestModel = Literal["kling-v3-omni"]

KLING_V3_OMNI_REQUEST_MODEL_VALUES: set[KlingV3OmniRequestModel] = {
    "kling-v3-omni",
}


def check_kling_v3_omni_request_model(value: str) -> KlingV3OmniRequestModel:
    if value in KLING_V3_OMNI_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_OMNI_REQUEST_MODEL_VALUES!r}"
    )
