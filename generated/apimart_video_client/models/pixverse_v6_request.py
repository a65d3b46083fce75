from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.pixverse_v6_request_model import (
    PixverseV6RequestModel,
    check_pixverse_v6_request_model,
)
from ..models.pixverse_v6_request_motion_mode import (
    PixverseV6RequestMotionMode,
    check_pixverse_v6_request_motion_mode,
)
from ..models.pixverse_v6_request_resolution import (
    PixverseV6RequestResolution,
    check_pixverse_v6_request_resolution,
)
from ..models.pixverse_v6_request_size import (
    PixverseV6RequestSize,
    check_pixverse_v6_request_size,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PixverseV6Request")


@_attrs_define
class PixverseV6Request:
    """A PixVerse V6 generation: text-to-video, or image-to-video from the first of
    `image_urls`. Resolution is the price tier (360p to 1080p); sound, a watermark and a
    multi-clip video (several shots in one) are options. `size` applies to text-to-video
    only; with an image the image decides.

    Decisions: the page was read down to the start of its first-frame field; the modes it
    lists after that (first/last frame transition, multi-reference fusion, video
    extension) have no field this schema knows, so they are refused, and with them the
    rule that a transition lasts 5 or 8 seconds. The keys of three fields were not seen
    (only their descriptions): `generate_audio` (upstream `generate_audio_switch`),
    `motion_mode` (only `normal` for this model) and `generate_multi_clip` (upstream
    `generate_multi_clip_switch`). The page's example names the aspect ratio `size`
    (resellers say `aspect_ratio`). The live check (`make contract-live`) settles each of
    these.

        Attributes:
            model (PixverseV6RequestModel): The model id.
            prompt (str): What the video shows, at most 5000 characters; required in every mode.
            resolution (PixverseV6RequestResolution | Unset): Output resolution, which sets the price; any other value is an
                error. Default: '540p'.
            duration (int | Unset): Length of the video in seconds, 1 to 15. Default: 5.
            size (PixverseV6RequestSize | Unset): Aspect ratio, effective in text-to-video only (ignored with an image).
                Default: '16:9'.
            seed (int | Unset): Randomness seed, 0 to 2147483647; the same prompt and seed give similar results.
            negative_prompt (str | Unset): What the video should not show, at most 2048 characters.
            generate_audio (bool | Unset): Adds a sound track (costs more). Default: False.
            watermark (bool | Unset): Adds a watermark in the bottom-right corner. Default: False.
            motion_mode (PixverseV6RequestMotionMode | Unset): Motion mode; `normal` is the only one pixverse-v6 has.
            generate_multi_clip (bool | Unset): Makes one continuous video of several clips (text-to-video and image-to-
                video). Default: False.
            image_urls (list[str] | Unset): Image-to-video: the first entry is the image to animate; any others are ignored.
                Public http(s) URLs.
    """

    model: PixverseV6RequestModel
    prompt: str
    resolution: PixverseV6RequestResolution | Unset = "540p"
    duration: int | Unset = 5
    size: PixverseV6RequestSize | Unset = "16:9"
    seed: int | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    generate_audio: bool | Unset = False
    watermark: bool | Unset = False
    motion_mode: PixverseV6RequestMotionMode | Unset = UNSET
    generate_multi_clip: bool | Unset = False
    image_urls: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration = self.duration

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        seed = self.seed

        negative_prompt = self.negative_prompt

        generate_audio = self.generate_audio

        watermark = self.watermark

        motion_mode: str | Unset = UNSET
        if not isinstance(self.motion_mode, Unset):
            motion_mode = self.motion_mode

        generate_multi_clip = self.generate_multi_clip

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
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if size is not UNSET:
            field_dict["size"] = size
        if seed is not UNSET:
            field_dict["seed"] = seed
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if motion_mode is not UNSET:
            field_dict["motion_mode"] = motion_mode
        if generate_multi_clip is not UNSET:
            field_dict["generate_multi_clip"] = generate_multi_clip
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_pixverse_v6_request_model(d.pop("model"))

        prompt = d.pop("prompt")

        _resolution = d.pop("resolution", UNSET)
        resolution: PixverseV6RequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_pixverse_v6_request_resolution(_resolution)

        duration = d.pop("duration", UNSET)

        _size = d.pop("size", UNSET)
        size: PixverseV6RequestSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = check_pixverse_v6_request_size(_size)

        seed = d.pop("seed", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        watermark = d.pop("watermark", UNSET)

        _motion_mode = d.pop("motion_mode", UNSET)
        motion_mode: PixverseV6RequestMotionMode | Unset
        if isinstance(_motion_mode, Unset):
            motion_mode = UNSET
        else:
            motion_mode = check_pixverse_v6_request_motion_mode(_motion_mode)

        generate_multi_clip = d.pop("generate_multi_clip", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        pixverse_v6_request = cls(
            model=model,
            prompt=prompt,
            resolution=resolution,
            duration=duration,
            size=size,
            seed=seed,
            negative_prompt=negative_prompt,
            generate_audio=generate_audio,
            watermark=watermark,
            motion_mode=motion_mode,
            generate_multi_clip=generate_multi_clip,
            image_urls=image_urls,
        )

        return pixverse_v6_request
