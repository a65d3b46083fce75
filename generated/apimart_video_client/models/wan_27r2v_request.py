from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.aspect_ratio import AspectRatio, check_aspect_ratio
from ..models.resolution import Resolution, check_resolution
from ..models.wan_27r2v_request_model import (
    Wan27R2VRequestModel,
    check_wan_27r2v_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_27_reference_image import Wan27ReferenceImage


T = TypeVar("T", bound="Wan27R2VRequest")


@_attrs_define
class Wan27R2VRequest:
    """A wan2.7-r2v generation: a new video that keeps the characters, objects, scenes or
    style of reference images (`image_with_roles`) and reference videos (`video_urls`),
    at least one of the two and at most five inputs in all. One image may instead be the
    first frame (role `first_frame`); a reference image may carry a voice sample for its
    character. The prompt names the inputs in their order ("image 1", "video 1"). There
    is no text-only mode.

    Decisions: the page's field list was seen up to the duration's range; its default
    and any later field were not. `size` is named on the page (ignored with a first
    frame) but its values were not seen: the five ratios of wan2.7 are accepted.
    `prompt_extend`, `watermark`, `seed` and `shot_type` (upstream fields) were not seen
    and are refused. Upstream counts a first frame outside the five inputs and limits the
    duration to 2-10 s with a reference video; the page says "images + videos <= 5" and
    2-15 s, which is what is checked. At most one `first_frame` is accepted (the page
    speaks of the first frame; upstream allows one). The live check (`make
    contract-live`) settles each of these.

        Attributes:
            model (Wan27R2VRequestModel): The model id.
            prompt (str): What the video shows, at most 5000 characters. Name the inputs by their order:
                "image 1", "image 2", "video 1" (images and videos counted apart).
            image_with_roles (list[Wan27ReferenceImage] | Unset): Reference images, and at most one first frame (role
                `first_frame`). With
                `video_urls`, at most five inputs in all; at least one of the two is required.
            video_urls (list[str] | Unset): Reference videos: mp4 or mov, 1-30 s, width and height in [240, 4096] px, aspect
                ratio between 1:8 and 8:1, at most 100 MB (checked by the API when it fetches each
                file). With `image_with_roles`, at most five inputs in all.
            negative_prompt (str | Unset): What the video should not show, at most 500 characters.
            resolution (Resolution | Unset): Output resolution, `720P` (standard) or `1080P` (high definition).
            duration (int | Unset): Length of the video in seconds, 2 to 15.
            size (AspectRatio | Unset): Aspect ratio of a text-to-video output.
    """

    model: Wan27R2VRequestModel
    prompt: str
    image_with_roles: list[Wan27ReferenceImage] | Unset = UNSET
    video_urls: list[str] | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    resolution: Resolution | Unset = UNSET
    duration: int | Unset = UNSET
    size: AspectRatio | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wan_27_reference_image import Wan27ReferenceImage

        d = dict(src_dict)
        model = check_wan_27r2v_request_model(d.pop("model"))

        prompt = d.pop("prompt")

        _image_with_roles = d.pop("image_with_roles", UNSET)
        image_with_roles: list[Wan27ReferenceImage] | Unset = UNSET
        if _image_with_roles is not UNSET:
            image_with_roles = []
            for image_with_roles_item_data in _image_with_roles:
                image_with_roles_item = Wan27ReferenceImage.from_dict(
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

        wan_27r2v_request = cls(
            model=model,
            prompt=prompt,
            image_with_roles=image_with_roles,
            video_urls=video_urls,
            negative_prompt=negative_prompt,
            resolution=resolution,
            duration=duration,
            size=size,
        )

        return wan_27r2v_request
