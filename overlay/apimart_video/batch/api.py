"""What a batch needs from a client: the small internal interface, written down.

`VideoClient._batch_api()` and `AsyncVideoClient._batch_api()` build a `BatchAPI` (in
`apimart_video._client.asynchronous`); the batch uses nothing else of a client and reads none
of its private attributes, so it never imports `apimart_video._client`.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from apimart_video._download.transfer import Download
    from apimart_video._http.retry import RetryPolicy
    from apimart_video._request.local_files import ImageFile
    from apimart_video._types import SubmittedGeneration, Task, UploadedImage
    from apimart_video._waiting.policy import PollPolicy

__all__ = ["BatchAPI", "BatchClient"]


class BatchAPI(Protocol):
    """A client's connections as a batch uses them: async, and no retries inside a submit or
    a poll (the batch sees every 429 itself, so its pacers learn the API's limit)."""

    @property
    def retry_policy(self) -> RetryPolicy:
        """The client's policy: downloads and resent submits follow it."""
        ...

    @property
    def poll_policy(self) -> PollPolicy:
        """The client's poll policy (and its clock)."""
        ...

    async def submit(self, fields: Mapping[str, Any], key: str) -> SubmittedGeneration:
        """Send one generation with `key`; errors as `AsyncVideoClient.generate` raises."""
        ...

    async def get_task(self, task_id: str) -> Task:
        """Ask once for a task's status."""
        ...

    async def upload_image(self, image: ImageFile) -> UploadedImage:
        """Upload one checked image, once (never retried); errors as `upload_image` raises."""
        ...

    async def download(self, job: Download) -> Path:
        """Run `job` through the one download loop, over the client's connections."""
        ...

    async def close(self) -> None:
        """Close what was opened for the batch (never the caller's connections)."""
        ...


@runtime_checkable
class BatchClient(Protocol):
    """A `VideoClient` or an `AsyncVideoClient`: what `Batch.run` and `Batch.arun` take."""

    def _batch_api(self) -> BatchAPI:
        """A new `BatchAPI` over this client's connections; the caller closes it."""
        ...
