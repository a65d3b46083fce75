from typing import Literal

ImageRole = Literal["first_frame", "last_frame"]

IMAGE_ROLE_VALUES: set[ImageRole] = {
    "first_frame",
    "last_frame",
}


def check_image_role(value: str) -> ImageRole:
    if value in IMAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_ROLE_VALUES!r}"
    )
