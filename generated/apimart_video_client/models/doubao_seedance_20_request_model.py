from typing import Literal

DoubaoSeedance20RequestModel = Literal[
    "doubao-seedance-2.0",
    "doubao-seedance-2.0-face",
    "doubao-seedance-2.0-fast",
    "doubao-seedance-2.0-fast-face",
]

DOUBAO_SEEDANCE_20_REQUEST_MODEL_VALUES: set[DoubaoSeedance20RequestModel] = {
    "doubao-seedance-2.0",
    "doubao-seedance-2.0-face",
    "doubao-seedance-2.0-fast",
    "doubao-seedance-2.0-fast-face",
}


def check_doubao_seedance_20_request_model(value: str) -> DoubaoSeedance20RequestModel:
    if value in DOUBAO_SEEDANCE_20_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOUBAO_SEEDANCE_20_REQUEST_MODEL_VALUES!r}"
    )
