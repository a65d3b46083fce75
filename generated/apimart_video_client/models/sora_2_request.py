from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sora_2_request_aspect_ratio import (
    Sora2RequestAspectRatio,
    check_sora_2_request_aspect_ratio,
)
from ..models.sora_2_request_duration import (
    Sora2RequestDuration,
    check_sora_2_request_duration,
)
from ..models.sora_2_request_model import Sora2RequestModel, check_sora_2_request_model
from ..models.sora_2_request_resolution import (
    Sora2RequestResolution,
    check_sora_2_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Sora2Request")


@_attrs_define
class Sora2Request:
    """A Sora 2 generation (`sora-2`, or `sora-2-pro` for higher resolutions): text-to-video,
    or image-to-video from one image. The prompt may name characters created earlier as
    `@username`.

    Decisions: the same model ids also serve "create character" on this endpoint (a
    body with `timestamps` and `url` or `from_task`, and no prompt). Its result is a
    character, not a video, so it is not part of this generation contract: this schema
    describes generation only, and `timestamps`, `url` and `from_task` are refused as
    unknown fields. Durations: the APIMart pages found show only example values (5 on
    the older `sora2` page, 10 on the newer one, 8 on a mirror); the schema takes the
    set 4, 8, 12, 16, 20 (default 4) that a client integration read from the docs and
    verified, not the 10/15/25 of resellers. `resolution` (`720p`; `1024p` and `1080p`
    with `sora-2-pro`), its default, and the one-image limit of `image_urls` come from
    the same integration and a mirror of the page, not from a stored copy of the
    APIMart page itself. Fields seen only on resellers (`watermark`, `private`,
    `character_url`, `character_timestamps`) are refused. No prompt length limit was
    found. The live check (`make contract-live`) settles all of these against the
    model's live docs.

        Attributes:
            model (Sora2RequestModel): The model id (`sora-2-pro` renders higher resolutions).
            prompt (str): What the video shows; characters created earlier are named as `@username`
                (several may be named).
            duration (Sora2RequestDuration | Unset): Length of the video in seconds, 4, 8, 12, 16 or 20. Default: 4.
            aspect_ratio (Sora2RequestAspectRatio | Unset): Landscape (`16:9`) or portrait (`9:16`).
            resolution (Sora2RequestResolution | Unset): Output resolution: `720p`; `1024p` and `1080p` only with
                `sora-2-pro`. Default: '720p'.
            image_urls (list[str] | Unset): One image for image-to-video: jpeg, jpg, png or webp, at most 10 MB, at a
                public http(s) URL.
    """

    model: Sora2RequestModel
    prompt: str
    duration: Sora2RequestDuration | Unset = 4
    aspect_ratio: Sora2RequestAspectRatio | Unset = UNSET
    resolution: Sora2RequestResolution | Unset = "720p"
    image_urls: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

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
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_sora_2_request_model(d.pop("model"))

        prompt = d.pop("prompt")

        _duration = d.pop("duration", UNSET)
        duration: Sora2RequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_sora_2_request_duration(_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Sora2RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_sora_2_request_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: Sora2RequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_sora_2_request_resolution(_resolution)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        sora_2_request = cls(
            model=model,
            prompt=prompt,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            image_urls=image_urls,
        )

        return sora_2_request
