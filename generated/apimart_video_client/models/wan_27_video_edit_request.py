from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.aspect_ratio import AspectRatio, check_aspect_ratio
from ..models.resolution import Resolution, check_resolution
from ..models.wan_27_video_edit_request_duration import (
    Wan27VideoEditRequestDuration,
    check_wan_27_video_edit_request_duration,
)
from ..models.wan_27_video_edit_request_model import (
    Wan27VideoEditRequestModel,
    check_wan_27_video_edit_request_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan27VideoEditRequest")


@_attrs_define
class Wan27VideoEditRequest:
    """A wan2.7-videoedit edit: the source video (`video_urls`, only the first is used) is
    changed as the prompt says (style, outfit, background, added elements), optionally
    after up to four reference images of the look to reach. Without a prompt the model
    applies a default style transfer. The output keeps the source's length (`duration`
    0) or its first 2-10 s.

    Decisions: the keys of the reference images and of the aspect ratio were not seen on
    the page (their descriptions were): `image_urls` and `size`, the names wan2.7 uses.
    `prompt_extend` is described on a copy of the page without its key; its default was
    not seen. No watermark, seed or audio field was seen, so none is accepted (upstream
    has `watermark`, `seed` and an audio setting). A duration longer than the source
    video is refused by the API, which alone knows the source's length. The live check
    (`make contract-live`) settles each of these.

        Attributes:
            model (Wan27VideoEditRequestModel): The model id.
            video_urls (list[str]): The video to edit (only the first entry is used): mp4 or mov, 2-10 s, width and
                height in [240, 4096] px, aspect ratio between 1:8 and 8:1, at most 100 MB
                (checked by the API when it fetches the file).
            prompt (str | Unset): The edit to make, at most 5000 characters (e.g. "replace the background with a
                snowy mountain"). Without it, a default style transfer.
            negative_prompt (str | Unset): What the video should not show, at most 500 characters.
            image_urls (list[str] | Unset): Up to four reference images of the style or appearance to reach.
            resolution (Resolution | Unset): Output resolution, `720P` (standard) or `1080P` (high definition).
            duration (Wan27VideoEditRequestDuration | Unset): 0: the whole source video. 2 to 10: that many seconds from the
                start, no more than
                the source lasts. With 0, the output's actual length is billed.
                 Default: 0.
            size (AspectRatio | Unset): Aspect ratio of a text-to-video output.
            prompt_extend (bool | Unset): Smart prompt rewriting.
    """

    model: Wan27VideoEditRequestModel
    video_urls: list[str]
    prompt: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    resolution: Resolution | Unset = UNSET
    duration: Wan27VideoEditRequestDuration | Unset = 0
    size: AspectRatio | Unset = UNSET
    prompt_extend: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        video_urls = self.video_urls

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        prompt_extend = self.prompt_extend

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "video_urls": video_urls,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if size is not UNSET:
            field_dict["size"] = size
        if prompt_extend is not UNSET:
            field_dict["prompt_extend"] = prompt_extend

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_wan_27_video_edit_request_model(d.pop("model"))

        video_urls = cast(list[str], d.pop("video_urls"))

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _resolution = d.pop("resolution", UNSET)
        resolution: Resolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_resolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: Wan27VideoEditRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_wan_27_video_edit_request_duration(_duration)

        _size = d.pop("size", UNSET)
        size: AspectRatio | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = check_aspect_ratio(_size)

        prompt_extend = d.pop("prompt_extend", UNSET)

        wan_27_video_edit_request = cls(
            model=model,
            video_urls=video_urls,
            prompt=prompt,
            negative_prompt=negative_prompt,
            image_urls=image_urls,
            resolution=resolution,
            duration=duration,
            size=size,
            prompt_extend=prompt_extend,
        )

        return wan_27_video_edit_request
