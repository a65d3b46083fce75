from typing import Literal

Wan25PreviewRequestResolution = Literal["1080p", "480p", "720p"]

WAN_25_PREVIEW_REQUEST_RESOLUTION_VALUES: set[Wan25PreviewRequestResolution] = {
    "1080p",
    "480p",
    "720p",
}


def check_wan_25_preview_request_resolution(
    value: str,
) -> Wan25PreviewRequestResolution:
    if value in WAN_25_PREVIEW_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_25_PREVIEW_REQUEST_RESOLUTION_VALUES!r}"
    )
