from typing import Literal

GrokImagineVideoRequestModel = Literal["grok-imagine-1.5-video-apimart"]

GROK_IMAGINE_VIDEO_REQUEST_MODEL_VALUES: set[GrokImagineVideoRequestModel] = {
    "grok-imagine-1.5-video-apimart",
}


def check_grok_imagine_video_request_model(value: str) -> GrokImagineVideoRequestModel:
    if value in GROK_IMAGINE_VIDEO_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_VIDEO_REQUEST_MODEL_VALUES!r}"
    )
