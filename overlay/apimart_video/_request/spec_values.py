"""The values of openapi.yaml the overlay uses: enums, bounds, lengths, patterns, fields.

Written by `make generate` (tools/write_spec_values.py) from openapi.yaml: do not edit.
The enums are the generated client's `Literal`s; at run time the same `Literal`s are written
here, so that importing this module does not load the generated models (a test holds them
equal). A bound the spec leaves out is `None`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Literal, Required, TypedDict, get_args

if TYPE_CHECKING:
    from apimart_video_client.models.aspect_ratio import AspectRatio
    from apimart_video_client.models.generation_object_kind import GenerationObjectKind
    from apimart_video_client.models.generation_operation import GenerationOperation
    from apimart_video_client.models.image_role import ImageRole
    from apimart_video_client.models.resolution import Resolution
    from apimart_video_client.models.response_version import ResponseVersion
    from apimart_video_client.models.task_language import TaskLanguage
    from apimart_video_client.models.task_status import TaskStatus
    from apimart_video_client.models.upload_content_type import UploadContentType
    from apimart_video_client.models.video_model import VideoModel
else:
    AspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]
    GenerationObjectKind = Literal["generation.result", "generation.task"]
    GenerationOperation = Literal["image_generation", "video_generation"]
    ImageRole = Literal["first_frame", "last_frame"]
    Resolution = Literal["1080P", "720P"]
    ResponseVersion = Literal["2026-07-27"]
    TaskLanguage = Literal["en", "ja", "ko", "zh"]
    TaskStatus = Literal["cancelled", "completed", "failed", "pending", "processing", "queued"]
    UploadContentType = Literal["image/gif", "image/jpeg", "image/png", "image/webp"]
    VideoModel = Literal["wan2.7"]

__all__ = [
    "ASPECT_RATIOS",
    "DURATION_MAXIMUM",
    "DURATION_MINIMUM",
    "GENERATION_OBJECT_KINDS",
    "GENERATION_OPERATIONS",
    "HTTP_URL_MAX_LENGTH",
    "HTTP_URL_MIN_LENGTH",
    "HTTP_URL_PATTERN",
    "IDEMPOTENCY_KEY_MAX_LENGTH",
    "IDEMPOTENCY_KEY_MIN_LENGTH",
    "IDEMPOTENCY_KEY_PATTERN",
    "IMAGE_ROLES",
    "IMAGE_URLS_MAX_ITEMS",
    "IMAGE_URLS_MIN_ITEMS",
    "IMAGE_WITH_ROLES_MAX_ITEMS",
    "IMAGE_WITH_ROLES_MIN_ITEMS",
    "MODEL_MAX_LENGTH",
    "MODEL_MIN_LENGTH",
    "MODEL_PATTERN",
    "NEGATIVE_PROMPT_MAX_LENGTH",
    "NEGATIVE_PROMPT_MIN_LENGTH",
    "PROMPT_MAX_LENGTH",
    "PROMPT_MIN_LENGTH",
    "REQUEST_FIELDS",
    "RESOLUTIONS",
    "RESPONSE_VERSIONS",
    "SEED_MAXIMUM",
    "SEED_MINIMUM",
    "TASK_ID_MAX_LENGTH",
    "TASK_ID_MIN_LENGTH",
    "TASK_ID_PATTERN",
    "TASK_LANGUAGES",
    "TASK_STATUSES",
    "UPLOAD_CONTENT_TYPES",
    "VIDEO_MODELS",
    "VIDEO_URLS_MAX_ITEMS",
    "VIDEO_URLS_MIN_ITEMS",
    "AspectRatio",
    "GenerateFields",
    "GenerationObjectKind",
    "GenerationOperation",
    "ImageRole",
    "ImageWithRoleDict",
    "Resolution",
    "ResponseVersion",
    "TaskLanguage",
    "TaskStatus",
    "UploadContentType",
    "VideoModel",
    "VideoOptions",
]

# --- enums, in the generated client's order

VIDEO_MODELS: Final[tuple[VideoModel, ...]] = get_args(VideoModel)
RESOLUTIONS: Final[tuple[Resolution, ...]] = get_args(Resolution)
ASPECT_RATIOS: Final[tuple[AspectRatio, ...]] = get_args(AspectRatio)
IMAGE_ROLES: Final[tuple[ImageRole, ...]] = get_args(ImageRole)
RESPONSE_VERSIONS: Final[tuple[ResponseVersion, ...]] = get_args(ResponseVersion)
GENERATION_OBJECT_KINDS: Final[tuple[GenerationObjectKind, ...]] = get_args(GenerationObjectKind)
TASK_LANGUAGES: Final[tuple[TaskLanguage, ...]] = get_args(TaskLanguage)
TASK_STATUSES: Final[tuple[TaskStatus, ...]] = get_args(TaskStatus)
GENERATION_OPERATIONS: Final[tuple[GenerationOperation, ...]] = get_args(GenerationOperation)
UPLOAD_CONTENT_TYPES: Final[tuple[UploadContentType, ...]] = get_args(UploadContentType)

# --- bounds of the string components

HTTP_URL_MIN_LENGTH: Final = None
HTTP_URL_MAX_LENGTH: Final = 2048
HTTP_URL_PATTERN: Final = (
    "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
    "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
    "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
    ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
    "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
)

# --- bounds of the VideoGenerationRequest fields

PROMPT_MIN_LENGTH: Final = 1
PROMPT_MAX_LENGTH: Final = 5000
IMAGE_URLS_MIN_ITEMS: Final = 1
IMAGE_URLS_MAX_ITEMS: Final = 2
IMAGE_WITH_ROLES_MIN_ITEMS: Final = 1
IMAGE_WITH_ROLES_MAX_ITEMS: Final = 2
VIDEO_URLS_MIN_ITEMS: Final = 1
VIDEO_URLS_MAX_ITEMS: Final = None
NEGATIVE_PROMPT_MIN_LENGTH: Final = None
NEGATIVE_PROMPT_MAX_LENGTH: Final = 500
DURATION_MINIMUM: Final = 2
DURATION_MAXIMUM: Final = 15
SEED_MINIMUM: Final = 0
SEED_MAXIMUM: Final = None

# --- bounds of the string parameters

IDEMPOTENCY_KEY_MIN_LENGTH: Final = 1
IDEMPOTENCY_KEY_MAX_LENGTH: Final = 191
IDEMPOTENCY_KEY_PATTERN: Final = "^[\\x21-\\x7E]{1,191}$"
MODEL_MIN_LENGTH: Final = 1
MODEL_MAX_LENGTH: Final = None
MODEL_PATTERN: Final = None
TASK_ID_MIN_LENGTH: Final = 1
TASK_ID_MAX_LENGTH: Final = None
TASK_ID_PATTERN: Final = None

# --- the request's fields, for `generate(**fields)` and the mode helpers


class ImageWithRoleDict(TypedDict, total=False):
    """An image and the frame it becomes."""

    url: Required[str]
    """An absolute http or https URL the API can fetch, written with URI characters only (RFC
    3986: percent-encode spaces and non-ASCII characters).
    """
    role: ImageRole
    """Which frame of the output an image becomes."""


class VideoOptions(TypedDict, total=False):
    """The request fields no cross-field rule mentions: every mode takes them."""

    negative_prompt: str
    """What the video should not show, at most 500 characters."""
    resolution: Resolution
    """Output resolution, `720P` (standard) or `1080P` (high definition)."""
    duration: int
    """Length of the video in seconds, 2 to 15."""
    size: AspectRatio
    """Aspect ratio, effective only in text-to-video; ignored with an image or video (the input
    decides the aspect ratio).
    """
    prompt_extend: bool
    """Smart prompt rewriting; helps short prompts, makes the task slower."""
    watermark: bool
    """Adds an "AI Generated" watermark."""
    seed: int
    """Randomness seed, >= 0; the same seed and request give similar, not identical, results."""


class GenerateFields(VideoOptions, total=False):
    """Every VideoGenerationRequest field but `model` (the client sets it)."""

    prompt: str
    """What the video shows, at most 5000 characters. Required in text-to-video mode; optional
    but recommended with an image or video, to guide camera and action.
    """
    image_urls: list[str]
    """One image: the first frame. Two images: the first frame, then the last frame. Selects
    image-to-video. Use either this or `image_with_roles`.
    """
    image_with_roles: list[ImageWithRoleDict]
    """Alternative to `image_urls` with an explicit role per image: exactly one `first_frame`
    and at most one `last_frame` (an image without a role is a first frame). Selects
    image-to-video.
    """
    video_urls: list[str]
    """Video continuation: the video to continue (only the first entry is used). mp4 or mov,
    2-10 s, width and height in [240, 4096] px, aspect ratio between 1:8 and 8:1, at most
    100 MB (checked by the API when it fetches the file).
    """
    audio_url: str
    """Text-to-video: background music. With one first-frame image: driving audio synchronised
    with the motion. wav or mp3, 2-30 s, at most 15 MB. Not allowed with `video_urls` or
    with a last frame.
    """


REQUEST_FIELDS: Final = (
    "model",
    "prompt",
    "image_urls",
    "image_with_roles",
    "video_urls",
    "negative_prompt",
    "resolution",
    "duration",
    "size",
    "audio_url",
    "prompt_extend",
    "watermark",
    "seed",
)
