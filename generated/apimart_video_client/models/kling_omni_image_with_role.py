from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.kling_omni_image_with_role_role import (
    KlingOmniImageWithRoleRole,
    check_kling_omni_image_with_role_role,
)

T = TypeVar("T", bound="KlingOmniImageWithRole")


@_attrs_define
class KlingOmniImageWithRole:
    """An image and its role.

    Attributes:
        url (str): An absolute http or https URL the API can fetch, written with URI characters only
            (RFC 3986: percent-encode spaces and non-ASCII characters).
        role (KlingOmniImageWithRoleRole): What the image is to the video.
    """

    url: str
    role: KlingOmniImageWithRoleRole

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        role: str = self.role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        role = check_kling_omni_image_with_role_role(d.pop("role"))

        kling_omni_image_with_role = cls(
            url=url,
            role=role,
        )

        return kling_omni_image_with_role
