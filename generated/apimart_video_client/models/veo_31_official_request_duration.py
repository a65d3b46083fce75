from typing import Literal

Veo31OfficialRequestDuration = Literal[4, 6, 8]

VEO_31_OFFICIAL_REQUEST_DURATION_VALUES: set[Veo31OfficialRequestDuration] = {
    4,
    6,
    8,
}


def check_veo_31_official_request_duration(value: int) -> Veo31OfficialRequestDuration:
    if value in VEO_31_OFFICIAL_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_OFFICIAL_REQUEST_DURATION_VALUES!r}"
    )
