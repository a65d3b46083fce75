from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.kling_v26_request_aspect_ratio import (
    KlingV26RequestAspectRatio,
    check_kling_v26_request_aspect_ratio,
)
from ..models.kling_v26_request_duration import (
    KlingV26RequestDuration,
    check_kling_v26_request_duration,
)
from ..models.kling_v26_request_mode import (
    KlingV26RequestMode,
    check_kling_v26_request_mode,
)
from ..models.kling_v26_request_model import (
    KlingV26RequestModel,
    check_kling_v26_request_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingV26Request")


@_attrs_define
class KlingV26Request:
    """A kling-v2-6 generation: text-to-video, or image-to-video from a first frame (and a
    last frame in `pro`). `mode` `std` renders 720P without sound; `pro` renders 1080P
    and can generate audio. In `pro` a last frame and `audio` cannot be used together.
    With an image, the image's ratio may override `aspect_ratio`.

    Decisions: the page's parameter table names the audio switch `audio`; a reseller's
    copy mentions a voice choice in `pro` that no field on the page carries, so none is
    accepted. `watermark` has no documented default.

        Attributes:
            model (KlingV26RequestModel): The model id.
            prompt (str): What the video shows, at most 2500 characters.
            mode (KlingV26RequestMode | Unset): `std`: 720P, silent. `pro`: 1080P, may generate audio. Default: 'std'.
            duration (KlingV26RequestDuration | Unset): Length of the video in seconds, 5 or 10. Default: 5.
            aspect_ratio (KlingV26RequestAspectRatio | Unset): Aspect ratio; with an image, the image's ratio may win.
                Default: '16:9'.
            negative_prompt (str | Unset): What the video should not show.
            image_urls (list[str] | Unset): One image: the first frame. Two: the first frame, then the last frame (`pro`
                only). Selects image-to-video.
            audio (bool | Unset): Generate audio with the video (`pro` only; not with a last frame). Default: False.
            watermark (bool | Unset): Adds a watermark.
    """

    model: KlingV26RequestModel
    prompt: str
    mode: KlingV26RequestMode | Unset = "std"
    duration: KlingV26RequestDuration | Unset = 5
    aspect_ratio: KlingV26RequestAspectRatio | Unset = "16:9"
    negative_prompt: str | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    audio: bool | Unset = False
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

        audio = self.audio

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
        if audio is not UNSET:
            field_dict["audio"] = audio
        if watermark is not UNSET:
            field_dict["watermark"] = watermark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_kling_v26_request_model(d.pop("model"))

        prompt = d.pop("prompt")

        _mode = d.pop("mode", UNSET)
        mode: KlingV26RequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_kling_v26_request_mode(_mode)

        _duration = d.pop("duration", UNSET)
        duration: KlingV26RequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_kling_v26_request_duration(_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingV26RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_v26_request_aspect_ratio(_aspect_ratio)

        negative_prompt = d.pop("negative_prompt", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        audio = d.pop("audio", UNSET)

        watermark = d.pop("watermark", UNSET)

        kling_v26_request = cls(
            model=model,
            prompt=prompt,
            mode=mode,
            duration=duration,
            aspect_ratio=aspect_ratio,
            negative_prompt=negative_prompt,
            image_urls=image_urls,
            audio=audio,
            watermark=watermark,
        )

        return kling_v26_request
