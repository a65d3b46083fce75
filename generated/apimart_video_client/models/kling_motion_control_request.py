from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.kling_motion_control_request_character_orientation import (
    KlingMotionControlRequestCharacterOrientation,
    check_kling_motion_control_request_character_orientation,
)
from ..models.kling_motion_control_request_keep_original_sound import (
    KlingMotionControlRequestKeepOriginalSound,
    check_kling_motion_control_request_keep_original_sound,
)
from ..models.kling_motion_control_request_mode import (
    KlingMotionControlRequestMode,
    check_kling_motion_control_request_mode,
)
from ..models.kling_motion_control_request_model import (
    KlingMotionControlRequestModel,
    check_kling_motion_control_request_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_watermark_info import KlingWatermarkInfo


T = TypeVar("T", bound="KlingMotionControlRequest")


@_attrs_define
class KlingMotionControlRequest:
    """A kling motion-control generation (`kling-v2-6-motion-control` or
    `kling-v3-motion-control`): the character of `image_url` moves the way the person in
    `video_url` moves. There is no duration, size or resolution: the video follows the
    reference video, whose length the API measures (and bills). With
    `character_orientation` `image` the reference video may be 3 to 10 s long, with
    `video` 3 to 30 s (checked by the API when it fetches the file).

    Decisions: the page shows `image_url` and `video_url` in every example and the mode
    cannot work without them, so both are required; `character_orientation` and `mode`
    have no documented default and are optional here (the page's example sends `image`
    and `std`). `keep_original_sound` takes the strings `yes` and `no`, not booleans.
    No prompt length is documented. The live check (`make contract-live`) settles each.

        Attributes:
            model (KlingMotionControlRequestModel): The model id.
            image_url (str): An absolute http or https URL the API can fetch, written with URI characters only
                (RFC 3986: percent-encode spaces and non-ASCII characters).
            video_url (str): An absolute http or https URL the API can fetch, written with URI characters only
                (RFC 3986: percent-encode spaces and non-ASCII characters).
            prompt (str | Unset): Optional but recommended: the motion, the camera and the style wanted; the more
                precise, the steadier the result.
            keep_original_sound (KlingMotionControlRequestKeepOriginalSound | Unset): Keep the reference video's sound,
                `yes` or `no`. Default: 'yes'.
            character_orientation (KlingMotionControlRequestCharacterOrientation | Unset): Whose orientation the character
                takes: `image` (reference video 3-10 s) or
                `video` (reference video 3-30 s).
            mode (KlingMotionControlRequestMode | Unset): `std`: balanced speed and quality. `pro`: higher quality, slower.
            watermark_info (KlingWatermarkInfo | Unset): Watermark control of a kling motion-control request.
    """

    model: KlingMotionControlRequestModel
    image_url: str
    video_url: str
    prompt: str | Unset = UNSET
    keep_original_sound: KlingMotionControlRequestKeepOriginalSound | Unset = "yes"
    character_orientation: KlingMotionControlRequestCharacterOrientation | Unset = UNSET
    mode: KlingMotionControlRequestMode | Unset = UNSET
    watermark_info: KlingWatermarkInfo | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        image_url = self.image_url

        video_url = self.video_url

        prompt = self.prompt

        keep_original_sound: str | Unset = UNSET
        if not isinstance(self.keep_original_sound, Unset):
            keep_original_sound = self.keep_original_sound

        character_orientation: str | Unset = UNSET
        if not isinstance(self.character_orientation, Unset):
            character_orientation = self.character_orientation

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        watermark_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.watermark_info, Unset):
            watermark_info = self.watermark_info.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "image_url": image_url,
                "video_url": video_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if keep_original_sound is not UNSET:
            field_dict["keep_original_sound"] = keep_original_sound
        if character_orientation is not UNSET:
            field_dict["character_orientation"] = character_orientation
        if mode is not UNSET:
            field_dict["mode"] = mode
        if watermark_info is not UNSET:
            field_dict["watermark_info"] = watermark_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kling_watermark_info import KlingWatermarkInfo

        d = dict(src_dict)
        model = check_kling_motion_control_request_model(d.pop("model"))

        image_url = d.pop("image_url")

        video_url = d.pop("video_url")

        prompt = d.pop("prompt", UNSET)

        _keep_original_sound = d.pop("keep_original_sound", UNSET)
        keep_original_sound: KlingMotionControlRequestKeepOriginalSound | Unset
        if isinstance(_keep_original_sound, Unset):
            keep_original_sound = UNSET
        else:
            keep_original_sound = (
                check_kling_motion_control_request_keep_original_sound(
                    _keep_original_sound
                )
            )

        _character_orientation = d.pop("character_orientation", UNSET)
        character_orientation: KlingMotionControlRequestCharacterOrientation | Unset
        if isinstance(_character_orientation, Unset):
            character_orientation = UNSET
        else:
            character_orientation = (
                check_kling_motion_control_request_character_orientation(
                    _character_orientation
                )
            )

        _mode = d.pop("mode", UNSET)
        mode: KlingMotionControlRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_kling_motion_control_request_mode(_mode)

        _watermark_info = d.pop("watermark_info", UNSET)
        watermark_info: KlingWatermarkInfo | Unset
        if isinstance(_watermark_info, Unset):
            watermark_info = UNSET
        else:
            watermark_info = KlingWatermarkInfo.from_dict(_watermark_info)

        kling_motion_control_request = cls(
            model=model,
            image_url=image_url,
            video_url=video_url,
            prompt=prompt,
            keep_original_sound=keep_original_sound,
            character_orientation=character_orientation,
            mode=mode,
            watermark_info=watermark_info,
        )

        return kling_motion_control_request
