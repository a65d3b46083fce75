from typing import Literal

Wan26I2VFlashRequestShotType = Literal["multi", "single"]

WAN_26I2V_FLASH_REQUEST_SHOT_TYPE_VALUES: set[Wan26I2VFlashRequestShotType] = {
    "multi",
    "single",
}


def check_wan_26i2v_flash_request_shot_type(value: str) -> Wan26I2VFlashRequestShotType:
    if value in WAN_26I2V_FLASH_REQUEST_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26I2V_FLASH_REQUEST_SHOT_TYPE_VALUES!r}"
    )
