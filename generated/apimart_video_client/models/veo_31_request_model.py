from typing import Literal

Veo31RequestModel = Literal["veo3.1-fast", "veo3.1-quality"]

VEO_31_REQUEST_MODEL_VALUES: set[Veo31RequestModel] = {
    "veo3.1-fast",
    "veo3.1-quality",
}


def check_veo_31_request_model(value: str) -> Veo31RequestModel:
    if value in VEO_31_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_REQUEST_MODEL_VALUES!r}"
    )
