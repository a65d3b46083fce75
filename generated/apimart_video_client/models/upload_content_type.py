from typing import Literal

UploadContentType = Literal["image/gif", "image/jpeg", "image/png", "image/webp"]

UPLOAD_CONTENT_TYPE_VALUES: set[UploadContentType] = {
    "image/gif",
    "image/jpeg",
    "image/png",
    "image/webp",
}


def check_upload_content_type(value: str) -> UploadContentType:
    if value in UPLOAD_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPLOAD_CONTENT_TYPE_VALUES!r}"
    )
