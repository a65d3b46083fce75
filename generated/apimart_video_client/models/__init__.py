"""Contains all the data models used in inputs/outputs"""

from .aspect_ratio import AspectRatio
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .image_role import ImageRole
from .image_with_role import ImageWithRole
from .resolution import Resolution
from .submitted_task import SubmittedTask
from .task import Task
from .task_error import TaskError
from .task_language import TaskLanguage
from .task_response import TaskResponse
from .task_result import TaskResult
from .task_status import TaskStatus
from .task_video import TaskVideo
from .video_generation_request import VideoGenerationRequest
from .video_generation_submitted import VideoGenerationSubmitted
from .video_model import VideoModel

__all__ = (
    "AspectRatio",
    "ErrorDetail",
    "ErrorResponse",
    "ImageRole",
    "ImageWithRole",
    "Resolution",
    "SubmittedTask",
    "Task",
    "TaskError",
    "TaskLanguage",
    "TaskResponse",
    "TaskResult",
    "TaskStatus",
    "TaskVideo",
    "VideoGenerationRequest",
    "VideoGenerationSubmitted",
    "VideoModel",
)
