from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskVideo")


@_attrs_define
class TaskVideo:
    """One generated video.

    Attributes:
        url (list[str] | str): Where the video can be downloaded until `expires_at`. Seen both as one string
            and as a list of strings (the same video); both parse.
        expires_at (int | Unset): Unix time in seconds after which the URL stops working: `completed` + 24 h on the
            wan2.7 page, 72 h in the skills contract; read it, never assume it.
    """

    url: list[str] | str
    expires_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url: list[str] | str
        if isinstance(self.url, list):
            url = self.url

        else:
            url = self.url

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_url(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                url_type_1 = cast(list[str], data)

                return url_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        url = _parse_url(d.pop("url"))

        expires_at = d.pop("expires_at", UNSET)

        task_video = cls(
            url=url,
            expires_at=expires_at,
        )

        task_video.additional_properties = d
        return task_video

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
