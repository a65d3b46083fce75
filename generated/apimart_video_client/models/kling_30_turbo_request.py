from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.kling_30_turbo_request_aspect_ratio import (
    Kling30TurboRequestAspectRatio,
    check_kling_30_turbo_request_aspect_ratio,
)
from ..models.kling_30_turbo_request_model import (
    Kling30TurboRequestModel,
    check_kling_30_turbo_request_model,
)
from ..models.kling_30_turbo_request_resolution import (
    Kling30TurboRequestResolution,
    check_kling_30_turbo_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Kling30TurboRequest")


@_attrs_define
class Kling30TurboRequest:
    """A kling-3.0-turbo generation: text-to-video, or image-to-video when
    `first_frame_image` is given (then the prompt is optional and the image decides the
    aspect ratio, so `aspect_ratio` is ignored). 720p or 1080p, 3 to 15 s. Several shots
    are asked for inside the prompt, in the page's shot syntax; there is no field for
    them.

    Decisions: the page gives the upstream prompt limit (3072 characters; 2500 advised):
    the spec refuses more than 3072. An empty prompt is refused; leave `prompt` out to
    animate the image alone. `first_frame_image` takes a URL or an image as a Base64 data
    URI (`data:image/...;base64,...`); bare Base64 without the prefix is refused. The
    live check (`make contract-live`) settles each.

        Attributes:
            model (Kling30TurboRequestModel): The model id.
            prompt (str | Unset): What the video shows, at most 3072 characters (2500 or fewer advised). Required
                in text-to-video; optional with `first_frame_image`.
            first_frame_image (str | Unset): The first frame: a URL or a Base64 data URI; jpg, jpeg or png, at most 50 MB,
                width and height at least 300 px, aspect ratio between 1:2.5 and 2.5:1. Selects
                image-to-video.
            aspect_ratio (Kling30TurboRequestAspectRatio | Unset): Aspect ratio, text-to-video only (an image decides its
                own). Default: '16:9'.
            resolution (Kling30TurboRequestResolution | Unset): Output resolution, `720p` or `1080p`. Default: '720p'.
            duration (int | Unset): Length of the video in seconds, 3 to 15. Default: 5.
            watermark (bool | Unset): Adds a watermark; without the field, none is added.
    """

    model: Kling30TurboRequestModel
    prompt: str | Unset = UNSET
    first_frame_image: str | Unset = UNSET
    aspect_ratio: Kling30TurboRequestAspectRatio | Unset = "16:9"
    resolution: Kling30TurboRequestResolution | Unset = "720p"
    duration: int | Unset = 5
    watermark: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        first_frame_image: str | Unset
        if isinstance(self.first_frame_image, Unset):
            first_frame_image = UNSET
        else:
            first_frame_image = self.first_frame_image

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration = self.duration

        watermark = self.watermark

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if first_frame_image is not UNSET:
            field_dict["first_frame_image"] = first_frame_image
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if watermark is not UNSET:
            field_dict["watermark"] = watermark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_kling_30_turbo_request_model(d.pop("model"))

        prompt = d.pop("prompt", UNSET)

        def _parse_first_frame_image(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        first_frame_image = _parse_first_frame_image(d.pop("first_frame_image", UNSET))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Kling30TurboRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_30_turbo_request_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: Kling30TurboRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_kling_30_turbo_request_resolution(_resolution)

        duration = d.pop("duration", UNSET)

        watermark = d.pop("watermark", UNSET)

        kling_30_turbo_request = cls(
            model=model,
            prompt=prompt,
            first_frame_image=first_frame_image,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            watermark=watermark,
        )

        return kling_30_turbo_request
