from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_object_kind import (
    GenerationObjectKind,
    check_generation_object_kind,
)
from ..models.task_status import TaskStatus, check_task_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="VersionedGeneration")


@_attrs_define
class VersionedGeneration:
    """The created generation under response version 2026-07-27 (skills contract): one object.
    Unknown fields are kept.

        Attributes:
            id (str): The task id, opaque like the legacy `task_id`: poll it with
                `GET /v1/tasks/{task_id}`. The skills contract treats a task answer without one as
                an unknown outcome; the spec requires it for both kinds.
            object_ (GenerationObjectKind): What a versioned submit answer holds: `generation.task`, an asynchronous task to
                poll;
                `generation.result`, a synchronous result.
            status (str | TaskStatus | Unset): Status at submit time (`queued`, `pending`, `submitted`, ...; `completed` or
                `failed` for a synchronous result). Documented values parse as `TaskStatus`.
    """

    id: str
    object_: GenerationObjectKind
    status: str | TaskStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_: str = self.object_

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = check_generation_object_kind(d.pop("object"))

        def _parse_status(data: object) -> str | TaskStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_task_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TaskStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        versioned_generation = cls(
            id=id,
            object_=object_,
            status=status,
        )

        versioned_generation.additional_properties = d
        return versioned_generation

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
