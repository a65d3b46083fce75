from typing import Literal

GrokImagineVideoRequestQuality = Literal["480p", "720p"]

GROK_IMAGINE_VIDEO_REQUEST_QUALITY_VALUES: set[GrokImagineVideoRequestQuality] = {
    "480p",
    "720p",
}


def check_grok_imagine_video_request_quality(
    value: str,
) -> GrokImagineVideoRequestQuality:
    if value in GROK_IMAGINE_VIDEO_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROK_IMAGINE_VIDEO_REQUEST_QUALITY_VALUES!r}"
    )
