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
    VideoModel = Literal[
        "doubao-seedance-1-0-pro-fast",
        "doubao-seedance-1-0-pro-quality",
        "doubao-seedance-1-5-pro",
        "doubao-seedance-2.0",
        "doubao-seedance-2.0-face",
        "doubao-seedance-2.0-fast",
        "doubao-seedance-2.0-fast-face",
        "grok-imagine-1.5-video-apimart",
        "kling-3.0-turbo",
        "kling-v2-6",
        "kling-v2-6-motion-control",
        "kling-v3",
        "kling-v3-motion-control",
        "kling-v3-omni",
        "MiniMax-Hailuo-02",
        "MiniMax-Hailuo-2.3",
        "MiniMax-Hailuo-2.3-Fast",
        "Omni-Flash-Ext",
        "pixverse-v6",
        "sora-2",
        "sora-2-preview",
        "sora-2-pro",
        "sora-2-pro-preview",
        "veo3.1-fast",
        "veo3.1-fast-official",
        "veo3.1-quality",
        "veo3.1-quality-official",
        "viduq3",
        "viduq3-mix",
        "viduq3-pro",
        "viduq3-turbo",
        "wan2.5-preview",
        "wan2.6",
        "wan2.6-i2v-flash",
        "wan2.7",
        "wan2.7-r2v",
        "wan2.7-videoedit",
    ]

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
    "KlingOmniElementDict",
    "KlingOmniImageWithRoleDict",
    "KlingOmniShotDict",
    "KlingOmniVideoDict",
    "KlingWatermarkInfoDict",
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


class KlingOmniImageWithRoleDict(TypedDict, total=False):
    """An image and its role."""

    url: Required[str]
    """An absolute http or https URL the API can fetch, written with URI characters only (RFC
    3986: percent-encode spaces and non-ASCII characters).
    """
    role: Required[Literal["first_frame", "last_frame", "reference"]]
    """What the image is to the video."""


class KlingOmniVideoDict(TypedDict, total=False):
    """A video and how it is used."""

    url: Required[str]
    """An absolute http or https URL the API can fetch, written with URI characters only (RFC
    3986: percent-encode spaces and non-ASCII characters).
    """
    refer_type: Literal["base", "feature"]
    """`base`: the video to edit. `feature`: a feature reference."""
    keep_original_sound: Literal["no", "yes"]
    """Keep the video's own sound, `yes` or `no`."""


class KlingOmniElementDict(TypedDict, total=False):
    """A subject, its name and its images."""

    name: Required[str]
    """The name the prompt uses after `@`."""
    description: Required[str]
    """What the subject is."""
    element_input_urls: Required[list[str]]
    """2 to 4 images of the subject, the first from the front."""


class KlingOmniShotDict(TypedDict, total=False):
    """One shot."""

    index: Required[int]
    """The shot's place, from 1."""
    prompt: Required[str]
    """What the shot shows, at most 512 characters."""
    duration: Required[int]
    """Length of the shot in seconds, at least 1."""


class KlingWatermarkInfoDict(TypedDict, total=False):
    """Watermark control of a kling motion-control request."""

    enabled: Required[bool]
    """Adds a watermark."""


class VideoOptions(TypedDict, total=False):
    """The options of every family: its fields but `model`, `prompt` and the media inputs (each
    family takes its own; `check_request` names the ones a model refuses).
    """

    negative_prompt: str
    """A field of wan2.7, kling-v2-6, wan2.7-r2v, wan2.7-videoedit, wan2.6, wan2.6-i2v-flash,
    wan2.5-preview, kling-v3, kling-v3-omni, veo3.1-official, pixverse-v6: its values and
    bounds are each model's own.
    """
    resolution: (
        Resolution
        | Literal["720p", "1080p"]
        | Literal["480p", "720p", "1080p"]
        | Literal["768p", "1080p"]
        | Literal["512p", "768p", "1080p"]
        | Literal["540p", "720p", "1080p"]
        | Literal["720p", "1080p", "4k"]
        | Literal["720p", "1024p", "1080p"]
        | Literal["720p", "1080p", "4K"]
        | Literal["360p", "540p", "720p", "1080p"]
    )
    """A field of wan2.7, wan2.7-r2v, wan2.7-videoedit, wan2.6, wan2.6-i2v-flash,
    wan2.5-preview, kling-3.0-turbo, MiniMax-Hailuo-2.3, MiniMax-Hailuo-02, viduq3,
    viduq3-pro, Omni-Flash-Ext, sora-2, veo3.1-official, veo3.1, doubao-seedance-1.0,
    doubao-seedance-1.5, doubao-seedance-2.0, pixverse-v6: its values and bounds are each
    model's own.
    """
    duration: (
        int
        | Literal[5, 10]
        | Literal[0, 2, 3, 4, 5, 6, 7, 8, 9, 10]
        | Literal[5, 10, 15]
        | Literal[6, 10]
        | Literal[4, 6, 8, 10]
        | Literal[4, 8, 12]
        | Literal[4, 8, 12, 16, 20]
        | Literal[4, 6, 8]
        | Literal[8]
    )
    """A field of wan2.7, kling-v2-6, wan2.7-r2v, wan2.7-videoedit, wan2.6, wan2.6-i2v-flash,
    wan2.5-preview, kling-v3, kling-v3-omni, kling-3.0-turbo, MiniMax-Hailuo-2.3,
    MiniMax-Hailuo-02, viduq3, viduq3-pro, Omni-Flash-Ext, sora-2-preview, sora-2,
    veo3.1-official, veo3.1, doubao-seedance-1.0, doubao-seedance-1.5, doubao-seedance-2.0,
    pixverse-v6, grok-imagine-video: its values and bounds are each model's own.
    """
    size: (
        AspectRatio
        | Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"]
        | Literal["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]
        | Literal["16:9", "9:16", "1:1", "3:2", "2:3"]
    )
    """A field of wan2.7, wan2.7-r2v, wan2.7-videoedit, wan2.5-preview, doubao-seedance-2.0,
    pixverse-v6, grok-imagine-video: its values and bounds are each model's own.
    """
    prompt_extend: bool
    """A field of wan2.7, wan2.7-videoedit, wan2.6, wan2.5-preview: its values and bounds are
    each model's own.
    """
    watermark: bool
    """A field of wan2.7, kling-v2-6, wan2.6, kling-v3, kling-3.0-turbo, MiniMax-Hailuo-2.3,
    MiniMax-Hailuo-02, pixverse-v6: its values and bounds are each model's own.
    """
    seed: int
    """A field of wan2.7, wan2.6, wan2.5-preview, viduq3, viduq3-pro, veo3.1-official,
    doubao-seedance-1.0, doubao-seedance-1.5, doubao-seedance-2.0, pixverse-v6: its values
    and bounds are each model's own.
    """
    mode: Literal["std", "pro"] | Literal["std", "pro", "4k"]
    """A field of kling-v2-6, kling-v3, kling-v3-omni, kling-motion-control: its values and
    bounds are each model's own.
    """
    aspect_ratio: (
        Literal["16:9", "9:16", "1:1"]
        | AspectRatio
        | Literal["16:9", "9:16", "4:3", "3:4", "1:1"]
        | Literal["16:9", "9:16"]
        | Literal["landscape", "16:9", "portrait", "9:16"]
        | Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9"]
    )
    """A field of kling-v2-6, wan2.6, kling-v3, kling-v3-omni, kling-3.0-turbo, viduq3,
    viduq3-pro, Omni-Flash-Ext, sora-2-preview, sora-2, veo3.1-official, veo3.1,
    doubao-seedance-1.0, doubao-seedance-1.5: its values and bounds are each model's own.
    """
    audio: bool
    """A field of kling-v2-6, wan2.6, wan2.6-i2v-flash, wan2.5-preview, kling-v3-omni,
    viduq3-pro, doubao-seedance-1.5: its values and bounds are each model's own.
    """
    shot_type: Literal["single", "multi"] | Literal["customize", "intelligence"]
    """A field of wan2.6, wan2.6-i2v-flash, kling-v3-omni: its values and bounds are each
    model's own.
    """
    template: str
    """A field of wan2.6, wan2.6-i2v-flash: its values and bounds are each model's own."""
    element_list: list[KlingOmniElementDict]
    """(kling-v3-omni) Subjects to keep the same across the video, each named `@name` in the
    prompt.
    """
    multi_shot: bool
    """(kling-v3-omni) A video of several shots."""
    multi_prompt: list[KlingOmniShotDict]
    """(kling-v3-omni) The shots of a custom multi-shot video, 1 to 6, `index` counting from 1;
    their durations add up to `duration`. Required with `multi_shot: true` and `shot_type:
    customize`.
    """
    keep_original_sound: Literal["yes", "no"]
    """(kling-motion-control) Keep the reference video's sound, `yes` or `no`."""
    character_orientation: Literal["image", "video"]
    """(kling-motion-control) Whose orientation the character takes: `image` (reference video
    3-10 s) or `video` (reference video 3-30 s).
    """
    watermark_info: KlingWatermarkInfoDict
    """(kling-motion-control) Watermark control."""
    prompt_optimizer: bool
    """A field of MiniMax-Hailuo-2.3, MiniMax-Hailuo-02: its values and bounds are each model's
    own.
    """
    fast_pretreatment: bool
    """A field of MiniMax-Hailuo-2.3, MiniMax-Hailuo-02: its values and bounds are each model's
    own.
    """
    sample_count: int
    """(veo3.1-official) How many videos to generate, 1 to 4 (1 advised)."""
    generate_audio: bool
    """A field of veo3.1-official, doubao-seedance-2.0, pixverse-v6: its values and bounds are
    each model's own.
    """
    person_generation: Literal["allow_adult", "disallow"]
    """(veo3.1-official) Whether people may appear: `allow_adult` (adults only) or `disallow`."""
    generation_type: Literal["frame", "reference"]
    """(veo3.1) How `image_urls` is used: `frame`, the first image starts the video and a
    second one ends it; `reference`, up to three images the video draws on (not with
    `veo3.1-quality`).
    """
    enable_gif: bool
    """(veo3.1) Also output a GIF; not with `1080p` or `4k`."""
    official_fallback: bool
    """(veo3.1) Fall back to the official channel when this one fails."""
    camera_fixed: bool
    """A field of doubao-seedance-1.5, doubao-seedance-2.0: its values and bounds are each
    model's own.
    """
    return_last_frame: bool
    """(doubao-seedance-2.0) Also returns the URL of the video's last frame, to chain a next
    video from it.
    """
    motion_mode: Literal["normal"]
    """(pixverse-v6) Motion mode; `normal` is the only one pixverse-v6 has."""
    generate_multi_clip: bool
    """(pixverse-v6) Makes one continuous video of several clips (text-to-video and
    image-to-video).
    """
    quality: Literal["480p", "720p"]
    """(grok-imagine-video) Output resolution, `480p` (standard) or `720p`."""


class GenerateFields(VideoOptions, total=False):
    """Every field of every family but `model` (the client sets it)."""

    prompt: str
    """A field of wan2.7, kling-v2-6, wan2.7-r2v, wan2.7-videoedit, wan2.6, wan2.6-i2v-flash,
    wan2.5-preview, kling-v3, kling-v3-omni, kling-motion-control, kling-3.0-turbo,
    MiniMax-Hailuo-2.3, MiniMax-Hailuo-02, viduq3, viduq3-pro, Omni-Flash-Ext,
    sora-2-preview, sora-2, veo3.1-official, veo3.1, doubao-seedance-1.0,
    doubao-seedance-1.5, doubao-seedance-2.0, pixverse-v6, grok-imagine-video: its values
    and bounds are each model's own.
    """
    image_urls: list[str]
    """A field of wan2.7, kling-v2-6, wan2.7-videoedit, wan2.6, wan2.6-i2v-flash,
    wan2.5-preview, kling-v3, kling-v3-omni, viduq3, viduq3-pro, Omni-Flash-Ext,
    sora-2-preview, sora-2, veo3.1, doubao-seedance-1.0, doubao-seedance-1.5,
    doubao-seedance-2.0, pixverse-v6, grok-imagine-video: its values and bounds are each
    model's own.
    """
    image_with_roles: (
        list[ImageWithRoleDict] | list[Wan27ReferenceImageDict] | list[KlingOmniImageWithRoleDict]
    )
    """A field of wan2.7, wan2.7-r2v, kling-v3-omni, doubao-seedance-1.0, doubao-seedance-1.5,
    doubao-seedance-2.0: its values and bounds are each model's own.
    """
    video_urls: list[str]
    """A field of wan2.7, wan2.7-r2v, wan2.7-videoedit, Omni-Flash-Ext, doubao-seedance-2.0:
    its values and bounds are each model's own.
    """
    audio_url: str
    """A field of wan2.7, wan2.6, wan2.6-i2v-flash, wan2.5-preview: its values and bounds are
    each model's own.
    """
    last_frame_image: str
    """A field of kling-v3, MiniMax-Hailuo-02, veo3.1-official: its values and bounds are each
    model's own.
    """
    video_list: list[KlingOmniVideoDict]
    """(kling-v3-omni) One video: the video to edit (`refer_type` `base`, the default), or a
    feature reference (`feature`). A video to edit takes no first or last frame.
    """
    image_url: str
    """(kling-motion-control) The character to animate (its appearance), a public URL."""
    video_url: str
    """(kling-motion-control) The motion to follow: a public direct link, mp4 or mov advised,
    under 100 MB; 3-10 s with `character_orientation` `image`, 3-30 s with `video`.
    """
    first_frame_image: str
    """A field of kling-3.0-turbo, MiniMax-Hailuo-2.3, MiniMax-Hailuo-02, veo3.1-official: its
    values and bounds are each model's own.
    """
    audio_urls: list[str]
    """(doubao-seedance-2.0) Reference audio (voice, music, effects), at most 3; only together
    with reference images or a reference video.
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
        "summary": (
            "A wan2.7 generation. The fields present select the mode: "
            "text-to-video (no image, no video), first frame (one image),"
            " first and last frame (two images), video continuation (one "
            "video), or image with driving audio (one first-frame image "
            "and `audio_url`). Unknown fields are refused so that a "
            "misspelt option is not silently dropped."
        ),
        "required": ("model",),
        "fields": {
            "model": {"type": "string", "enum": ("wan2.7",), "description": "The model id."},
            "prompt": {
                "type": "string",
                "minLength": 1,
                "maxLength": 5000,
                "description": (
                    "What the video shows, at most 5000 characters. Required in "
                    "text-to-video mode; optional but recommended with an image "
                    "or video, to guide camera and action."
                ),
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 2,
                "description": (
                    "One image: the first frame. Two images: the first frame, "
                    "then the last frame. Selects image-to-video. Use either this"
                    " or `image_with_roles`."
                ),
                "x-apimart-media": "image",
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
                },
            },
            "image_with_roles": {
                "type": "array",
                "minItems": 1,
                "maxItems": 2,
                "description": (
                    "Alternative to `image_urls` with an explicit role per image:"
                    " exactly one `first_frame` and at most one `last_frame` (an "
                    "image without a role is a first frame). Selects "
                    "image-to-video."
                ),
                "x-apimart-media": "image",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ("url",),
                    "description": "An image and the frame it becomes.",
                    "properties": {
                        "url": {
                            "type": "string",
                            "pattern": (
                                "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]"
                                "{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+("
                                "?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa"
                                "-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-"
                                "Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A"
                                "-Fa-f]{2})*)?$"
                            ),
                            "maxLength": 2048,
                            "description": (
                                "An absolute http or https URL the API can fetch, written"
                                " with URI characters only (RFC 3986: percent-encode "
                                "spaces and non-ASCII characters)."
                            ),
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
                "description": (
                    "Video continuation: the video to continue (only the first "
                    "entry is used). mp4 or mov, 2-10 s, width and height in "
                    "[240, 4096] px, aspect ratio between 1:8 and 8:1, at most "
                    "100 MB (checked by the API when it fetches the file)."
                ),
                "x-apimart-media": "video",
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
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
                "description": (
                    "Aspect ratio, effective only in text-to-video; ignored with "
                    "an image or video (the input decides the aspect ratio)."
                ),
                "default": "16:9",
            },
            "audio_url": {
                "type": "string",
                "pattern": (
                    "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                    "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                    "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                    ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                    "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                ),
                "maxLength": 2048,
                "description": (
                    "Text-to-video: background music. With one first-frame image:"
                    " driving audio synchronised with the motion. wav or mp3, "
                    "2-30 s, at most 15 MB. Not allowed with `video_urls` or with"
                    " a last frame."
                ),
                "x-apimart-media": "audio",
            },
            "prompt_extend": {
                "type": "boolean",
                "default": True,
                "description": (
                    "Smart prompt rewriting; helps short prompts, makes the task slower."
                ),
            },
            "watermark": {
                "type": "boolean",
                "default": False,
                "description": 'Adds an "AI Generated" watermark.',
            },
            "seed": {
                "type": "integer",
                "minimum": 0,
                "description": (
                    "Randomness seed, >= 0; the same seed and request give "
                    "similar, not identical, results."
                ),
            },
        },
    },
    "kling-v2-6": {
        "schema": "KlingV26Request",
        "models": ("kling-v2-6",),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/kling-v2-6/generation",
        "summary": (
            "A kling-v2-6 generation: text-to-video, or image-to-video "
            "from a first frame (and a last frame in `pro`). `mode` `std`"
            " renders 720P without sound; `pro` renders 1080P and can "
            "generate audio. In `pro` a last frame and `audio` cannot be "
            "used together. With an image, the image's ratio may override"
            " `aspect_ratio`."
        ),
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
                "description": (
                    "One image: the first frame. Two: the first frame, then the "
                    "last frame (`pro` only). Selects image-to-video."
                ),
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
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
        "summary": (
            "A wan2.7-r2v generation: a new video that keeps the "
            "characters, objects, scenes or style of reference images "
            "(`image_with_roles`) and reference videos (`video_urls`), at"
            " least one of the two and at most five inputs in all. One "
            "image may instead be the first frame (role `first_frame`); a"
            " reference image may carry a voice sample for its character."
            ' The prompt names the inputs in their order ("image 1", '
            '"video 1"). There is no text-only mode.'
        ),
        "required": ("model", "prompt"),
        "fields": {
            "model": {"type": "string", "enum": ("wan2.7-r2v",), "description": "The model id."},
            "prompt": {
                "type": "string",
                "minLength": 1,
                "maxLength": 5000,
                "description": (
                    "What the video shows, at most 5000 characters. Name the "
                    'inputs by their order: "image 1", "image 2", "video 1" '
                    "(images and videos counted apart)."
                ),
            },
            "image_with_roles": {
                "type": "array",
                "minItems": 1,
                "maxItems": 5,
                "x-apimart-media": "image",
                "description": (
                    "Reference images, and at most one first frame (role "
                    "`first_frame`). With `video_urls`, at most five inputs in "
                    "all; at least one of the two is required."
                ),
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ("url",),
                    "description": (
                        "One image for wan2.7-r2v: a reference (a character, an "
                        "object, a scene or a style the video keeps) or the video's "
                        "first frame, with an optional voice sample for the character"
                        " it shows."
                    ),
                    "properties": {
                        "url": {
                            "type": "string",
                            "pattern": (
                                "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]"
                                "{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+("
                                "?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa"
                                "-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-"
                                "Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A"
                                "-Fa-f]{2})*)?$"
                            ),
                            "maxLength": 2048,
                            "description": "The image's URL.",
                        },
                        "role": {
                            "type": "string",
                            "enum": ("reference_image", "first_frame"),
                            "default": "reference_image",
                            "description": (
                                "`reference_image` (the default): something the video "
                                "keeps. `first_frame`: the video starts on this image, "
                                "whose aspect ratio then decides the video's (`size` is "
                                "ignored)."
                            ),
                        },
                        "reference_voice": {
                            "type": "string",
                            "pattern": (
                                "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]"
                                "{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+("
                                "?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa"
                                "-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-"
                                "Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A"
                                "-Fa-f]{2})*)?$"
                            ),
                            "maxLength": 2048,
                            "description": (
                                "A voice sample (audio URL) for the character in this "
                                "image: the character speaks with this voice in the "
                                "video."
                            ),
                        },
                    },
                },
            },
            "video_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 5,
                "x-apimart-media": "video",
                "description": (
                    "Reference videos: mp4 or mov, 1-30 s, width and height in "
                    "[240, 4096] px, aspect ratio between 1:8 and 8:1, at most "
                    "100 MB (checked by the API when it fetches each file). With "
                    "`image_with_roles`, at most five inputs in all."
                ),
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
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
                "description": (
                    "Aspect ratio of the video; ignored when an image has the "
                    "role `first_frame` (that image's ratio wins)."
                ),
            },
        },
    },
    "wan2.7-videoedit": {
        "schema": "Wan27VideoEditRequest",
        "models": ("wan2.7-videoedit",),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/wan2.7-videoedit/generation",
        "summary": (
            "A wan2.7-videoedit edit: the source video (`video_urls`, "
            "only the first is used) is changed as the prompt says "
            "(style, outfit, background, added elements), optionally "
            "after up to four reference images of the look to reach. "
            "Without a prompt the model applies a default style transfer."
            " The output keeps the source's length (`duration` 0) or its "
            "first 2-10 s."
        ),
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
                "description": (
                    "The video to edit (only the first entry is used): mp4 or "
                    "mov, 2-10 s, width and height in [240, 4096] px, aspect "
                    "ratio between 1:8 and 8:1, at most 100 MB (checked by the "
                    "API when it fetches the file)."
                ),
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
                },
            },
            "prompt": {
                "type": "string",
                "minLength": 1,
                "maxLength": 5000,
                "description": (
                    'The edit to make, at most 5000 characters (e.g. "replace the'
                    ' background with a snowy mountain"). Without it, a default '
                    "style transfer."
                ),
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
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
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
                "description": (
                    "0: the whole source video. 2 to 10: that many seconds from "
                    "the start, no more than the source lasts. With 0, the "
                    "output's actual length is billed."
                ),
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
        "summary": (
            "A wan2.6 generation: text-to-video, or image-to-video from "
            "one first-frame image (`image_urls`, a URL or a Base64 data "
            "URI), 5, 10 or 15 s at `720p` or `1080p`. The video can get "
            "generated sound (`audio`) or a given soundtrack "
            "(`audio_url`, which wins over `audio`), one shot or several "
            "(`shot_type`), and in image-to-video an effect template. "
            "`aspect_ratio` applies to text-to-video only."
        ),
        "required": ("model",),
        "fields": {
            "model": {"type": "string", "enum": ("wan2.6",), "description": "The model id."},
            "prompt": {
                "type": "string",
                "minLength": 1,
                "description": (
                    "What the video shows: scene, action, style. Required in "
                    "text-to-video; optional with an image."
                ),
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1,
                "x-apimart-media": "image",
                "description": (
                    "One image, the first frame: a public URL or a Base64 data "
                    "URI (`data:image/png;base64,...`). Selects image-to-video."
                ),
                "items": {
                    "anyOf": (
                        {
                            "type": "string",
                            "pattern": (
                                "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]"
                                "{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+("
                                "?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa"
                                "-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-"
                                "Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A"
                                "-Fa-f]{2})*)?$"
                            ),
                            "maxLength": 2048,
                            "description": (
                                "An absolute http or https URL the API can fetch, written"
                                " with URI characters only (RFC 3986: percent-encode "
                                "spaces and non-ASCII characters)."
                            ),
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
                "description": (
                    "Aspect ratio, text-to-video only (with an image, the image decides)."
                ),
                "default": "16:9",
            },
            "resolution": {
                "type": "string",
                "enum": ("720p", "1080p"),
                "default": "720p",
                "description": (
                    "Output resolution (`480p` is not offered); billed per second by resolution."
                ),
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
                "description": (
                    "Randomness seed, >= 0; the same seed and request give similar results."
                ),
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
                "pattern": (
                    "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                    "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                    "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                    ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                    "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                ),
                "maxLength": 2048,
                "description": (
                    "A soundtrack for the video (wav or mp3; upstream: 3-30 s, at"
                    " most 15 MB). Wins over `audio`."
                ),
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
        "summary": (
            "A wan2.6-i2v-flash generation, the fast image-to-video "
            "model: one first-frame image (required; a URL or a Base64 "
            "data URI) becomes a 2-15 s video at `720p` or `1080p`, whose"
            " aspect ratio is the image's. Sound is generated by default "
            "(`audio: false` for a silent video); `audio_url` gives a "
            "soundtrack instead, and is ignored when `audio` is false."
        ),
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
                "description": (
                    "One image, the first frame: a public URL or a Base64 data "
                    "URI; JPEG, PNG (not transparent), BMP or WEBP, width and "
                    "height 240-8000 px, at most 10 MB."
                ),
                "items": {
                    "anyOf": (
                        {
                            "type": "string",
                            "pattern": (
                                "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]"
                                "{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+("
                                "?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa"
                                "-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-"
                                "Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A"
                                "-Fa-f]{2})*)?$"
                            ),
                            "maxLength": 2048,
                            "description": (
                                "An absolute http or https URL the API can fetch, written"
                                " with URI characters only (RFC 3986: percent-encode "
                                "spaces and non-ASCII characters)."
                            ),
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
                "description": (
                    "The motion, camera and style to give the image (optional, recommended)."
                ),
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
                "description": (
                    "Output resolution (1080p costs more); the aspect ratio is the image's."
                ),
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
                "description": (
                    "`true`: generated music and sound effects. `false`: a silent video."
                ),
            },
            "audio_url": {
                "type": "string",
                "pattern": (
                    "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                    "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                    "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                    ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                    "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                ),
                "maxLength": 2048,
                "description": (
                    "A soundtrack (wav or mp3, 3-30 s, at most 15 MB), cut to the"
                    " video's length or followed by silence; ignored when `audio`"
                    " is false."
                ),
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
        "summary": (
            "A wan2.5-preview generation: text-to-video, or "
            "image-to-video from one first-frame image (`image_urls`, a "
            "URL or a Base64 data URI), 5 or 10 s at `480p`, `720p` or "
            "`1080p`. `size`, the aspect ratio, applies to text-to-video "
            "only, and `480p` has no `4:3` or `3:4`. Sound is generated, "
            "or given with `audio_url`."
        ),
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
                "description": (
                    "What the video shows: scene, action, style. Required in "
                    "text-to-video; optional (recommended) with an image."
                ),
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1,
                "x-apimart-media": "image",
                "description": (
                    "One image, the first frame: a public URL or a Base64 data "
                    "URI. Selects image-to-video; leave it out for text-to-video."
                ),
                "items": {
                    "anyOf": (
                        {
                            "type": "string",
                            "pattern": (
                                "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]"
                                "{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+("
                                "?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa"
                                "-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-"
                                "Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A"
                                "-Fa-f]{2})*)?$"
                            ),
                            "maxLength": 2048,
                            "description": (
                                "An absolute http or https URL the API can fetch, written"
                                " with URI characters only (RFC 3986: percent-encode "
                                "spaces and non-ASCII characters)."
                            ),
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
                "description": (
                    "Output resolution (price 1080p > 720p > 480p); `480p` has no 4:3 or 3:4."
                ),
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
                "description": (
                    "Aspect ratio, text-to-video only (with an image, the image "
                    "decides). At `480p` only `16:9`, `9:16` and `1:1`."
                ),
                "default": "16:9",
            },
            "seed": {
                "type": "integer",
                "minimum": 0,
                "description": (
                    "Randomness seed, >= 0; the same seed and request give similar results."
                ),
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
                "pattern": (
                    "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                    "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                    "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                    ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                    "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                ),
                "maxLength": 2048,
                "description": (
                    "A soundtrack for the video (wav or mp3; upstream 3-30 s, at most 15 MB)."
                ),
                "x-apimart-media": "audio",
            },
        },
    },
    "kling-v3": {
        "schema": "KlingV3Request",
        "models": ("kling-v3",),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/kling-v3/generation",
        "summary": (
            "A kling-v3 generation: text-to-video, or image-to-video when"
            " `image_urls` is given (one image is the first frame; a "
            "second image, or `last_frame_image`, is the last frame). "
            "`mode` `std` renders 720P, `pro` 1080P. 15 s exists only in "
            "text-to-video; with an image the video is 5 or 10 s long, "
            "and the image's ratio may win over `aspect_ratio`."
        ),
        "required": ("model", "prompt"),
        "fields": {
            "model": {"type": "string", "enum": ("kling-v3",), "description": "The model id."},
            "prompt": {
                "type": "string",
                "minLength": 1,
                "description": "What the video shows (scene, action, style); English works best.",
            },
            "mode": {
                "type": "string",
                "enum": ("std", "pro"),
                "default": "std",
                "description": "`std`: 720P. `pro`: 1080P.",
            },
            "duration": {
                "type": "integer",
                "enum": (5, 10, 15),
                "default": 5,
                "description": (
                    "Length of the video in seconds, 5, 10 or 15 (15 only in text-to-video)."
                ),
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
                "description": (
                    "One image: the first frame. Two: the first frame, then the "
                    "last frame. Selects image-to-video. Public URLs without "
                    "hotlink protection."
                ),
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
                },
            },
            "last_frame_image": {
                "type": "string",
                "pattern": (
                    "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                    "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                    "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                    ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                    "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                ),
                "maxLength": 2048,
                "description": (
                    "The last frame, with a single first frame in `image_urls` "
                    "(the other way to give a last frame than a second image)."
                ),
                "x-apimart-media": "image",
            },
            "watermark": {"type": "boolean", "description": "Adds a watermark."},
        },
    },
    "kling-v3-omni": {
        "schema": "KlingV3OmniRequest",
        "models": ("kling-v3-omni",),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/kling-v3-omni/generation",
        "summary": (
            "A kling-v3-omni generation, one interface for every input: "
            "text-to-video; images in `image_urls` that the prompt names "
            "as `<<<image_1>>>`, `<<<image_2>>>`, ... (when it names "
            "none, the API puts `<<<image_1>>>` in front); images with a "
            "role in `image_with_roles` (a first frame, a last frame, or "
            "a reference); one video in `video_list`, either edited "
            "(`refer_type` `base`, the default) or used as a feature "
            "reference (`feature`); elements in `element_list`, named "
            "`@name` in the prompt; and a multi-shot video (`multi_shot`,"
            " `shot_type`, `multi_prompt`). `mode` `std` renders 720P, "
            "`pro` 1080P, `4k` 4K. With a video, `audio` is ignored."
        ),
        "required": ("model",),
        "fields": {
            "model": {"type": "string", "enum": ("kling-v3-omni",), "description": "The model id."},
            "prompt": {
                "type": "string",
                "minLength": 1,
                "description": (
                    "What the video shows; `<<<image_N>>>` names the N-th entry "
                    "of `image_urls` (from 1), `@name` an element of "
                    "`element_list`. Required except in a custom multi-shot."
                ),
            },
            "negative_prompt": {
                "type": "string",
                "maxLength": 2500,
                "description": "What the video should not show, at most 2500 characters.",
            },
            "mode": {
                "type": "string",
                "enum": ("std", "pro", "4k"),
                "default": "std",
                "description": "`std`: 720P. `pro`: 1080P. `4k`: 4K.",
            },
            "duration": {
                "type": "integer",
                "minimum": 3,
                "maximum": 15,
                "default": 5,
                "description": "Length of the video in seconds, 3 to 15.",
            },
            "aspect_ratio": {
                "type": "string",
                "enum": ("16:9", "9:16", "1:1"),
                "default": "16:9",
                "description": "Aspect ratio of the video.",
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "x-apimart-media": "image",
                "description": (
                    "Images the prompt names by position (`<<<image_1>>>` is the "
                    "first). Use either this or `image_with_roles`."
                ),
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
                },
            },
            "image_with_roles": {
                "type": "array",
                "minItems": 1,
                "x-apimart-media": "image",
                "description": (
                    "Images with a role each: `first_frame`, `last_frame` (needs "
                    "a first frame) or `reference`; the way to ask for "
                    "image-to-video. At most one first and one last frame. Use "
                    "either this or `image_urls`."
                ),
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ("url", "role"),
                    "description": "An image and its role.",
                    "properties": {
                        "url": {
                            "type": "string",
                            "pattern": (
                                "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]"
                                "{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+("
                                "?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa"
                                "-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-"
                                "Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A"
                                "-Fa-f]{2})*)?$"
                            ),
                            "maxLength": 2048,
                            "description": (
                                "An absolute http or https URL the API can fetch, written"
                                " with URI characters only (RFC 3986: percent-encode "
                                "spaces and non-ASCII characters)."
                            ),
                        },
                        "role": {
                            "type": "string",
                            "enum": ("first_frame", "last_frame", "reference"),
                            "description": "What the image is to the video.",
                        },
                    },
                },
            },
            "video_list": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1,
                "x-apimart-media": "video",
                "description": (
                    "One video: the video to edit (`refer_type` `base`, the "
                    "default), or a feature reference (`feature`). A video to "
                    "edit takes no first or last frame."
                ),
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ("url",),
                    "description": "A video and how it is used.",
                    "properties": {
                        "url": {
                            "type": "string",
                            "pattern": (
                                "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]"
                                "{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+("
                                "?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa"
                                "-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-"
                                "Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A"
                                "-Fa-f]{2})*)?$"
                            ),
                            "maxLength": 2048,
                            "description": (
                                "An absolute http or https URL the API can fetch, written"
                                " with URI characters only (RFC 3986: percent-encode "
                                "spaces and non-ASCII characters)."
                            ),
                        },
                        "refer_type": {
                            "type": "string",
                            "enum": ("base", "feature"),
                            "default": "base",
                            "description": (
                                "`base`: the video to edit. `feature`: a feature reference."
                            ),
                        },
                        "keep_original_sound": {
                            "type": "string",
                            "enum": ("no", "yes"),
                            "default": "no",
                            "description": "Keep the video's own sound, `yes` or `no`.",
                        },
                    },
                },
            },
            "element_list": {
                "type": "array",
                "minItems": 1,
                "description": (
                    "Subjects to keep the same across the video, each named `@name` in the prompt."
                ),
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ("name", "description", "element_input_urls"),
                    "description": "A subject, its name and its images.",
                    "properties": {
                        "name": {
                            "type": "string",
                            "minLength": 1,
                            "description": "The name the prompt uses after `@`.",
                        },
                        "description": {"type": "string", "description": "What the subject is."},
                        "element_input_urls": {
                            "type": "array",
                            "minItems": 2,
                            "maxItems": 4,
                            "description": (
                                "2 to 4 images of the subject, the first from the front."
                            ),
                            "items": {
                                "type": "string",
                                "pattern": (
                                    "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-F"
                                    "a-f]{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-"
                                    "f]{2})+(?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:"
                                    "@]|%[0-9A-Fa-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+"
                                    ",;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&"
                                    "'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                                ),
                                "maxLength": 2048,
                                "description": (
                                    "An absolute http or https URL the API can fetch, "
                                    "written with URI characters only (RFC 3986: "
                                    "percent-encode spaces and non-ASCII characters)."
                                ),
                            },
                        },
                    },
                },
            },
            "audio": {
                "type": "boolean",
                "description": "Generate sound with the video (ignored with `video_list`).",
            },
            "multi_shot": {
                "type": "boolean",
                "default": False,
                "description": "A video of several shots.",
            },
            "shot_type": {
                "type": "string",
                "enum": ("customize", "intelligence"),
                "description": (
                    "How a multi-shot video is cut: `customize` (the shots of "
                    "`multi_prompt`) or `intelligence` (the model cuts the "
                    "prompt). Required with `multi_shot: true`."
                ),
            },
            "multi_prompt": {
                "type": "array",
                "minItems": 1,
                "maxItems": 6,
                "description": (
                    "The shots of a custom multi-shot video, 1 to 6, `index` "
                    "counting from 1; their durations add up to `duration`. "
                    "Required with `multi_shot: true` and `shot_type: customize`."
                ),
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ("index", "prompt", "duration"),
                    "description": "One shot.",
                    "properties": {
                        "index": {
                            "type": "integer",
                            "minimum": 1,
                            "description": "The shot's place, from 1.",
                        },
                        "prompt": {
                            "type": "string",
                            "maxLength": 512,
                            "description": "What the shot shows, at most 512 characters.",
                        },
                        "duration": {
                            "type": "integer",
                            "minimum": 1,
                            "description": "Length of the shot in seconds, at least 1.",
                        },
                    },
                },
            },
        },
    },
    "kling-motion-control": {
        "schema": "KlingMotionControlRequest",
        "models": ("kling-v2-6-motion-control", "kling-v3-motion-control"),
        "docs_url": (
            "https://docs.apimart.ai/en/api-reference/videos/kling-v2-6/k"
            "ling-v2-6-motion-control-generation"
        ),
        "summary": (
            "A kling motion-control generation "
            "(`kling-v2-6-motion-control` or `kling-v3-motion-control`): "
            "the character of `image_url` moves the way the person in "
            "`video_url` moves. There is no duration, size or resolution:"
            " the video follows the reference video, whose length the API"
            " measures (and bills). With `character_orientation` `image` "
            "the reference video may be 3 to 10 s long, with `video` 3 to"
            " 30 s (checked by the API when it fetches the file)."
        ),
        "required": ("model", "image_url", "video_url"),
        "fields": {
            "model": {
                "type": "string",
                "enum": ("kling-v2-6-motion-control", "kling-v3-motion-control"),
                "description": "The model id.",
            },
            "prompt": {
                "type": "string",
                "description": (
                    "Optional but recommended: the motion, the camera and the "
                    "style wanted; the more precise, the steadier the result."
                ),
            },
            "image_url": {
                "type": "string",
                "pattern": (
                    "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                    "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                    "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                    ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                    "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                ),
                "maxLength": 2048,
                "description": "The character to animate (its appearance), a public URL.",
                "x-apimart-media": "image",
            },
            "video_url": {
                "type": "string",
                "pattern": (
                    "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                    "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                    "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                    ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                    "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                ),
                "maxLength": 2048,
                "description": (
                    "The motion to follow: a public direct link, mp4 or mov "
                    "advised, under 100 MB; 3-10 s with `character_orientation` "
                    "`image`, 3-30 s with `video`."
                ),
                "x-apimart-media": "video",
            },
            "keep_original_sound": {
                "type": "string",
                "enum": ("yes", "no"),
                "default": "yes",
                "description": "Keep the reference video's sound, `yes` or `no`.",
            },
            "character_orientation": {
                "type": "string",
                "enum": ("image", "video"),
                "description": (
                    "Whose orientation the character takes: `image` (reference "
                    "video 3-10 s) or `video` (reference video 3-30 s)."
                ),
            },
            "mode": {
                "type": "string",
                "enum": ("std", "pro"),
                "description": "`std`: balanced speed and quality. `pro`: higher quality, slower.",
            },
            "watermark_info": {
                "type": "object",
                "additionalProperties": False,
                "required": ("enabled",),
                "description": "Watermark control.",
                "properties": {"enabled": {"type": "boolean", "description": "Adds a watermark."}},
            },
        },
    },
    "kling-3.0-turbo": {
        "schema": "Kling30TurboRequest",
        "models": ("kling-3.0-turbo",),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/kling-3.0-turbo/generation",
        "summary": (
            "A kling-3.0-turbo generation: text-to-video, or "
            "image-to-video when `first_frame_image` is given (then the "
            "prompt is optional and the image decides the aspect ratio, "
            "so `aspect_ratio` is ignored). 720p or 1080p, 3 to 15 s. "
            "Several shots are asked for inside the prompt, in the page's"
            " shot syntax; there is no field for them."
        ),
        "required": ("model",),
        "fields": {
            "model": {
                "type": "string",
                "enum": ("kling-3.0-turbo",),
                "description": "The model id.",
            },
            "prompt": {
                "type": "string",
                "minLength": 1,
                "maxLength": 3072,
                "description": (
                    "What the video shows, at most 3072 characters (2500 or fewer"
                    " advised). Required in text-to-video; optional with "
                    "`first_frame_image`."
                ),
            },
            "first_frame_image": {
                "x-apimart-media": "image",
                "description": (
                    "The first frame: a URL or a Base64 data URI; jpg, jpeg or "
                    "png, at most 50 MB, width and height at least 300 px, aspect"
                    " ratio between 1:2.5 and 2.5:1. Selects image-to-video."
                ),
                "anyOf": (
                    {
                        "type": "string",
                        "pattern": (
                            "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                            "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                            "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                            ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                            "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                        ),
                        "maxLength": 2048,
                        "description": (
                            "An absolute http or https URL the API can fetch, written "
                            "with URI characters only (RFC 3986: percent-encode spaces "
                            "and non-ASCII characters)."
                        ),
                    },
                    {
                        "type": "string",
                        "pattern": "^data:image/[a-z+.-]+;base64,",
                        "description": "A Base64 data URI",
                    },
                ),
            },
            "aspect_ratio": {
                "type": "string",
                "enum": ("16:9", "9:16", "1:1"),
                "default": "16:9",
                "description": "Aspect ratio, text-to-video only (an image decides its own).",
            },
            "resolution": {
                "type": "string",
                "enum": ("720p", "1080p"),
                "default": "720p",
                "description": "Output resolution, `720p` or `1080p`.",
            },
            "duration": {
                "type": "integer",
                "minimum": 3,
                "maximum": 15,
                "default": 5,
                "description": "Length of the video in seconds, 3 to 15.",
            },
            "watermark": {
                "type": "boolean",
                "description": "Adds a watermark; without the field, none is added.",
            },
        },
    },
    "MiniMax-Hailuo-2.3": {
        "schema": "Hailuo23Request",
        "models": ("MiniMax-Hailuo-2.3", "MiniMax-Hailuo-2.3-Fast"),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/minimax-hailuo-2.3/generation",
        "summary": (
            "A MiniMax Hailuo 2.3 generation: text-to-video, or "
            "image-to-video when `first_frame_image` gives the opening "
            "frame. 6 or 10 seconds at `768p`; `1080p` renders 6-second "
            "clips only. The prompt can steer the camera with bracketed "
            "commands such as `[Push in]` or `[Pan left,Pedestal up]` (15"
            " commands; those in one bracket act together, at most 3 are "
            "advised)."
        ),
        "required": ("model", "prompt"),
        "fields": {
            "model": {
                "type": "string",
                "enum": ("MiniMax-Hailuo-2.3", "MiniMax-Hailuo-2.3-Fast"),
                "description": (
                    "The model id; `MiniMax-Hailuo-2.3-Fast` is faster and needs a first frame."
                ),
            },
            "prompt": {
                "type": "string",
                "minLength": 1,
                "maxLength": 2000,
                "description": (
                    "The scene, action and style, at most 2000 characters. Camera"
                    " commands go in square brackets, e.g. `[Truck left]`, `[Zoom"
                    " in]`, `[Static shot]`."
                ),
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
                "description": (
                    "The opening frame (image-to-video): a public image URL or a "
                    "Base64 data URI (`data:image/jpeg;base64,...`). Required "
                    "with `MiniMax-Hailuo-2.3-Fast`."
                ),
                "anyOf": (
                    {
                        "type": "string",
                        "pattern": (
                            "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                            "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                            "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                            ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                            "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                        ),
                        "maxLength": 2048,
                        "description": (
                            "An absolute http or https URL the API can fetch, written "
                            "with URI characters only (RFC 3986: percent-encode spaces "
                            "and non-ASCII characters)."
                        ),
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
                "description": (
                    "Spends less time optimising the prompt (faster, possibly a little worse)."
                ),
            },
            "watermark": {"type": "boolean", "default": False, "description": "Adds a watermark."},
        },
    },
    "MiniMax-Hailuo-02": {
        "schema": "Hailuo02Request",
        "models": ("MiniMax-Hailuo-02",),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/minimax-hailuo/generation",
        "summary": (
            "A MiniMax Hailuo 02 generation: text-to-video, "
            "image-to-video from `first_frame_image`, or a transition "
            "from `first_frame_image` to `last_frame_image`. 5 or 10 "
            "seconds at `512p` or `768p`; `1080p` renders 5-second clips "
            "only."
        ),
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
                "description": (
                    "The opening frame (image-to-video): a public image URL or a "
                    "Base64 data URI (`data:image/jpeg;base64,...`)."
                ),
                "anyOf": (
                    {
                        "type": "string",
                        "pattern": (
                            "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                            "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                            "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                            ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                            "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                        ),
                        "maxLength": 2048,
                        "description": (
                            "An absolute http or https URL the API can fetch, written "
                            "with URI characters only (RFC 3986: percent-encode spaces "
                            "and non-ASCII characters)."
                        ),
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
                "description": (
                    "The closing frame, with `first_frame_image`: a public image "
                    "URL or a Base64 data URI. Not at `512p`."
                ),
                "anyOf": (
                    {
                        "type": "string",
                        "pattern": (
                            "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                            "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                            "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                            ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                            "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                        ),
                        "maxLength": 2048,
                        "description": (
                            "An absolute http or https URL the API can fetch, written "
                            "with URI characters only (RFC 3986: percent-encode spaces "
                            "and non-ASCII characters)."
                        ),
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
                "description": (
                    "Spends less time optimising the prompt (faster, possibly a little worse)."
                ),
            },
            "watermark": {"type": "boolean", "default": False, "description": "Adds a watermark."},
        },
    },
    "viduq3": {
        "schema": "ViduQ3Request",
        "models": ("viduq3", "viduq3-mix"),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/vidu-q3/generation",
        "summary": (
            "A Vidu Q3 reference-to-video generation: 1 to 7 reference "
            "images give the subjects (their look), the prompt gives the "
            "action and the camera. `viduq3` is the everyday choice (3-16"
            " s, `540p`, `720p` or `1080p`); `viduq3-mix` favours quality"
            " and very short clips (1-16 s, `720p` or `1080p`)."
        ),
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
                "description": (
                    "The action and the camera, at most 5000 characters; the "
                    "reference images already fix how the subjects look."
                ),
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 7,
                "x-apimart-media": "image",
                "description": "The reference images (subjects, style), 1 to 7 public image URLs.",
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
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
                "description": (
                    "Randomness seed; absent, a random one is used. The same seed"
                    " gives similar, not identical, videos."
                ),
            },
        },
    },
    "viduq3-pro": {
        "schema": "ViduQ3ProRequest",
        "models": ("viduq3-pro", "viduq3-turbo"),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/vidu-q3-pro/generation",
        "summary": (
            "A Vidu Q3 Pro generation. The number of `image_urls` picks "
            "the mode: none is text-to-video (a prompt is then required),"
            " one is the first frame, two are the first and the last "
            "frame. 1 to 16 seconds; sound (dialogue, effects) is on "
            "unless `audio` is false. `aspect_ratio` applies to "
            "text-to-video only; with images the API ignores it."
        ),
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
                "description": (
                    "What the video shows, at most 2000 characters. Required for "
                    "text-to-video; optional with images."
                ),
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
                "description": (
                    "One image: the first frame. Two: the first frame, then the "
                    "last frame. Public image URLs. Leave it out for "
                    "text-to-video."
                ),
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
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
        "summary": (
            "An Omni-Flash-Ext generation. The inputs pick the mode: no "
            "image is text-to-video, one image is image-to-video, three "
            "images are fused as references; a reference video in "
            "`video_urls` gives the motion, alone or with images (which "
            "then give identity and composition). Two images (a first and"
            " a last frame) are refused by the API with "
            "`unsupported_image_count`. 4, 6, 8 or 10 seconds (others, "
            "such as 5 or 7, are `invalid_duration`); `720p`, `1080p` or "
            "`4k` (others are `invalid_resolution`)."
        ),
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
                "description": (
                    "What the video shows: scene, subject, action, setting, "
                    "camera, style and sound cues. Must not be empty."
                ),
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
                "description": (
                    "None (or an empty list): text-to-video. One: image-to-video."
                    " Three: reference fusion. Never two. Public image URLs or "
                    "Base64 data URIs."
                ),
                "items": {
                    "anyOf": (
                        {
                            "type": "string",
                            "pattern": (
                                "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]"
                                "{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+("
                                "?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa"
                                "-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-"
                                "Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A"
                                "-Fa-f]{2})*)?$"
                            ),
                            "maxLength": 2048,
                            "description": (
                                "An absolute http or https URL the API can fetch, written"
                                " with URI characters only (RFC 3986: percent-encode "
                                "spaces and non-ASCII characters)."
                            ),
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
                "description": (
                    "At most one reference video (a public http or https URL) "
                    "whose motion the output follows; may be combined with "
                    "`image_urls`."
                ),
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
                },
            },
        },
    },
    "sora-2-preview": {
        "schema": "Sora2PreviewRequest",
        "models": ("sora-2-preview", "sora-2-pro-preview"),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/sora-2/generation-preview",
        "summary": (
            "A Sora 2 preview generation (`sora-2-preview`, or "
            "`sora-2-pro-preview` for a higher resolution): "
            "text-to-video, or image-to-video from a reference image. "
            "Only the first entry of `image_urls` is used, and with an "
            "image the API takes the output's ratio from the image, so "
            "`aspect_ratio` has no effect then (a warning, not an error)."
        ),
        "required": ("model", "prompt"),
        "fields": {
            "model": {
                "type": "string",
                "enum": ("sora-2-preview", "sora-2-pro-preview"),
                "description": "The model id.",
            },
            "prompt": {
                "type": "string",
                "minLength": 1,
                "description": "The scene, the action and the mood the video shows.",
            },
            "duration": {
                "type": "integer",
                "enum": (4, 8, 12),
                "default": 4,
                "description": "Length of the video in seconds, 4, 8 or 12 only.",
            },
            "aspect_ratio": {
                "type": "string",
                "enum": ("landscape", "16:9", "portrait", "9:16"),
                "description": (
                    "Landscape (`landscape` or `16:9`) or portrait (`portrait` or"
                    " `9:16`); no square. Ignored with an image: the image's own "
                    "ratio is used."
                ),
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "x-apimart-media": "image",
                "description": (
                    "Reference image for image-to-video: only the first entry is "
                    "used. jpeg, jpg, png or webp, at most 10 MB, at a public "
                    "http(s) URL. Give an image already in the ratio you want: it"
                    " decides the output's ratio."
                ),
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
                },
            },
        },
    },
    "sora-2": {
        "schema": "Sora2Request",
        "models": ("sora-2", "sora-2-pro"),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/sora-2/generation",
        "summary": (
            "A Sora 2 generation (`sora-2`, or `sora-2-pro` for higher "
            "resolutions): text-to-video, or image-to-video from one "
            "image. The prompt may name characters created earlier as "
            "`@username`."
        ),
        "required": ("model", "prompt"),
        "fields": {
            "model": {
                "type": "string",
                "enum": ("sora-2", "sora-2-pro"),
                "description": "The model id (`sora-2-pro` renders higher resolutions).",
            },
            "prompt": {
                "type": "string",
                "minLength": 1,
                "description": (
                    "What the video shows; characters created earlier are named "
                    "as `@username` (several may be named)."
                ),
            },
            "duration": {
                "type": "integer",
                "enum": (4, 8, 12, 16, 20),
                "default": 4,
                "description": "Length of the video in seconds, 4, 8, 12, 16 or 20.",
            },
            "aspect_ratio": {
                "type": "string",
                "enum": ("16:9", "9:16"),
                "description": "Landscape (`16:9`) or portrait (`9:16`).",
            },
            "resolution": {
                "type": "string",
                "enum": ("720p", "1024p", "1080p"),
                "default": "720p",
                "description": (
                    "Output resolution: `720p`; `1024p` and `1080p` only with `sora-2-pro`."
                ),
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 1,
                "x-apimart-media": "image",
                "description": (
                    "One image for image-to-video: jpeg, jpg, png or webp, at "
                    "most 10 MB, at a public http(s) URL."
                ),
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
                },
            },
        },
    },
    "veo3.1-official": {
        "schema": "Veo31OfficialRequest",
        "models": ("veo3.1-fast-official", "veo3.1-quality-official"),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/veo3/generation-official",
        "summary": (
            "A Veo 3.1 generation on the official channel "
            "(`veo3.1-fast-official`, `veo3.1-quality-official`): "
            "text-to-video, image-to-video from a first frame, or from a "
            "first and a last frame; 4, 6 or 8 seconds; optional audio "
            "track, several samples, a seed and a policy for people."
        ),
        "required": ("model", "prompt"),
        "fields": {
            "model": {
                "type": "string",
                "enum": ("veo3.1-fast-official", "veo3.1-quality-official"),
                "description": "The model id (fast, or high quality).",
            },
            "prompt": {
                "type": "string",
                "minLength": 1,
                "description": "What the video shows (scene, action, style); English works best.",
            },
            "negative_prompt": {"type": "string", "description": "What the video should not show."},
            "duration": {
                "type": "integer",
                "enum": (4, 6, 8),
                "default": 8,
                "description": (
                    "Length of the video in seconds, 4, 6 or 8 (a JSON number, not a string)."
                ),
            },
            "aspect_ratio": {
                "type": "string",
                "enum": ("16:9", "9:16"),
                "default": "16:9",
                "description": "Landscape (`16:9`) or portrait (`9:16`).",
            },
            "resolution": {
                "type": "string",
                "enum": ("720p", "1080p", "4K"),
                "default": "720p",
                "description": "Output resolution, `720p`, `1080p` or `4K`.",
            },
            "first_frame_image": {
                "type": "string",
                "pattern": (
                    "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                    "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                    "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                    ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                    "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                ),
                "maxLength": 2048,
                "description": (
                    "The first frame, for image-to-video: a public URL without "
                    "hotlink protection (object storage rather than a temporary "
                    "download link)."
                ),
                "x-apimart-media": "image",
            },
            "last_frame_image": {
                "type": "string",
                "pattern": (
                    "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                    "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                    "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                    ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                    "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                ),
                "maxLength": 2048,
                "description": "The last frame; only together with `first_frame_image`.",
                "x-apimart-media": "image",
            },
            "seed": {
                "type": "integer",
                "minimum": 0,
                "maximum": 4294967295,
                "description": "Randomness seed, 0 to 4294967295, to repeat a result.",
            },
            "sample_count": {
                "type": "integer",
                "minimum": 1,
                "maximum": 4,
                "default": 1,
                "description": "How many videos to generate, 1 to 4 (1 advised).",
            },
            "generate_audio": {
                "type": "boolean",
                "description": "Generate an audio track with the video.",
            },
            "person_generation": {
                "type": "string",
                "enum": ("allow_adult", "disallow"),
                "default": "allow_adult",
                "description": (
                    "Whether people may appear: `allow_adult` (adults only) or `disallow`."
                ),
            },
        },
    },
    "veo3.1": {
        "schema": "Veo31Request",
        "models": ("veo3.1-fast", "veo3.1-quality"),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/veo3/generation",
        "summary": (
            "A Veo 3.1 generation (`veo3.1-fast`, `veo3.1-quality`), "
            "always 8 seconds: text-to-video, or up to three images in "
            "`image_urls` used as frames (`generation_type` `frame`: the "
            "first image starts the video, the second ends it) or as "
            "references (`reference`, not with `veo3.1-quality`). "
            "Resolution up to `4k`, an optional GIF output (not at "
            "`1080p` or `4k`), and an optional fall back to the official "
            "channel."
        ),
        "required": ("model", "prompt"),
        "fields": {
            "model": {
                "type": "string",
                "enum": ("veo3.1-fast", "veo3.1-quality"),
                "description": "The model id (fast, or high quality).",
            },
            "prompt": {"type": "string", "minLength": 1, "description": "What the video shows."},
            "duration": {
                "type": "integer",
                "enum": (8,),
                "default": 8,
                "description": "Length of the video in seconds; always 8.",
            },
            "aspect_ratio": {
                "type": "string",
                "enum": ("16:9", "9:16"),
                "description": "Landscape (`16:9`) or portrait (`9:16`).",
            },
            "generation_type": {
                "type": "string",
                "enum": ("frame", "reference"),
                "description": (
                    "How `image_urls` is used: `frame`, the first image starts "
                    "the video and a second one ends it; `reference`, up to three"
                    " images the video draws on (not with `veo3.1-quality`)."
                ),
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 3,
                "x-apimart-media": "image",
                "description": (
                    "Up to three images (jpeg, jpg, png or webp, at most 10 MB "
                    "each, at public http(s) URLs), used as `generation_type` "
                    "says."
                ),
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
                },
            },
            "resolution": {
                "type": "string",
                "enum": ("720p", "1080p", "4k"),
                "default": "720p",
                "description": "Output resolution, `720p`, `1080p` or `4k`.",
            },
            "enable_gif": {
                "type": "boolean",
                "default": False,
                "description": "Also output a GIF; not with `1080p` or `4k`.",
            },
            "official_fallback": {
                "type": "boolean",
                "default": False,
                "description": "Fall back to the official channel when this one fails.",
            },
        },
    },
    "doubao-seedance-1.0": {
        "schema": "DoubaoSeedance10Request",
        "models": ("doubao-seedance-1-0-pro-fast", "doubao-seedance-1-0-pro-quality"),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/doubao/generation",
        "summary": (
            "A Seedance 1.0 Pro generation (ByteDance Doubao), in a fast "
            "variant for drafts and a quality variant that takes longer. "
            "Text-to-video from the prompt alone, or image-to-video from "
            "a first frame, or from a first and a last frame. No audio "
            "(audio is a 1.5 feature)."
        ),
        "required": ("model", "prompt"),
        "fields": {
            "model": {
                "type": "string",
                "enum": ("doubao-seedance-1-0-pro-fast", "doubao-seedance-1-0-pro-quality"),
                "description": (
                    "The model id (`-fast` for quick drafts, `-quality` for the best result)."
                ),
            },
            "prompt": {
                "type": "string",
                "minLength": 1,
                "description": "What the video shows (scene, action, style).",
            },
            "duration": {
                "type": "integer",
                "minimum": 2,
                "maximum": 12,
                "default": 5,
                "description": "Length of the video in seconds, 2 to 12.",
            },
            "aspect_ratio": {
                "type": "string",
                "enum": ("16:9", "9:16", "1:1", "4:3", "3:4", "21:9"),
                "default": "16:9",
                "description": (
                    "Aspect ratio of the video; every ratio is available at every resolution."
                ),
            },
            "resolution": {
                "type": "string",
                "enum": ("480p", "720p", "1080p"),
                "default": "1080p",
                "description": "Output resolution.",
            },
            "seed": {
                "type": "integer",
                "minimum": -1,
                "maximum": 4294967295,
                "description": (
                    "Randomness seed, -1 to 2^32-1; -1 (or no seed) picks a "
                    "random one. The same seed and request give similar, not "
                    "identical, results."
                ),
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 2,
                "x-apimart-media": "image",
                "description": (
                    "One image: the first frame. Two images: the first frame, "
                    "then the last frame. Selects image-to-video. Use either this"
                    " or `image_with_roles`."
                ),
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
                },
            },
            "image_with_roles": {
                "type": "array",
                "minItems": 1,
                "maxItems": 2,
                "x-apimart-media": "image",
                "description": (
                    "Alternative to `image_urls` with an explicit role per image:"
                    " exactly one `first_frame` and at most one `last_frame` (an "
                    "image without a role is a first frame). Selects "
                    "image-to-video."
                ),
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ("url",),
                    "description": "An image and the frame it becomes.",
                    "properties": {
                        "url": {
                            "type": "string",
                            "pattern": (
                                "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]"
                                "{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+("
                                "?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa"
                                "-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-"
                                "Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A"
                                "-Fa-f]{2})*)?$"
                            ),
                            "maxLength": 2048,
                            "description": (
                                "An absolute http or https URL the API can fetch, written"
                                " with URI characters only (RFC 3986: percent-encode "
                                "spaces and non-ASCII characters)."
                            ),
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
        },
    },
    "doubao-seedance-1.5": {
        "schema": "DoubaoSeedance15Request",
        "models": ("doubao-seedance-1-5-pro",),
        "docs_url": (
            "https://docs.apimart.ai/en/api-reference/videos/doubao-seedance-1-5-pro/generation"
        ),
        "summary": (
            "A Seedance 1.5 Pro generation (ByteDance Doubao): "
            "text-to-video, or image-to-video from a first frame, or from"
            " a first and a last frame. Can add generated sound (`audio`)"
            " and hold the camera still (`camera_fixed`)."
        ),
        "required": ("model", "prompt"),
        "fields": {
            "model": {
                "type": "string",
                "enum": ("doubao-seedance-1-5-pro",),
                "description": "The model id.",
            },
            "prompt": {
                "type": "string",
                "minLength": 1,
                "description": "What the video shows (scene, action, style).",
            },
            "duration": {
                "type": "integer",
                "minimum": 4,
                "maximum": 12,
                "default": 5,
                "description": "Length of the video in seconds, 4 to 12.",
            },
            "aspect_ratio": {
                "type": "string",
                "enum": ("16:9", "9:16", "1:1", "4:3", "3:4", "21:9"),
                "default": "16:9",
                "description": (
                    "Aspect ratio of the video; every ratio is available at every resolution."
                ),
            },
            "resolution": {
                "type": "string",
                "enum": ("480p", "720p", "1080p"),
                "default": "720p",
                "description": "Output resolution.",
            },
            "seed": {
                "type": "integer",
                "minimum": -1,
                "maximum": 4294967295,
                "description": (
                    "Randomness seed, -1 to 2^32-1; -1 (or no seed) picks a "
                    "random one. The same seed and request give similar, not "
                    "identical, results."
                ),
            },
            "audio": {
                "type": "boolean",
                "default": False,
                "description": "Adds generated sound that fits the video (a 1.5 feature).",
            },
            "camera_fixed": {
                "type": "boolean",
                "default": False,
                "description": "Keeps the camera still.",
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 2,
                "x-apimart-media": "image",
                "description": (
                    "One image: the first frame. Two images: the first frame, "
                    "then the last frame. Selects image-to-video. Use either this"
                    " or `image_with_roles`."
                ),
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
                },
            },
            "image_with_roles": {
                "type": "array",
                "minItems": 1,
                "maxItems": 2,
                "x-apimart-media": "image",
                "description": (
                    "Alternative to `image_urls` with an explicit role per image:"
                    " exactly one `first_frame` and at most one `last_frame` (an "
                    "image without a role is a first frame). Selects "
                    "image-to-video."
                ),
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ("url",),
                    "description": "An image and the frame it becomes.",
                    "properties": {
                        "url": {
                            "type": "string",
                            "pattern": (
                                "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]"
                                "{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+("
                                "?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa"
                                "-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-"
                                "Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A"
                                "-Fa-f]{2})*)?$"
                            ),
                            "maxLength": 2048,
                            "description": (
                                "An absolute http or https URL the API can fetch, written"
                                " with URI characters only (RFC 3986: percent-encode "
                                "spaces and non-ASCII characters)."
                            ),
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
        },
    },
    "doubao-seedance-2.0": {
        "schema": "DoubaoSeedance20Request",
        "models": (
            "doubao-seedance-2.0",
            "doubao-seedance-2.0-fast",
            "doubao-seedance-2.0-face",
            "doubao-seedance-2.0-fast-face",
        ),
        "docs_url": (
            "https://docs.apimart.ai/en/api-reference/videos/doubao-seedance-2-0/generation"
        ),
        "summary": (
            "A Seedance 2.0 generation (ByteDance Doubao): the standard "
            "model, a fast one, and a `-face` variant of each that "
            "accepts uploads of real people. Modes, picked by the fields "
            "present: text-to-video (prompt only), image-to-video from "
            "one image, first and last frame (`image_with_roles`), or "
            "multimodal references (images, up to 3 videos and up to 3 "
            "audio clips) that the prompt refers to. Can generate sound "
            "(`generate_audio`) and return the last frame of the result "
            "(`return_last_frame`)."
        ),
        "required": ("model",),
        "fields": {
            "model": {
                "type": "string",
                "enum": (
                    "doubao-seedance-2.0",
                    "doubao-seedance-2.0-fast",
                    "doubao-seedance-2.0-face",
                    "doubao-seedance-2.0-fast-face",
                ),
                "description": (
                    "The model id: the standard or the `-fast` model; `-face` "
                    "variants accept images of real people."
                ),
            },
            "prompt": {
                "type": "string",
                "minLength": 1,
                "maxLength": 4000,
                "description": (
                    "What the video shows, at most 4000 characters (about 500 "
                    "work best). Required in text-to-video; optional with images "
                    "or a video."
                ),
            },
            "duration": {
                "type": "integer",
                "minimum": 4,
                "maximum": 15,
                "default": 5,
                "description": "Length of the video in seconds, 4 to 15.",
            },
            "size": {
                "type": "string",
                "enum": ("16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"),
                "default": "16:9",
                "description": "Aspect ratio; `adaptive` follows the input image or video.",
            },
            "resolution": {
                "type": "string",
                "enum": ("480p", "720p", "1080p"),
                "default": "480p",
                "description": (
                    "Output resolution; `1080p` only with `doubao-seedance-2.0` "
                    "and `doubao-seedance-2.0-face`."
                ),
            },
            "seed": {
                "type": "integer",
                "minimum": -1,
                "maximum": 4294967295,
                "description": (
                    "Randomness seed, -1 to 2^32-1; -1 (or no seed) picks a "
                    "random one. The same seed and request give similar, not "
                    "identical, results."
                ),
            },
            "camera_fixed": {
                "type": "boolean",
                "default": False,
                "description": "Keeps the camera still.",
            },
            "generate_audio": {
                "type": "boolean",
                "description": "Generates sound with the video (voices, effects, music).",
            },
            "return_last_frame": {
                "type": "boolean",
                "default": False,
                "description": (
                    "Also returns the URL of the video's last frame, to chain a next video from it."
                ),
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 9,
                "x-apimart-media": "image",
                "description": (
                    "One image alone: image-to-video from it. Several images, or "
                    "images with `video_urls` or `audio_urls`: reference images "
                    'the prompt can name ("image 1"). At most 9. Use either this '
                    "or `image_with_roles`."
                ),
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
                },
            },
            "image_with_roles": {
                "type": "array",
                "minItems": 1,
                "maxItems": 2,
                "x-apimart-media": "image",
                "description": (
                    "First and last frame with an explicit role per image: "
                    "exactly one `first_frame` and at most one `last_frame` (an "
                    "image without a role is a first frame). Not with "
                    "`image_urls`, `video_urls` or `audio_urls`."
                ),
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ("url",),
                    "description": "An image and the frame it becomes.",
                    "properties": {
                        "url": {
                            "type": "string",
                            "pattern": (
                                "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]"
                                "{2})*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+("
                                "?::[0-9]*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa"
                                "-f]{2})*)*(?:\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-"
                                "Fa-f]{2})*)?(?:#(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A"
                                "-Fa-f]{2})*)?$"
                            ),
                            "maxLength": 2048,
                            "description": (
                                "An absolute http or https URL the API can fetch, written"
                                " with URI characters only (RFC 3986: percent-encode "
                                "spaces and non-ASCII characters)."
                            ),
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
                "maxItems": 3,
                "x-apimart-media": "video",
                "description": (
                    "Reference videos (motion, camera work, a video to edit or extend), at most 3."
                ),
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
                },
            },
            "audio_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 3,
                "x-apimart-media": "audio",
                "description": (
                    "Reference audio (voice, music, effects), at most 3; only "
                    "together with reference images or a reference video."
                ),
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
                },
            },
        },
    },
    "pixverse-v6": {
        "schema": "PixverseV6Request",
        "models": ("pixverse-v6",),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/pixverse-v6/generation",
        "summary": (
            "A PixVerse V6 generation: text-to-video, or image-to-video "
            "from the first of `image_urls`. Resolution is the price tier"
            " (360p to 1080p); sound, a watermark and a multi-clip video "
            "(several shots in one) are options. `size` applies to "
            "text-to-video only; with an image the image decides."
        ),
        "required": ("model", "prompt"),
        "fields": {
            "model": {"type": "string", "enum": ("pixverse-v6",), "description": "The model id."},
            "prompt": {
                "type": "string",
                "minLength": 1,
                "maxLength": 5000,
                "description": (
                    "What the video shows, at most 5000 characters; required in every mode."
                ),
            },
            "resolution": {
                "type": "string",
                "enum": ("360p", "540p", "720p", "1080p"),
                "default": "540p",
                "description": (
                    "Output resolution, which sets the price; any other value is an error."
                ),
            },
            "duration": {
                "type": "integer",
                "minimum": 1,
                "maximum": 15,
                "default": 5,
                "description": "Length of the video in seconds, 1 to 15.",
            },
            "size": {
                "type": "string",
                "enum": ("16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"),
                "default": "16:9",
                "description": (
                    "Aspect ratio, effective in text-to-video only (ignored with an image)."
                ),
            },
            "seed": {
                "type": "integer",
                "minimum": 0,
                "maximum": 2147483647,
                "description": (
                    "Randomness seed, 0 to 2147483647; the same prompt and seed "
                    "give similar results."
                ),
            },
            "negative_prompt": {
                "type": "string",
                "maxLength": 2048,
                "description": "What the video should not show, at most 2048 characters.",
            },
            "generate_audio": {
                "type": "boolean",
                "default": False,
                "description": "Adds a sound track (costs more).",
            },
            "watermark": {
                "type": "boolean",
                "default": False,
                "description": "Adds a watermark in the bottom-right corner.",
            },
            "motion_mode": {
                "type": "string",
                "enum": ("normal",),
                "description": "Motion mode; `normal` is the only one pixverse-v6 has.",
            },
            "generate_multi_clip": {
                "type": "boolean",
                "default": False,
                "description": (
                    "Makes one continuous video of several clips (text-to-video "
                    "and image-to-video)."
                ),
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "x-apimart-media": "image",
                "description": (
                    "Image-to-video: the first entry is the image to animate; any"
                    " others are ignored. Public http(s) URLs."
                ),
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
                },
            },
        },
    },
    "grok-imagine-video": {
        "schema": "GrokImagineVideoRequest",
        "models": ("grok-imagine-1.5-video-apimart",),
        "docs_url": "https://docs.apimart.ai/en/api-reference/videos/grok-imagine/generation",
        "summary": (
            "A Grok Imagine 1.5 video (xAI): text-to-video, or "
            "image-to-video from an image, 6 to 30 seconds, at 480p or "
            "720p (`quality`). The duration must be a JSON number, not a "
            "quoted string."
        ),
        "required": ("model", "prompt"),
        "fields": {
            "model": {
                "type": "string",
                "enum": ("grok-imagine-1.5-video-apimart",),
                "description": "The model id.",
            },
            "prompt": {
                "type": "string",
                "minLength": 1,
                "description": "What the video shows, in any language.",
            },
            "size": {
                "type": "string",
                "enum": ("16:9", "9:16", "1:1", "3:2", "2:3"),
                "default": "16:9",
                "description": "Aspect ratio.",
            },
            "duration": {
                "type": "integer",
                "minimum": 6,
                "maximum": 30,
                "default": 6,
                "description": 'Length of the video in seconds, 6 to 30, as a number (not "6").',
            },
            "quality": {
                "type": "string",
                "enum": ("480p", "720p"),
                "default": "480p",
                "description": "Output resolution, `480p` (standard) or `720p`.",
            },
            "image_urls": {
                "type": "array",
                "minItems": 1,
                "maxItems": 7,
                "x-apimart-media": "image",
                "description": (
                    "One image: image-to-video from it. Several: reference images"
                    " the video draws on. At most 7."
                ),
                "items": {
                    "type": "string",
                    "pattern": (
                        "^https?://(?:(?:[-A-Za-z0-9._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})"
                        "*@)?(?:[-A-Za-z0-9._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+(?::[0-9]"
                        "*)?(?:/(?:[-A-Za-z0-9._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?"
                        ":\\?(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#"
                        "(?:[-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$"
                    ),
                    "maxLength": 2048,
                    "description": (
                        "An absolute http or https URL the API can fetch, written "
                        "with URI characters only (RFC 3986: percent-encode spaces "
                        "and non-ASCII characters)."
                    ),
                },
            },
        },
    },
}
