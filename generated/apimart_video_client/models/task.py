from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus, check_task_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_error import TaskError
    from ..models.task_result import TaskResult


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """An asynchronous generation task. Unknown fields (such as `model`) are kept.

    Attributes:
        id (str): The task id: opaque, like the submit's `task_id`. A client reads the task it asked
            for, so it needs nothing more of this field.
        status (str | TaskStatus): The task's state. Documented values parse as `TaskStatus`; any other string
            parses as itself. A closed enum here would make one undocumented value (the
            submit already says `submitted`) raise inside the generated parser and lose the
            whole task; `anyOf` of the enum and a plain string keeps the known values typed
            and lets the live contract suite, not the parser, report the new one as drift.
        progress (int | Unset): Percent done, 0 to 100.
        result (TaskResult | Unset): What a completed task produced.
        created (int | Unset): Unix time in seconds when the task was created.
        completed (int | Unset): Unix time in seconds when the task completed (completed tasks only).
        estimated_time (int | Unset): Expected total seconds to finish (often 600 for video).
        actual_time (int | Unset): Seconds the task took (completed tasks only).
        error (TaskError | Unset): Why a task failed. The code may be a string, such as `content_rejected` (skills
            contract) or `content_policy_violation`.
        cost (float | Unset): What the task costs, in the account's currency (skills contract; the unit is not
            documented).
        credits_cost (float | Unset): What the task costs in credits (skills contract).
    """

    id: str
    status: str | TaskStatus
    progress: int | Unset = UNSET
    result: TaskResult | Unset = UNSET
    created: int | Unset = UNSET
    completed: int | Unset = UNSET
    estimated_time: int | Unset = UNSET
    actual_time: int | Unset = UNSET
    error: TaskError | Unset = UNSET
    cost: float | Unset = UNSET
    credits_cost: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        progress = self.progress

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        created = self.created

        completed = self.completed

        estimated_time = self.estimated_time

        actual_time = self.actual_time

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        cost = self.cost

        credits_cost = self.credits_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if result is not UNSET:
            field_dict["result"] = result
        if created is not UNSET:
            field_dict["created"] = created
        if completed is not UNSET:
            field_dict["completed"] = completed
        if estimated_time is not UNSET:
            field_dict["estimated_time"] = estimated_time
        if actual_time is not UNSET:
            field_dict["actual_time"] = actual_time
        if error is not UNSET:
            field_dict["error"] = error
        if cost is not UNSET:
            field_dict["cost"] = cost
        if credits_cost is not UNSET:
            field_dict["credits_cost"] = credits_cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_error import TaskError
        from ..models.task_result import TaskResult

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_status(data: object) -> str | TaskStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_task_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TaskStatus, data)

        status = _parse_status(d.pop("status"))

        progress = d.pop("progress", UNSET)

        _result = d.pop("result", UNSET)
        result: TaskResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = TaskResult.from_dict(_result)

        created = d.pop("created", UNSET)

        completed = d.pop("completed", UNSET)

        estimated_time = d.pop("estimated_time", UNSET)

        actual_time = d.pop("actual_time", UNSET)

        _error = d.pop("error", UNSET)
        error: TaskError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = TaskError.from_dict(_error)

        cost = d.pop("cost", UNSET)

        credits_cost = d.pop("credits_cost", UNSET)

        task = cls(
            id=id,
            status=status,
            progress=progress,
            result=result,
            created=created,
            completed=completed,
            estimated_time=estimated_time,
            actual_time=actual_time,
            error=error,
            cost=cost,
            credits_cost=credits_cost,
        )

        task.additional_properties = d
        return task

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
