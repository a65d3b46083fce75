from typing import Literal

Veo31RequestDuration = Literal[8]

VEO_31_REQUEST_DURATION_VALUES: set[Veo31RequestDuration] = {
    8,
}


def check_veo_31_request_duration(value: int) -> Veo31RequestDuration:
    if value in VEO_31_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_REQUEST_DURATION_VALUES!r}"
    )
