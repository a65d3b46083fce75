from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.image_upload_request import ImageUploadRequest
from ...models.uploaded_image import UploadedImage
from ...types import Response


def _get_kwargs(
    *,
    body: ImageUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/uploads/images",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UploadedImage | None:
    if response.status_code == 200:
        response_200 = UploadedImage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | UploadedImage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ImageUploadRequest,
) -> Response[ErrorResponse | UploadedImage]:
    """Upload an image

     Stores one image and returns a URL a generation can use (in `image_urls` or
    `image_with_roles`), valid for 72 hours. JPEG, PNG, GIF and WebP are accepted, detected
    by content, not by name. There is no idempotency key: a retry may store the image
    twice, so a client never retries an upload automatically. There is no audio or video
    upload: those stay public HTTP(S) URLs. Too large an image is answered with 413.
    Source: the skills contract.

    Args:
        body (ImageUploadRequest): The multipart body of an image upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UploadedImage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ImageUploadRequest,
) -> ErrorResponse | UploadedImage | None:
    """Upload an image

     Stores one image and returns a URL a generation can use (in `image_urls` or
    `image_with_roles`), valid for 72 hours. JPEG, PNG, GIF and WebP are accepted, detected
    by content, not by name. There is no idempotency key: a retry may store the image
    twice, so a client never retries an upload automatically. There is no audio or video
    upload: those stay public HTTP(S) URLs. Too large an image is answered with 413.
    Source: the skills contract.

    Args:
        body (ImageUploadRequest): The multipart body of an image upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UploadedImage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ImageUploadRequest,
) -> Response[ErrorResponse | UploadedImage]:
    """Upload an image

     Stores one image and returns a URL a generation can use (in `image_urls` or
    `image_with_roles`), valid for 72 hours. JPEG, PNG, GIF and WebP are accepted, detected
    by content, not by name. There is no idempotency key: a retry may store the image
    twice, so a client never retries an upload automatically. There is no audio or video
    upload: those stay public HTTP(S) URLs. Too large an image is answered with 413.
    Source: the skills contract.

    Args:
        body (ImageUploadRequest): The multipart body of an image upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UploadedImage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ImageUploadRequest,
) -> ErrorResponse | UploadedImage | None:
    """Upload an image

     Stores one image and returns a URL a generation can use (in `image_urls` or
    `image_with_roles`), valid for 72 hours. JPEG, PNG, GIF and WebP are accepted, detected
    by content, not by name. There is no idempotency key: a retry may store the image
    twice, so a client never retries an upload automatically. There is no audio or video
    upload: those stay public HTTP(S) URLs. Too large an image is answered with 413.
    Source: the skills contract.

    Args:
        body (ImageUploadRequest): The multipart body of an image upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UploadedImage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
