"""What a mode helper was given, before a family's rules file writes it into its fields.

Its own module so that the mode helpers load without the rules: those load with the first
request.
"""

from __future__ import annotations

import os

import attrs

__all__ = ["ModeInputs"]


@attrs.frozen
class ModeInputs:
    """What a mode helper was given: the media it places in the family's own fields."""

    first_frame: str | os.PathLike[str] | None = None
    """An image URL, or a local image the client uploads first."""
    last_frame: str | os.PathLike[str] | None = None
    video: str | None = None
    audio: str | None = None
    """Audio URL: background music or driving audio, as the family calls it."""

    def given(self) -> dict[str, object]:
        """The inputs that were given, by the name the helpers' parameters use."""
        names = {
            "first_frame": "image_url",
            "last_frame": "last_frame_url",
            "video": "video_url",
            "audio": "audio_url",
        }
        return {
            names[name]: value for name, value in attrs.asdict(self).items() if value is not None
        }
