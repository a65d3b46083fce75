from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="KlingOmniElement")


@_attrs_define
class KlingOmniElement:
    """A subject, its name and its images.

    Attributes:
        name (str): The name the prompt uses after `@`.
        description (str): What the subject is.
        element_input_urls (list[str]): 2 to 4 images of the subject, the first from the front.
    """

    name: str
    description: str
    element_input_urls: list[str]

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        element_input_urls = self.element_input_urls

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "description": description,
                "element_input_urls": element_input_urls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        element_input_urls = cast(list[str], d.pop("element_input_urls"))

        kling_omni_element = cls(
            name=name,
            description=description,
            element_input_urls=element_input_urls,
        )

        return kling_omni_element
