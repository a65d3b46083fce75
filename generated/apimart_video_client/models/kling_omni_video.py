from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.kling_omni_video_keep_original_sound import (
    KlingOmniVideoKeepOriginalSound,
    check_kling_omni_video_keep_original_sound,
)
from ..models.kling_omni_video_refer_type import (
    KlingOmniVideoReferType,
    check_kling_omni_video_refer_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KlingOmniVideo")


@_attrs_define
class KlingOmniVideo:
    """A video and how it is used.

    Attributes:
        url (str): An absolute http or https URL the API can fetch, written with URI characters only
            (RFC 3986: percent-encode spaces and non-ASCII characters).
        refer_type (KlingOmniVideoReferType | Unset): `base`: the video to edit. `feature`: a feature reference.
            Default: 'base'.
        keep_original_sound (KlingOmniVideoKeepOriginalSound | Unset): Keep the video's own sound, `yes` or `no`.
            Default: 'no'.
    """

    url: str
    refer_type: KlingOmniVideoReferType | Unset = "base"
    keep_original_sound: KlingOmniVideoKeepOriginalSound | Unset = "no"

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        refer_type: str | Unset = UNSET
        if not isinstance(self.refer_type, Unset):
            refer_type = self.refer_type

        keep_original_sound: str | Unset = UNSET
        if not isinstance(self.keep_original_sound, Unset):
            keep_original_sound = self.keep_original_sound

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        if refer_type is not UNSET:
            field_dict["refer_type"] = refer_type
        if keep_original_sound is not UNSET:
            field_dict["keep_original_sound"] = keep_original_sound

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        _refer_type = d.pop("refer_type", UNSET)
        refer_type: KlingOmniVideoReferType | Unset
        if isinstance(_refer_type, Unset):
            refer_type = UNSET
        else:
            refer_type = check_kling_omni_video_refer_type(_refer_type)

        _keep_original_sound = d.pop("keep_original_sound", UNSET)
        keep_original_sound: KlingOmniVideoKeepOriginalSound | Unset
        if isinstance(_keep_original_sound, Unset):
            keep_original_sound = UNSET
        else:
            keep_original_sound = check_kling_omni_video_keep_original_sound(
                _keep_original_sound
            )

        kling_omni_video = cls(
            url=url,
            refer_type=refer_type,
            keep_original_sound=keep_original_sound,
        )

        return kling_omni_video
