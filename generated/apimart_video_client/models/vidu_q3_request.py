from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.vidu_q3_request_aspect_ratio import (
    ViduQ3RequestAspectRatio,
    check_vidu_q3_request_aspect_ratio,
)
from ..models.vidu_q3_request_model import (
    ViduQ3RequestModel,
    check_vidu_q3_request_model,
)
from ..models.vidu_q3_request_resolution import (
    ViduQ3RequestResolution,
    check_vidu_q3_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViduQ3Request")


@_attrs_define
class ViduQ3Request:
    """A Vidu Q3 reference-to-video generation: 1 to 7 reference images give the subjects
    (their look), the prompt gives the action and the camera. `viduq3` is the everyday
    choice (3-16 s, `540p`, `720p` or `1080p`); `viduq3-mix` favours quality and very
    short clips (1-16 s, `720p` or `1080p`).

    Decisions: the two ids share one page and one set of fields and differ only in the
    shortest duration and in `540p`, so they share this schema, with two rules on
    `model`; a model's bounds then never drift from the other's fields. The seed's range
    is not on the page; Vidu's own 0 to 2147483647 is used. The live check
    (`make contract-live`) settles these against the model's live docs.

        Attributes:
            model (ViduQ3RequestModel): The model id; `viduq3-mix` allows 1-2 s clips but not `540p`.
            prompt (str): The action and the camera, at most 5000 characters; the reference images
                already fix how the subjects look.
            image_urls (list[str]): The reference images (subjects, style), 1 to 7 public image URLs.
            duration (int | Unset): Length of the video in seconds, 3 to 16 (`viduq3-mix`, 1 to 16). Default: 5.
            resolution (ViduQ3RequestResolution | Unset): `540p` (`viduq3` only), `720p` or `1080p`. Default: '720p'.
            aspect_ratio (ViduQ3RequestAspectRatio | Unset): Shape of the frame. Default: '16:9'.
            seed (int | Unset): Randomness seed; absent, a random one is used. The same seed gives similar, not identical,
                videos.
    """

    model: ViduQ3RequestModel
    prompt: str
    image_urls: list[str]
    duration: int | Unset = 5
    resolution: ViduQ3RequestResolution | Unset = "720p"
    aspect_ratio: ViduQ3RequestAspectRatio | Unset = "16:9"
    seed: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        image_urls = self.image_urls

        duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
                "image_urls": image_urls,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_vidu_q3_request_model(d.pop("model"))

        prompt = d.pop("prompt")

        image_urls = cast(list[str], d.pop("image_urls"))

        duration = d.pop("duration", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: ViduQ3RequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_vidu_q3_request_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: ViduQ3RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_vidu_q3_request_aspect_ratio(_aspect_ratio)

        seed = d.pop("seed", UNSET)

        vidu_q3_request = cls(
            model=model,
            prompt=prompt,
            image_urls=image_urls,
            duration=duration,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            seed=seed,
        )

        return vidu_q3_request
