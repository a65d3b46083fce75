from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.kling_v3_request_aspect_ratio import (
    KlingV3RequestAspectRatio,
    check_kling_v3_request_aspect_ratio,
)
from ..models.kling_v3_request_duration import (
    KlingV3RequestDuration,
    check_kling_v3_request_duration,
)
from ..models.kling_v3_request_mode import (
    KlingV3RequestMode,
    check_kling_v3_request_mode,
)
from ..models.kling_v3_request_model import (
    KlingV3RequestModel,
    check_kling_v3_request_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingV3Request")


@_attrs_define
class KlingV3Request:
    """A kling-v3 generation: text-to-video, or image-to-video when `image_urls` is given
    (one image is the first frame; a second image, or `last_frame_image`, is the last
    frame). `mode` `std` renders 720P, `pro` 1080P. 15 s exists only in text-to-video;
    with an image the video is 5 or 10 s long, and the image's ratio may win over
    `aspect_ratio`.

    Decisions: docs.apimart.ai lists `mode` std/pro and `duration` 5, 10 or 15; a copy
    of the page on APIMart's own Mintlify site adds a `4k` mode, any duration from 3 to
    15, an audio switch and multi-shot fields. The spec follows docs.apimart.ai (the
    mirror's extras are refused). The page's capability table has no "pro 15 s" column
    and says nothing else about it: `pro` with 15 s is accepted. `last_frame_image` is
    refused without `image_urls` (the page: only in image-to-video) and with two
    `image_urls` (the page offers them as alternatives; a body cannot hold two last
    frames). No prompt length and no `watermark` default are documented. The live check
    (`make contract-live`) settles each.

        Attributes:
            model (KlingV3RequestModel): The model id.
            prompt (str): What the video shows (scene, action, style); English works best.
            mode (KlingV3RequestMode | Unset): `std`: 720P. `pro`: 1080P. Default: 'std'.
            duration (KlingV3RequestDuration | Unset): Length of the video in seconds, 5, 10 or 15 (15 only in text-to-
                video). Default: 5.
            aspect_ratio (KlingV3RequestAspectRatio | Unset): Aspect ratio; with an image, the image's ratio may win.
                Default: '16:9'.
            negative_prompt (str | Unset): What the video should not show.
            image_urls (list[str] | Unset): One image: the first frame. Two: the first frame, then the last frame. Selects
                image-to-video. Public URLs without hotlink protection.
            last_frame_image (str | Unset): An absolute http or https URL the API can fetch, written with URI characters
                only
                (RFC 3986: percent-encode spaces and non-ASCII characters).
            watermark (bool | Unset): Adds a watermark.
    """

    model: KlingV3RequestModel
    prompt: str
    mode: KlingV3RequestMode | Unset = "std"
    duration: KlingV3RequestDuration | Unset = 5
    aspect_ratio: KlingV3RequestAspectRatio | Unset = "16:9"
    negative_prompt: str | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    last_frame_image: str | Unset = UNSET
    watermark: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        negative_prompt = self.negative_prompt

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        last_frame_image = self.last_frame_image

        watermark = self.watermark

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if last_frame_image is not UNSET:
            field_dict["last_frame_image"] = last_frame_image
        if watermark is not UNSET:
            field_dict["watermark"] = watermark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_kling_v3_request_model(d.pop("model"))

        prompt = d.pop("prompt")

        _mode = d.pop("mode", UNSET)
        mode: KlingV3RequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_kling_v3_request_mode(_mode)

        _duration = d.pop("duration", UNSET)
        duration: KlingV3RequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_v3_request_duration(_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingV3RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_v3_request_aspect_ratio(_aspect_ratio)

        negative_prompt = d.pop("negative_prompt", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        last_frame_image = d.pop("last_frame_image", UNSET)

        watermark = d.pop("watermark", UNSET)

        kling_v3_request = cls(
            model=model,
            prompt=prompt,
            mode=mode,
            duration=duration,
            aspect_ratio=aspect_ratio,
            negative_prompt=negative_prompt,
            image_urls=image_urls,
            last_frame_image=last_frame_image,
            watermark=watermark,
        )

        return kling_v3_request
