from typing import Literal

Wan25PreviewRequestDuration = Literal[5, 10]

WAN_25_PREVIEW_REQUEST_DURATION_VALUES: set[Wan25PreviewRequestDuration] = {
    5,
    10,
}


def check_wan_25_preview_request_duration(value: int) -> Wan25PreviewRequestDuration:
    if value in WAN_25_PREVIEW_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_25_PREVIEW_REQUEST_DURATION_VALUES!r}"
    )
