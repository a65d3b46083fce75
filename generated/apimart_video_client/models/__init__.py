"""Contains all the data models used in inputs/outputs"""

from .aspect_ratio import AspectRatio
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .generation_object_kind import GenerationObjectKind
from .generation_operation import GenerationOperation
from .hailuo_02_request import Hailuo02Request
from .hailuo_02_request_duration import Hailuo02RequestDuration
from .hailuo_02_request_model import Hailuo02RequestModel
from .hailuo_02_request_resolution import Hailuo02RequestResolution
from .hailuo_23_request import Hailuo23Request
from .hailuo_23_request_duration import Hailuo23RequestDuration
from .hailuo_23_request_model import Hailuo23RequestModel
from .hailuo_23_request_resolution import Hailuo23RequestResolution
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
from .omni_flash_ext_request import OmniFlashExtRequest
from .omni_flash_ext_request_aspect_ratio import OmniFlashExtRequestAspectRatio
from .omni_flash_ext_request_duration import OmniFlashExtRequestDuration
from .omni_flash_ext_request_model import OmniFlashExtRequestModel
from .omni_flash_ext_request_resolution import OmniFlashExtRequestResolution
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
from .vidu_q3_pro_request import ViduQ3ProRequest
from .vidu_q3_pro_request_aspect_ratio import ViduQ3ProRequestAspectRatio
from .vidu_q3_pro_request_model import ViduQ3ProRequestModel
from .vidu_q3_pro_request_resolution import ViduQ3ProRequestResolution
from .vidu_q3_request import ViduQ3Request
from .vidu_q3_request_aspect_ratio import ViduQ3RequestAspectRatio
from .vidu_q3_request_model import ViduQ3RequestModel
from .vidu_q3_request_resolution import ViduQ3RequestResolution
from .wan_27_request import Wan27Request
from .wan_27_request_model import Wan27RequestModel

__all__ = (
    "AspectRatio",
    "ErrorDetail",
    "ErrorResponse",
    "GenerationObjectKind",
    "GenerationOperation",
    "Hailuo02Request",
    "Hailuo02RequestDuration",
    "Hailuo02RequestModel",
    "Hailuo02RequestResolution",
    "Hailuo23Request",
    "Hailuo23RequestDuration",
    "Hailuo23RequestModel",
    "Hailuo23RequestResolution",
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
    "OmniFlashExtRequest",
    "OmniFlashExtRequestAspectRatio",
    "OmniFlashExtRequestDuration",
    "OmniFlashExtRequestModel",
    "OmniFlashExtRequestResolution",
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
    "ViduQ3ProRequest",
    "ViduQ3ProRequestAspectRatio",
    "ViduQ3ProRequestModel",
    "ViduQ3ProRequestResolution",
    "ViduQ3Request",
    "ViduQ3RequestAspectRatio",
    "ViduQ3RequestModel",
    "ViduQ3RequestResolution",
    "Wan27Request",
    "Wan27RequestModel",
)
