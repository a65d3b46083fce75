from typing import Literal

TaskLanguage = Literal["en", "ja", "ko", "zh"]

TASK_LANGUAGE_VALUES: set[TaskLanguage] = {
    "en",
    "ja",
    "ko",
    "zh",
}


def check_task_language(value: str) -> TaskLanguage:
    if value in TASK_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_LANGUAGE_VALUES!r}"
    )
