from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmittedTask")


@_attrs_define
class SubmittedTask:
    """The task a submit created.

    Attributes:
        task_id (str): Id to poll with `GET /v1/tasks/{task_id}`. Opaque: any non-empty string (blanks,
            `/`, `?`, any length); a client quotes it in the URL path and never uses it raw as
            a file name. Non-empty is all a client needs: an empty id names no task.
        status (str | Unset): Status at submit time; the API says `submitted`.
    """

    task_id: str
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_id = d.pop("task_id")

        status = d.pop("status", UNSET)

        submitted_task = cls(
            task_id=task_id,
            status=status,
        )

        submitted_task.additional_properties = d
        return submitted_task

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
