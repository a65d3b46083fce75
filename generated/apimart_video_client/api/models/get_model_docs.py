from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.model_documentation import ModelDocumentation
from ...types import UNSET, Response


def _get_kwargs(
    *,
    model: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model"] = model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/model-docs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ModelDocumentation | None:
    if response.status_code == 200:
        response_200 = ModelDocumentation.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[ErrorResponse | ModelDocumentation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    model: str,
) -> Response[ErrorResponse | ModelDocumentation]:
    """Read a model's live documentation

     The model's documentation page as Markdown, fetched from APIMart's docs site and cached
    (`cache_ttl_seconds`, 604800 today; `stale` when the cached copy could not be
    refreshed). This page is the exact truth for the model's parameters. Free of charge.
    Source: the skills contract.

    Args:
        model (str): A model id such as `wan2.7`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelDocumentation]
    """

    kwargs = _get_kwargs(
        model=model,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    model: str,
) -> ErrorResponse | ModelDocumentation | None:
    """Read a model's live documentation

     The model's documentation page as Markdown, fetched from APIMart's docs site and cached
    (`cache_ttl_seconds`, 604800 today; `stale` when the cached copy could not be
    refreshed). This page is the exact truth for the model's parameters. Free of charge.
    Source: the skills contract.

    Args:
        model (str): A model id such as `wan2.7`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ModelDocumentation
    """

    return sync_detailed(
        client=client,
        model=model,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    model: str,
) -> Response[ErrorResponse | ModelDocumentation]:
    """Read a model's live documentation

     The model's documentation page as Markdown, fetched from APIMart's docs site and cached
    (`cache_ttl_seconds`, 604800 today; `stale` when the cached copy could not be
    refreshed). This page is the exact truth for the model's parameters. Free of charge.
    Source: the skills contract.

    Args:
        model (str): A model id such as `wan2.7`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelDocumentation]
    """

    kwargs = _get_kwargs(
        model=model,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    model: str,
) -> ErrorResponse | ModelDocumentation | None:
    """Read a model's live documentation

     The model's documentation page as Markdown, fetched from APIMart's docs site and cached
    (`cache_ttl_seconds`, 604800 today; `stale` when the cached copy could not be
    refreshed). This page is the exact truth for the model's parameters. Free of charge.
    Source: the skills contract.

    Args:
        model (str): A model id such as `wan2.7`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ModelDocumentation
    """

    return (
        await asyncio_detailed(
            client=client,
            model=model,
        )
    ).parsed
