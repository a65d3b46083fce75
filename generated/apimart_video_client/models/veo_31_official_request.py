from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.veo_31_official_request_aspect_ratio import (
    Veo31OfficialRequestAspectRatio,
    check_veo_31_official_request_aspect_ratio,
)
from ..models.veo_31_official_request_duration import (
    Veo31OfficialRequestDuration,
    check_veo_31_official_request_duration,
)
from ..models.veo_31_official_request_model import (
    Veo31OfficialRequestModel,
    check_veo_31_official_request_model,
)
from ..models.veo_31_official_request_person_generation import (
    Veo31OfficialRequestPersonGeneration,
    check_veo_31_official_request_person_generation,
)
from ..models.veo_31_official_request_resolution import (
    Veo31OfficialRequestResolution,
    check_veo_31_official_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Veo31OfficialRequest")


@_attrs_define
class Veo31OfficialRequest:
    """A Veo 3.1 generation on the official channel (`veo3.1-fast-official`,
    `veo3.1-quality-official`): text-to-video, image-to-video from a first frame, or
    from a first and a last frame; 4, 6 or 8 seconds; optional audio track, several
    samples, a seed and a policy for people.

    Decisions: the page's summary names 720P and 1080P while its `resolution` field
    lists `720p`, `1080p` and `4K`; the schema takes the field's three values as
    written. The keys of the last frame (`last_frame_image`), the sample count
    (`sample_count`) and the audio switch (`generate_audio`) are not visible in the
    stored copies of the page; they are taken from the field descriptions and from
    client code that calls this model. The audio switch has no documented default. A
    field at the end of the page (about the input image, cut off in every copy) is not
    accepted. Google's own rule that `1080p`, `4K` need 8 seconds is not stated by
    APIMart and is not enforced. No prompt length limit was found. The live check
    (`make contract-live`) settles these against the model's live docs.

        Attributes:
            model (Veo31OfficialRequestModel): The model id (fast, or high quality).
            prompt (str): What the video shows (scene, action, style); English works best.
            negative_prompt (str | Unset): What the video should not show.
            duration (Veo31OfficialRequestDuration | Unset): Length of the video in seconds, 4, 6 or 8 (a JSON number, not a
                string). Default: 8.
            aspect_ratio (Veo31OfficialRequestAspectRatio | Unset): Landscape (`16:9`) or portrait (`9:16`). Default:
                '16:9'.
            resolution (Veo31OfficialRequestResolution | Unset): Output resolution, `720p`, `1080p` or `4K`. Default:
                '720p'.
            first_frame_image (str | Unset): An absolute http or https URL the API can fetch, written with URI characters
                only
                (RFC 3986: percent-encode spaces and non-ASCII characters).
            last_frame_image (str | Unset): An absolute http or https URL the API can fetch, written with URI characters
                only
                (RFC 3986: percent-encode spaces and non-ASCII characters).
            seed (int | Unset): Randomness seed, 0 to 4294967295, to repeat a result.
            sample_count (int | Unset): How many videos to generate, 1 to 4 (1 advised). Default: 1.
            generate_audio (bool | Unset): Generate an audio track with the video.
            person_generation (Veo31OfficialRequestPersonGeneration | Unset): Whether people may appear: `allow_adult`
                (adults only) or `disallow`. Default: 'allow_adult'.
    """

    model: Veo31OfficialRequestModel
    prompt: str
    negative_prompt: str | Unset = UNSET
    duration: Veo31OfficialRequestDuration | Unset = 8
    aspect_ratio: Veo31OfficialRequestAspectRatio | Unset = "16:9"
    resolution: Veo31OfficialRequestResolution | Unset = "720p"
    first_frame_image: str | Unset = UNSET
    last_frame_image: str | Unset = UNSET
    seed: int | Unset = UNSET
    sample_count: int | Unset = 1
    generate_audio: bool | Unset = UNSET
    person_generation: Veo31OfficialRequestPersonGeneration | Unset = "allow_adult"

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        first_frame_image = self.first_frame_image

        last_frame_image = self.last_frame_image

        seed = self.seed

        sample_count = self.sample_count

        generate_audio = self.generate_audio

        person_generation: str | Unset = UNSET
        if not isinstance(self.person_generation, Unset):
            person_generation = self.person_generation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if first_frame_image is not UNSET:
            field_dict["first_frame_image"] = first_frame_image
        if last_frame_image is not UNSET:
            field_dict["last_frame_image"] = last_frame_image
        if seed is not UNSET:
            field_dict["seed"] = seed
        if sample_count is not UNSET:
            field_dict["sample_count"] = sample_count
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if person_generation is not UNSET:
            field_dict["person_generation"] = person_generation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_veo_31_official_request_model(d.pop("model"))

        prompt = d.pop("prompt")

        negative_prompt = d.pop("negative_prompt", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: Veo31OfficialRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_veo_31_official_request_duration(_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Veo31OfficialRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_veo_31_official_request_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: Veo31OfficialRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_veo_31_official_request_resolution(_resolution)

        first_frame_image = d.pop("first_frame_image", UNSET)

        last_frame_image = d.pop("last_frame_image", UNSET)

        seed = d.pop("seed", UNSET)

        sample_count = d.pop("sample_count", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        _person_generation = d.pop("person_generation", UNSET)
        person_generation: Veo31OfficialRequestPersonGeneration | Unset
        if isinstance(_person_generation, Unset):
            person_generation = UNSET
        else:
            person_generation = check_veo_31_official_request_person_generation(
                _person_generation
            )

        veo_31_official_request = cls(
            model=model,
            prompt=prompt,
            negative_prompt=negative_prompt,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            first_frame_image=first_frame_image,
            last_frame_image=last_frame_image,
            seed=seed,
            sample_count=sample_count,
            generate_audio=generate_audio,
            person_generation=person_generation,
        )

        return veo_31_official_request
