from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_operation import (
    GenerationOperation,
    check_generation_operation,
)

if TYPE_CHECKING:
    from ..models.model_schema_input_schema import ModelSchemaInputSchema


T = TypeVar("T", bound="ModelSchema")


@_attrs_define
class ModelSchema:
    """A model's compatibility schema for one operation (skills contract): looser than the
    documentation, which is the exact truth.

        Attributes:
            model (str): The model id asked for.
            operation (GenerationOperation | str): The operation described; documented values parse as
                `GenerationOperation`.
            input_schema (ModelSchemaInputSchema): A JSON Schema of the operation's input (without `model`).
    """

    model: str
    operation: GenerationOperation | str
    input_schema: ModelSchemaInputSchema
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        operation: str
        if isinstance(self.operation, str):
            operation = self.operation
        else:
            operation = self.operation

        input_schema = self.input_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "operation": operation,
                "input_schema": input_schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_schema_input_schema import ModelSchemaInputSchema

        d = dict(src_dict)
        model = d.pop("model")

        def _parse_operation(data: object) -> GenerationOperation | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operation_type_0 = check_generation_operation(data)

                return operation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GenerationOperation | str, data)

        operation = _parse_operation(d.pop("operation"))

        input_schema = ModelSchemaInputSchema.from_dict(d.pop("input_schema"))

        model_schema = cls(
            model=model,
            operation=operation,
            input_schema=input_schema,
        )

        model_schema.additional_properties = d
        return model_schema

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
