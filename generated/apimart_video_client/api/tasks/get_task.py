from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.task_language import TaskLanguage
from ...models.task_response import TaskResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    task_id: str,
    *,
    language: TaskLanguage | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_language: str | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language

    params["language"] = json_language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/tasks/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaskResponse | None:
    if response.status_code == 200:
        response_200 = TaskResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | TaskResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient,
    language: TaskLanguage | Unset = UNSET,
) -> Response[ErrorResponse | TaskResponse]:
    """Get a task's status and result

     Returns the task's status, progress and, once completed, the video URLs with the time
    they expire. A task ends as `completed`, `failed` or `cancelled`; poll until then
    (first poll after about 10-20 s, then every few seconds). Free of charge.

    An unknown task id is answered with 404, or by some API versions with 400.

    Args:
        task_id (str): Opaque task identifier, for example `task_01J9HA7JPQ9A0Z6JZ3V8M9W6PZ`: any
            non-empty string, the same rule as the submit's `task_id` (a client must be able
            to poll every id a submit returns). Percent-encoded as one path segment.
        language (TaskLanguage | Unset): Language of messages in the task.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient,
    language: TaskLanguage | Unset = UNSET,
) -> ErrorResponse | TaskResponse | None:
    """Get a task's status and result

     Returns the task's status, progress and, once completed, the video URLs with the time
    they expire. A task ends as `completed`, `failed` or `cancelled`; poll until then
    (first poll after about 10-20 s, then every few seconds). Free of charge.

    An unknown task id is answered with 404, or by some API versions with 400.

    Args:
        task_id (str): Opaque task identifier, for example `task_01J9HA7JPQ9A0Z6JZ3V8M9W6PZ`: any
            non-empty string, the same rule as the submit's `task_id` (a client must be able
            to poll every id a submit returns). Percent-encoded as one path segment.
        language (TaskLanguage | Unset): Language of messages in the task.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskResponse
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        language=language,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient,
    language: TaskLanguage | Unset = UNSET,
) -> Response[ErrorResponse | TaskResponse]:
    """Get a task's status and result

     Returns the task's status, progress and, once completed, the video URLs with the time
    they expire. A task ends as `completed`, `failed` or `cancelled`; poll until then
    (first poll after about 10-20 s, then every few seconds). Free of charge.

    An unknown task id is answered with 404, or by some API versions with 400.

    Args:
        task_id (str): Opaque task identifier, for example `task_01J9HA7JPQ9A0Z6JZ3V8M9W6PZ`: any
            non-empty string, the same rule as the submit's `task_id` (a client must be able
            to poll every id a submit returns). Percent-encoded as one path segment.
        language (TaskLanguage | Unset): Language of messages in the task.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient,
    language: TaskLanguage | Unset = UNSET,
) -> ErrorResponse | TaskResponse | None:
    """Get a task's status and result

     Returns the task's status, progress and, once completed, the video URLs with the time
    they expire. A task ends as `completed`, `failed` or `cancelled`; poll until then
    (first poll after about 10-20 s, then every few seconds). Free of charge.

    An unknown task id is answered with 404, or by some API versions with 400.

    Args:
        task_id (str): Opaque task identifier, for example `task_01J9HA7JPQ9A0Z6JZ3V8M9W6PZ`: any
            non-empty string, the same rule as the submit's `task_id` (a client must be able
            to poll every id a submit returns). Percent-encoded as one path segment.
        language (TaskLanguage | Unset): Language of messages in the task.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskResponse
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            language=language,
        )
    ).parsed
