from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.doubao_seedance_20_request_model import (
    DoubaoSeedance20RequestModel,
    check_doubao_seedance_20_request_model,
)
from ..models.doubao_seedance_20_request_resolution import (
    DoubaoSeedance20RequestResolution,
    check_doubao_seedance_20_request_resolution,
)
from ..models.doubao_seedance_20_request_size import (
    DoubaoSeedance20RequestSize,
    check_doubao_seedance_20_request_size,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_with_role import ImageWithRole


T = TypeVar("T", bound="DoubaoSeedance20Request")


@_attrs_define
class DoubaoSeedance20Request:
    """A Seedance 2.0 generation (ByteDance Doubao): the standard model, a fast one, and a
    `-face` variant of each that accepts uploads of real people. Modes, picked by the
    fields present: text-to-video (prompt only), image-to-video from one image, first and
    last frame (`image_with_roles`), or multimodal references (images, up to 3 videos and
    up to 3 audio clips) that the prompt refers to. Can generate sound (`generate_audio`)
    and return the last frame of the result (`return_last_frame`).

    Decisions: the page's versions disagree; this schema follows the newest one (the one
    listing the four ids), seen on a copy: duration 4 to 15 (an older version says 5 to 15)
    and `1080p` for `doubao-seedance-2.0` and `doubao-seedance-2.0-face` only (the older
    version lists 480p and 720p). `4k`, seen only on resellers, is refused. The camera
    switch is described without its key: `camera_fixed` is the upstream name. The seed
    range (-1 to 2^32-1), the limits of 9 images, 3 videos and 3 audio clips, and the
    rules that audio needs an image or a video and that first/last frames do not mix with
    references are upstream Seedance rules, not read on the page. `image_with_roles` was
    not seen on the page either: two APIMart clients send it for first/last frames, and,
    as on the 1.5 page, it cannot be combined with `image_urls`. `generate_audio` has no
    documented default. `tools` (web search), sent by one client, is not on the page and is
    refused, as is `watermark`. The live check (`make contract-live`) settles each of these.

        Attributes:
            model (DoubaoSeedance20RequestModel): The model id: the standard or the `-fast` model; `-face` variants accept
                images of
                real people.
            prompt (str | Unset): What the video shows, at most 4000 characters (about 500 work best). Required in
                text-to-video; optional with images or a video.
            duration (int | Unset): Length of the video in seconds, 4 to 15. Default: 5.
            size (DoubaoSeedance20RequestSize | Unset): Aspect ratio; `adaptive` follows the input image or video. Default:
                '16:9'.
            resolution (DoubaoSeedance20RequestResolution | Unset): Output resolution; `1080p` only with `doubao-
                seedance-2.0` and `doubao-seedance-2.0-face`. Default: '480p'.
            seed (int | Unset): Randomness seed, -1 to 2^32-1; -1 (or no seed) picks a random one. The same seed
                and request give similar, not identical, results.
            camera_fixed (bool | Unset): Keeps the camera still. Default: False.
            generate_audio (bool | Unset): Generates sound with the video (voices, effects, music).
            return_last_frame (bool | Unset): Also returns the URL of the video's last frame, to chain a next video from it.
                Default: False.
            image_urls (list[str] | Unset): One image alone: image-to-video from it. Several images, or images with
                `video_urls` or `audio_urls`: reference images the prompt can name ("image 1").
                At most 9. Use either this or `image_with_roles`.
            image_with_roles (list[ImageWithRole] | Unset): First and last frame with an explicit role per image: exactly
                one `first_frame`
                and at most one `last_frame` (an image without a role is a first frame). Not with
                `image_urls`, `video_urls` or `audio_urls`.
            video_urls (list[str] | Unset): Reference videos (motion, camera work, a video to edit or extend), at most 3.
            audio_urls (list[str] | Unset): Reference audio (voice, music, effects), at most 3; only together with reference
                images or a reference video.
    """

    model: DoubaoSeedance20RequestModel
    prompt: str | Unset = UNSET
    duration: int | Unset = 5
    size: DoubaoSeedance20RequestSize | Unset = "16:9"
    resolution: DoubaoSeedance20RequestResolution | Unset = "480p"
    seed: int | Unset = UNSET
    camera_fixed: bool | Unset = False
    generate_audio: bool | Unset = UNSET
    return_last_frame: bool | Unset = False
    image_urls: list[str] | Unset = UNSET
    image_with_roles: list[ImageWithRole] | Unset = UNSET
    video_urls: list[str] | Unset = UNSET
    audio_urls: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        duration = self.duration

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        camera_fixed = self.camera_fixed

        generate_audio = self.generate_audio

        return_last_frame = self.return_last_frame

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        image_with_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image_with_roles, Unset):
            image_with_roles = []
            for image_with_roles_item_data in self.image_with_roles:
                image_with_roles_item = image_with_roles_item_data.to_dict()
                image_with_roles.append(image_with_roles_item)

        video_urls: list[str] | Unset = UNSET
        if not isinstance(self.video_urls, Unset):
            video_urls = self.video_urls

        audio_urls: list[str] | Unset = UNSET
        if not isinstance(self.audio_urls, Unset):
            audio_urls = self.audio_urls

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if duration is not UNSET:
            field_dict["duration"] = duration
        if size is not UNSET:
            field_dict["size"] = size
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if camera_fixed is not UNSET:
            field_dict["camera_fixed"] = camera_fixed
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if return_last_frame is not UNSET:
            field_dict["return_last_frame"] = return_last_frame
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if image_with_roles is not UNSET:
            field_dict["image_with_roles"] = image_with_roles
        if video_urls is not UNSET:
            field_dict["video_urls"] = video_urls
        if audio_urls is not UNSET:
            field_dict["audio_urls"] = audio_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.image_with_role import ImageWithRole

        d = dict(src_dict)
        model = check_doubao_seedance_20_request_model(d.pop("model"))

        prompt = d.pop("prompt", UNSET)

        duration = d.pop("duration", UNSET)

        _size = d.pop("size", UNSET)
        size: DoubaoSeedance20RequestSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = check_doubao_seedance_20_request_size(_size)

        _resolution = d.pop("resolution", UNSET)
        resolution: DoubaoSeedance20RequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_doubao_seedance_20_request_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        camera_fixed = d.pop("camera_fixed", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        return_last_frame = d.pop("return_last_frame", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _image_with_roles = d.pop("image_with_roles", UNSET)
        image_with_roles: list[ImageWithRole] | Unset = UNSET
        if _image_with_roles is not UNSET:
            image_with_roles = []
            for image_with_roles_item_data in _image_with_roles:
                image_with_roles_item = ImageWithRole.from_dict(
                    image_with_roles_item_data
                )

                image_with_roles.append(image_with_roles_item)

        video_urls = cast(list[str], d.pop("video_urls", UNSET))

        audio_urls = cast(list[str], d.pop("audio_urls", UNSET))

        doubao_seedance_20_request = cls(
            model=model,
            prompt=prompt,
            duration=duration,
            size=size,
            resolution=resolution,
            seed=seed,
            camera_fixed=camera_fixed,
            generate_audio=generate_audio,
            return_last_frame=return_last_frame,
            image_urls=image_urls,
            image_with_roles=image_with_roles,
            video_urls=video_urls,
            audio_urls=audio_urls,
        )

        return doubao_seedance_20_request
