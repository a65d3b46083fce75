from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.submitted_task import SubmittedTask
    from ..models.versioned_generation import VersionedGeneration


T = TypeVar("T", bound="VideoGenerationSubmitted")


@_attrs_define
class VideoGenerationSubmitted:
    """Answer to an accepted submit.

    Attributes:
        data (list[SubmittedTask] | SubmittedTask | VersionedGeneration): The created task. Documented as a one-element
            list (the wan2.7 page); newer API
            versions are reported to send the object itself, and under response version
            2026-07-27 it is the versioned object (skills contract), so all three parse.
        code (int | Unset): 200 on success.
        request_id (str | Unset): The API's id of this request (skills contract, versioned answers).
    """

    data: list[SubmittedTask] | SubmittedTask | VersionedGeneration
    code: int | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.submitted_task import SubmittedTask

        data: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        elif isinstance(self.data, SubmittedTask):
            data = self.data.to_dict()
        else:
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
        from ..models.submitted_task import SubmittedTask
        from ..models.versioned_generation import VersionedGeneration

        d = dict(src_dict)

        def _parse_data(
            data: object,
        ) -> list[SubmittedTask] | SubmittedTask | VersionedGeneration:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = SubmittedTask.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = SubmittedTask.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_2 = VersionedGeneration.from_dict(data)

            return data_type_2

        data = _parse_data(d.pop("data"))

        code = d.pop("code", UNSET)

        request_id = d.pop("request_id", UNSET)

        video_generation_submitted = cls(
            data=data,
            code=code,
            request_id=request_id,
        )

        video_generation_submitted.additional_properties = d
        return video_generation_submitted

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
