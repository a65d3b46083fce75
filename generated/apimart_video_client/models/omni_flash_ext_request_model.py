from typing import Literal

OmniFlashExtRequestModel = Literal["Omni-Flash-Ext"]

OMNI_FLASH_EXT_REQUEST_MODEL_VALUES: set[OmniFlashExtRequestModel] = {
    "Omni-Flash-Ext",
}


def check_omni_flash_ext_request_model(value: str) -> OmniFlashExtRequestModel:
    if value in OMNI_FLASH_EXT_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OMNI_FLASH_EXT_REQUEST_MODEL_VALUES!r}"
    )
