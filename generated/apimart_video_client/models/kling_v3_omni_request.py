from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.kling_v3_omni_request_aspect_ratio import (
    KlingV3OmniRequestAspectRatio,
    check_kling_v3_omni_request_aspect_ratio,
)
from ..models.kling_v3_omni_request_mode import (
    KlingV3OmniRequestMode,
    check_kling_v3_omni_request_mode,
)
from ..models.kling_v3_omni_request_model import (
    KlingV3OmniRequestModel,
    check_kling_v3_omni_request_model,
)
from ..models.kling_v3_omni_request_shot_type import (
    KlingV3OmniRequestShotType,
    check_kling_v3_omni_request_shot_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_omni_element import KlingOmniElement
    from ..models.kling_omni_image_with_role import KlingOmniImageWithRole
    from ..models.kling_omni_shot import KlingOmniShot
    from ..models.kling_omni_video import KlingOmniVideo


T = TypeVar("T", bound="KlingV3OmniRequest")


@_attrs_define
class KlingV3OmniRequest:
    """A kling-v3-omni generation, one interface for every input: text-to-video; images in
    `image_urls` that the prompt names as `<<<image_1>>>`, `<<<image_2>>>`, ... (when it
    names none, the API puts `<<<image_1>>>` in front); images with a role in
    `image_with_roles` (a first frame, a last frame, or a reference); one video in
    `video_list`, either edited (`refer_type` `base`, the default) or used as a feature
    reference (`feature`); elements in `element_list`, named `@name` in the prompt; and a
    multi-shot video (`multi_shot`, `shot_type`, `multi_prompt`). `mode` `std` renders
    720P, `pro` 1080P, `4k` 4K. With a video, `audio` is ignored.

    Decisions: the field list comes from the copy of the page on APIMart's Mintlify site
    and a Chinese copy of it; docs.apimart.ai agrees on every part seen. Key names not
    seen on any copy were taken from the page's own shapes: each `video_list` entry has
    `url` (like `image_with_roles`; the upstream Kling API says `video_url`), the audio
    switch is `audio` (as on kling-v2-6), the elements list is `element_list`. Not
    found, so not set: the largest number of images or elements, a prompt length, a
    `watermark` field (refused). `prompt` is required except in a custom multi-shot,
    where each shot has its own. An `image_with_roles` entry needs its `role`, and at
    most one first and one last frame are taken. The sum of the shots' durations must
    equal `duration` (the page says so); JSON Schema cannot state a sum, so the API checks
    it. The live check (`make contract-live`) settles each.

        Attributes:
            model (KlingV3OmniRequestModel): The model id.
            prompt (str | Unset): What the video shows; `<<<image_N>>>` names the N-th entry of `image_urls` (from
                1), `@name` an element of `element_list`. Required except in a custom multi-shot.
            negative_prompt (str | Unset): What the video should not show, at most 2500 characters.
            mode (KlingV3OmniRequestMode | Unset): `std`: 720P. `pro`: 1080P. `4k`: 4K. Default: 'std'.
            duration (int | Unset): Length of the video in seconds, 3 to 15. Default: 5.
            aspect_ratio (KlingV3OmniRequestAspectRatio | Unset): Aspect ratio of the video. Default: '16:9'.
            image_urls (list[str] | Unset): Images the prompt names by position (`<<<image_1>>>` is the first). Use either
                this or `image_with_roles`.
            image_with_roles (list[KlingOmniImageWithRole] | Unset): Images with a role each: `first_frame`, `last_frame`
                (needs a first frame) or
                `reference`; the way to ask for image-to-video. At most one first and one last
                frame. Use either this or `image_urls`.
            video_list (list[KlingOmniVideo] | Unset): One video: the video to edit (`refer_type` `base`, the default), or a
                feature
                reference (`feature`). A video to edit takes no first or last frame.
            element_list (list[KlingOmniElement] | Unset): Subjects to keep the same across the video, each named `@name` in
                the prompt.
            audio (bool | Unset): Generate sound with the video (ignored with `video_list`).
            multi_shot (bool | Unset): A video of several shots. Default: False.
            shot_type (KlingV3OmniRequestShotType | Unset): How a multi-shot video is cut: `customize` (the shots of
                `multi_prompt`) or
                `intelligence` (the model cuts the prompt). Required with `multi_shot: true`.
            multi_prompt (list[KlingOmniShot] | Unset): The shots of a custom multi-shot video, 1 to 6, `index` counting
                from 1; their
                durations add up to `duration`. Required with `multi_shot: true` and `shot_type:
                customize`.
    """

    model: KlingV3OmniRequestModel
    prompt: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    mode: KlingV3OmniRequestMode | Unset = "std"
    duration: int | Unset = 5
    aspect_ratio: KlingV3OmniRequestAspectRatio | Unset = "16:9"
    image_urls: list[str] | Unset = UNSET
    image_with_roles: list[KlingOmniImageWithRole] | Unset = UNSET
    video_list: list[KlingOmniVideo] | Unset = UNSET
    element_list: list[KlingOmniElement] | Unset = UNSET
    audio: bool | Unset = UNSET
    multi_shot: bool | Unset = False
    shot_type: KlingV3OmniRequestShotType | Unset = UNSET
    multi_prompt: list[KlingOmniShot] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        image_with_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image_with_roles, Unset):
            image_with_roles = []
            for image_with_roles_item_data in self.image_with_roles:
                image_with_roles_item = image_with_roles_item_data.to_dict()
                image_with_roles.append(image_with_roles_item)

        video_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.video_list, Unset):
            video_list = []
            for video_list_item_data in self.video_list:
                video_list_item = video_list_item_data.to_dict()
                video_list.append(video_list_item)

        element_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.element_list, Unset):
            element_list = []
            for element_list_item_data in self.element_list:
                element_list_item = element_list_item_data.to_dict()
                element_list.append(element_list_item)

        audio = self.audio

        multi_shot = self.multi_shot

        shot_type: str | Unset = UNSET
        if not isinstance(self.shot_type, Unset):
            shot_type = self.shot_type

        multi_prompt: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multi_prompt, Unset):
            multi_prompt = []
            for multi_prompt_item_data in self.multi_prompt:
                multi_prompt_item = multi_prompt_item_data.to_dict()
                multi_prompt.append(multi_prompt_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if mode is not UNSET:
            field_dict["mode"] = mode
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if image_with_roles is not UNSET:
            field_dict["image_with_roles"] = image_with_roles
        if video_list is not UNSET:
            field_dict["video_list"] = video_list
        if element_list is not UNSET:
            field_dict["element_list"] = element_list
        if audio is not UNSET:
            field_dict["audio"] = audio
        if multi_shot is not UNSET:
            field_dict["multi_shot"] = multi_shot
        if shot_type is not UNSET:
            field_dict["shot_type"] = shot_type
        if multi_prompt is not UNSET:
            field_dict["multi_prompt"] = multi_prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kling_omni_element import KlingOmniElement
        from ..models.kling_omni_image_with_role import KlingOmniImageWithRole
        from ..models.kling_omni_shot import KlingOmniShot
        from ..models.kling_omni_video import KlingOmniVideo

        d = dict(src_dict)
        model = check_kling_v3_omni_request_model(d.pop("model"))

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: KlingV3OmniRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_kling_v3_omni_request_mode(_mode)

        duration = d.pop("duration", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: KlingV3OmniRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_kling_v3_omni_request_aspect_ratio(_aspect_ratio)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _image_with_roles = d.pop("image_with_roles", UNSET)
        image_with_roles: list[KlingOmniImageWithRole] | Unset = UNSET
        if _image_with_roles is not UNSET:
            image_with_roles = []
            for image_with_roles_item_data in _image_with_roles:
                image_with_roles_item = KlingOmniImageWithRole.from_dict(
                    image_with_roles_item_data
                )

                image_with_roles.append(image_with_roles_item)

        _video_list = d.pop("video_list", UNSET)
        video_list: list[KlingOmniVideo] | Unset = UNSET
        if _video_list is not UNSET:
            video_list = []
            for video_list_item_data in _video_list:
                video_list_item = KlingOmniVideo.from_dict(video_list_item_data)

                video_list.append(video_list_item)

        _element_list = d.pop("element_list", UNSET)
        element_list: list[KlingOmniElement] | Unset = UNSET
        if _element_list is not UNSET:
            element_list = []
            for element_list_item_data in _element_list:
                element_list_item = KlingOmniElement.from_dict(element_list_item_data)

                element_list.append(element_list_item)

        audio = d.pop("audio", UNSET)

        multi_shot = d.pop("multi_shot", UNSET)

        _shot_type = d.pop("shot_type", UNSET)
        shot_type: KlingV3OmniRequestShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_kling_v3_omni_request_shot_type(_shot_type)

        _multi_prompt = d.pop("multi_prompt", UNSET)
        multi_prompt: list[KlingOmniShot] | Unset = UNSET
        if _multi_prompt is not UNSET:
            multi_prompt = []
            for multi_prompt_item_data in _multi_prompt:
                multi_prompt_item = KlingOmniShot.from_dict(multi_prompt_item_data)

                multi_prompt.append(multi_prompt_item)

        kling_v3_omni_request = cls(
            model=model,
            prompt=prompt,
            negative_prompt=negative_prompt,
            mode=mode,
            duration=duration,
            aspect_ratio=aspect_ratio,
            image_urls=image_urls,
            image_with_roles=image_with_roles,
            video_list=video_list,
            element_list=element_list,
            audio=audio,
            multi_shot=multi_shot,
            shot_type=shot_type,
            multi_prompt=multi_prompt,
        )

        return kling_v3_omni_request
