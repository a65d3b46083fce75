from typing import Literal

Kling30TurboRequestModel = Literal["kling-3.0-turbo"]

KLING_30_TURBO_REQUEST_MODEL_VALUES: set[Kling30TurboRequestModel] = {
    "kling-3.0-turbo",
}


def check_kling_30_turbo_request_model(value: str) -> Kling30TurboRequestModel:
    if value in KLING_30_TURBO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_30_TURBO_REQUEST_MODEL_VALUES!r}"
    )
