from typing import Literal

Wan26I2VFlashRequestModel = Literal["wan2.6-i2v-flash"]

WAN_26I2V_FLASH_REQUEST_MODEL_VALUES: set[Wan26I2VFlashRequestModel] = {
    "wan2.6-i2v-flash",
}


def check_wan_26i2v_flash_request_model(value: str) -> Wan26I2VFlashRequestModel:
    if value in WAN_26I2V_FLASH_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26I2V_FLASH_REQUEST_MODEL_VALUES!r}"
    )
