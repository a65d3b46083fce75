from typing import Literal

OmniFlashExtRequestAspectRatio = Literal["16:9", "9:16"]

OMNI_FLASH_EXT_REQUEST_ASPECT_RATIO_VALUES: set[OmniFlashExtRequestAspectRatio] = {
    "16:9",
    "9:16",
}


def check_omni_flash_ext_request_aspect_ratio(
    value: str,
) -> OmniFlashExtRequestAspectRatio:
    if value in OMNI_FLASH_EXT_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OMNI_FLASH_EXT_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
