from typing import Literal

Hailuo23RequestModel = Literal["MiniMax-Hailuo-2.3", "MiniMax-Hailuo-2.3-Fast"]

HAILUO_23_REQUEST_MODEL_VALUES: set[Hailuo23RequestModel] = {
    "MiniMax-Hailuo-2.3",
    "MiniMax-Hailuo-2.3-Fast",
}


def check_hailuo_23_request_model(value: str) -> Hailuo23RequestModel:
    if value in HAILUO_23_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAILUO_23_REQUEST_MODEL_VALUES!r}"
    )
