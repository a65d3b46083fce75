from typing import Literal

DoubaoSeedance20RequestSize = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "adaptive"
]

DOUBAO_SEEDANCE_20_REQUEST_SIZE_VALUES: set[DoubaoSeedance20RequestSize] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "adaptive",
}


def check_doubao_seedance_20_request_size(value: str) -> DoubaoSeedance20RequestSize:
    if value in DOUBAO_SEEDANCE_20_REQUEST_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOUBAO_SEEDANCE_20_REQUEST_SIZE_VALUES!r}"
    )
