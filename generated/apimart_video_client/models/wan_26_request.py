from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.aspect_ratio import AspectRatio, check_aspect_ratio
from ..models.wan_26_request_duration import (
    Wan26RequestDuration,
    check_wan_26_request_duration,
)
from ..models.wan_26_request_model import Wan26RequestModel, check_wan_26_request_model
from ..models.wan_26_request_resolution import (
    Wan26RequestResolution,
    check_wan_26_request_resolution,
)
from ..models.wan_26_request_shot_type import (
    Wan26RequestShotType,
    check_wan_26_request_shot_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan26Request")


@_attrs_define
class Wan26Request:
    """A wan2.6 generation: text-to-video, or image-to-video from one first-frame image
    (`image_urls`, a URL or a Base64 data URI), 5, 10 or 15 s at `720p` or `1080p`. The
    video can get generated sound (`audio`) or a given soundtrack (`audio_url`, which
    wins over `audio`), one shot or several (`shot_type`), and in image-to-video an effect
    template. `aspect_ratio` applies to text-to-video only.

    Decisions: the page marks `prompt` required but says it is required for
    text-to-video; it is required only without an image (as on wan2.5 and upstream). The
    keys after `seed` were seen as descriptions on a copy of the page, without their
    names: `prompt_extend`, `audio`, `audio_url`, `shot_type`, `watermark` and `template`
    are the upstream and sibling names. No maximum prompt length and no seed bounds are
    documented (the seed takes >= 0 as on wan2.5); `negative_prompt` takes at most 500
    characters, as on the sibling pages. `template` values are not listed, so any
    non-empty name is sent. `aspect_ratio` with an image ("not supported") is warned
    about, not refused. The live check (`make contract-live`) settles each of these.

        Attributes:
            model (Wan26RequestModel): The model id.
            prompt (str | Unset): What the video shows: scene, action, style. Required in text-to-video; optional
                with an image.
            image_urls (list[str] | Unset): One image, the first frame: a public URL or a Base64 data URI
                (`data:image/png;base64,...`). Selects image-to-video.
            negative_prompt (str | Unset): What the video should not show, at most 500 characters.
            aspect_ratio (AspectRatio | Unset): Aspect ratio of a text-to-video output.
            resolution (Wan26RequestResolution | Unset): Output resolution (`480p` is not offered); billed per second by
                resolution. Default: '720p'.
            duration (Wan26RequestDuration | Unset): Length of the video in seconds, 5, 10 or 15. Default: 5.
            seed (int | Unset): Randomness seed, >= 0; the same seed and request give similar results.
            prompt_extend (bool | Unset): Lets the API rewrite and enrich the prompt.
            audio (bool | Unset): Adds generated sound that matches the video.
            audio_url (str | Unset): An absolute http or https URL the API can fetch, written with URI characters only
                (RFC 3986: percent-encode spaces and non-ASCII characters).
            shot_type (Wan26RequestShotType | Unset): `single`: one continuous shot. `multi`: several shots.
            watermark (bool | Unset): Adds a watermark.
            template (str | Unset): The name of an effect template, for image-to-video.
    """

    model: Wan26RequestModel
    prompt: str | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    aspect_ratio: AspectRatio | Unset = UNSET
    resolution: Wan26RequestResolution | Unset = "720p"
    duration: Wan26RequestDuration | Unset = 5
    seed: int | Unset = UNSET
    prompt_extend: bool | Unset = UNSET
    audio: bool | Unset = UNSET
    audio_url: str | Unset = UNSET
    shot_type: Wan26RequestShotType | Unset = UNSET
    watermark: bool | Unset = UNSET
    template: str | Unset = UNSET

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

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        seed = self.seed

        prompt_extend = self.prompt_extend

        audio = self.audio

        audio_url = self.audio_url

        shot_type: str | Unset = UNSET
        if not isinstance(self.shot_type, Unset):
            shot_type = self.shot_type

        watermark = self.watermark

        template = self.template

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
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if seed is not UNSET:
            field_dict["seed"] = seed
        if prompt_extend is not UNSET:
            field_dict["prompt_extend"] = prompt_extend
        if audio is not UNSET:
            field_dict["audio"] = audio
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if shot_type is not UNSET:
            field_dict["shot_type"] = shot_type
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_wan_26_request_model(d.pop("model"))

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

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: AspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: Wan26RequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_26_request_resolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: Wan26RequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_wan_26_request_duration(_duration)

        seed = d.pop("seed", UNSET)

        prompt_extend = d.pop("prompt_extend", UNSET)

        audio = d.pop("audio", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        _shot_type = d.pop("shot_type", UNSET)
        shot_type: Wan26RequestShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_wan_26_request_shot_type(_shot_type)

        watermark = d.pop("watermark", UNSET)

        template = d.pop("template", UNSET)

        wan_26_request = cls(
            model=model,
            prompt=prompt,
            image_urls=image_urls,
            negative_prompt=negative_prompt,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            duration=duration,
            seed=seed,
            prompt_extend=prompt_extend,
            audio=audio,
            audio_url=audio_url,
            shot_type=shot_type,
            watermark=watermark,
            template=template,
        )

        return wan_26_request
