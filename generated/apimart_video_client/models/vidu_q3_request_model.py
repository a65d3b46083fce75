from typing import Literal

ViduQ3RequestModel = Literal["viduq3", "viduq3-mix"]

VIDU_Q3_REQUEST_MODEL_VALUES: set[ViduQ3RequestModel] = {
    "viduq3",
    "viduq3-mix",
}


def check_vidu_q3_request_model(value: str) -> ViduQ3RequestModel:
    if value in VIDU_Q3_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q3_REQUEST_MODEL_VALUES!r}"
    )
