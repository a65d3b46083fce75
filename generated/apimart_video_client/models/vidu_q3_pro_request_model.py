from typing import Literal

ViduQ3ProRequestModel = Literal["viduq3-pro", "viduq3-turbo"]

VIDU_Q3_PRO_REQUEST_MODEL_VALUES: set[ViduQ3ProRequestModel] = {
    "viduq3-pro",
    "viduq3-turbo",
}


def check_vidu_q3_pro_request_model(value: str) -> ViduQ3ProRequestModel:
    if value in VIDU_Q3_PRO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDU_Q3_PRO_REQUEST_MODEL_VALUES!r}"
    )
