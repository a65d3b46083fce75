from typing import Literal

Wan27ReferenceImageRole = Literal["first_frame", "reference_image"]

WAN_27_REFERENCE_IMAGE_ROLE_VALUES: set[Wan27ReferenceImageRole] = {
    "first_frame",
    "reference_image",
}


def check_wan_27_reference_image_role(value: str) -> Wan27ReferenceImageRole:
    if value in WAN_27_REFERENCE_IMAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27_REFERENCE_IMAGE_ROLE_VALUES!r}"
    )
