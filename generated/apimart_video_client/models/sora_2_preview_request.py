from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sora_2_preview_request_aspect_ratio import (
    Sora2PreviewRequestAspectRatio,
    check_sora_2_preview_request_aspect_ratio,
)
from ..models.sora_2_preview_request_duration import (
    Sora2PreviewRequestDuration,
    check_sora_2_preview_request_duration,
)
from ..models.sora_2_preview_request_model import (
    Sora2PreviewRequestModel,
    check_sora_2_preview_request_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Sora2PreviewRequest")


@_attrs_define
class Sora2PreviewRequest:
    """A Sora 2 preview generation (`sora-2-preview`, or `sora-2-pro-preview` for a higher
    resolution): text-to-video, or image-to-video from a reference image. Only the first
    entry of `image_urls` is used, and with an image the API takes the output's ratio
    from the image, so `aspect_ratio` has no effect then (a warning, not an error).

    Decisions: the page's parameter block gives 4 as the default duration and 8 as the
    example value; the schema keeps 4. `aspect_ratio` accepts the four spellings the
    page lists (`landscape`, `16:9`, `portrait`, `9:16`) and nothing else (no square,
    no other case). The pro model's higher resolution has no field on the page, so none
    is accepted. No prompt length limit and no limit on the number of `image_urls` were
    found. The live check (`make contract-live`) settles these against the model's live
    docs.

        Attributes:
            model (Sora2PreviewRequestModel): The model id.
            prompt (str): The scene, the action and the mood the video shows.
            duration (Sora2PreviewRequestDuration | Unset): Length of the video in seconds, 4, 8 or 12 only. Default: 4.
            aspect_ratio (Sora2PreviewRequestAspectRatio | Unset): Landscape (`landscape` or `16:9`) or portrait (`portrait`
                or `9:16`); no square.
                Ignored with an image: the image's own ratio is used.
            image_urls (list[str] | Unset): Reference image for image-to-video: only the first entry is used. jpeg, jpg,
                png or webp, at most 10 MB, at a public http(s) URL. Give an image already in
                the ratio you want: it decides the output's ratio.
    """

    model: Sora2PreviewRequestModel
    prompt: str
    duration: Sora2PreviewRequestDuration | Unset = 4
    aspect_ratio: Sora2PreviewRequestAspectRatio | Unset = UNSET
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
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_sora_2_preview_request_model(d.pop("model"))

        prompt = d.pop("prompt")

        _duration = d.pop("duration", UNSET)
        duration: Sora2PreviewRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_sora_2_preview_request_duration(_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Sora2PreviewRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_sora_2_preview_request_aspect_ratio(_aspect_ratio)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        sora_2_preview_request = cls(
            model=model,
            prompt=prompt,
            duration=duration,
            aspect_ratio=aspect_ratio,
            image_urls=image_urls,
        )

        return sora_2_preview_request
