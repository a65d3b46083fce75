from typing import Literal

OmniFlashExtRequestDuration = Literal[4, 6, 8, 10]

OMNI_FLASH_EXT_REQUEST_DURATION_VALUES: set[OmniFlashExtRequestDuration] = {
    4,
    6,
    8,
    10,
}


def check_omni_flash_ext_request_duration(value: int) -> OmniFlashExtRequestDuration:
    if value in OMNI_FLASH_EXT_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OMNI_FLASH_EXT_REQUEST_DURATION_VALUES!r}"
    )
