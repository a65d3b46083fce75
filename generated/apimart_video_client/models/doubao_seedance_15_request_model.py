from typing import Literal

DoubaoSeedance15RequestModel = Literal["doubao-seedance-1-5-pro"]

DOUBAO_SEEDANCE_15_REQUEST_MODEL_VALUES: set[DoubaoSeedance15RequestModel] = {
    "doubao-seedance-1-5-pro",
}


def check_doubao_seedance_15_request_model(value: str) -> DoubaoSeedance15RequestModel:
    if value in DOUBAO_SEEDANCE_15_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOUBAO_SEEDANCE_15_REQUEST_MODEL_VALUES!r}"
    )
