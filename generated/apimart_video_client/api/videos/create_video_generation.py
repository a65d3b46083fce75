from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.doubao_seedance_10_request import DoubaoSeedance10Request
from ...models.doubao_seedance_15_request import DoubaoSeedance15Request
from ...models.doubao_seedance_20_request import DoubaoSeedance20Request
from ...models.error_response import ErrorResponse
from ...models.grok_imagine_video_request import GrokImagineVideoRequest
from ...models.hailuo_02_request import Hailuo02Request
from ...models.hailuo_23_request import Hailuo23Request
from ...models.kling_30_turbo_request import Kling30TurboRequest
from ...models.kling_motion_control_request import KlingMotionControlRequest
from ...models.kling_v3_omni_request import KlingV3OmniRequest
from ...models.kling_v3_request import KlingV3Request
from ...models.kling_v26_request import KlingV26Request
from ...models.omni_flash_ext_request import OmniFlashExtRequest
from ...models.pixverse_v6_request import PixverseV6Request
from ...models.response_version import ResponseVersion
from ...models.sora_2_preview_request import Sora2PreviewRequest
from ...models.sora_2_request import Sora2Request
from ...models.veo_31_official_request import Veo31OfficialRequest
from ...models.veo_31_request import Veo31Request
from ...models.versioned_generation_submitted import VersionedGenerationSubmitted
from ...models.video_generation_submitted import VideoGenerationSubmitted
from ...models.vidu_q3_pro_request import ViduQ3ProRequest
from ...models.vidu_q3_request import ViduQ3Request
from ...models.wan_25_preview_request import Wan25PreviewRequest
from ...models.wan_26_request import Wan26Request
from ...models.wan_26i2v_flash_request import Wan26I2VFlashRequest
from ...models.wan_27_request import Wan27Request
from ...models.wan_27_video_edit_request import Wan27VideoEditRequest
from ...models.wan_27r2v_request import Wan27R2VRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DoubaoSeedance10Request
    | DoubaoSeedance15Request
    | DoubaoSeedance20Request
    | GrokImagineVideoRequest
    | Hailuo02Request
    | Hailuo23Request
    | Kling30TurboRequest
    | KlingMotionControlRequest
    | KlingV26Request
    | KlingV3OmniRequest
    | KlingV3Request
    | OmniFlashExtRequest
    | PixverseV6Request
    | Sora2PreviewRequest
    | Sora2Request
    | Veo31OfficialRequest
    | Veo31Request
    | ViduQ3ProRequest
    | ViduQ3Request
    | Wan25PreviewRequest
    | Wan26I2VFlashRequest
    | Wan26Request
    | Wan27R2VRequest
    | Wan27Request
    | Wan27VideoEditRequest,
    idempotency_key: str | Unset = UNSET,
    x_api_mart_response_version: ResponseVersion | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(x_api_mart_response_version, Unset):
        headers["X-APIMart-Response-Version"] = str(x_api_mart_response_version)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/videos/generations",
    }

    if (
        isinstance(body, Wan27Request)
        or isinstance(body, KlingV26Request)
        or isinstance(body, Wan27R2VRequest)
        or isinstance(body, Wan27VideoEditRequest)
        or isinstance(body, Wan26Request)
        or isinstance(body, Wan26I2VFlashRequest)
        or isinstance(body, Wan25PreviewRequest)
        or isinstance(body, KlingV3Request)
        or isinstance(body, KlingV3OmniRequest)
        or isinstance(body, KlingMotionControlRequest)
        or isinstance(body, Kling30TurboRequest)
        or isinstance(body, Hailuo23Request)
        or isinstance(body, Hailuo02Request)
        or isinstance(body, ViduQ3Request)
        or isinstance(body, ViduQ3ProRequest)
        or isinstance(body, OmniFlashExtRequest)
        or isinstance(body, Sora2PreviewRequest)
        or isinstance(body, Sora2Request)
        or isinstance(body, Veo31OfficialRequest)
        or isinstance(body, Veo31Request)
        or isinstance(body, DoubaoSeedance10Request)
        or isinstance(body, DoubaoSeedance15Request)
        or isinstance(body, DoubaoSeedance20Request)
        or isinstance(body, PixverseV6Request)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VersionedGenerationSubmitted | VideoGenerationSubmitted | None:
    if response.status_code == 200:
        response_200 = VideoGenerationSubmitted.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = VersionedGenerationSubmitted.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | VersionedGenerationSubmitted | VideoGenerationSubmitted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DoubaoSeedance10Request
    | DoubaoSeedance15Request
    | DoubaoSeedance20Request
    | GrokImagineVideoRequest
    | Hailuo02Request
    | Hailuo23Request
    | Kling30TurboRequest
    | KlingMotionControlRequest
    | KlingV26Request
    | KlingV3OmniRequest
    | KlingV3Request
    | OmniFlashExtRequest
    | PixverseV6Request
    | Sora2PreviewRequest
    | Sora2Request
    | Veo31OfficialRequest
    | Veo31Request
    | ViduQ3ProRequest
    | ViduQ3Request
    | Wan25PreviewRequest
    | Wan26I2VFlashRequest
    | Wan26Request
    | Wan27R2VRequest
    | Wan27Request
    | Wan27VideoEditRequest,
    idempotency_key: str | Unset = UNSET,
    x_api_mart_response_version: ResponseVersion | Unset = UNSET,
) -> Response[ErrorResponse | VersionedGenerationSubmitted | VideoGenerationSubmitted]:
    """Submit a wan2.7 video generation

     Starts an asynchronous, billed generation and returns its `task_id` at once.

    The server picks the mode from the parameters: any of `image_urls`,
    `image_with_roles` or `video_urls` selects image-to-video (first frame, first and last
    frame, or video continuation); none of them selects text-to-video. Both modes are
    billed the same. Poll `GET /v1/tasks/{task_id}` for progress and the result.

    Every accepted request is a billed generation: send an `Idempotency-Key` and reuse it
    on every retry of the same submit.

    Two answer shapes (both parse). Without `X-APIMart-Response-Version` the answer is the
    wan2.7 page's: HTTP 200, `data` a one-element list of `{task_id, status}`. With
    `X-APIMart-Response-Version: 2026-07-27` (skills contract) it is HTTP 202 (some
    integrations show 200), `data` one object `{id, status, object}` with `object`
    `generation.task` (poll `id`) or `generation.result` (a synchronous result), and the
    envelope may carry `request_id`. A replay of a stored `Idempotency-Key` carries the
    header `idempotency-replayed: true`.

    Args:
        idempotency_key (str | Unset): 1 to 191 visible ASCII characters, for example a UUID4.
        x_api_mart_response_version (ResponseVersion | Unset): The response version APIMart's own
            client pins (skills contract).
        body (DoubaoSeedance10Request | DoubaoSeedance15Request | DoubaoSeedance20Request |
            GrokImagineVideoRequest | Hailuo02Request | Hailuo23Request | Kling30TurboRequest |
            KlingMotionControlRequest | KlingV26Request | KlingV3OmniRequest | KlingV3Request |
            OmniFlashExtRequest | PixverseV6Request | Sora2PreviewRequest | Sora2Request |
            Veo31OfficialRequest | Veo31Request | ViduQ3ProRequest | ViduQ3Request |
            Wan25PreviewRequest | Wan26I2VFlashRequest | Wan26Request | Wan27R2VRequest | Wan27Request
            | Wan27VideoEditRequest): One generation, for any model the contract covers. `model` picks
            the family's schema
            (the discriminator below); each family's schema is written from its docs page, named
            in its `externalDocs`, and refuses fields its page does not list. Where pages or
            mirrors disagree, the family's description says what was decided; the live check
            (`make contract-live`) compares each family with the model's live docs and schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VersionedGenerationSubmitted | VideoGenerationSubmitted]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        x_api_mart_response_version=x_api_mart_response_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DoubaoSeedance10Request
    | DoubaoSeedance15Request
    | DoubaoSeedance20Request
    | GrokImagineVideoRequest
    | Hailuo02Request
    | Hailuo23Request
    | Kling30TurboRequest
    | KlingMotionControlRequest
    | KlingV26Request
    | KlingV3OmniRequest
    | KlingV3Request
    | OmniFlashExtRequest
    | PixverseV6Request
    | Sora2PreviewRequest
    | Sora2Request
    | Veo31OfficialRequest
    | Veo31Request
    | ViduQ3ProRequest
    | ViduQ3Request
    | Wan25PreviewRequest
    | Wan26I2VFlashRequest
    | Wan26Request
    | Wan27R2VRequest
    | Wan27Request
    | Wan27VideoEditRequest,
    idempotency_key: str | Unset = UNSET,
    x_api_mart_response_version: ResponseVersion | Unset = UNSET,
) -> ErrorResponse | VersionedGenerationSubmitted | VideoGenerationSubmitted | None:
    """Submit a wan2.7 video generation

     Starts an asynchronous, billed generation and returns its `task_id` at once.

    The server picks the mode from the parameters: any of `image_urls`,
    `image_with_roles` or `video_urls` selects image-to-video (first frame, first and last
    frame, or video continuation); none of them selects text-to-video. Both modes are
    billed the same. Poll `GET /v1/tasks/{task_id}` for progress and the result.

    Every accepted request is a billed generation: send an `Idempotency-Key` and reuse it
    on every retry of the same submit.

    Two answer shapes (both parse). Without `X-APIMart-Response-Version` the answer is the
    wan2.7 page's: HTTP 200, `data` a one-element list of `{task_id, status}`. With
    `X-APIMart-Response-Version: 2026-07-27` (skills contract) it is HTTP 202 (some
    integrations show 200), `data` one object `{id, status, object}` with `object`
    `generation.task` (poll `id`) or `generation.result` (a synchronous result), and the
    envelope may carry `request_id`. A replay of a stored `Idempotency-Key` carries the
    header `idempotency-replayed: true`.

    Args:
        idempotency_key (str | Unset): 1 to 191 visible ASCII characters, for example a UUID4.
        x_api_mart_response_version (ResponseVersion | Unset): The response version APIMart's own
            client pins (skills contract).
        body (DoubaoSeedance10Request | DoubaoSeedance15Request | DoubaoSeedance20Request |
            GrokImagineVideoRequest | Hailuo02Request | Hailuo23Request | Kling30TurboRequest |
            KlingMotionControlRequest | KlingV26Request | KlingV3OmniRequest | KlingV3Request |
            OmniFlashExtRequest | PixverseV6Request | Sora2PreviewRequest | Sora2Request |
            Veo31OfficialRequest | Veo31Request | ViduQ3ProRequest | ViduQ3Request |
            Wan25PreviewRequest | Wan26I2VFlashRequest | Wan26Request | Wan27R2VRequest | Wan27Request
            | Wan27VideoEditRequest): One generation, for any model the contract covers. `model` picks
            the family's schema
            (the discriminator below); each family's schema is written from its docs page, named
            in its `externalDocs`, and refuses fields its page does not list. Where pages or
            mirrors disagree, the family's description says what was decided; the live check
            (`make contract-live`) compares each family with the model's live docs and schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VersionedGenerationSubmitted | VideoGenerationSubmitted
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        x_api_mart_response_version=x_api_mart_response_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DoubaoSeedance10Request
    | DoubaoSeedance15Request
    | DoubaoSeedance20Request
    | GrokImagineVideoRequest
    | Hailuo02Request
    | Hailuo23Request
    | Kling30TurboRequest
    | KlingMotionControlRequest
    | KlingV26Request
    | KlingV3OmniRequest
    | KlingV3Request
    | OmniFlashExtRequest
    | PixverseV6Request
    | Sora2PreviewRequest
    | Sora2Request
    | Veo31OfficialRequest
    | Veo31Request
    | ViduQ3ProRequest
    | ViduQ3Request
    | Wan25PreviewRequest
    | Wan26I2VFlashRequest
    | Wan26Request
    | Wan27R2VRequest
    | Wan27Request
    | Wan27VideoEditRequest,
    idempotency_key: str | Unset = UNSET,
    x_api_mart_response_version: ResponseVersion | Unset = UNSET,
) -> Response[ErrorResponse | VersionedGenerationSubmitted | VideoGenerationSubmitted]:
    """Submit a wan2.7 video generation

     Starts an asynchronous, billed generation and returns its `task_id` at once.

    The server picks the mode from the parameters: any of `image_urls`,
    `image_with_roles` or `video_urls` selects image-to-video (first frame, first and last
    frame, or video continuation); none of them selects text-to-video. Both modes are
    billed the same. Poll `GET /v1/tasks/{task_id}` for progress and the result.

    Every accepted request is a billed generation: send an `Idempotency-Key` and reuse it
    on every retry of the same submit.

    Two answer shapes (both parse). Without `X-APIMart-Response-Version` the answer is the
    wan2.7 page's: HTTP 200, `data` a one-element list of `{task_id, status}`. With
    `X-APIMart-Response-Version: 2026-07-27` (skills contract) it is HTTP 202 (some
    integrations show 200), `data` one object `{id, status, object}` with `object`
    `generation.task` (poll `id`) or `generation.result` (a synchronous result), and the
    envelope may carry `request_id`. A replay of a stored `Idempotency-Key` carries the
    header `idempotency-replayed: true`.

    Args:
        idempotency_key (str | Unset): 1 to 191 visible ASCII characters, for example a UUID4.
        x_api_mart_response_version (ResponseVersion | Unset): The response version APIMart's own
            client pins (skills contract).
        body (DoubaoSeedance10Request | DoubaoSeedance15Request | DoubaoSeedance20Request |
            GrokImagineVideoRequest | Hailuo02Request | Hailuo23Request | Kling30TurboRequest |
            KlingMotionControlRequest | KlingV26Request | KlingV3OmniRequest | KlingV3Request |
            OmniFlashExtRequest | PixverseV6Request | Sora2PreviewRequest | Sora2Request |
            Veo31OfficialRequest | Veo31Request | ViduQ3ProRequest | ViduQ3Request |
            Wan25PreviewRequest | Wan26I2VFlashRequest | Wan26Request | Wan27R2VRequest | Wan27Request
            | Wan27VideoEditRequest): One generation, for any model the contract covers. `model` picks
            the family's schema
            (the discriminator below); each family's schema is written from its docs page, named
            in its `externalDocs`, and refuses fields its page does not list. Where pages or
            mirrors disagree, the family's description says what was decided; the live check
            (`make contract-live`) compares each family with the model's live docs and schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VersionedGenerationSubmitted | VideoGenerationSubmitted]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        x_api_mart_response_version=x_api_mart_response_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DoubaoSeedance10Request
    | DoubaoSeedance15Request
    | DoubaoSeedance20Request
    | GrokImagineVideoRequest
    | Hailuo02Request
    | Hailuo23Request
    | Kling30TurboRequest
    | KlingMotionControlRequest
    | KlingV26Request
    | KlingV3OmniRequest
    | KlingV3Request
    | OmniFlashExtRequest
    | PixverseV6Request
    | Sora2PreviewRequest
    | Sora2Request
    | Veo31OfficialRequest
    | Veo31Request
    | ViduQ3ProRequest
    | ViduQ3Request
    | Wan25PreviewRequest
    | Wan26I2VFlashRequest
    | Wan26Request
    | Wan27R2VRequest
    | Wan27Request
    | Wan27VideoEditRequest,
    idempotency_key: str | Unset = UNSET,
    x_api_mart_response_version: ResponseVersion | Unset = UNSET,
) -> ErrorResponse | VersionedGenerationSubmitted | VideoGenerationSubmitted | None:
    """Submit a wan2.7 video generation

     Starts an asynchronous, billed generation and returns its `task_id` at once.

    The server picks the mode from the parameters: any of `image_urls`,
    `image_with_roles` or `video_urls` selects image-to-video (first frame, first and last
    frame, or video continuation); none of them selects text-to-video. Both modes are
    billed the same. Poll `GET /v1/tasks/{task_id}` for progress and the result.

    Every accepted request is a billed generation: send an `Idempotency-Key` and reuse it
    on every retry of the same submit.

    Two answer shapes (both parse). Without `X-APIMart-Response-Version` the answer is the
    wan2.7 page's: HTTP 200, `data` a one-element list of `{task_id, status}`. With
    `X-APIMart-Response-Version: 2026-07-27` (skills contract) it is HTTP 202 (some
    integrations show 200), `data` one object `{id, status, object}` with `object`
    `generation.task` (poll `id`) or `generation.result` (a synchronous result), and the
    envelope may carry `request_id`. A replay of a stored `Idempotency-Key` carries the
    header `idempotency-replayed: true`.

    Args:
        idempotency_key (str | Unset): 1 to 191 visible ASCII characters, for example a UUID4.
        x_api_mart_response_version (ResponseVersion | Unset): The response version APIMart's own
            client pins (skills contract).
        body (DoubaoSeedance10Request | DoubaoSeedance15Request | DoubaoSeedance20Request |
            GrokImagineVideoRequest | Hailuo02Request | Hailuo23Request | Kling30TurboRequest |
            KlingMotionControlRequest | KlingV26Request | KlingV3OmniRequest | KlingV3Request |
            OmniFlashExtRequest | PixverseV6Request | Sora2PreviewRequest | Sora2Request |
            Veo31OfficialRequest | Veo31Request | ViduQ3ProRequest | ViduQ3Request |
            Wan25PreviewRequest | Wan26I2VFlashRequest | Wan26Request | Wan27R2VRequest | Wan27Request
            | Wan27VideoEditRequest): One generation, for any model the contract covers. `model` picks
            the family's schema
            (the discriminator below); each family's schema is written from its docs page, named
            in its `externalDocs`, and refuses fields its page does not list. Where pages or
            mirrors disagree, the family's description says what was decided; the live check
            (`make contract-live`) compares each family with the model's live docs and schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VersionedGenerationSubmitted | VideoGenerationSubmitted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            x_api_mart_response_version=x_api_mart_response_version,
        )
    ).parsed
