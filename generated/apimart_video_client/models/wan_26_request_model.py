from typing import Literal

Wan26RequestModel = Literal["wan2.6"]

WAN_26_REQUEST_MODEL_VALUES: set[Wan26RequestModel] = {
    "wan2.6",
}


def check_wan_26_request_model(value: str) -> Wan26RequestModel:
    if value in WAN_26_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_REQUEST_MODEL_VALUES!r}"
    )
