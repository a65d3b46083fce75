"""wan2.7-videoedit: one source video (the first of `video_urls`) edited by the prompt.

No cross-field rule: `video_urls` is required by the schema, and the duration's tie to the
source's length is the API's to check. One mode, video edit, which no mode helper writes.
"""

from __future__ import annotations

from collections.abc import Iterator

from apimart_video._request.family import Body, Family, size_of
from apimart_video._types import Mode


def mode_of(body: Body) -> Mode:
    return Mode.VIDEO_EDIT


def ignored(body: Body, mode: Mode) -> Iterator[str]:
    videos = size_of(body, "video_urls")
    if videos > 1:
        yield f"only the first of {videos} video_urls is edited"


FAMILY = Family(
    name="wan2.7-videoedit",
    mode_of=mode_of,
    ignored=ignored,
    writers={},
    extra_modes=(Mode.VIDEO_EDIT,),
)
