from typing import Literal

DoubaoSeedance15RequestAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16"
]

DOUBAO_SEEDANCE_15_REQUEST_ASPECT_RATIO_VALUES: set[
    DoubaoSeedance15RequestAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
}


def check_doubao_seedance_15_request_aspect_ratio(
    value: str,
) -> DoubaoSeedance15RequestAspectRatio:
    if value in DOUBAO_SEEDANCE_15_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOUBAO_SEEDANCE_15_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
