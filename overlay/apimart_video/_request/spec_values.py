"""The values of openapi.yaml the overlay uses: enums, bounds, lengths, patterns, fields.

Written by `make generate` (tools/write_spec_values.py) from openapi.yaml: do not edit.
The enums are the generated client's `Literal`s; at run time the same `Literal`s are written
here, so that importing this module does not load the generated models (a test holds them
equal). A bound the spec leaves out is `None`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal, Required, TypedDict, get_args

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
    VideoModel = Literal["kling-v2-6", "wan2.7"]

__all__ = [
    "ASPECT_RATIOS",
    "DURATION_MAXIMUM",
    "DURATION_MINIMUM",
    "FAMILIES",
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
    "FamilyValues",
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


class FamilyValues(TypedDict):
    """One model family's request schema (a branch of the spec's request `oneOf`), as the
    rules engine reads it: each field's schema with its `$ref`s followed."""

    schema: str
    models: tuple[str, ...]
    docs_url: str
    summary: str
    required: tuple[str, ...]
    fields: dict[str, dict[str, Any]]


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

# --- bounds of the Wan27Request fields

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
    """The options of every family: its fields but `model`, `prompt` and the media inputs (each
    family takes its own; `check_request` names the ones a model refuses).
    """

    negative_prompt: str
    """(wan2.7, kling-v2-6) What the video should not show, at most 500 characters."""
    resolution: (
        Resolution
        | Literal["768p", "1080p"]
        | Literal["512p", "768p", "1080p"]
        | Literal["540p", "720p", "1080p"]
        | Literal["720p", "1080p", "4k"]
    )
    """(wan2.7, MiniMax-Hailuo-2.3, MiniMax-Hailuo-02, viduq3, viduq3-pro, Omni-Flash-Ext)
    Output resolution, `720P` (standard) or `1080P` (high definition).
    """
    duration: int | Literal[5, 10] | Literal[6, 10] | Literal[4, 6, 8, 10]
    """(wan2.7, kling-v2-6, MiniMax-Hailuo-2.3, MiniMax-Hailuo-02, viduq3, viduq3-pro,
    Omni-Flash-Ext) Length of the video in seconds, 2 to 15.
    """
    size: AspectRatio
    """(wan2.7) Aspect ratio, effective only in text-to-video; ignored with an image or video
    (the input decides the aspect ratio).
    """
    prompt_extend: bool
    """(wan2.7) Smart prompt rewriting; helps short prompts, makes the task slower."""
    watermark: bool
    """(wan2.7, kling-v2-6, MiniMax-Hailuo-2.3, MiniMax-Hailuo-02) Adds an "AI Generated"
    watermark.
    """
    seed: int
    """(wan2.7, viduq3, viduq3-pro) Randomness seed, >= 0; the same seed and request give
    similar, not identical, results.
    """
    mode: Literal["std", "pro"]
    """(kling-v2-6) `std`: 720P, silent. `pro`: 1080P, may generate audio."""
    aspect_ratio: (
        Literal["16:9", "9:16", "1:1"]
        | Literal["16:9", "9:16", "4:3", "3:4", "1:1"]
        | Literal["16:9", "9:16"]
    )
    """(kling-v2-6, viduq3, viduq3-pro, Omni-Flash-Ext) Aspect ratio; with an image, the
    image's ratio may win.
    """
    audio: bool
    """(kling-v2-6, viduq3-pro) Generate audio with the video (`pro` only; not with a last
    frame).
    """
    prompt_optimizer: bool
    """(MiniMax-Hailuo-2.3, MiniMax-Hailuo-02) Lets the service rewrite the prompt for a better
    result.
    """
    fast_pretreatment: bool
    """(MiniMax-Hailuo-2.3, MiniMax-Hailuo-02) Spends less time optimising the prompt (faster,
    possibly a little worse).
    """


class GenerateFields(VideoOptions, total=False):
    """Every field of every family but `model` (the client sets it)."""

    prompt: str
    """(wan2.7, kling-v2-6, MiniMax-Hailuo-2.3, MiniMax-Hailuo-02, viduq3, viduq3-pro,
    Omni-Flash-Ext) What the video shows, at most 5000 characters. Required in text-to-video
    mode; optional but recommended with an image or video, to guide camera and action.
    """
    image_urls: list[str]
    """(wan2.7, kling-v2-6, viduq3, viduq3-pro, Omni-Flash-Ext) One image: the first frame. Two
    images: the first frame, then the last frame. Selects image-to-video. Use either this or
    `image_with_roles`.
    """
    image_with_roles: list[ImageWithRoleDict]
    """(wan2.7) Alternative to `image_urls` with an explicit role per image: exactly one
    `first_frame` and at most one `last_frame` (an image without a role is a first frame).
    Selects image-to-video.
    """
    video_urls: list[str]
    """(wan2.7, Omni-Flash-Ext) Video continuation: the video to continue (only the first entry
    is used). mp4 or mov, 2-10 s, width and height in [240, 4096] px, aspect ratio between
    1:8 and 8:1, at most 100 MB (checked by the API when it fetches the file).
    """
    audio_url: str
    """(wan2.7) Text-to-video: background music. With one first-frame image: driving audio
    synchronised with the motion. wav or mp3, 2-30 s, at most 15 MB. Not allowed with
    `video_urls` or with a last frame.
    """
    first_frame_image: str
    """(MiniMax-Hailuo-2.3, MiniMax-Hailuo-02) The opening frame (image-to-video): a public
    image URL or a Base64 data URI (`data:image/jpeg;base64,...`). Required with
    `MiniMax-Hailuo-2.3-Fast`.
    """
    last_frame_image: str
    """(MiniMax-Hailuo-02) The closing frame, with `first_frame_image`: a public image URL or a
    Base64 data URI. Not at `512p`.
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


# --- every model family: what the rules engine checks

FAMILIES: Final[dict[str, FamilyValues]] = {
    "wan2.7": {
        "schema": "Wan27Request",
        "models": ("wan2.7",),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/wan2.7/generation",
        "summary": "A wan2.7 generation. The fields present select the mode: text-to-video (no image, no video), first frame (one image), first and last frame (two images), video continuation (one video), or image with driving audio (one first-frame image and `audio_url`). Unknown fields are refused so that a misspelt option is not silently dropped.",
        "required": ("model",),
        "fields": {
            "model": {"type": "string", "enum": ("wan2.7",), "description": "The model id."},
            "prompt": {
                "type": "string",
                "minLength": 1,
                "maxLength": 5000,
                "description": "What the video shows, at most 5000 characters. Required in text-to-video mode; optional but recommended with an image or video, to guide camera and action.",
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 2,
                "description": "One image: the first frame. Two images: the first frame, then the last frame. Selects image-to-video. Use either this or `image_with_roles`.",
                "x-apimart-media": "image",
                "items": {
                    "type": "string",
                    "pattern": "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$",
                    "maxLength": 2048,
                    "description": "An absolute http or https URL the API can fetch, written with URI characters only (RFC 3986: percent-encode spaces and non-ASCII characters).",
                },
            },
            "image_with_roles": {
                "type": "array",
                "minItems": 1,
                "maxItems": 2,
                "description": "Alternative to `image_urls` with an explicit role per image: exactly one `first_frame` and at most one `last_frame` (an image without a role is a first frame). Selects image-to-video.",
                "x-apimart-media": "image",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ("url",),
                    "description": "An image and the frame it becomes.",
                    "properties": {
                        "url": {
                            "type": "string",
                            "pattern": "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$",
                            "maxLength": 2048,
                            "description": "An absolute http or https URL the API can fetch, written with URI characters only (RFC 3986: percent-encode spaces and non-ASCII characters).",
                        },
                        "role": {
                            "type": "string",
                            "enum": ("first_frame", "last_frame"),
                            "description": "Which frame of the output an image becomes.",
                            "default": "first_frame",
                        },
                    },
                },
            },
            "video_urls": {
                "type": "array",
                "minItems": 1,
                "description": "Video continuation: the video to continue (only the first entry is used). mp4 or mov, 2-10 s, width and height in [240, 4096] px, aspect ratio between 1:8 and 8:1, at most 100 MB (checked by the API when it fetches the file).",
                "x-apimart-media": "video",
                "items": {
                    "type": "string",
                    "pattern": "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$",
                    "maxLength": 2048,
                    "description": "An absolute http or https URL the API can fetch, written with URI characters only (RFC 3986: percent-encode spaces and non-ASCII characters).",
                },
            },
            "negative_prompt": {
                "type": "string",
                "maxLength": 500,
                "description": "What the video should not show, at most 500 characters.",
            },
            "resolution": {
                "type": "string",
                "enum": ("720P", "1080P"),
                "description": "Output resolution, `720P` (standard) or `1080P` (high definition).",
                "default": "1080P",
            },
            "duration": {
                "type": "integer",
                "minimum": 2,
                "maximum": 15,
                "default": 5,
                "description": "Length of the video in seconds, 2 to 15.",
            },
            "size": {
                "type": "string",
                "enum": ("16:9", "9:16", "1:1", "4:3", "3:4"),
                "description": "Aspect ratio, effective only in text-to-video; ignored with an image or video (the input decides the aspect ratio).",
                "default": "16:9",
            },
            "audio_url": {
                "type": "string",
                "pattern": "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$",
                "maxLength": 2048,
                "description": "Text-to-video: background music. With one first-frame image: driving audio synchronised with the motion. wav or mp3, 2-30 s, at most 15 MB. Not allowed with `video_urls` or with a last frame.",
                "x-apimart-media": "audio",
            },
            "prompt_extend": {
                "type": "boolean",
                "default": True,
                "description": "Smart prompt rewriting; helps short prompts, makes the task slower.",
            },
            "watermark": {
                "type": "boolean",
                "default": False,
                "description": 'Adds an "AI Generated" watermark.',
            },
            "seed": {
                "type": "integer",
                "minimum": 0,
                "description": "Randomness seed, >= 0; the same seed and request give similar, not identical, results.",
            },
        },
    },
    "kling-v2-6": {
        "schema": "KlingV26Request",
        "models": ("kling-v2-6",),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/kling-v2-6/generation",
        "summary": "A kling-v2-6 generation: text-to-video, or image-to-video from a first frame (and a last frame in `pro`). `mode` `std` renders 720P without sound; `pro` renders 1080P and can generate audio. In `pro` a last frame and `audio` cannot be used together. With an image, the image's ratio may override `aspect_ratio`.",
        "required": ("model", "prompt"),
        "fields": {
            "model": {"type": "string", "enum": ("kling-v2-6",), "description": "The model id."},
            "prompt": {
                "type": "string",
                "minLength": 1,
                "maxLength": 2500,
                "description": "What the video shows, at most 2500 characters.",
            },
            "mode": {
                "type": "string",
                "enum": ("std", "pro"),
                "default": "std",
                "description": "`std`: 720P, silent. `pro`: 1080P, may generate audio.",
            },
            "duration": {
                "type": "integer",
                "enum": (5, 10),
                "default": 5,
                "description": "Length of the video in seconds, 5 or 10.",
            },
            "aspect_ratio": {
                "type": "string",
                "enum": ("16:9", "9:16", "1:1"),
                "default": "16:9",
                "description": "Aspect ratio; with an image, the image's ratio may win.",
            },
            "negative_prompt": {"type": "string", "description": "What the video should not show."},
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 2,
                "x-apimart-media": "image",
                "description": "One image: the first frame. Two: the first frame, then the last frame (`pro` only). Selects image-to-video.",
                "items": {
                    "type": "string",
                    "pattern": "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$",
                    "maxLength": 2048,
                    "description": "An absolute http or https URL the API can fetch, written with URI characters only (RFC 3986: percent-encode spaces and non-ASCII characters).",
                },
            },
            "audio": {
                "type": "boolean",
                "default": False,
                "description": "Generate audio with the video (`pro` only; not with a last frame).",
            },
            "watermark": {"type": "boolean", "description": "Adds a watermark."},
        },
    },
    "MiniMax-Hailuo-2.3": {
        "schema": "Hailuo23Request",
        "models": ("MiniMax-Hailuo-2.3", "MiniMax-Hailuo-2.3-Fast"),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/minimax-hailuo-2.3/generation",
        "summary": "A MiniMax Hailuo 2.3 generation: text-to-video, or image-to-video when `first_frame_image` gives the opening frame. 6 or 10 seconds at `768p`; `1080p` renders 6-second clips only. The prompt can steer the camera with bracketed commands such as `[Push in]` or `[Pan left,Pedestal up]` (15 commands; those in one bracket act together, at most 3 are advised).",
        "required": ("model", "prompt"),
        "fields": {
            "model": {
                "type": "string",
                "enum": ("MiniMax-Hailuo-2.3", "MiniMax-Hailuo-2.3-Fast"),
                "description": "The model id; `MiniMax-Hailuo-2.3-Fast` is faster and needs a first frame.",
            },
            "prompt": {
                "type": "string",
                "minLength": 1,
                "maxLength": 2000,
                "description": "The scene, action and style, at most 2000 characters. Camera commands go in square brackets, e.g. `[Truck left]`, `[Zoom in]`, `[Static shot]`.",
            },
            "duration": {
                "type": "integer",
                "enum": (6, 10),
                "default": 6,
                "description": "Length of the video in seconds, 6 or 10 (10 only at `768p`).",
            },
            "resolution": {
                "type": "string",
                "enum": ("768p", "1080p"),
                "default": "768p",
                "description": "`768p` (6 or 10 s) or `1080p` (6 s only).",
            },
            "first_frame_image": {
                "x-apimart-media": "image",
                "description": "The opening frame (image-to-video): a public image URL or a Base64 data URI (`data:image/jpeg;base64,...`). Required with `MiniMax-Hailuo-2.3-Fast`.",
                "anyOf": (
                    {
                        "type": "string",
                        "pattern": "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$",
                        "maxLength": 2048,
                        "description": "An absolute http or https URL the API can fetch, written with URI characters only (RFC 3986: percent-encode spaces and non-ASCII characters).",
                    },
                    {
                        "type": "string",
                        "pattern": "^data:image/[a-z+.-]+;base64,",
                        "description": "A Base64 data URI of the image",
                    },
                ),
            },
            "prompt_optimizer": {
                "type": "boolean",
                "default": True,
                "description": "Lets the service rewrite the prompt for a better result.",
            },
            "fast_pretreatment": {
                "type": "boolean",
                "default": False,
                "description": "Spends less time optimising the prompt (faster, possibly a little worse).",
            },
            "watermark": {"type": "boolean", "default": False, "description": "Adds a watermark."},
        },
    },
    "MiniMax-Hailuo-02": {
        "schema": "Hailuo02Request",
        "models": ("MiniMax-Hailuo-02",),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/minimax-hailuo/generation",
        "summary": "A MiniMax Hailuo 02 generation: text-to-video, image-to-video from `first_frame_image`, or a transition from `first_frame_image` to `last_frame_image`. 5 or 10 seconds at `512p` or `768p`; `1080p` renders 5-second clips only.",
        "required": ("model", "prompt"),
        "fields": {
            "model": {
                "type": "string",
                "enum": ("MiniMax-Hailuo-02",),
                "description": "The model id.",
            },
            "prompt": {
                "type": "string",
                "minLength": 1,
                "maxLength": 2000,
                "description": "The scene, action and style, at most 2000 characters.",
            },
            "duration": {
                "type": "integer",
                "enum": (5, 10),
                "default": 5,
                "description": "Length of the video in seconds, 5 or 10 (10 not at `1080p`).",
            },
            "resolution": {
                "type": "string",
                "enum": ("512p", "768p", "1080p"),
                "default": "768p",
                "description": "`512p` (standard), `768p` (high) or `1080p` (full HD, 5 s only).",
            },
            "first_frame_image": {
                "x-apimart-media": "image",
                "description": "The opening frame (image-to-video): a public image URL or a Base64 data URI (`data:image/jpeg;base64,...`).",
                "anyOf": (
                    {
                        "type": "string",
                        "pattern": "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$",
                        "maxLength": 2048,
                        "description": "An absolute http or https URL the API can fetch, written with URI characters only (RFC 3986: percent-encode spaces and non-ASCII characters).",
                    },
                    {
                        "type": "string",
                        "pattern": "^data:image/[a-z+.-]+;base64,",
                        "description": "A Base64 data URI of the image",
                    },
                ),
            },
            "last_frame_image": {
                "x-apimart-media": "image",
                "description": "The closing frame, with `first_frame_image`: a public image URL or a Base64 data URI. Not at `512p`.",
                "anyOf": (
                    {
                        "type": "string",
                        "pattern": "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$",
                        "maxLength": 2048,
                        "description": "An absolute http or https URL the API can fetch, written with URI characters only (RFC 3986: percent-encode spaces and non-ASCII characters).",
                    },
                    {
                        "type": "string",
                        "pattern": "^data:image/[a-z+.-]+;base64,",
                        "description": "A Base64 data URI of the image",
                    },
                ),
            },
            "prompt_optimizer": {
                "type": "boolean",
                "default": True,
                "description": "Lets the service rewrite the prompt for a better result.",
            },
            "fast_pretreatment": {
                "type": "boolean",
                "default": False,
                "description": "Spends less time optimising the prompt (faster, possibly a little worse).",
            },
            "watermark": {"type": "boolean", "default": False, "description": "Adds a watermark."},
        },
    },
    "viduq3": {
        "schema": "ViduQ3Request",
        "models": ("viduq3", "viduq3-mix"),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/vidu-q3/generation",
        "summary": "A Vidu Q3 reference-to-video generation: 1 to 7 reference images give the subjects (their look), the prompt gives the action and the camera. `viduq3` is the everyday choice (3-16 s, `540p`, `720p` or `1080p`); `viduq3-mix` favours quality and very short clips (1-16 s, `720p` or `1080p`).",
        "required": ("model", "prompt", "image_urls"),
        "fields": {
            "model": {
                "type": "string",
                "enum": ("viduq3", "viduq3-mix"),
                "description": "The model id; `viduq3-mix` allows 1-2 s clips but not `540p`.",
            },
            "prompt": {
                "type": "string",
                "minLength": 1,
                "maxLength": 5000,
                "description": "The action and the camera, at most 5000 characters; the reference images already fix how the subjects look.",
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 7,
                "x-apimart-media": "image",
                "description": "The reference images (subjects, style), 1 to 7 public image URLs.",
                "items": {
                    "type": "string",
                    "pattern": "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$",
                    "maxLength": 2048,
                    "description": "An absolute http or https URL the API can fetch, written with URI characters only (RFC 3986: percent-encode spaces and non-ASCII characters).",
                },
            },
            "duration": {
                "type": "integer",
                "minimum": 1,
                "maximum": 16,
                "default": 5,
                "description": "Length of the video in seconds, 3 to 16 (`viduq3-mix`, 1 to 16).",
            },
            "resolution": {
                "type": "string",
                "enum": ("540p", "720p", "1080p"),
                "default": "720p",
                "description": "`540p` (`viduq3` only), `720p` or `1080p`.",
            },
            "aspect_ratio": {
                "type": "string",
                "enum": ("16:9", "9:16", "4:3", "3:4", "1:1"),
                "default": "16:9",
                "description": "Shape of the frame.",
            },
            "seed": {
                "type": "integer",
                "minimum": 0,
                "maximum": 2147483647,
                "description": "Randomness seed; absent, a random one is used. The same seed gives similar, not identical, videos.",
            },
        },
    },
    "viduq3-pro": {
        "schema": "ViduQ3ProRequest",
        "models": ("viduq3-pro", "viduq3-turbo"),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/vidu-q3-pro/generation",
        "summary": "A Vidu Q3 Pro generation. The number of `image_urls` picks the mode: none is text-to-video (a prompt is then required), one is the first frame, two are the first and the last frame. 1 to 16 seconds; sound (dialogue, effects) is on unless `audio` is false. `aspect_ratio` applies to text-to-video only; with images the API ignores it.",
        "required": ("model",),
        "fields": {
            "model": {
                "type": "string",
                "enum": ("viduq3-pro", "viduq3-turbo"),
                "description": "The model id; `viduq3-turbo` trades some quality for speed.",
            },
            "prompt": {
                "type": "string",
                "minLength": 1,
                "maxLength": 2000,
                "description": "What the video shows, at most 2000 characters. Required for text-to-video; optional with images.",
            },
            "duration": {
                "type": "integer",
                "minimum": 1,
                "maximum": 16,
                "default": 5,
                "description": "Length of the video in seconds, 1 to 16.",
            },
            "resolution": {
                "type": "string",
                "enum": ("540p", "720p", "1080p"),
                "default": "720p",
                "description": "`540p`, `720p` or `1080p`.",
            },
            "aspect_ratio": {
                "type": "string",
                "enum": ("16:9", "9:16", "4:3", "3:4", "1:1"),
                "description": "Shape of the frame, text-to-video only (ignored with images).",
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 2,
                "x-apimart-media": "image",
                "description": "One image: the first frame. Two: the first frame, then the last frame. Public image URLs. Leave it out for text-to-video.",
                "items": {
                    "type": "string",
                    "pattern": "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$",
                    "maxLength": 2048,
                    "description": "An absolute http or https URL the API can fetch, written with URI characters only (RFC 3986: percent-encode spaces and non-ASCII characters).",
                },
            },
            "audio": {
                "type": "boolean",
                "default": True,
                "description": "Generates dialogue and sound effects; false gives a silent video.",
            },
            "seed": {
                "type": "integer",
                "minimum": 0,
                "maximum": 2147483647,
                "description": "Randomness seed, for reproducible results.",
            },
        },
    },
    "Omni-Flash-Ext": {
        "schema": "OmniFlashExtRequest",
        "models": ("Omni-Flash-Ext",),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/omni-flash-ext/generation",
        "summary": "An Omni-Flash-Ext generation. The inputs pick the mode: no image is text-to-video, one image is image-to-video, three images are fused as references; a reference video in `video_urls` gives the motion, alone or with images (which then give identity and composition). Two images (a first and a last frame) are refused by the API with `unsupported_image_count`. 4, 6, 8 or 10 seconds (others, such as 5 or 7, are `invalid_duration`); `720p`, `1080p` or `4k` (others are `invalid_resolution`).",
        "required": ("model", "prompt"),
        "fields": {
            "model": {
                "type": "string",
                "enum": ("Omni-Flash-Ext",),
                "description": "The model id (this exact case).",
            },
            "prompt": {
                "type": "string",
                "minLength": 1,
                "description": "What the video shows: scene, subject, action, setting, camera, style and sound cues. Must not be empty.",
            },
            "duration": {
                "type": "integer",
                "enum": (4, 6, 8, 10),
                "default": 6,
                "description": "Length of the video in seconds, 4, 6, 8 or 10.",
            },
            "resolution": {
                "type": "string",
                "enum": ("720p", "1080p", "4k"),
                "default": "720p",
                "description": "`720p`, `1080p` or `4k` (lower case, as the page writes them).",
            },
            "aspect_ratio": {
                "type": "string",
                "enum": ("16:9", "9:16"),
                "default": "16:9",
                "description": "`16:9` (landscape) or `9:16` (portrait).",
            },
            "image_urls": {
                "type": "array",
                "maxItems": 3,
                "x-apimart-media": "image",
                "description": "None (or an empty list): text-to-video. One: image-to-video. Three: reference fusion. Never two. Public image URLs or Base64 data URIs.",
                "items": {
                    "anyOf": (
                        {
                            "type": "string",
                            "pattern": "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$",
                            "maxLength": 2048,
                            "description": "An absolute http or https URL the API can fetch, written with URI characters only (RFC 3986: percent-encode spaces and non-ASCII characters).",
                        },
                        {
                            "type": "string",
                            "pattern": "^data:image/[a-z+.-]+;base64,",
                            "description": "A Base64 data URI of the image",
                        },
                    )
                },
            },
            "video_urls": {
                "type": "array",
                "maxItems": 1,
                "x-apimart-media": "video",
                "description": "At most one reference video (a public http or https URL) whose motion the output follows; may be combined with `image_urls`.",
                "items": {
                    "type": "string",
                    "pattern": "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$",
                    "maxLength": 2048,
                    "description": "An absolute http or https URL the API can fetch, written with URI characters only (RFC 3986: percent-encode spaces and non-ASCII characters).",
                },
            },
        },
    },
}
