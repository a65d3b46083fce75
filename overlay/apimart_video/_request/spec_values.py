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
    "Wan27ReferenceImageDict",
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


class Wan27ReferenceImageDict(TypedDict, total=False):
    """One image for wan2.7-r2v: a reference (a character, an object, a scene or a style the
    video keeps) or the video's first frame, with an optional voice sample for the character
    it shows.
    """

    url: Required[str]
    """The image's URL."""
    role: Literal["reference_image", "first_frame"]
    """`reference_image` (the default): something the video keeps. `first_frame`: the video
    starts on this image, whose aspect ratio then decides the video's (`size` is ignored).
    """
    reference_voice: str
    """A voice sample (audio URL) for the character in this image: the character speaks with
    this voice in the video.
    """


class VideoOptions(TypedDict, total=False):
    """The options of every family: its fields but `model`, `prompt` and the media inputs (each
    family takes its own; `check_request` names the ones a model refuses).
    """

    negative_prompt: str
    """(wan2.7, kling-v2-6, wan2.7-r2v, wan2.7-videoedit, wan2.6, wan2.6-i2v-flash,
    wan2.5-preview) What the video should not show, at most 500 characters.
    """
    resolution: Resolution | Literal["720p", "1080p"] | Literal["480p", "720p", "1080p"]
    """(wan2.7, wan2.7-r2v, wan2.7-videoedit, wan2.6, wan2.6-i2v-flash, wan2.5-preview) Output
    resolution, `720P` (standard) or `1080P` (high definition).
    """
    duration: int | Literal[5, 10] | Literal[0, 2, 3, 4, 5, 6, 7, 8, 9, 10] | Literal[5, 10, 15]
    """(wan2.7, kling-v2-6, wan2.7-r2v, wan2.7-videoedit, wan2.6, wan2.6-i2v-flash,
    wan2.5-preview) Length of the video in seconds, 2 to 15.
    """
    size: AspectRatio
    """(wan2.7, wan2.7-r2v, wan2.7-videoedit, wan2.5-preview) Aspect ratio, effective only in
    text-to-video; ignored with an image or video (the input decides the aspect ratio).
    """
    prompt_extend: bool
    """(wan2.7, wan2.7-videoedit, wan2.6, wan2.5-preview) Smart prompt rewriting; helps short
    prompts, makes the task slower.
    """
    watermark: bool
    """(wan2.7, kling-v2-6, wan2.6) Adds an "AI Generated" watermark."""
    seed: int
    """(wan2.7, wan2.6, wan2.5-preview) Randomness seed, >= 0; the same seed and request give
    similar, not identical, results.
    """
    mode: Literal["std", "pro"]
    """(kling-v2-6) `std`: 720P, silent. `pro`: 1080P, may generate audio."""
    aspect_ratio: Literal["16:9", "9:16", "1:1"] | AspectRatio
    """(kling-v2-6, wan2.6) Aspect ratio; with an image, the image's ratio may win."""
    audio: bool
    """(kling-v2-6, wan2.6, wan2.6-i2v-flash, wan2.5-preview) Generate audio with the video
    (`pro` only; not with a last frame).
    """
    shot_type: Literal["single", "multi"]
    """(wan2.6, wan2.6-i2v-flash) `single`: one continuous shot. `multi`: several shots."""
    template: str
    """(wan2.6, wan2.6-i2v-flash) The name of an effect template, for image-to-video."""


class GenerateFields(VideoOptions, total=False):
    """Every field of every family but `model` (the client sets it)."""

    prompt: str
    """(wan2.7, kling-v2-6, wan2.7-r2v, wan2.7-videoedit, wan2.6, wan2.6-i2v-flash,
    wan2.5-preview) What the video shows, at most 5000 characters. Required in text-to-video
    mode; optional but recommended with an image or video, to guide camera and action.
    """
    image_urls: list[str]
    """(wan2.7, kling-v2-6, wan2.7-videoedit, wan2.6, wan2.6-i2v-flash, wan2.5-preview) One
    image: the first frame. Two images: the first frame, then the last frame. Selects
    image-to-video. Use either this or `image_with_roles`.
    """
    image_with_roles: list[ImageWithRoleDict] | list[Wan27ReferenceImageDict]
    """(wan2.7, wan2.7-r2v) Alternative to `image_urls` with an explicit role per image:
    exactly one `first_frame` and at most one `last_frame` (an image without a role is a
    first frame). Selects image-to-video.
    """
    video_urls: list[str]
    """(wan2.7, wan2.7-r2v, wan2.7-videoedit) Video continuation: the video to continue (only
    the first entry is used). mp4 or mov, 2-10 s, width and height in [240, 4096] px, aspect
    ratio between 1:8 and 8:1, at most 100 MB (checked by the API when it fetches the file).
    """
    audio_url: str
    """(wan2.7, wan2.6, wan2.6-i2v-flash, wan2.5-preview) Text-to-video: background music. With
    one first-frame image: driving audio synchronised with the motion. wav or mp3, 2-30 s,
    at most 15 MB. Not allowed with `video_urls` or with a last frame.
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
    "wan2.7-r2v": {
        "schema": "Wan27R2VRequest",
        "models": ("wan2.7-r2v",),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/wan2.7-r2v/generation",
        "summary": 'A wan2.7-r2v generation: a new video that keeps the characters, objects, scenes or style of reference images (`image_with_roles`) and reference videos (`video_urls`), at least one of the two and at most five inputs in all. One image may instead be the first frame (role `first_frame`); a reference image may carry a voice sample for its character. The prompt names the inputs in their order ("image 1", "video 1"). There is no text-only mode.',
        "required": ("model", "prompt"),
        "fields": {
            "model": {"type": "string", "enum": ("wan2.7-r2v",), "description": "The model id."},
            "prompt": {
                "type": "string",
                "minLength": 1,
                "maxLength": 5000,
                "description": 'What the video shows, at most 5000 characters. Name the inputs by their order: "image 1", "image 2", "video 1" (images and videos counted apart).',
            },
            "image_with_roles": {
                "type": "array",
                "minItems": 1,
                "maxItems": 5,
                "x-apimart-media": "image",
                "description": "Reference images, and at most one first frame (role `first_frame`). With `video_urls`, at most five inputs in all; at least one of the two is required.",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ("url",),
                    "description": "One image for wan2.7-r2v: a reference (a character, an object, a scene or a style the video keeps) or the video's first frame, with an optional voice sample for the character it shows.",
                    "properties": {
                        "url": {
                            "type": "string",
                            "pattern": "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$",
                            "maxLength": 2048,
                            "description": "The image's URL.",
                        },
                        "role": {
                            "type": "string",
                            "enum": ("reference_image", "first_frame"),
                            "default": "reference_image",
                            "description": "`reference_image` (the default): something the video keeps. `first_frame`: the video starts on this image, whose aspect ratio then decides the video's (`size` is ignored).",
                        },
                        "reference_voice": {
                            "type": "string",
                            "pattern": "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$",
                            "maxLength": 2048,
                            "description": "A voice sample (audio URL) for the character in this image: the character speaks with this voice in the video.",
                        },
                    },
                },
            },
            "video_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 5,
                "x-apimart-media": "video",
                "description": "Reference videos: mp4 or mov, 1-30 s, width and height in [240, 4096] px, aspect ratio between 1:8 and 8:1, at most 100 MB (checked by the API when it fetches each file). With `image_with_roles`, at most five inputs in all.",
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
                "description": "Length of the video in seconds, 2 to 15.",
            },
            "size": {
                "type": "string",
                "enum": ("16:9", "9:16", "1:1", "4:3", "3:4"),
                "description": "Aspect ratio of the video; ignored when an image has the role `first_frame` (that image's ratio wins).",
            },
        },
    },
    "wan2.7-videoedit": {
        "schema": "Wan27VideoEditRequest",
        "models": ("wan2.7-videoedit",),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/wan2.7-videoedit/generation",
        "summary": "A wan2.7-videoedit edit: the source video (`video_urls`, only the first is used) is changed as the prompt says (style, outfit, background, added elements), optionally after up to four reference images of the look to reach. Without a prompt the model applies a default style transfer. The output keeps the source's length (`duration` 0) or its first 2-10 s.",
        "required": ("model", "video_urls"),
        "fields": {
            "model": {
                "type": "string",
                "enum": ("wan2.7-videoedit",),
                "description": "The model id.",
            },
            "video_urls": {
                "type": "array",
                "minItems": 1,
                "x-apimart-media": "video",
                "description": "The video to edit (only the first entry is used): mp4 or mov, 2-10 s, width and height in [240, 4096] px, aspect ratio between 1:8 and 8:1, at most 100 MB (checked by the API when it fetches the file).",
                "items": {
                    "type": "string",
                    "pattern": "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$",
                    "maxLength": 2048,
                    "description": "An absolute http or https URL the API can fetch, written with URI characters only (RFC 3986: percent-encode spaces and non-ASCII characters).",
                },
            },
            "prompt": {
                "type": "string",
                "minLength": 1,
                "maxLength": 5000,
                "description": 'The edit to make, at most 5000 characters (e.g. "replace the background with a snowy mountain"). Without it, a default style transfer.',
            },
            "negative_prompt": {
                "type": "string",
                "maxLength": 500,
                "description": "What the video should not show, at most 500 characters.",
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 4,
                "x-apimart-media": "image",
                "description": "Up to four reference images of the style or appearance to reach.",
                "items": {
                    "type": "string",
                    "pattern": "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$",
                    "maxLength": 2048,
                    "description": "An absolute http or https URL the API can fetch, written with URI characters only (RFC 3986: percent-encode spaces and non-ASCII characters).",
                },
            },
            "resolution": {
                "type": "string",
                "enum": ("720P", "1080P"),
                "description": "Output resolution, `720P` (standard) or `1080P` (high definition).",
                "default": "1080P",
            },
            "duration": {
                "type": "integer",
                "enum": (0, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                "default": 0,
                "description": "0: the whole source video. 2 to 10: that many seconds from the start, no more than the source lasts. With 0, the output's actual length is billed.",
            },
            "size": {
                "type": "string",
                "enum": ("16:9", "9:16", "1:1", "4:3", "3:4"),
                "description": "Aspect ratio of the output; without it, the source video's ratio.",
            },
            "prompt_extend": {"type": "boolean", "description": "Smart prompt rewriting."},
        },
    },
    "wan2.6": {
        "schema": "Wan26Request",
        "models": ("wan2.6",),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/wan2.6/generation",
        "summary": "A wan2.6 generation: text-to-video, or image-to-video from one first-frame image (`image_urls`, a URL or a Base64 data URI), 5, 10 or 15 s at `720p` or `1080p`. The video can get generated sound (`audio`) or a given soundtrack (`audio_url`, which wins over `audio`), one shot or several (`shot_type`), and in image-to-video an effect template. `aspect_ratio` applies to text-to-video only.",
        "required": ("model",),
        "fields": {
            "model": {"type": "string", "enum": ("wan2.6",), "description": "The model id."},
            "prompt": {
                "type": "string",
                "minLength": 1,
                "description": "What the video shows: scene, action, style. Required in text-to-video; optional with an image.",
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1,
                "x-apimart-media": "image",
                "description": "One image, the first frame: a public URL or a Base64 data URI (`data:image/png;base64,...`). Selects image-to-video.",
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
                            "description": "A Base64 data URI",
                        },
                    )
                },
            },
            "negative_prompt": {
                "type": "string",
                "maxLength": 500,
                "description": "What the video should not show, at most 500 characters.",
            },
            "aspect_ratio": {
                "type": "string",
                "enum": ("16:9", "9:16", "1:1", "4:3", "3:4"),
                "description": "Aspect ratio, text-to-video only (with an image, the image decides).",
                "default": "16:9",
            },
            "resolution": {
                "type": "string",
                "enum": ("720p", "1080p"),
                "default": "720p",
                "description": "Output resolution (`480p` is not offered); billed per second by resolution.",
            },
            "duration": {
                "type": "integer",
                "enum": (5, 10, 15),
                "default": 5,
                "description": "Length of the video in seconds, 5, 10 or 15.",
            },
            "seed": {
                "type": "integer",
                "minimum": 0,
                "description": "Randomness seed, >= 0; the same seed and request give similar results.",
            },
            "prompt_extend": {
                "type": "boolean",
                "description": "Lets the API rewrite and enrich the prompt.",
            },
            "audio": {
                "type": "boolean",
                "description": "Adds generated sound that matches the video.",
            },
            "audio_url": {
                "type": "string",
                "pattern": "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$",
                "maxLength": 2048,
                "description": "A soundtrack for the video (wav or mp3; upstream: 3-30 s, at most 15 MB). Wins over `audio`.",
                "x-apimart-media": "audio",
            },
            "shot_type": {
                "type": "string",
                "enum": ("single", "multi"),
                "description": "`single`: one continuous shot. `multi`: several shots.",
            },
            "watermark": {"type": "boolean", "description": "Adds a watermark."},
            "template": {
                "type": "string",
                "minLength": 1,
                "description": "The name of an effect template, for image-to-video.",
            },
        },
    },
    "wan2.6-i2v-flash": {
        "schema": "Wan26I2VFlashRequest",
        "models": ("wan2.6-i2v-flash",),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/wan2.6/i2v-flash-generation",
        "summary": "A wan2.6-i2v-flash generation, the fast image-to-video model: one first-frame image (required; a URL or a Base64 data URI) becomes a 2-15 s video at `720p` or `1080p`, whose aspect ratio is the image's. Sound is generated by default (`audio: false` for a silent video); `audio_url` gives a soundtrack instead, and is ignored when `audio` is false.",
        "required": ("model", "image_urls"),
        "fields": {
            "model": {
                "type": "string",
                "enum": ("wan2.6-i2v-flash",),
                "description": "The model id.",
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1,
                "x-apimart-media": "image",
                "description": "One image, the first frame: a public URL or a Base64 data URI; JPEG, PNG (not transparent), BMP or WEBP, width and height 240-8000 px, at most 10 MB.",
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
                            "description": "A Base64 data URI",
                        },
                    )
                },
            },
            "prompt": {
                "type": "string",
                "minLength": 1,
                "description": "The motion, camera and style to give the image (optional, recommended).",
            },
            "negative_prompt": {
                "type": "string",
                "maxLength": 500,
                "description": "What the video should not show, at most 500 characters.",
            },
            "resolution": {
                "type": "string",
                "enum": ("720p", "1080p"),
                "default": "1080p",
                "description": "Output resolution (1080p costs more); the aspect ratio is the image's.",
            },
            "duration": {
                "type": "integer",
                "minimum": 2,
                "maximum": 15,
                "default": 5,
                "description": "Length of the video in seconds, 2 to 15.",
            },
            "audio": {
                "type": "boolean",
                "default": True,
                "description": "`true`: generated music and sound effects. `false`: a silent video.",
            },
            "audio_url": {
                "type": "string",
                "pattern": "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$",
                "maxLength": 2048,
                "description": "A soundtrack (wav or mp3, 3-30 s, at most 15 MB), cut to the video's length or followed by silence; ignored when `audio` is false.",
                "x-apimart-media": "audio",
            },
            "shot_type": {
                "type": "string",
                "enum": ("single", "multi"),
                "description": "`single`: one continuous shot. `multi`: several shots.",
            },
            "template": {
                "type": "string",
                "minLength": 1,
                "description": "The name of an effect template.",
            },
        },
    },
    "wan2.5-preview": {
        "schema": "Wan25PreviewRequest",
        "models": ("wan2.5-preview",),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/wan2.5/generation",
        "summary": "A wan2.5-preview generation: text-to-video, or image-to-video from one first-frame image (`image_urls`, a URL or a Base64 data URI), 5 or 10 s at `480p`, `720p` or `1080p`. `size`, the aspect ratio, applies to text-to-video only, and `480p` has no `4:3` or `3:4`. Sound is generated, or given with `audio_url`.",
        "required": ("model",),
        "fields": {
            "model": {
                "type": "string",
                "enum": ("wan2.5-preview",),
                "description": "The model id.",
            },
            "prompt": {
                "type": "string",
                "minLength": 1,
                "description": "What the video shows: scene, action, style. Required in text-to-video; optional (recommended) with an image.",
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1,
                "x-apimart-media": "image",
                "description": "One image, the first frame: a public URL or a Base64 data URI. Selects image-to-video; leave it out for text-to-video.",
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
                            "description": "A Base64 data URI",
                        },
                    )
                },
            },
            "negative_prompt": {
                "type": "string",
                "maxLength": 500,
                "description": "What the video should not show, at most 500 characters.",
            },
            "resolution": {
                "type": "string",
                "enum": ("480p", "720p", "1080p"),
                "default": "720p",
                "description": "Output resolution (price 1080p > 720p > 480p); `480p` has no 4:3 or 3:4.",
            },
            "duration": {
                "type": "integer",
                "enum": (5, 10),
                "default": 5,
                "description": "Length of the video in seconds, 5 or 10.",
            },
            "size": {
                "type": "string",
                "enum": ("16:9", "9:16", "1:1", "4:3", "3:4"),
                "description": "Aspect ratio, text-to-video only (with an image, the image decides). At `480p` only `16:9`, `9:16` and `1:1`.",
                "default": "16:9",
            },
            "seed": {
                "type": "integer",
                "minimum": 0,
                "description": "Randomness seed, >= 0; the same seed and request give similar results.",
            },
            "prompt_extend": {
                "type": "boolean",
                "description": "Lets the API rewrite and enrich the prompt.",
            },
            "audio": {
                "type": "boolean",
                "description": "Adds generated sound that matches the video.",
            },
            "audio_url": {
                "type": "string",
                "pattern": "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$",
                "maxLength": 2048,
                "description": "A soundtrack for the video (wav or mp3; upstream 3-30 s, at most 15 MB).",
                "x-apimart-media": "audio",
            },
        },
    },
}
