from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.grok_imagine_video_request_model import (
    GrokImagineVideoRequestModel,
    check_grok_imagine_video_request_model,
)
from ..models.grok_imagine_video_request_quality import (
    GrokImagineVideoRequestQuality,
    check_grok_imagine_video_request_quality,
)
from ..models.grok_imagine_video_request_size import (
    GrokImagineVideoRequestSize,
    check_grok_imagine_video_request_size,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GrokImagineVideoRequest")


@_attrs_define
class GrokImagineVideoRequest:
    """A Grok Imagine 1.5 video (xAI): text-to-video, or image-to-video from an image, 6 to
    30 seconds, at 480p or 720p (`quality`). The duration must be a JSON number, not a
    quoted string.

    Decisions: an older version of the page served `grok-imagine-1.0-video-apimart`; the
    current one lists only the 1.5 id, so only that id is accepted. The page says
    image-to-video is supported, but the image field's key was not seen: `image_urls` (at
    most 7, the first one animated alone, several as references) is what APIMart clients
    send. The `quality` list was seen up to `480p`; `720p` is in the page's own example.
    `prompt` has no documented maximum length. The live check (`make contract-live`)
    settles each of these.

        Attributes:
            model (GrokImagineVideoRequestModel): The model id.
            prompt (str): What the video shows, in any language.
            size (GrokImagineVideoRequestSize | Unset): Aspect ratio. Default: '16:9'.
            duration (int | Unset): Length of the video in seconds, 6 to 30, as a number (not "6"). Default: 6.
            quality (GrokImagineVideoRequestQuality | Unset): Output resolution, `480p` (standard) or `720p`. Default:
                '480p'.
            image_urls (list[str] | Unset): One image: image-to-video from it. Several: reference images the video draws
                on. At most 7.
    """

    model: GrokImagineVideoRequestModel
    prompt: str
    size: GrokImagineVideoRequestSize | Unset = "16:9"
    duration: int | Unset = 6
    quality: GrokImagineVideoRequestQuality | Unset = "480p"
    image_urls: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        duration = self.duration

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if duration is not UNSET:
            field_dict["duration"] = duration
        if quality is not UNSET:
            field_dict["quality"] = quality
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_grok_imagine_video_request_model(d.pop("model"))

        prompt = d.pop("prompt")

        _size = d.pop("size", UNSET)
        size: GrokImagineVideoRequestSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = check_grok_imagine_video_request_size(_size)

        duration = d.pop("duration", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: GrokImagineVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_grok_imagine_video_request_quality(_quality)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        grok_imagine_video_request = cls(
            model=model,
            prompt=prompt,
            size=size,
            duration=duration,
            quality=quality,
            image_urls=image_urls,
        )

        return grok_imagine_video_request
