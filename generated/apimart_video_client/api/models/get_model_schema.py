from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.generation_operation import (
    GenerationOperation,
)
from ...models.model_schema import ModelSchema
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    model: str,
    operation: GenerationOperation | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model"] = model

    json_operation: str | Unset = UNSET
    if not isinstance(operation, Unset):
        json_operation = operation

    params["operation"] = json_operation

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/model-schema",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ModelSchema | None:
    if response.status_code == 200:
        response_200 = ModelSchema.from_dict(response.json())

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
) -> Response[ErrorResponse | ModelSchema]:
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
    operation: GenerationOperation | Unset = UNSET,
) -> Response[ErrorResponse | ModelSchema]:
    """Read a model's compatibility schema

     A JSON Schema of the model's input for one operation, free of charge. It is a
    compatibility schema, looser than the documentation: the docs page
    (`GET /v1/model-docs`) is the exact truth. Source: the skills contract.

    Args:
        model (str): A model id such as `wan2.7`.
        operation (GenerationOperation | Unset): A generation operation a model serves.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelSchema]
    """

    kwargs = _get_kwargs(
        model=model,
        operation=operation,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    model: str,
    operation: GenerationOperation | Unset = UNSET,
) -> ErrorResponse | ModelSchema | None:
    """Read a model's compatibility schema

     A JSON Schema of the model's input for one operation, free of charge. It is a
    compatibility schema, looser than the documentation: the docs page
    (`GET /v1/model-docs`) is the exact truth. Source: the skills contract.

    Args:
        model (str): A model id such as `wan2.7`.
        operation (GenerationOperation | Unset): A generation operation a model serves.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ModelSchema
    """

    return sync_detailed(
        client=client,
        model=model,
        operation=operation,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    model: str,
    operation: GenerationOperation | Unset = UNSET,
) -> Response[ErrorResponse | ModelSchema]:
    """Read a model's compatibility schema

     A JSON Schema of the model's input for one operation, free of charge. It is a
    compatibility schema, looser than the documentation: the docs page
    (`GET /v1/model-docs`) is the exact truth. Source: the skills contract.

    Args:
        model (str): A model id such as `wan2.7`.
        operation (GenerationOperation | Unset): A generation operation a model serves.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ModelSchema]
    """

    kwargs = _get_kwargs(
        model=model,
        operation=operation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    model: str,
    operation: GenerationOperation | Unset = UNSET,
) -> ErrorResponse | ModelSchema | None:
    """Read a model's compatibility schema

     A JSON Schema of the model's input for one operation, free of charge. It is a
    compatibility schema, looser than the documentation: the docs page
    (`GET /v1/model-docs`) is the exact truth. Source: the skills contract.

    Args:
        model (str): A model id such as `wan2.7`.
        operation (GenerationOperation | Unset): A generation operation a model serves.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ModelSchema
    """

    return (
        await asyncio_detailed(
            client=client,
            model=model,
            operation=operation,
        )
    ).parsed
