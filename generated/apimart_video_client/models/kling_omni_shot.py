from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="KlingOmniShot")


@_attrs_define
class KlingOmniShot:
    """One shot.

    Attributes:
        index (int): The shot's place, from 1.
        prompt (str): What the shot shows, at most 512 characters.
        duration (int): Length of the shot in seconds, at least 1.
    """

    index: int
    prompt: str
    duration: int

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        prompt = self.prompt

        duration = self.duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "index": index,
                "prompt": prompt,
                "duration": duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        index = d.pop("index")

        prompt = d.pop("prompt")

        duration = d.pop("duration")

        kling_omni_shot = cls(
            index=index,
            prompt=prompt,
            duration=duration,
        )

        return kling_omni_shot
