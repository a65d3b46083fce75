from typing import Literal

OmniFlashExtRequestResolution = Literal["1080p", "4k", "720p"]

OMNI_FLASH_EXT_REQUEST_RESOLUTION_VALUES: set[OmniFlashExtRequestResolution] = {
    "1080p",
    "4k",
    "720p",
}


def check_omni_flash_ext_request_resolution(
    value: str,
) -> OmniFlashExtRequestResolution:
    if value in OMNI_FLASH_EXT_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OMNI_FLASH_EXT_REQUEST_RESOLUTION_VALUES!r}"
    )
