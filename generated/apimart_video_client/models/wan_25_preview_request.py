from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.aspect_ratio import AspectRatio, check_aspect_ratio
from ..models.wan_25_preview_request_duration import (
    Wan25PreviewRequestDuration,
    check_wan_25_preview_request_duration,
)
from ..models.wan_25_preview_request_model import (
    Wan25PreviewRequestModel,
    check_wan_25_preview_request_model,
)
from ..models.wan_25_preview_request_resolution import (
    Wan25PreviewRequestResolution,
    check_wan_25_preview_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan25PreviewRequest")


@_attrs_define
class Wan25PreviewRequest:
    """A wan2.5-preview generation: text-to-video, or image-to-video from one first-frame
    image (`image_urls`, a URL or a Base64 data URI), 5 or 10 s at `480p`, `720p` or
    `1080p`. `size`, the aspect ratio, applies to text-to-video only, and `480p` has no
    `4:3` or `3:4`. Sound is generated, or given with `audio_url`.

    Decisions: the page's field list was seen up to `seed` and the start of the prompt
    rewriting switch; its header names automatic sound and a custom soundtrack, whose keys
    were not seen: `prompt_extend`, `audio` and `audio_url`, the wan2.6 names. No
    watermark field was seen, so none is accepted. No maximum prompt length is
    documented. The 480p ratio rule is checked in image-to-video too (the page states it
    without exception). The live check (`make contract-live`) settles each of these.

        Attributes:
            model (Wan25PreviewRequestModel): The model id.
            prompt (str | Unset): What the video shows: scene, action, style. Required in text-to-video; optional
                (recommended) with an image.
            image_urls (list[str] | Unset): One image, the first frame: a public URL or a Base64 data URI. Selects
                image-to-video; leave it out for text-to-video.
            negative_prompt (str | Unset): What the video should not show, at most 500 characters.
            resolution (Wan25PreviewRequestResolution | Unset): Output resolution (price 1080p > 720p > 480p); `480p` has no
                4:3 or 3:4. Default: '720p'.
            duration (Wan25PreviewRequestDuration | Unset): Length of the video in seconds, 5 or 10. Default: 5.
            size (AspectRatio | Unset): Aspect ratio of a text-to-video output.
            seed (int | Unset): Randomness seed, >= 0; the same seed and request give similar results.
            prompt_extend (bool | Unset): Lets the API rewrite and enrich the prompt.
            audio (bool | Unset): Adds generated sound that matches the video.
            audio_url (str | Unset): An absolute http or https URL the API can fetch, written with URI characters only
                (RFC 3986: percent-encode spaces and non-ASCII characters).
    """

    model: Wan25PreviewRequestModel
    prompt: str | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    resolution: Wan25PreviewRequestResolution | Unset = "720p"
    duration: Wan25PreviewRequestDuration | Unset = 5
    size: AspectRatio | Unset = UNSET
    seed: int | Unset = UNSET
    prompt_extend: bool | Unset = UNSET
    audio: bool | Unset = UNSET
    audio_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = []
            for image_urls_item_data in self.image_urls:
                image_urls_item: str
                image_urls_item = image_urls_item_data
                image_urls.append(image_urls_item)

        negative_prompt = self.negative_prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        seed = self.seed

        prompt_extend = self.prompt_extend

        audio = self.audio

        audio_url = self.audio_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if size is not UNSET:
            field_dict["size"] = size
        if seed is not UNSET:
            field_dict["seed"] = seed
        if prompt_extend is not UNSET:
            field_dict["prompt_extend"] = prompt_extend
        if audio is not UNSET:
            field_dict["audio"] = audio
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_wan_25_preview_request_model(d.pop("model"))

        prompt = d.pop("prompt", UNSET)

        _image_urls = d.pop("image_urls", UNSET)
        image_urls: list[str] | Unset = UNSET
        if _image_urls is not UNSET:
            image_urls = []
            for image_urls_item_data in _image_urls:

                def _parse_image_urls_item(data: object) -> str:
                    return cast(str, data)

                image_urls_item = _parse_image_urls_item(image_urls_item_data)

                image_urls.append(image_urls_item)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan25PreviewRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_25_preview_request_resolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: Wan25PreviewRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_wan_25_preview_request_duration(_duration)

        _size = d.pop("size", UNSET)
        size: AspectRatio | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = check_aspect_ratio(_size)

        seed = d.pop("seed", UNSET)

        prompt_extend = d.pop("prompt_extend", UNSET)

        audio = d.pop("audio", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        wan_25_preview_request = cls(
            model=model,
            prompt=prompt,
            image_urls=image_urls,
            negative_prompt=negative_prompt,
            resolution=resolution,
            duration=duration,
            size=size,
            seed=seed,
            prompt_extend=prompt_extend,
            audio=audio,
            audio_url=audio_url,
        )

        return wan_25_preview_request
