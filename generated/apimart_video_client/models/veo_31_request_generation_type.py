from typing import Literal

Veo31RequestGenerationType = Literal["frame", "reference"]

VEO_31_REQUEST_GENERATION_TYPE_VALUES: set[Veo31RequestGenerationType] = {
    "frame",
    "reference",
}


def check_veo_31_request_generation_type(value: str) -> Veo31RequestGenerationType:
    if value in VEO_31_REQUEST_GENERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_REQUEST_GENERATION_TYPE_VALUES!r}"
    )
