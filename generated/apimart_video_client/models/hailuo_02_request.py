from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.hailuo_02_request_duration import (
    Hailuo02RequestDuration,
    check_hailuo_02_request_duration,
)
from ..models.hailuo_02_request_model import (
    Hailuo02RequestModel,
    check_hailuo_02_request_model,
)
from ..models.hailuo_02_request_resolution import (
    Hailuo02RequestResolution,
    check_hailuo_02_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Hailuo02Request")


@_attrs_define
class Hailuo02Request:
    """A MiniMax Hailuo 02 generation: text-to-video, image-to-video from
    `first_frame_image`, or a transition from `first_frame_image` to `last_frame_image`.
    5 or 10 seconds at `512p` or `768p`; `1080p` renders 5-second clips only.

    Decisions: the page labels the closing frame "Video last frame image" without showing
    its key; the key is taken to be `last_frame_image`, as in MiniMax's own API. MiniMax
    refuses a last frame at `512p` and a last frame without a first frame, and its
    copies on APIMart's page were cut before the combination table, so both are refused
    here. An older version of the page nested `resolution`, `prompt_optimizer`,
    `fast_pretreatment` and `watermark` in a `metadata` object; the newer, top-level
    layout is the one accepted (`metadata` is refused). The prompt's length limit is not
    on the page; MiniMax's 2000 characters is used, and an empty prompt is refused.
    APIMart's 5/10 s are kept although MiniMax itself documents 6/10 s. The live check
    (`make contract-live`) settles these against the model's live docs.

        Attributes:
            model (Hailuo02RequestModel): The model id.
            prompt (str): The scene, action and style, at most 2000 characters.
            duration (Hailuo02RequestDuration | Unset): Length of the video in seconds, 5 or 10 (10 not at `1080p`).
                Default: 5.
            resolution (Hailuo02RequestResolution | Unset): `512p` (standard), `768p` (high) or `1080p` (full HD, 5 s only).
                Default: '768p'.
            first_frame_image (str | Unset): The opening frame (image-to-video): a public image URL or a Base64 data URI
                (`data:image/jpeg;base64,...`).
            last_frame_image (str | Unset): The closing frame, with `first_frame_image`: a public image URL or a Base64 data
                URI. Not at `512p`.
            prompt_optimizer (bool | Unset): Lets the service rewrite the prompt for a better result. Default: True.
            fast_pretreatment (bool | Unset): Spends less time optimising the prompt (faster, possibly a little worse).
                Default: False.
            watermark (bool | Unset): Adds a watermark. Default: False.
    """

    model: Hailuo02RequestModel
    prompt: str
    duration: Hailuo02RequestDuration | Unset = 5
    resolution: Hailuo02RequestResolution | Unset = "768p"
    first_frame_image: str | Unset = UNSET
    last_frame_image: str | Unset = UNSET
    prompt_optimizer: bool | Unset = True
    fast_pretreatment: bool | Unset = False
    watermark: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        first_frame_image: str | Unset
        if isinstance(self.first_frame_image, Unset):
            first_frame_image = UNSET
        else:
            first_frame_image = self.first_frame_image

        last_frame_image: str | Unset
        if isinstance(self.last_frame_image, Unset):
            last_frame_image = UNSET
        else:
            last_frame_image = self.last_frame_image

        prompt_optimizer = self.prompt_optimizer

        fast_pretreatment = self.fast_pretreatment

        watermark = self.watermark

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if first_frame_image is not UNSET:
            field_dict["first_frame_image"] = first_frame_image
        if last_frame_image is not UNSET:
            field_dict["last_frame_image"] = last_frame_image
        if prompt_optimizer is not UNSET:
            field_dict["prompt_optimizer"] = prompt_optimizer
        if fast_pretreatment is not UNSET:
            field_dict["fast_pretreatment"] = fast_pretreatment
        if watermark is not UNSET:
            field_dict["watermark"] = watermark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_hailuo_02_request_model(d.pop("model"))

        prompt = d.pop("prompt")

        _duration = d.pop("duration", UNSET)
        duration: Hailuo02RequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_hailuo_02_request_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: Hailuo02RequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_hailuo_02_request_resolution(_resolution)

        def _parse_first_frame_image(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        first_frame_image = _parse_first_frame_image(d.pop("first_frame_image", UNSET))

        def _parse_last_frame_image(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        last_frame_image = _parse_last_frame_image(d.pop("last_frame_image", UNSET))

        prompt_optimizer = d.pop("prompt_optimizer", UNSET)

        fast_pretreatment = d.pop("fast_pretreatment", UNSET)

        watermark = d.pop("watermark", UNSET)

        hailuo_02_request = cls(
            model=model,
            prompt=prompt,
            duration=duration,
            resolution=resolution,
            first_frame_image=first_frame_image,
            last_frame_image=last_frame_image,
            prompt_optimizer=prompt_optimizer,
            fast_pretreatment=fast_pretreatment,
            watermark=watermark,
        )

        return hailuo_02_request
