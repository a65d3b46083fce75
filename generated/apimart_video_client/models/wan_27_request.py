from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.aspect_ratio import AspectRatio, check_aspect_ratio
from ..models.resolution import Resolution, check_resolution
from ..models.wan_27_request_model import Wan27RequestModel, check_wan_27_request_model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_with_role import ImageWithRole


T = TypeVar("T", bound="Wan27Request")


@_attrs_define
class Wan27Request:
    """A wan2.7 generation. The fields present select the mode: text-to-video (no image, no
    video), first frame (one image), first and last frame (two images), video
    continuation (one video), or image with driving audio (one first-frame image and
    `audio_url`). Unknown fields are refused so that a misspelt option is not silently
    dropped.

        Attributes:
            model (Wan27RequestModel): The model id.
            prompt (str | Unset): What the video shows, at most 5000 characters. Required in text-to-video mode;
                optional but recommended with an image or video, to guide camera and action.
            image_urls (list[str] | Unset): One image: the first frame. Two images: the first frame, then the last frame.
                Selects image-to-video. Use either this or `image_with_roles`.
            image_with_roles (list[ImageWithRole] | Unset): Alternative to `image_urls` with an explicit role per image:
                exactly one
                `first_frame` and at most one `last_frame` (an image without a role is a first
                frame). Selects image-to-video.
            video_urls (list[str] | Unset): Video continuation: the video to continue (only the first entry is used). mp4 or
                mov, 2-10 s, width and height in [240, 4096] px, aspect ratio between 1:8 and 8:1,
                at most 100 MB (checked by the API when it fetches the file).
            negative_prompt (str | Unset): What the video should not show, at most 500 characters.
            resolution (Resolution | Unset): Output resolution, `720P` (standard) or `1080P` (high definition).
            duration (int | Unset): Length of the video in seconds, 2 to 15. Default: 5.
            size (AspectRatio | Unset): Aspect ratio of a text-to-video output.
            audio_url (str | Unset): An absolute http or https URL the API can fetch, written with URI characters only
                (RFC 3986: percent-encode spaces and non-ASCII characters).
            prompt_extend (bool | Unset): Smart prompt rewriting; helps short prompts, makes the task slower. Default: True.
            watermark (bool | Unset): Adds an "AI Generated" watermark. Default: False.
            seed (int | Unset): Randomness seed, >= 0; the same seed and request give similar, not identical, results.
    """

    model: Wan27RequestModel
    prompt: str | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    image_with_roles: list[ImageWithRole] | Unset = UNSET
    video_urls: list[str] | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    resolution: Resolution | Unset = UNSET
    duration: int | Unset = 5
    size: AspectRatio | Unset = UNSET
    audio_url: str | Unset = UNSET
    prompt_extend: bool | Unset = True
    watermark: bool | Unset = False
    seed: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        image_with_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image_with_roles, Unset):
            image_with_roles = []
            for image_with_roles_item_data in self.image_with_roles:
                image_with_roles_item = image_with_roles_item_data.to_dict()
                image_with_roles.append(image_with_roles_item)

        video_urls: list[str] | Unset = UNSET
        if not isinstance(self.video_urls, Unset):
            video_urls = self.video_urls

        negative_prompt = self.negative_prompt

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration = self.duration

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        audio_url = self.audio_url

        prompt_extend = self.prompt_extend

        watermark = self.watermark

        seed = self.seed

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
        if image_with_roles is not UNSET:
            field_dict["image_with_roles"] = image_with_roles
        if video_urls is not UNSET:
            field_dict["video_urls"] = video_urls
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if size is not UNSET:
            field_dict["size"] = size
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if prompt_extend is not UNSET:
            field_dict["prompt_extend"] = prompt_extend
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.image_with_role import ImageWithRole

        d = dict(src_dict)
        model = check_wan_27_request_model(d.pop("model"))

        prompt = d.pop("prompt", UNSET)

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

        video_urls = cast(list[str], d.pop("video_urls", UNSET))

        negative_prompt = d.pop("negative_prompt", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: Resolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_resolution(_resolution)

        duration = d.pop("duration", UNSET)

        _size = d.pop("size", UNSET)
        size: AspectRatio | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = check_aspect_ratio(_size)

        audio_url = d.pop("audio_url", UNSET)

        prompt_extend = d.pop("prompt_extend", UNSET)

        watermark = d.pop("watermark", UNSET)

        seed = d.pop("seed", UNSET)

        wan_27_request = cls(
            model=model,
            prompt=prompt,
            image_urls=image_urls,
            image_with_roles=image_with_roles,
            video_urls=video_urls,
            negative_prompt=negative_prompt,
            resolution=resolution,
            duration=duration,
            size=size,
            audio_url=audio_url,
            prompt_extend=prompt_extend,
            watermark=watermark,
            seed=seed,
        )

        return wan_27_request
