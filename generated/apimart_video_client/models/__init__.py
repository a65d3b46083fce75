"""Contains all the data models used in inputs/outputs"""

from .aspect_ratio import AspectRatio
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .generation_object_kind import GenerationObjectKind
from .generation_operation import GenerationOperation
from .image_role import ImageRole
from .image_upload_request import ImageUploadRequest
from .image_with_role import ImageWithRole
from .kling_v26_request import KlingV26Request
from .kling_v26_request_aspect_ratio import KlingV26RequestAspectRatio
from .kling_v26_request_duration import KlingV26RequestDuration
from .kling_v26_request_mode import KlingV26RequestMode
from .kling_v26_request_model import KlingV26RequestModel
from .model_documentation import ModelDocumentation
from .model_info import ModelInfo
from .model_list import ModelList
from .model_schema import ModelSchema
from .model_schema_input_schema import ModelSchemaInputSchema
from .resolution import Resolution
from .response_version import ResponseVersion
from .submitted_task import SubmittedTask
from .task import Task
from .task_error import TaskError
from .task_language import TaskLanguage
from .task_response import TaskResponse
from .task_result import TaskResult
from .task_status import TaskStatus
from .task_video import TaskVideo
from .upload_content_type import UploadContentType
from .uploaded_image import UploadedImage
from .versioned_generation import VersionedGeneration
from .versioned_generation_submitted import VersionedGenerationSubmitted
from .video_generation_submitted import VideoGenerationSubmitted
from .video_model import VideoModel
from .wan_25_preview_request import Wan25PreviewRequest
from .wan_25_preview_request_duration import Wan25PreviewRequestDuration
from .wan_25_preview_request_model import Wan25PreviewRequestModel
from .wan_25_preview_request_resolution import Wan25PreviewRequestResolution
from .wan_26_request import Wan26Request
from .wan_26_request_duration import Wan26RequestDuration
from .wan_26_request_model import Wan26RequestModel
from .wan_26_request_resolution import Wan26RequestResolution
from .wan_26_request_shot_type import Wan26RequestShotType
from .wan_26i2v_flash_request import Wan26I2VFlashRequest
from .wan_26i2v_flash_request_model import Wan26I2VFlashRequestModel
from .wan_26i2v_flash_request_resolution import Wan26I2VFlashRequestResolution
from .wan_26i2v_flash_request_shot_type import Wan26I2VFlashRequestShotType
from .wan_27_reference_image import Wan27ReferenceImage
from .wan_27_reference_image_role import Wan27ReferenceImageRole
from .wan_27_request import Wan27Request
from .wan_27_request_model import Wan27RequestModel
from .wan_27_video_edit_request import Wan27VideoEditRequest
from .wan_27_video_edit_request_duration import Wan27VideoEditRequestDuration
from .wan_27_video_edit_request_model import Wan27VideoEditRequestModel
from .wan_27r2v_request import Wan27R2VRequest
from .wan_27r2v_request_model import Wan27R2VRequestModel

__all__ = (
    "AspectRatio",
    "ErrorDetail",
    "ErrorResponse",
    "GenerationObjectKind",
    "GenerationOperation",
    "ImageRole",
    "ImageUploadRequest",
    "ImageWithRole",
    "KlingV26Request",
    "KlingV26RequestAspectRatio",
    "KlingV26RequestDuration",
    "KlingV26RequestMode",
    "KlingV26RequestModel",
    "ModelDocumentation",
    "ModelInfo",
    "ModelList",
    "ModelSchema",
    "ModelSchemaInputSchema",
    "Resolution",
    "ResponseVersion",
    "SubmittedTask",
    "Task",
    "TaskError",
    "TaskLanguage",
    "TaskResponse",
    "TaskResult",
    "TaskStatus",
    "TaskVideo",
    "UploadContentType",
    "UploadedImage",
    "VersionedGeneration",
    "VersionedGenerationSubmitted",
    "VideoGenerationSubmitted",
    "VideoModel",
    "Wan25PreviewRequest",
    "Wan25PreviewRequestDuration",
    "Wan25PreviewRequestModel",
    "Wan25PreviewRequestResolution",
    "Wan26I2VFlashRequest",
    "Wan26I2VFlashRequestModel",
    "Wan26I2VFlashRequestResolution",
    "Wan26I2VFlashRequestShotType",
    "Wan26Request",
    "Wan26RequestDuration",
    "Wan26RequestModel",
    "Wan26RequestResolution",
    "Wan26RequestShotType",
    "Wan27R2VRequest",
    "Wan27R2VRequestModel",
    "Wan27ReferenceImage",
    "Wan27ReferenceImageRole",
    "Wan27Request",
    "Wan27RequestModel",
    "Wan27VideoEditRequest",
    "Wan27VideoEditRequestDuration",
    "Wan27VideoEditRequestModel",
)
