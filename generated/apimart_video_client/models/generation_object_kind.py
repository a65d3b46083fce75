from typing import Literal

GenerationObjectKind = Literal["generation.result", "generation.task"]

GENERATION_OBJECT_KIND_VALUES: set[GenerationObjectKind] = {
    "generation.result",
    "generation.task",
}


def check_generation_object_kind(value: str) -> GenerationObjectKind:
    if value in GENERATION_OBJECT_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATION_OBJECT_KIND_VALUES!r}"
    )
