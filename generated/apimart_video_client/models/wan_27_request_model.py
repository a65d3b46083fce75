from typing import Literal

Wan27RequestModel = Literal["wan2.7"]

WAN_27_REQUEST_MODEL_VALUES: set[Wan27RequestModel] = {
    "wan2.7",
}


def check_wan_27_request_model(value: str) -> Wan27RequestModel:
    if value in WAN_27_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27_REQUEST_MODEL_VALUES!r}"
    )
