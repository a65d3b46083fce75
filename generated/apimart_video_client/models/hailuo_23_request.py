from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.hailuo_23_request_duration import (
    Hailuo23RequestDuration,
    check_hailuo_23_request_duration,
)
from ..models.hailuo_23_request_model import (
    Hailuo23RequestModel,
    check_hailuo_23_request_model,
)
from ..models.hailuo_23_request_resolution import (
    Hailuo23RequestResolution,
    check_hailuo_23_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Hailuo23Request")


@_attrs_define
class Hailuo23Request:
    """A MiniMax Hailuo 2.3 generation: text-to-video, or image-to-video when
    `first_frame_image` gives the opening frame. 6 or 10 seconds at `768p`; `1080p`
    renders 6-second clips only. The prompt can steer the camera with bracketed commands
    such as `[Push in]` or `[Pan left,Pedestal up]` (15 commands; those in one bracket
    act together, at most 3 are advised).

    Decisions: `MiniMax-Hailuo-2.3-Fast` (lower latency) is accepted although only a
    later copy of the page lists it (the stored docs.apimart.ai page names
    `MiniMax-Hailuo-2.3` alone); MiniMax and the resellers that serve it describe Fast as
    image-to-video only, so Fast needs `first_frame_image` here. An empty prompt is
    refused. The live check (`make contract-live`) settles both against the model's live
    docs.

        Attributes:
            model (Hailuo23RequestModel): The model id; `MiniMax-Hailuo-2.3-Fast` is faster and needs a first frame.
            prompt (str): The scene, action and style, at most 2000 characters. Camera commands go in
                square brackets, e.g. `[Truck left]`, `[Zoom in]`, `[Static shot]`.
            duration (Hailuo23RequestDuration | Unset): Length of the video in seconds, 6 or 10 (10 only at `768p`).
                Default: 6.
            resolution (Hailuo23RequestResolution | Unset): `768p` (6 or 10 s) or `1080p` (6 s only). Default: '768p'.
            first_frame_image (str | Unset): The opening frame (image-to-video): a public image URL or a Base64 data URI
                (`data:image/jpeg;base64,...`). Required with `MiniMax-Hailuo-2.3-Fast`.
            prompt_optimizer (bool | Unset): Lets the service rewrite the prompt for a better result. Default: True.
            fast_pretreatment (bool | Unset): Spends less time optimising the prompt (faster, possibly a little worse).
                Default: False.
            watermark (bool | Unset): Adds a watermark. Default: False.
    """

    model: Hailuo23RequestModel
    prompt: str
    duration: Hailuo23RequestDuration | Unset = 6
    resolution: Hailuo23RequestResolution | Unset = "768p"
    first_frame_image: str | Unset = UNSET
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
        model = check_hailuo_23_request_model(d.pop("model"))

        prompt = d.pop("prompt")

        _duration = d.pop("duration", UNSET)
        duration: Hailuo23RequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_hailuo_23_request_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: Hailuo23RequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_hailuo_23_request_resolution(_resolution)

        def _parse_first_frame_image(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        first_frame_image = _parse_first_frame_image(d.pop("first_frame_image", UNSET))

        prompt_optimizer = d.pop("prompt_optimizer", UNSET)

        fast_pretreatment = d.pop("fast_pretreatment", UNSET)

        watermark = d.pop("watermark", UNSET)

        hailuo_23_request = cls(
            model=model,
            prompt=prompt,
            duration=duration,
            resolution=resolution,
            first_frame_image=first_frame_image,
            prompt_optimizer=prompt_optimizer,
            fast_pretreatment=fast_pretreatment,
            watermark=watermark,
        )

        return hailuo_23_request
