from typing import Literal

Sora2RequestModel = Literal["sora-2", "sora-2-pro"]

SORA_2_REQUEST_MODEL_VALUES: set[Sora2RequestModel] = {
    "sora-2",
    "sora-2-pro",
}


def check_sora_2_request_model(value: str) -> Sora2RequestModel:
    if value in SORA_2_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_REQUEST_MODEL_VALUES!r}"
    )
