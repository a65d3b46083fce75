from typing import Literal

PixverseV6RequestModel = Literal["pixverse-v6"]

PIXVERSE_V6_REQUEST_MODEL_VALUES: set[PixverseV6RequestModel] = {
    "pixverse-v6",
}


def check_pixverse_v6_request_model(value: str) -> PixverseV6RequestModel:
    if value in PIXVERSE_V6_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_REQUEST_MODEL_VALUES!r}"
    )
