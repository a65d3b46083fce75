from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.veo_31_request_aspect_ratio import (
    Veo31RequestAspectRatio,
    check_veo_31_request_aspect_ratio,
)
from ..models.veo_31_request_duration import (
    Veo31RequestDuration,
    check_veo_31_request_duration,
)
from ..models.veo_31_request_generation_type import (
    Veo31RequestGenerationType,
    check_veo_31_request_generation_type,
)
from ..models.veo_31_request_model import Veo31RequestModel, check_veo_31_request_model
from ..models.veo_31_request_resolution import (
    Veo31RequestResolution,
    check_veo_31_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Veo31Request")


@_attrs_define
class Veo31Request:
    """A Veo 3.1 generation (`veo3.1-fast`, `veo3.1-quality`), always 8 seconds:
    text-to-video, or up to three images in `image_urls` used as frames
    (`generation_type` `frame`: the first image starts the video, the second ends it) or
    as references (`reference`, not with `veo3.1-quality`). Resolution up to `4k`, an
    optional GIF output (not at `1080p` or `4k`), and an optional fall back to the
    official channel.

    Decisions: the stored copies of the APIMart page end after `aspect_ratio` `16:9`;
    the rest of the field list (`9:16`, `generation_type`, the three-image limit,
    `resolution`, the GIF switch, the fallback switch) comes from a mirror of the page,
    and the keys `enable_gif` and `official_fallback` from client code calling APIMart.
    Frame mode takes at most two images (first and last), so `veo3.1-quality`, which
    has no reference mode, takes at most two. Without `generation_type` the API picks
    the use of the images itself (two read as frames, three as references, by client
    reports); the mode helpers always write `generation_type`. `generation_type`
    without images is accepted and reported as ignored. An older version of the page
    (model `veo3.1`) capped the prompt at 1000 characters; the current one states no
    limit, so none is enforced. The live check (`make contract-live`) settles these
    against the model's live docs.

        Attributes:
            model (Veo31RequestModel): The model id (fast, or high quality).
            prompt (str): What the video shows.
            duration (Veo31RequestDuration | Unset): Length of the video in seconds; always 8. Default: 8.
            aspect_ratio (Veo31RequestAspectRatio | Unset): Landscape (`16:9`) or portrait (`9:16`).
            generation_type (Veo31RequestGenerationType | Unset): How `image_urls` is used: `frame`, the first image starts
                the video and a second
                one ends it; `reference`, up to three images the video draws on (not with
                `veo3.1-quality`).
            image_urls (list[str] | Unset): Up to three images (jpeg, jpg, png or webp, at most 10 MB each, at public
                http(s) URLs), used as `generation_type` says.
            resolution (Veo31RequestResolution | Unset): Output resolution, `720p`, `1080p` or `4k`. Default: '720p'.
            enable_gif (bool | Unset): Also output a GIF; not with `1080p` or `4k`. Default: False.
            official_fallback (bool | Unset): Fall back to the official channel when this one fails. Default: False.
    """

    model: Veo31RequestModel
    prompt: str
    duration: Veo31RequestDuration | Unset = 8
    aspect_ratio: Veo31RequestAspectRatio | Unset = UNSET
    generation_type: Veo31RequestGenerationType | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    resolution: Veo31RequestResolution | Unset = "720p"
    enable_gif: bool | Unset = False
    official_fallback: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        generation_type: str | Unset = UNSET
        if not isinstance(self.generation_type, Unset):
            generation_type = self.generation_type

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        enable_gif = self.enable_gif

        official_fallback = self.official_fallback

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
        if generation_type is not UNSET:
            field_dict["generation_type"] = generation_type
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if enable_gif is not UNSET:
            field_dict["enable_gif"] = enable_gif
        if official_fallback is not UNSET:
            field_dict["official_fallback"] = official_fallback

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_veo_31_request_model(d.pop("model"))

        prompt = d.pop("prompt")

        _duration = d.pop("duration", UNSET)
        duration: Veo31RequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_veo_31_request_duration(_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Veo31RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_veo_31_request_aspect_ratio(_aspect_ratio)

        _generation_type = d.pop("generation_type", UNSET)
        generation_type: Veo31RequestGenerationType | Unset
        if isinstance(_generation_type, Unset):
            generation_type = UNSET
        else:
            generation_type = check_veo_31_request_generation_type(_generation_type)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _resolution = d.pop("resolution", UNSET)
        resolution: Veo31RequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_veo_31_request_resolution(_resolution)

        enable_gif = d.pop("enable_gif", UNSET)

        official_fallback = d.pop("official_fallback", UNSET)

        veo_31_request = cls(
            model=model,
            prompt=prompt,
            duration=duration,
            aspect_ratio=aspect_ratio,
            generation_type=generation_type,
            image_urls=image_urls,
            resolution=resolution,
            enable_gif=enable_gif,
            official_fallback=official_fallback,
        )

        return veo_31_request
