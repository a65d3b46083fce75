from typing import Literal

KlingV3RequestModel = Literal["kling-v3"]

KLING_V3_REQUEST_MODEL_VALUES: set[KlingV3RequestModel] = {
    "kling-v3",
}


def check_kling_v3_request_model(value: str) -> KlingV3RequestModel:
    if value in KLING_V3_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V3_REQUEST_MODEL_VALUES!r}"
    )
