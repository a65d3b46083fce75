from typing import Literal

Hailuo02RequestModel = Literal["MiniMax-Hailuo-02"]

HAILUO_02_REQUEST_MODEL_VALUES: set[Hailuo02RequestModel] = {
    "MiniMax-Hailuo-02",
}


def check_hailuo_02_request_model(value: str) -> Hailuo02RequestModel:
    if value in HAILUO_02_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HAILUO_02_REQUEST_MODEL_VALUES!r}"
    )
