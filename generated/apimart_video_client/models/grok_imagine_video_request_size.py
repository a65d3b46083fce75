from typing import Literal

GrokImagineVideoRequestSize = Literal["16:9", "1:1", "2:3", "3:2", "9:16"]

GROK_IMAGINE_VIDEO_REQUEST_SIZE_VALUES: set[GrokImagineVideoRequestSize] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "9:16",
}


def check_grok_imagine_video_request_size(value: str) -> GrokImagineVideoRequestSize:
    if value in GROK_IMAGINE_VIDEO_REQUEST_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_VIDEO_REQUEST_SIZE_VALUES!r}"
    )
