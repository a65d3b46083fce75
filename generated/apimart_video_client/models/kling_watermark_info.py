from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="KlingWatermarkInfo")


@_attrs_define
class KlingWatermarkInfo:
    """Watermark control of a kling motion-control request.

    Attributes:
        enabled (bool): Adds a watermark.
    """

    enabled: bool

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        kling_watermark_info = cls(
            enabled=enabled,
        )

        return kling_watermark_info
