"""doubao-seedance-2.0: frames or references, never both; audio needs an image or a video;
1080p only on the non-fast models; a prompt whenever no image or video is given."""

from __future__ import annotations

from collections.abc import Iterator

from apimart_video._request.families._frames import frame_conflicts, has_last_frame
from apimart_video._request.family import Body, Family, conflict, has, size_of
from apimart_video._types import Mode, Violation

FULL_HD_MODELS = ("doubao-seedance-2.0", "doubao-seedance-2.0-face")
REFERENCES = ("video_urls", "audio_urls")


def conflicts(body: Body) -> Iterator[Violation]:
    present = set(body)
    if "prompt" not in present and not present & {"image_urls", "image_with_roles", "video_urls"}:
        yield conflict(
            "prompt",
            body,
            "is required in text-to-video mode (no image_urls, image_with_roles or video_urls)",
            "call text_to_video(prompt), or pass an image or a video",
        )
    yield from frame_conflicts(body)
    if "audio_urls" in present and not present & {"image_urls", "video_urls"}:
        yield conflict(
            "audio_urls",
            body,
            "cannot be used alone: reference audio needs reference images (image_urls) "
            "or a reference video (video_urls)",
            "add image_urls or video_urls, or leave audio_urls out",
        )
    if "image_with_roles" in present:
        for other in REFERENCES:
            if other in present:
                yield conflict(
                    other,
                    body,
                    "cannot be combined with image_with_roles (first/last frames and "
                    "references are separate modes)",
                    f"for references put the images in image_urls; for frames leave {other} out",
                )
    if has(body, "resolution", "1080p") and body.get("model") not in FULL_HD_MODELS:
        yield conflict(
            "resolution",
            body,
            f"is for {' and '.join(FULL_HD_MODELS)} only (the fast models stop at 720p)",
            "use resolution='720p', or one of those models",
        )


def mode_of(body: Body) -> Mode:
    if "image_with_roles" in body:
        return Mode.FIRST_LAST_FRAME if has_last_frame(body) else Mode.FIRST_FRAME
    if any(field in body for field in REFERENCES) or size_of(body, "image_urls") > 1:
        return Mode.REFERENCE_TO_VIDEO
    return Mode.FIRST_FRAME if "image_urls" in body else Mode.TEXT_TO_VIDEO


FAMILY = Family(
    name="doubao-seedance-2.0",
    mode_of=mode_of,
    conflicts=conflicts,
    writers={
        Mode.TEXT_TO_VIDEO: lambda inputs: {},
        Mode.FIRST_FRAME: lambda inputs: {"image_urls": [inputs.first_frame]},
        Mode.FIRST_LAST_FRAME: lambda inputs: {
            "image_with_roles": [
                {"url": inputs.first_frame, "role": "first_frame"},
                {"url": inputs.last_frame, "role": "last_frame"},
            ]
        },
    },
    extra_modes=(Mode.REFERENCE_TO_VIDEO,),
)
