from typing import Literal

DoubaoSeedance10RequestModel = Literal[
    "doubao-seedance-1-0-pro-fast", "doubao-seedance-1-0-pro-quality"
]

DOUBAO_SEEDANCE_10_REQUEST_MODEL_VALUES: set[DoubaoSeedance10RequestModel] = {
    "doubao-seedance-1-0-pro-fast",
    "doubao-seedance-1-0-pro-quality",
}


def check_doubao_seedance_10_request_model(value: str) -> DoubaoSeedance10RequestModel:
    if value in DOUBAO_SEEDANCE_10_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOUBAO_SEEDANCE_10_REQUEST_MODEL_VALUES!r}"
    )
