"""Contains all the data models used in inputs/outputs"""

from .aspect_ratio import AspectRatio
from .doubao_seedance_10_request import DoubaoSeedance10Request
from .doubao_seedance_10_request_aspect_ratio import DoubaoSeedance10RequestAspectRatio
from .doubao_seedance_10_request_model import DoubaoSeedance10RequestModel
from .doubao_seedance_10_request_resolution import DoubaoSeedance10RequestResolution
from .doubao_seedance_15_request import DoubaoSeedance15Request
from .doubao_seedance_15_request_aspect_ratio import DoubaoSeedance15RequestAspectRatio
from .doubao_seedance_15_request_model import DoubaoSeedance15RequestModel
from .doubao_seedance_15_request_resolution import DoubaoSeedance15RequestResolution
from .doubao_seedance_20_request import DoubaoSeedance20Request
from .doubao_seedance_20_request_model import DoubaoSeedance20RequestModel
from .doubao_seedance_20_request_resolution import DoubaoSeedance20RequestResolution
from .doubao_seedance_20_request_size import DoubaoSeedance20RequestSize
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .generation_object_kind import GenerationObjectKind
from .generation_operation import GenerationOperation
from .grok_imagine_video_request import GrokImagineVideoRequest
from .grok_imagine_video_request_model import GrokImagineVideoRequestModel
from .grok_imagine_video_request_quality import GrokImagineVideoRequestQuality
from .grok_imagine_video_request_size import GrokImagineVideoRequestSize
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
from .pixverse_v6_request import PixverseV6Request
from .pixverse_v6_request_model import PixverseV6RequestModel
from .pixverse_v6_request_motion_mode import PixverseV6RequestMotionMode
from .pixverse_v6_request_resolution import PixverseV6RequestResolution
from .pixverse_v6_request_size import PixverseV6RequestSize
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
from .wan_27_request import Wan27Request
from .wan_27_request_model import Wan27RequestModel

__all__ = (
    "AspectRatio",
    "DoubaoSeedance10Request",
    "DoubaoSeedance10RequestAspectRatio",
    "DoubaoSeedance10RequestModel",
    "DoubaoSeedance10RequestResolution",
    "DoubaoSeedance15Request",
    "DoubaoSeedance15RequestAspectRatio",
    "DoubaoSeedance15RequestModel",
    "DoubaoSeedance15RequestResolution",
    "DoubaoSeedance20Request",
    "DoubaoSeedance20RequestModel",
    "DoubaoSeedance20RequestResolution",
    "DoubaoSeedance20RequestSize",
    "ErrorDetail",
    "ErrorResponse",
    "GenerationObjectKind",
    "GenerationOperation",
    "GrokImagineVideoRequest",
    "GrokImagineVideoRequestModel",
    "GrokImagineVideoRequestQuality",
    "GrokImagineVideoRequestSize",
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
    "PixverseV6Request",
    "PixverseV6RequestModel",
    "PixverseV6RequestMotionMode",
    "PixverseV6RequestResolution",
    "PixverseV6RequestSize",
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
    "Wan27Request",
    "Wan27RequestModel",
)
