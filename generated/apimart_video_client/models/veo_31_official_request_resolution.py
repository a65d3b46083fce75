from typing import Literal

Veo31OfficialRequestResolution = Literal["1080p", "4K", "720p"]

VEO_31_OFFICIAL_REQUEST_RESOLUTION_VALUES: set[Veo31OfficialRequestResolution] = {
    "1080p",
    "4K",
    "720p",
}


def check_veo_31_official_request_resolution(
    value: str,
) -> Veo31OfficialRequestResolution:
    if value in VEO_31_OFFICIAL_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_OFFICIAL_REQUEST_RESOLUTION_VALUES!r}"
    )
