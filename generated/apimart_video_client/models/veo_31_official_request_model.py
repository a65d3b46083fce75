from typing import Literal

Veo31OfficialRequestModel = Literal["veo3.1-fast-official", "veo3.1-quality-official"]

VEO_31_OFFICIAL_REQUEST_MODEL_VALUES: set[Veo31OfficialRequestModel] = {
    "veo3.1-fast-official",
    "veo3.1-quality-official",
}


def check_veo_31_official_request_model(value: str) -> Veo31OfficialRequestModel:
    if value in VEO_31_OFFICIAL_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_OFFICIAL_REQUEST_MODEL_VALUES!r}"
    )
