from typing import Literal

Sora2PreviewRequestDuration = Literal[4, 8, 12]

SORA_2_PREVIEW_REQUEST_DURATION_VALUES: set[Sora2PreviewRequestDuration] = {
    4,
    8,
    12,
}


def check_sora_2_preview_request_duration(value: int) -> Sora2PreviewRequestDuration:
    if value in SORA_2_PREVIEW_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SORA_2_PREVIEW_REQUEST_DURATION_VALUES!r}"
    )
