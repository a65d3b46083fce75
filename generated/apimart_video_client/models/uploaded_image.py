from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upload_content_type import UploadContentType, check_upload_content_type

T = TypeVar("T", bound="UploadedImage")


@_attrs_define
class UploadedImage:
    """A stored image (skills contract). Unknown fields are kept.

    Attributes:
        url (str): An absolute http or https URL the API can fetch, written with URI characters only
            (RFC 3986: percent-encode spaces and non-ASCII characters).
        filename (str): The file name the upload was given.
        content_type (str | UploadContentType): The type detected from the bytes; documented values parse as
            `UploadContentType`.
        bytes_ (int): The size of the stored image in bytes.
        created_at (int): Unix time in seconds when the image was stored.
    """

    url: str
    filename: str
    content_type: str | UploadContentType
    bytes_: int
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        filename = self.filename

        content_type: str
        if isinstance(self.content_type, str):
            content_type = self.content_type
        else:
            content_type = self.content_type

        bytes_ = self.bytes_

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "filename": filename,
                "content_type": content_type,
                "bytes": bytes_,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        filename = d.pop("filename")

        def _parse_content_type(data: object) -> str | UploadContentType:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                content_type_type_0 = check_upload_content_type(data)

                return content_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | UploadContentType, data)

        content_type = _parse_content_type(d.pop("content_type"))

        bytes_ = d.pop("bytes")

        created_at = d.pop("created_at")

        uploaded_image = cls(
            url=url,
            filename=filename,
            content_type=content_type,
            bytes_=bytes_,
            created_at=created_at,
        )

        uploaded_image.additional_properties = d
        return uploaded_image

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
