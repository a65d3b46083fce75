from typing import Literal

PixverseV6RequestSize = Literal[
    "16:9", "1:1", "21:9", "2:3", "3:2", "3:4", "4:3", "9:16"
]

PIXVERSE_V6_REQUEST_SIZE_VALUES: set[PixverseV6RequestSize] = {
    "16:9",
    "1:1",
    "21:9",
    "2:3",
    "3:2",
    "3:4",
    "4:3",
    "9:16",
}


def check_pixverse_v6_request_size(value: str) -> PixverseV6RequestSize:
    if value in PIXVERSE_V6_REQUEST_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_REQUEST_SIZE_VALUES!r}"
    )
