from typing import Literal

KlingOmniImageWithRoleRole = Literal["first_frame", "last_frame", "reference"]

KLING_OMNI_IMAGE_WITH_ROLE_ROLE_VALUES: set[KlingOmniImageWithRoleRole] = {
    "first_frame",
    "last_frame",
    "reference",
}


def check_kling_omni_image_with_role_role(value: str) -> KlingOmniImageWithRoleRole:
    if value in KLING_OMNI_IMAGE_WITH_ROLE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_OMNI_IMAGE_WITH_ROLE_ROLE_VALUES!r}"
    )
