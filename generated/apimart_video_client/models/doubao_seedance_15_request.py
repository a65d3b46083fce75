from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.doubao_seedance_15_request_aspect_ratio import (
    DoubaoSeedance15RequestAspectRatio,
    check_doubao_seedance_15_request_aspect_ratio,
)
from ..models.doubao_seedance_15_request_model import (
    DoubaoSeedance15RequestModel,
    check_doubao_seedance_15_request_model,
)
from ..models.doubao_seedance_15_request_resolution import (
    DoubaoSeedance15RequestResolution,
    check_doubao_seedance_15_request_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_with_role import ImageWithRole


T = TypeVar("T", bound="DoubaoSeedance15Request")


@_attrs_define
class DoubaoSeedance15Request:
    """A Seedance 1.5 Pro generation (ByteDance Doubao): text-to-video, or image-to-video
    from a first frame, or from a first and a last frame. Can add generated sound
    (`audio`) and hold the camera still (`camera_fixed`).

    Decisions: the page calls the model one with "multiple reference images", a copy says
    "first/last frame"; reference images have no field on either, so only frames are
    accepted. The camera switch is described on a copy of the page without its key:
    `camera_fixed` is the upstream name. The image fields come from a copy with the same
    layout: `image_urls` (one image: first frame; two: first and last frame; a copy says
    more are ignored, here at most two are accepted) or `image_with_roles`, never both.
    `adaptive` is not among the page's ratios and is refused. `prompt` has no documented
    maximum length, and no watermark field was seen. The live check (`make
    contract-live`) settles each of these.

        Attributes:
            model (DoubaoSeedance15RequestModel): The model id.
            prompt (str): What the video shows (scene, action, style).
            duration (int | Unset): Length of the video in seconds, 4 to 12. Default: 5.
            aspect_ratio (DoubaoSeedance15RequestAspectRatio | Unset): Aspect ratio of the video; every ratio is available
                at every resolution. Default: '16:9'.
            resolution (DoubaoSeedance15RequestResolution | Unset): Output resolution. Default: '720p'.
            seed (int | Unset): Randomness seed, -1 to 2^32-1; -1 (or no seed) picks a random one. The same seed
                and request give similar, not identical, results.
            audio (bool | Unset): Adds generated sound that fits the video (a 1.5 feature). Default: False.
            camera_fixed (bool | Unset): Keeps the camera still. Default: False.
            image_urls (list[str] | Unset): One image: the first frame. Two images: the first frame, then the last frame.
                Selects image-to-video. Use either this or `image_with_roles`.
            image_with_roles (list[ImageWithRole] | Unset): Alternative to `image_urls` with an explicit role per image:
                exactly one
                `first_frame` and at most one `last_frame` (an image without a role is a first
                frame). Selects image-to-video.
    """

    model: DoubaoSeedance15RequestModel
    prompt: str
    duration: int | Unset = 5
    aspect_ratio: DoubaoSeedance15RequestAspectRatio | Unset = "16:9"
    resolution: DoubaoSeedance15RequestResolution | Unset = "720p"
    seed: int | Unset = UNSET
    audio: bool | Unset = False
    camera_fixed: bool | Unset = False
    image_urls: list[str] | Unset = UNSET
    image_with_roles: list[ImageWithRole] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        audio = self.audio

        camera_fixed = self.camera_fixed

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        image_with_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image_with_roles, Unset):
            image_with_roles = []
            for image_with_roles_item_data in self.image_with_roles:
                image_with_roles_item = image_with_roles_item_data.to_dict()
                image_with_roles.append(image_with_roles_item)

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
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if audio is not UNSET:
            field_dict["audio"] = audio
        if camera_fixed is not UNSET:
            field_dict["camera_fixed"] = camera_fixed
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if image_with_roles is not UNSET:
            field_dict["image_with_roles"] = image_with_roles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.image_with_role import ImageWithRole

        d = dict(src_dict)
        model = check_doubao_seedance_15_request_model(d.pop("model"))

        prompt = d.pop("prompt")

        duration = d.pop("duration", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: DoubaoSeedance15RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_doubao_seedance_15_request_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: DoubaoSeedance15RequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_doubao_seedance_15_request_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        audio = d.pop("audio", UNSET)

        camera_fixed = d.pop("camera_fixed", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _image_with_roles = d.pop("image_with_roles", UNSET)
        image_with_roles: list[ImageWithRole] | Unset = UNSET
        if _image_with_roles is not UNSET:
            image_with_roles = []
            for image_with_roles_item_data in _image_with_roles:
                image_with_roles_item = ImageWithRole.from_dict(
                    image_with_roles_item_data
                )

                image_with_roles.append(image_with_roles_item)

        doubao_seedance_15_request = cls(
            model=model,
            prompt=prompt,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            seed=seed,
            audio=audio,
            camera_fixed=camera_fixed,
            image_urls=image_urls,
            image_with_roles=image_with_roles,
        )

        return doubao_seedance_15_request
