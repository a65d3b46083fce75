from typing import Literal

Wan26I2VFlashRequestResolution = Literal["1080p", "720p"]

WAN_26I2V_FLASH_REQUEST_RESOLUTION_VALUES: set[Wan26I2VFlashRequestResolution] = {
    "1080p",
    "720p",
}


def check_wan_26i2v_flash_request_resolution(
    value: str,
) -> Wan26I2VFlashRequestResolution:
    if value in WAN_26I2V_FLASH_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26I2V_FLASH_REQUEST_RESOLUTION_VALUES!r}"
    )
