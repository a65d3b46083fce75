from typing import Literal

Sora2PreviewRequestModel = Literal["sora-2-preview", "sora-2-pro-preview"]

SORA_2_PREVIEW_REQUEST_MODEL_VALUES: set[Sora2PreviewRequestModel] = {
    "sora-2-preview",
    "sora-2-pro-preview",
}


def check_sora_2_preview_request_model(value: str) -> Sora2PreviewRequestModel:
    if value in SORA_2_PREVIEW_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_PREVIEW_REQUEST_MODEL_VALUES!r}"
    )
