from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelDocumentation")


@_attrs_define
class ModelDocumentation:
    """A model's live documentation page as Markdown (skills contract).

    Attributes:
        object_ (Literal['model.documentation']): `model.documentation`.
        model (str): The model id asked for.
        doc_url (str): The documentation page for people.
        markdown_url (str): The same page's raw Markdown.
        markdown (str): The page as Markdown; its parameter tables are the exact truth for the model's input.
        fetched_at (int): Unix time in seconds when the page was fetched.
        cache_ttl_seconds (int): Seconds the copy is cached (604800 today).
        stale (bool): True when the cached copy could not be refreshed.
        warning (str | Unset): Why the copy may be out of date, when it may be.
    """

    object_: Literal["model.documentation"]
    model: str
    doc_url: str
    markdown_url: str
    markdown: str
    fetched_at: int
    cache_ttl_seconds: int
    stale: bool
    warning: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        model = self.model

        doc_url = self.doc_url

        markdown_url = self.markdown_url

        markdown = self.markdown

        fetched_at = self.fetched_at

        cache_ttl_seconds = self.cache_ttl_seconds

        stale = self.stale

        warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "model": model,
                "doc_url": doc_url,
                "markdown_url": markdown_url,
                "markdown": markdown,
                "fetched_at": fetched_at,
                "cache_ttl_seconds": cache_ttl_seconds,
                "stale": stale,
            }
        )
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        object_ = cast(Literal["model.documentation"], d.pop("object"))
        if object_ != "model.documentation":
            raise ValueError(
                f"object must match const 'model.documentation', got '{object_}'"
            )

        model = d.pop("model")

        doc_url = d.pop("doc_url")

        markdown_url = d.pop("markdown_url")

        markdown = d.pop("markdown")

        fetched_at = d.pop("fetched_at")

        cache_ttl_seconds = d.pop("cache_ttl_seconds")

        stale = d.pop("stale")

        warning = d.pop("warning", UNSET)

        model_documentation = cls(
            object_=object_,
            model=model,
            doc_url=doc_url,
            markdown_url=markdown_url,
            markdown=markdown,
            fetched_at=fetched_at,
            cache_ttl_seconds=cache_ttl_seconds,
            stale=stale,
            warning=warning,
        )

        model_documentation.additional_properties = d
        return model_documentation

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
