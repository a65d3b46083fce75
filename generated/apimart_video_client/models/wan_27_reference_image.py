from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.wan_27_reference_image_role import (
    Wan27ReferenceImageRole,
    check_wan_27_reference_image_role,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan27ReferenceImage")


@_attrs_define
class Wan27ReferenceImage:
    """One image for wan2.7-r2v: a reference (a character, an object, a scene or a style the
    video keeps) or the video's first frame, with an optional voice sample for the
    character it shows.

        Attributes:
            url (str): An absolute http or https URL the API can fetch, written with URI characters only
                (RFC 3986: percent-encode spaces and non-ASCII characters).
            role (Wan27ReferenceImageRole | Unset): `reference_image` (the default): something the video keeps.
                `first_frame`: the
                video starts on this image, whose aspect ratio then decides the video's (`size` is
                ignored).
                 Default: 'reference_image'.
            reference_voice (str | Unset): An absolute http or https URL the API can fetch, written with URI characters only
                (RFC 3986: percent-encode spaces and non-ASCII characters).
    """

    url: str
    role: Wan27ReferenceImageRole | Unset = "reference_image"
    reference_voice: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        reference_voice = self.reference_voice

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if reference_voice is not UNSET:
            field_dict["reference_voice"] = reference_voice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        _role = d.pop("role", UNSET)
        role: Wan27ReferenceImageRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_wan_27_reference_image_role(_role)

        reference_voice = d.pop("reference_voice", UNSET)

        wan_27_reference_image = cls(
            url=url,
            role=role,
            reference_voice=reference_voice,
        )

        return wan_27_reference_image
