from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.versioned_generation import VersionedGeneration


T = TypeVar("T", bound="VersionedGenerationSubmitted")


@_attrs_define
class VersionedGenerationSubmitted:
    """Answer to an accepted submit under response version 2026-07-27 (skills contract).

    Attributes:
        data (VersionedGeneration): The created generation under response version 2026-07-27 (skills contract): one
            object.
            Unknown fields are kept.
        code (int | Unset): 200 on success.
        request_id (str | Unset): The API's id of this request, to quote to support.
    """

    data: VersionedGeneration
    code: int | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        code = self.code

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.versioned_generation import VersionedGeneration

        d = dict(src_dict)
        data = VersionedGeneration.from_dict(d.pop("data"))

        code = d.pop("code", UNSET)

        request_id = d.pop("request_id", UNSET)

        versioned_generation_submitted = cls(
            data=data,
            code=code,
            request_id=request_id,
        )

        versioned_generation_submitted.additional_properties = d
        return versioned_generation_submitted

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
