from typing import Literal

GenerationOperation = Literal["image_generation", "video_generation"]

GENERATION_OPERATION_VALUES: set[GenerationOperation] = {
    "image_generation",
    "video_generation",
}


def check_generation_operation(value: str) -> GenerationOperation:
    if value in GENERATION_OPERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATION_OPERATION_VALUES!r}"
    )
