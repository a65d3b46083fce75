from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.omni_flash_ext_request_aspect_ratio import (
    OmniFlashExtRequestAspectRatio,
    check_omni_flash_ext_request_aspect_ratio,
)
from ..models.omni_flash_ext_request_duration import (
    OmniFlashExtRequestDuration,
    check_omni_flash_ext_request_duration,
)
from ..models.omni_flash_ext_request_model import (
    OmniFlashExtRequestModel,
    check_omni_flash_ext_request_model,
)
from ..models.omni_flash_ext_request_resolution import (
    OmniFlashExtRequestResolution,
    check_omni_flash_ext_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OmniFlashExtRequest")


@_attrs_define
class OmniFlashExtRequest:
    """An Omni-Flash-Ext generation. The inputs pick the mode: no image is text-to-video,
    one image is image-to-video, three images are fused as references; a reference video
    in `video_urls` gives the motion, alone or with images (which then give identity and
    composition). Two images (a first and a last frame) are refused by the API with
    `unsupported_image_count`. 4, 6, 8 or 10 seconds (others, such as 5 or 7, are
    `invalid_duration`); `720p`, `1080p` or `4k` (others are `invalid_resolution`).

    Decisions: the page calls the resolution case-insensitive; only its own spellings
    (`720p`, `1080p`, `4k`) are accepted, so one value has one spelling. It lists
    `16:9` and `9:16` as the common aspect ratios and no others, so only these two are
    accepted. A second, "compatibility" aspect-ratio field is mentioned without its key
    being shown, so it is not accepted: use `aspect_ratio`. Four or more images are "not
    verified" by the page and refused here. The page gives no prompt length limit, so
    none is enforced. The live check (`make contract-live`) settles these against the
    model's live docs.

        Attributes:
            model (OmniFlashExtRequestModel): The model id (this exact case).
            prompt (str): What the video shows: scene, subject, action, setting, camera, style and sound
                cues. Must not be empty.
            duration (OmniFlashExtRequestDuration | Unset): Length of the video in seconds, 4, 6, 8 or 10. Default: 6.
            resolution (OmniFlashExtRequestResolution | Unset): `720p`, `1080p` or `4k` (lower case, as the page writes
                them). Default: '720p'.
            aspect_ratio (OmniFlashExtRequestAspectRatio | Unset): `16:9` (landscape) or `9:16` (portrait). Default: '16:9'.
            image_urls (list[str] | Unset): None (or an empty list): text-to-video. One: image-to-video. Three: reference
                fusion. Never two. Public image URLs or Base64 data URIs.
            video_urls (list[str] | Unset): At most one reference video (a public http or https URL) whose motion the output
                follows; may be combined with `image_urls`.
    """

    model: OmniFlashExtRequestModel
    prompt: str
    duration: OmniFlashExtRequestDuration | Unset = 6
    resolution: OmniFlashExtRequestResolution | Unset = "720p"
    aspect_ratio: OmniFlashExtRequestAspectRatio | Unset = "16:9"
    image_urls: list[str] | Unset = UNSET
    video_urls: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = []
            for image_urls_item_data in self.image_urls:
                image_urls_item: str
                image_urls_item = image_urls_item_data
                image_urls.append(image_urls_item)

        video_urls: list[str] | Unset = UNSET
        if not isinstance(self.video_urls, Unset):
            video_urls = self.video_urls

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
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if video_urls is not UNSET:
            field_dict["video_urls"] = video_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_omni_flash_ext_request_model(d.pop("model"))

        prompt = d.pop("prompt")

        _duration = d.pop("duration", UNSET)
        duration: OmniFlashExtRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_omni_flash_ext_request_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: OmniFlashExtRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_omni_flash_ext_request_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: OmniFlashExtRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_omni_flash_ext_request_aspect_ratio(_aspect_ratio)

        _image_urls = d.pop("image_urls", UNSET)
        image_urls: list[str] | Unset = UNSET
        if _image_urls is not UNSET:
            image_urls = []
            for image_urls_item_data in _image_urls:

                def _parse_image_urls_item(data: object) -> str:
                    return cast(str, data)

                image_urls_item = _parse_image_urls_item(image_urls_item_data)

                image_urls.append(image_urls_item)

        video_urls = cast(list[str], d.pop("video_urls", UNSET))

        omni_flash_ext_request = cls(
            model=model,
            prompt=prompt,
            duration=duration,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            image_urls=image_urls,
            video_urls=video_urls,
        )

        return omni_flash_ext_request
