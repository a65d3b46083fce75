from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.submitted_task import SubmittedTask


T = TypeVar("T", bound="VideoGenerationSubmitted")


@_attrs_define
class VideoGenerationSubmitted:
    """Answer to an accepted submit.

    Attributes:
        data (list[SubmittedTask] | SubmittedTask): The created task. Documented as a one-element list; newer API
            versions are
            reported to send the object itself, so both parse.
        code (int | Unset): 200 on success.
    """

    data: list[SubmittedTask] | SubmittedTask
    code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data.to_dict()

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.submitted_task import SubmittedTask

        d = dict(src_dict)

        def _parse_data(data: object) -> list[SubmittedTask] | SubmittedTask:
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
            if not isinstance(data, dict):
                raise TypeError()
            data_type_1 = SubmittedTask.from_dict(data)

            return data_type_1

        data = _parse_data(d.pop("data"))

        code = d.pop("code", UNSET)

        video_generation_submitted = cls(
            data=data,
            code=code,
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
