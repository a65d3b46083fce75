from typing import Literal

Wan27VideoEditRequestModel = Literal["wan2.7-videoedit"]

WAN_27_VIDEO_EDIT_REQUEST_MODEL_VALUES: set[Wan27VideoEditRequestModel] = {
    "wan2.7-videoedit",
}


def check_wan_27_video_edit_request_model(value: str) -> Wan27VideoEditRequestModel:
    if value in WAN_27_VIDEO_EDIT_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_27_VIDEO_EDIT_REQUEST_MODEL_VALUES!r}"
    )
