from typing import Literal

Wan27VideoEditRequestDuration = Literal[0, 2, 3, 4, 5, 6, 7, 8, 9, 10]

WAN_27_VIDEO_EDIT_REQUEST_DURATION_VALUES: set[Wan27VideoEditRequestDuration] = {
    0,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
}


def check_wan_27_video_edit_request_duration(
    value: int,
) -> Wan27VideoEditRequestDuration:
    if value in WAN_27_VIDEO_EDIT_REQUEST_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27_VIDEO_EDIT_REQUEST_DURATION_VALUES!r}"
    )
