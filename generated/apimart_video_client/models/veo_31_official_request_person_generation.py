from typing import Literal

Veo31OfficialRequestPersonGeneration = Literal["allow_adult", "disallow"]

VEO_31_OFFICIAL_REQUEST_PERSON_GENERATION_VALUES: set[
    Veo31OfficialRequestPersonGeneration
] = {
    "allow_adult",
    "disallow",
}


def check_veo_31_official_request_person_generation(
    value: str,
) -> Veo31OfficialRequestPersonGeneration:
    if value in VEO_31_OFFICIAL_REQUEST_PERSON_GENERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VEO_31_OFFICIAL_REQUEST_PERSON_GENERATION_VALUES!r}"
    )
