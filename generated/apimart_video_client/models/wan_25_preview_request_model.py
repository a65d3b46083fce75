from typing import Literal

Wan25PreviewRequestModel = Literal["wan2.5-preview"]

WAN_25_PREVIEW_REQUEST_MODEL_VALUES: set[Wan25PreviewRequestModel] = {
    "wan2.5-preview",
}


def check_wan_25_preview_request_model(value: str) -> Wan25PreviewRequestModel:
    if value in WAN_25_PREVIEW_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_25_PREVIEW_REQUEST_MODEL_VALUES!r}"
    )
