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
from .kling_30_turbo_request import Kling30TurboRequest
from .kling_30_turbo_request_aspect_ratio import Kling30TurboRequestAspectRatio
from .kling_30_turbo_request_model import Kling30TurboRequestModel
from .kling_30_turbo_request_resolution import Kling30TurboRequestResolution
from .kling_motion_control_request import KlingMotionControlRequest
from .kling_motion_control_request_character_orientation import (
    KlingMotionControlRequestCharacterOrientation,
)
from .kling_motion_control_request_keep_original_sound import (
    KlingMotionControlRequestKeepOriginalSound,
)
from .kling_motion_control_request_mode import KlingMotionControlRequestMode
from .kling_motion_control_request_model import KlingMotionControlRequestModel
from .kling_omni_element import KlingOmniElement
from .kling_omni_image_with_role import KlingOmniImageWithRole
from .kling_omni_image_with_role_role import KlingOmniImageWithRoleRole
from .kling_omni_shot import KlingOmniShot
from .kling_omni_video import KlingOmniVideo
from .kling_omni_video_keep_original_sound import KlingOmniVideoKeepOriginalSound
from .kling_omni_video_refer_type import KlingOmniVideoReferType
from .kling_v3_omni_request import KlingV3OmniRequest
from .kling_v3_omni_request_aspect_ratio import KlingV3OmniRequestAspectRatio
from .kling_v3_omni_request_mode import KlingV3OmniRequestMode
from .kling_v3_omni_request_model import KlingV3OmniRequestModel
from .kling_v3_omni_request_shot_type import KlingV3OmniRequestShotType
from .kling_v3_request import KlingV3Request
from .kling_v3_request_aspect_ratio import KlingV3RequestAspectRatio
from .kling_v3_request_duration import KlingV3RequestDuration
from .kling_v3_request_mode import KlingV3RequestMode
from .kling_v3_request_model import KlingV3RequestModel
from .kling_v26_request import KlingV26Request
from .kling_v26_request_aspect_ratio import KlingV26RequestAspectRatio
from .kling_v26_request_duration import KlingV26RequestDuration
from .kling_v26_request_mode import KlingV26RequestMode
from .kling_v26_request_model import KlingV26RequestModel
from .kling_watermark_info import KlingWatermarkInfo
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
from .pixverse_v6_request import PixverseV6Request
from .pixverse_v6_request_model import PixverseV6RequestModel
from .pixverse_v6_request_motion_mode import PixverseV6RequestMotionMode
from .pixverse_v6_request_resolution import PixverseV6RequestResolution
from .pixverse_v6_request_size import PixverseV6RequestSize
from .resolution import Resolution
from .response_version import ResponseVersion
from .sora_2_preview_request import Sora2PreviewRequest
from .sora_2_preview_request_aspect_ratio import Sora2PreviewRequestAspectRatio
from .sora_2_preview_request_duration import Sora2PreviewRequestDuration
from .sora_2_preview_request_model import Sora2PreviewRequestModel
from .sora_2_request import Sora2Request
from .sora_2_request_aspect_ratio import Sora2RequestAspectRatio
from .sora_2_request_duration import Sora2RequestDuration
from .sora_2_request_model import Sora2RequestModel
from .sora_2_request_resolution import Sora2RequestResolution
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
from .veo_31_official_request import Veo31OfficialRequest
from .veo_31_official_request_aspect_ratio import Veo31OfficialRequestAspectRatio
from .veo_31_official_request_duration import Veo31OfficialRequestDuration
from .veo_31_official_request_model import Veo31OfficialRequestModel
from .veo_31_official_request_person_generation import (
    Veo31OfficialRequestPersonGeneration,
)
from .veo_31_official_request_resolution import Veo31OfficialRequestResolution
from .veo_31_request import Veo31Request
from .veo_31_request_aspect_ratio import Veo31RequestAspectRatio
from .veo_31_request_duration import Veo31RequestDuration
from .veo_31_request_generation_type import Veo31RequestGenerationType
from .veo_31_request_model import Veo31RequestModel
from .veo_31_request_resolution import Veo31RequestResolution
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
    "Kling30TurboRequest",
    "Kling30TurboRequestAspectRatio",
    "Kling30TurboRequestModel",
    "Kling30TurboRequestResolution",
    "KlingMotionControlRequest",
    "KlingMotionControlRequestCharacterOrientation",
    "KlingMotionControlRequestKeepOriginalSound",
    "KlingMotionControlRequestMode",
    "KlingMotionControlRequestModel",
    "KlingOmniElement",
    "KlingOmniImageWithRole",
    "KlingOmniImageWithRoleRole",
    "KlingOmniShot",
    "KlingOmniVideo",
    "KlingOmniVideoKeepOriginalSound",
    "KlingOmniVideoReferType",
    "KlingV3OmniRequest",
    "KlingV3OmniRequestAspectRatio",
    "KlingV3OmniRequestMode",
    "KlingV3OmniRequestModel",
    "KlingV3OmniRequestShotType",
    "KlingV3Request",
    "KlingV3RequestAspectRatio",
    "KlingV3RequestDuration",
    "KlingV3RequestMode",
    "KlingV3RequestModel",
    "KlingV26Request",
    "KlingV26RequestAspectRatio",
    "KlingV26RequestDuration",
    "KlingV26RequestMode",
    "KlingV26RequestModel",
    "KlingWatermarkInfo",
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
    "PixverseV6Request",
    "PixverseV6RequestModel",
    "PixverseV6RequestMotionMode",
    "PixverseV6RequestResolution",
    "PixverseV6RequestSize",
    "Resolution",
    "ResponseVersion",
    "Sora2PreviewRequest",
    "Sora2PreviewRequestAspectRatio",
    "Sora2PreviewRequestDuration",
    "Sora2PreviewRequestModel",
    "Sora2Request",
    "Sora2RequestAspectRatio",
    "Sora2RequestDuration",
    "Sora2RequestModel",
    "Sora2RequestResolution",
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
    "Veo31OfficialRequest",
    "Veo31OfficialRequestAspectRatio",
    "Veo31OfficialRequestDuration",
    "Veo31OfficialRequestModel",
    "Veo31OfficialRequestPersonGeneration",
    "Veo31OfficialRequestResolution",
    "Veo31Request",
    "Veo31RequestAspectRatio",
    "Veo31RequestDuration",
    "Veo31RequestGenerationType",
    "Veo31RequestModel",
    "Veo31RequestResolution",
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
