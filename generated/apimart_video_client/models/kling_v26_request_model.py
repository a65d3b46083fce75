from typing import Literal

KlingV26RequestModel = Literal["kling-v2-6"]

KLING_V26_REQUEST_MODEL_VALUES: set[KlingV26RequestModel] = {
    "kling-v2-6",
}


def check_kling_v26_request_model(value: str) -> KlingV26RequestModel:
    if value in KLING_V26_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_V26_REQUEST_MODEL_VALUES!r}"
    )
