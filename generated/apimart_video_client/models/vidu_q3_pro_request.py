from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.vidu_q3_pro_request_aspect_ratio import (
    ViduQ3ProRequestAspectRatio,
    check_vidu_q3_pro_request_aspect_ratio,
)
from ..models.vidu_q3_pro_request_model import (
    ViduQ3ProRequestModel,
    check_vidu_q3_pro_request_model,
)
from ..models.vidu_q3_pro_request_resolution import (
    ViduQ3ProRequestResolution,
    check_vidu_q3_pro_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViduQ3ProRequest")


@_attrs_define
class ViduQ3ProRequest:
    """A Vidu Q3 Pro generation. The number of `image_urls` picks the mode: none is
    text-to-video (a prompt is then required), one is the first frame, two are the first
    and the last frame. 1 to 16 seconds; sound (dialogue, effects) is on unless `audio`
    is false. `aspect_ratio` applies to text-to-video only; with images the API ignores
    it.

    Decisions: `viduq3-turbo` (faster) is accepted with the same fields and rules,
    as APIMart's own mirror of the page lists it, though the stored docs.apimart.ai page
    names `viduq3-pro` alone. An empty `image_urls` list is refused (leave the field
    out for text-to-video). `aspect_ratio` has no documented default. The seed's range
    is not on the page; Vidu's own 0 to 2147483647 is used. The live check
    (`make contract-live`) settles these against the model's live docs.

        Attributes:
            model (ViduQ3ProRequestModel): The model id; `viduq3-turbo` trades some quality for speed.
            prompt (str | Unset): What the video shows, at most 2000 characters. Required for text-to-video;
                optional with images.
            duration (int | Unset): Length of the video in seconds, 1 to 16. Default: 5.
            resolution (ViduQ3ProRequestResolution | Unset): `540p`, `720p` or `1080p`. Default: '720p'.
            aspect_ratio (ViduQ3ProRequestAspectRatio | Unset): Shape of the frame, text-to-video only (ignored with
                images).
            image_urls (list[str] | Unset): One image: the first frame. Two: the first frame, then the last frame. Public
                image URLs. Leave it out for text-to-video.
            audio (bool | Unset): Generates dialogue and sound effects; false gives a silent video. Default: True.
            seed (int | Unset): Randomness seed, for reproducible results.
    """

    model: ViduQ3ProRequestModel
    prompt: str | Unset = UNSET
    duration: int | Unset = 5
    resolution: ViduQ3ProRequestResolution | Unset = "720p"
    aspect_ratio: ViduQ3ProRequestAspectRatio | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    audio: bool | Unset = True
    seed: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        audio = self.audio

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if audio is not UNSET:
            field_dict["audio"] = audio
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_vidu_q3_pro_request_model(d.pop("model"))

        prompt = d.pop("prompt", UNSET)

        duration = d.pop("duration", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: ViduQ3ProRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_vidu_q3_pro_request_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: ViduQ3ProRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_vidu_q3_pro_request_aspect_ratio(_aspect_ratio)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        audio = d.pop("audio", UNSET)

        seed = d.pop("seed", UNSET)

        vidu_q3_pro_request = cls(
            model=model,
            prompt=prompt,
            duration=duration,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            image_urls=image_urls,
            audio=audio,
            seed=seed,
        )

        return vidu_q3_pro_request
