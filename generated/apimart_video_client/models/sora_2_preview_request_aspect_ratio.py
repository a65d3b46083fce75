from typing import Literal

Sora2PreviewRequestAspectRatio = Literal["16:9", "9:16", "landscape", "portrait"]

SORA_2_PREVIEW_REQUEST_ASPECT_RATIO_VALUES: set[Sora2PreviewRequestAspectRatio] = {
    "16:9",
    "9:16",
    "landscape",
    "portrait",
}


def check_sora_2_preview_request_aspect_ratio(
    value: str,
) -> Sora2PreviewRequestAspectRatio:
    if value in SORA_2_PREVIEW_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_PREVIEW_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
