from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.image_role import ImageRole, check_image_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageWithRole")


@_attrs_define
class ImageWithRole:
    """An image and the frame it becomes.

    Attributes:
        url (str): An absolute http or https URL the API can fetch, written with URI characters only
            (RFC 3986: percent-encode spaces and non-ASCII characters).
        role (ImageRole | Unset): Which frame of the output an image becomes.
    """

    url: str
    role: ImageRole | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        _role = d.pop("role", UNSET)
        role: ImageRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_image_role(_role)

        image_with_role = cls(
            url=url,
            role=role,
        )

        return image_with_role
