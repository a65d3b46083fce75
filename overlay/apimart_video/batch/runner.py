"""Batch generation that never loses a paid task: `Batch`, `BatchSummary`.

One async core (`Batch.arun`); `Batch.run` and `VideoClient.batch` run it with
`asyncio.run`. The journal (`_journal`) makes every step durable before the next one;
`_pacing` adapts the submit rate to 429s; `_poller` polls every task on one schedule;
`_fetch` downloads resumably. Run the same batch again after any crash and it resumes:

- a job done or failed is not redone;
- a job whose submit outcome is unknown is sent again only with its journalled key;
- a job with a task id is only polled and downloaded;
- `max_generations` bounds the submits counted over every run of the journal.

No paid task is dropped on one answer. After a submit whose outcome was unknown, no answer
but a task id settles the job: a 4xx on the resend (a 409 `idempotency_in_progress` the
client stopped waiting for, `idempotency_result_indeterminate`, a reused key, any other)
leaves it `uncertain` with the reason, for a rerun or the command `batch status` shows. A
task id that answers "not found" is polled again for `not_found_grace` seconds after its
submit, then left `lost` with its task id, and a rerun polls it again. A rate limit that
never lifts (`rate_limit_patience`) leaves jobs for a later run; it fails none.

Every request goes through the caller's client: an async client's `httpx.AsyncClient`, or a
sync client's `httpx.Client` in worker threads, through the `BatchAPI` the client builds
(`batch.api`). Journal commits run
in one thread of their own, off the event loop; every task the run starts is awaited or
cancelled before it returns.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import contextlib
import functools
import time
from collections.abc import Callable, Coroutine, Mapping
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import attrs

from apimart_video._config import DEFAULT_WAIT_TIMEOUT
from apimart_video._download.transfer import video_source
from apimart_video._exceptions import (
    APIConnectionError,
    APIMartError,
    APIStatusError,
    AuthenticationError,
    DownloadError,
    InsufficientBalanceError,
    InvalidRequestError,
    NotFoundError,
    NoVideoError,
    PermissionDeniedError,
    RateLimitError,
    SubmitConflictError,
    SubmitOutcomeUnknownError,
    TaskCancelledError,
    TaskFailedError,
    URLExpiredError,
    WaitTimeoutError,
    resubmit_advice,
)
from apimart_video._exit_codes import ExitCode
from apimart_video._http.idempotency import new_key
from apimart_video._http.retry import backoff
from apimart_video._request import local_files
from apimart_video._types import Task, TaskStatus
from apimart_video.batch.api import BatchClient
from apimart_video.batch.downloads import fetch_video
from apimart_video.batch.jobs import InvalidJobsError, InvalidRow, Job, JobSource, read_jobs
from apimart_video.batch.journal import JOURNAL_NAME, JobState, Journal, JournalRow
from apimart_video.batch.pacing import RATE_LIMIT_PATIENCE, Pacer
from apimart_video.batch.schedule import Poller

__all__ = ["NOT_FOUND_GRACE", "Batch", "BatchSummary", "JobState"]

P = ParamSpec("P")
T = TypeVar("T")

EXIT_DONE, EXIT_FAILED, EXIT_LEFT = ExitCode.OK, ExitCode.TASK_FAILED, ExitCode.JOBS_LEFT

UNCERTAIN = SubmitOutcomeUnknownError
"""Submit errors after which the generation may have started: sent again with the same key.
(A plain `APIConnectionError` on a submit means it was never sent.)"""
FATAL = (AuthenticationError, PermissionDeniedError, InsufficientBalanceError)
"""Submit errors that every other job would meet too: the batch stops."""
MAX_FAILED_SUBMITS = 5
"""Submits of one job that may fail (lost answers, no connection) before the run leaves it."""
CUT_SHORT = "a submit was cut short (the run stopped) before its answer"
"""The reason of a job left uncertain by a run that stopped mid-submit."""
UPLOAD_MARGIN = 3600.0
"""Seconds an uploaded image's URL must still work for a run to use it rather than upload
the file again (the API fetches it some time after the submit)."""
NOT_FOUND_GRACE = 300.0
"""Seconds after a submit during which "not found" for its task id is polled again."""

Progress = Callable[[str, JobState, Mapping[JobState, int]], object]
"""Called with (job id, its new state, the count of jobs in each state)."""


@attrs.frozen
class BatchSummary:
    """How a batch stands after a run (counts over every run of its journal)."""

    jobs: int
    counts: Mapping[str, int]
    submits: int
    """Submits counted against the budget: each may have started a generation."""
    uncertain_submits: int
    """Submits whose outcome was not known (a crash, a lost answer): each was sent again
    with its key, so each could be a second generation where the API ignores the key."""
    max_generations: int | None
    budget_reached: bool
    rate_limited: int
    """429s met in this run (submits and polls)."""
    invalid: tuple[InvalidRow, ...]
    failures: Mapping[str, str]
    out: Path
    journal: Path
    unsettled: Mapping[str, str] = attrs.field(factory=dict)
    """Jobs `uncertain` or `lost`, with the reason: `batch status` says how to settle each."""
    rate_limit_reached: bool = False
    """The API answered nothing but 429s for `rate_limit_patience`: jobs were left."""

    @property
    def done(self) -> int:
        """Jobs whose video is in place."""
        return self.counts.get(JobState.DONE, 0)

    @property
    def failed(self) -> int:
        """Jobs that ended without a video (not redone by a resume)."""
        return self.counts.get(JobState.FAILED, 0)

    @property
    def left(self) -> int:
        """Jobs not finished: a rerun of the same batch resumes them."""
        return self.jobs - self.done - self.failed

    @property
    def exit_code(self) -> int:
        """4 when a job failed, else 9 when jobs are left (budget, timeout), else 0."""
        if self.failed:
            return int(EXIT_FAILED)
        return int(EXIT_LEFT if self.left else EXIT_DONE)

    def to_json(self) -> dict[str, Any]:
        """The summary as `apimart-video batch --json` prints it."""
        return {
            "jobs": self.jobs,
            "done": self.done,
            "failed": self.failed,
            "left": self.left,
            "counts": dict(self.counts),
            "submits": self.submits,
            "uncertain_submits": self.uncertain_submits,
            "max_generations": self.max_generations,
            "budget_reached": self.budget_reached,
            "rate_limited": self.rate_limited,
            "invalid": [{"line": row.line, "rules": list(row.rules)} for row in self.invalid],
            "failures": dict(self.failures),
            "unsettled": dict(self.unsettled),
            "rate_limit_reached": self.rate_limit_reached,
            "out": str(self.out),
            "journal": str(self.journal),
            "exit_code": self.exit_code,
        }


class Batch:
    """A batch of generation requests with a durable journal; see the module docstring.

    `jobs` is a JSON Lines or CSV file, or the request bodies (each may carry an `id`).
    Every row is checked first: an invalid row raises `InvalidJobsError` (nothing sent)
    unless `skip_invalid`, which runs the valid rows and lists the others in the summary.

    `not_found_grace`: seconds after a submit during which a task id answering "not found"
    is polled again (then the job is `lost`, and a rerun polls it again).
    `rate_limit_patience`: seconds of nothing but 429s (or 100 in a row) after which the
    run stops asking and leaves the jobs not finished (exit code 9, jobs left: run it again later).
    """

    def __init__(
        self,
        jobs: JobSource,
        out: str | Path,
        *,
        journal: str | Path | None = None,
        concurrency: int = 8,
        max_generations: int | None = None,
        skip_invalid: bool = False,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        max_poll_rate: float = 20.0,
        on_progress: Progress | None = None,
        not_found_grace: float = NOT_FOUND_GRACE,
        rate_limit_patience: float = RATE_LIMIT_PATIENCE,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        if max_generations is not None and max_generations < 0:
            raise ValueError("max_generations must be 0 or more")
        if not not_found_grace >= 0:
            raise ValueError(f"not_found_grace must be 0 or more seconds, not {not_found_grace}")
        if not rate_limit_patience >= 0:
            raise ValueError(
                f"rate_limit_patience must be 0 or more seconds, not {rate_limit_patience}"
            )
        checked = read_jobs(jobs)
        if checked.invalid and not skip_invalid:
            raise InvalidJobsError(checked.invalid)
        self.jobs: tuple[Job, ...] = checked.jobs
        self.invalid = checked.invalid
        self.out = Path(out)
        self.journal_path = Path(journal) if journal is not None else self.out / JOURNAL_NAME
        self.concurrency = concurrency
        self.max_generations = max_generations
        self.wait_timeout = wait_timeout
        self.max_poll_rate = max_poll_rate
        self.on_progress = on_progress
        self.not_found_grace = not_found_grace
        self.rate_limit_patience = rate_limit_patience

    def run(self, client: BatchClient) -> BatchSummary:
        """Run (or resume) the batch to its end, with `client`'s settings (`client` is a
        `VideoClient` or an `AsyncVideoClient`).

        Inside a running event loop (a Jupyter cell), the batch runs on its own loop in a
        worker thread, and this returns its summary as usual.
        """
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no loop here: the usual case
            return asyncio.run(self.arun(client))
        return _in_a_thread(self.arun(client))

    async def arun(self, client: BatchClient) -> BatchSummary:
        """Run (or resume) the batch to its end, with `client`'s settings (`client` is a
        `VideoClient` or an `AsyncVideoClient`)."""
        # One thread owns the journal (SQLite wants one) and does every commit and fsync.
        writer = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="apimart-journal")
        try:
            journal = await _in(writer, Journal, self.journal_path)
            try:
                rows = await _in(writer, journal.load, self.jobs, self.out)
                async with _Run(self, journal, writer, client) as run:
                    await run.all(rows)
                    return await run.summary()
            finally:
                await _in(writer, journal.close)
        finally:
            writer.shutdown(wait=False)  # its work is done: the thread ends on its own


async def _in(
    thread: concurrent.futures.Executor, call: Callable[P, T], *args: P.args, **kwargs: P.kwargs
) -> T:
    """`call(*args, **kwargs)` in `thread`, awaited."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(thread, functools.partial(call, *args, **kwargs))


def _in_a_thread(batch: Coroutine[Any, Any, BatchSummary]) -> BatchSummary:
    """Run `batch` on a new event loop in a worker thread and wait for it here.

    An interruption of the waiting thread (Ctrl-C, a notebook's stop button) cancels the
    batch and waits for it to stop, so its journal is closed when this raises.
    """
    loop = asyncio.new_event_loop()

    def work() -> BatchSummary:
        with asyncio.Runner(loop_factory=lambda: loop) as runner:
            return runner.run(batch)

    with concurrent.futures.ThreadPoolExecutor(1, "apimart-batch") as worker:
        done = worker.submit(work)
        try:
            return done.result()
        except BaseException:
            if not done.done():
                with contextlib.suppress(RuntimeError):  # it closed meanwhile
                    loop.call_soon_threadsafe(_cancel_all, loop)
            raise


def _cancel_all(loop: asyncio.AbstractEventLoop) -> None:
    for task in asyncio.all_tasks(loop):
        task.cancel()


class _Run:
    """One run of a batch: its connections, pacers, poller, and the jobs' coroutines."""

    def __init__(
        self,
        batch: Batch,
        journal: Journal,
        writer: concurrent.futures.Executor,
        client: BatchClient,
    ) -> None:
        self.batch = batch
        self.journal = journal
        self.writer = writer
        self.api = client._batch_api()  # the one interface to the client (batch.api)
        self.retry_policy = self.api.retry_policy
        retry_after_max = self.retry_policy.retry_after_max
        self.submit_pacer = Pacer(retry_after_max=retry_after_max)
        # Polls start at their bound: it is the caller's, and the API's policy for polls
        # is the same as for submits. 429s still slow them.
        rate = batch.max_poll_rate
        self.poll_pacer = Pacer(
            rate=rate, max_rate=rate, min_rate=min(rate, 0.2), retry_after_max=retry_after_max
        )
        self.poller = Poller(
            self.api,
            self.api.poll_policy,
            self.poll_pacer,
            batch.wait_timeout,
            rate_limit_patience=batch.rate_limit_patience,
        )
        self.slots = asyncio.Semaphore(batch.concurrency)
        self.ids = {job.id for job in batch.jobs}
        self.fields = {job.id: dict(job.fields) for job in batch.jobs}
        self.models = {job.id: job.model for job in batch.jobs}
        self.states: dict[str, JobState] = {}
        self.upload_locks: collections.defaultdict[str, asyncio.Lock] = collections.defaultdict(
            asyncio.Lock
        )
        self.finished: dict[str, Task] = {}
        """Tasks a submit answered already finished (a synchronous result), by job id."""
        self.budget_reached = False
        self.rate_limit_reached = False

    async def __aenter__(self) -> _Run:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.api.close()

    async def write(self, call: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """A journal call, in the journal's thread."""
        return await _in(self.writer, call, *args, **kwargs)

    async def all(self, rows: list[JournalRow]) -> None:
        mine = [row for row in rows if row.id in self.ids]
        self.states = {row.id: row.state for row in mine}
        # Jobs with a task first (they cost nothing more), then uncertain submits, then new.
        order = {
            JobState.RUNNING: 0,
            JobState.DOWNLOADING: 0,
            JobState.LOST: 0,
            JobState.SUBMITTING: 1,
            JobState.UNCERTAIN: 1,
        }
        mine.sort(key=lambda row: order.get(row.state, 2))
        async with self.poller:  # leaving it cancels and awaits every poll still in flight
            try:
                async with asyncio.TaskGroup() as group:
                    for row in mine:
                        if row.state not in (JobState.DONE, JobState.FAILED):
                            group.create_task(self.job(row))
            except ExceptionGroup as stopped:  # one job's error stops the batch: raise it
                raise _first(stopped) from None

    def _moved(self, job_id: str, state: JobState) -> None:
        self.states[job_id] = state
        if self.batch.on_progress is not None:
            counts = collections.Counter(self.states.values())
            self.batch.on_progress(job_id, state, counts)

    async def job(self, row: JournalRow) -> None:
        async with self.slots:
            task_id, submitted_at = row.task_id, None
            grace = self.batch.not_found_grace
            if row.state in (JobState.PENDING, JobState.SUBMITTING, JobState.UNCERTAIN):
                if self.budget_reached or self.rate_limit_reached:
                    if row.state is JobState.SUBMITTING:  # cut short last run: say so once
                        await self._leave(row.id, True, row.error or CUT_SHORT)
                    return
                if not await self.upload_images(row.id):
                    return
                task_id, submitted_at = await self.submit(row), self.api.poll_policy.clock()
                if task_id is None:
                    return
                visible_by = time.monotonic() + grace
            else:  # the grace counts from the journalled submit, whichever run made it
                since = time.time() - (row.submitted_at or 0.0)
                visible_by = time.monotonic() + max(0.0, grace - since)
            assert task_id is not None
            target = self.batch.out / f"{row.id}.mp4"  # `out` as given now, wherever run
            if row.state is JobState.DOWNLOADING and _in_place(target):
                # Killed after the rename, before the journal said so: it is complete.
                await self.write(self.journal.done, row.id)
                self._moved(row.id, JobState.DONE)
                return
            await self.finish(row.id, task_id, submitted_at, visible_by, target)

    async def upload_images(self, job_id: str) -> bool:
        """Put the URL of each local image of the job in its fields, uploading each file once
        over every run (the journal keeps path, size and SHA-256 -> URL), before any key is
        reserved: a failed upload submits nothing. False when the job is left or failed."""
        fields = self.fields[job_id]
        model = self.models[job_id]  # whose image fields these are
        named = local_files.local_images(fields, missing_ok=True, model=model)  # absolute
        if not named:
            return True
        urls: dict[str, str] = {}
        for field, path in named.items():
            try:
                urls[field] = await self.upload(path, field)
            except FATAL:
                raise
            except APIMartError as error:
                final = isinstance(error, InvalidRequestError) or (
                    isinstance(error, APIStatusError)
                    and error.status_code < 500
                    and not isinstance(error, RateLimitError)
                )
                message = f"the image {path} was not uploaded: {error}"
                await self.write(self.journal.not_uploaded, job_id, message, final=final)
                self._moved(job_id, JobState.FAILED if final else JobState.PENDING)
                return False
        self.fields[job_id] = local_files.with_urls(fields, urls, model)
        return True

    async def upload(self, path: Path, field: str) -> str:
        """The URL of the image at `path`: journalled by an earlier upload, or uploaded now."""
        image, digest = await asyncio.to_thread(_read_and_hash, path, field)
        async with self.upload_locks[digest]:  # two jobs, one file: one upload
            now = time.time() + UPLOAD_MARGIN
            known = await self.write(self.journal.upload_url, str(path), image.size, digest, now)
            if known is not None:
                return known
            stored = await self.api.upload_image(image)
            expires = stored.expires_at
            await self.write(
                self.journal.uploaded,
                str(path),
                image.size,
                digest,
                stored.url,
                expires.timestamp() if expires is not None else None,
            )
            return stored.url

    async def submit(self, row: JournalRow) -> str | None:
        """Submit with the journalled key; None when the job is left (budget, rate limit,
        an outcome still unknown) or ended."""
        in_a_row = 0
        # An earlier submit of this job may have started a generation: only a task id settles
        # it now. (`uncertain` counts those submits over every run.)
        uncertain = row.uncertain > 0
        reason = row.error or CUT_SHORT
        while True:
            # The slot first, then the key: a job waiting its turn is not an uncertain submit.
            await self.submit_pacer.wait()
            if self.rate_limit_reached:
                await self._leave(row.id, uncertain, reason)
                return None
            key = await self.write(
                self.journal.reserve, row.id, new_key(), self.batch.max_generations
            )
            if key is None:
                self.budget_reached = True
                await self._leave(row.id, uncertain, reason)
                return None
            self._moved(row.id, JobState.SUBMITTING)
            while True:
                try:
                    submitted = await self.api.submit(self.fields[row.id], key)
                except RateLimitError as error:  # refused, not started: try again, slower
                    self.submit_pacer.throttled(error.retry_after)
                    patience = self.batch.rate_limit_patience
                    if self.rate_limit_reached or self.submit_pacer.refusing(patience):
                        self.rate_limit_reached = True
                        await self.write(self.journal.refused, row.id, None)
                        await self._leave(row.id, uncertain, reason)
                        return None
                    await self.submit_pacer.wait()
                    continue
                except SubmitConflictError as error:  # a 409 the sender could not wait out:
                    # resending now settles nothing; a rerun (or `batch status`) does
                    uncertain, reason = True, _without_advice(error)
                    await self.write(self.journal.uncertain, row.id, reason)
                    await self._leave(row.id, True, reason)
                    return None
                except UNCERTAIN as error:
                    uncertain, reason = True, _without_advice(error)
                    await self.write(self.journal.uncertain, row.id, reason)
                    in_a_row += 1
                    break
                except FATAL as error:
                    await self.write(self.journal.refused, row.id, None)
                    await self._leave(row.id, uncertain, _after_uncertain(error))
                    raise
                except APIConnectionError:  # never sent: it costs nothing, try again
                    await self.write(self.journal.refused, row.id, None)
                    in_a_row += 1
                    break
                except APIStatusError as error:
                    if uncertain:  # refused now, but the earlier submit may have started it
                        await self.write(self.journal.refused, row.id, None)
                        await self._leave(row.id, True, _after_uncertain(error))
                        return None
                    if error.status_code == 409:  # a conflict over the key: counted, kept
                        reason = f"{error} (a conflict over this job's key: a generation may "
                        reason += "have started under it)"
                        await self.write(self.journal.uncertain, row.id, reason)
                        await self._leave(row.id, True, reason)
                        return None
                    await self.write(self.journal.refused, row.id, str(error))
                    self._moved(row.id, JobState.FAILED)
                    return None
                self.submit_pacer.accepted()
                if submitted.result is not None:  # finished within the request: no polling
                    self.finished[row.id] = submitted.result
                await self.write(self.journal.submitted, row.id, submitted.task_id)
                self._moved(row.id, JobState.RUNNING)
                return submitted.task_id
            if in_a_row >= MAX_FAILED_SUBMITS:
                # Left: the next run sends it again, same key.
                await self._leave(row.id, uncertain, reason)
                return None
            await asyncio.sleep(backoff(self.retry_policy, in_a_row + 1))

    async def _leave(self, job_id: str, uncertain: bool, reason: str) -> None:
        """Leave a job without a task id; `uncertain` when a submit of it may have started a
        generation (journalled with the reason, for `batch status` to show how to settle)."""
        if uncertain:
            await self.write(self.journal.unsettled, job_id, reason)
            self._moved(job_id, JobState.UNCERTAIN)

    async def finish(
        self,
        job_id: str,
        task_id: str,
        submitted_at: float | None,
        visible_by: float,
        target: Path,
    ) -> None:
        """Wait for the task, then download its video into place."""
        try:
            finished = self.finished.pop(job_id, None)
            if finished is None:
                task = await self.poller.watch(task_id, submitted_at, visible_by)
            else:
                task = _ended(finished)
        except (TaskFailedError, TaskCancelledError) as error:
            await self.write(self.journal.failed, job_id, str(error))
            self._moved(job_id, JobState.FAILED)
            return
        except WaitTimeoutError:
            return  # the task keeps running: a rerun waits for it again
        except RateLimitError:  # the limit did not lift: the task runs on, a rerun polls it
            self.rate_limit_reached = True
            return
        except NotFoundError as error:  # past the grace: kept, for a rerun to poll again
            await self.write(self.journal.lost, job_id, str(error))
            self._moved(job_id, JobState.LOST)
            return
        except APIStatusError as error:
            if isinstance(error, FATAL):
                raise
            await self.write(self.journal.failed, job_id, str(error))
            self._moved(job_id, JobState.FAILED)
            return
        await self.write(self.journal.downloading, job_id)
        self._moved(job_id, JobState.DOWNLOADING)
        try:
            await fetch_video(
                self.api, video_source(task), target, self.retry_policy, task_id=task_id
            )
        except (NoVideoError, URLExpiredError) as error:  # paid for, but there is no video
            await self.write(self.journal.failed, job_id, str(error))
            self._moved(job_id, JobState.FAILED)
            return
        except DownloadError:
            return  # left `downloading`: a rerun polls the task for a fresh URL and resumes
        await self.write(self.journal.done, job_id)
        self._moved(job_id, JobState.DONE)

    async def summary(self) -> BatchSummary:
        rows = [row for row in await self.write(self.journal.rows) if row.id in self.ids]
        counts = collections.Counter(str(row.state) for row in rows)
        unsettled = (JobState.UNCERTAIN, JobState.LOST)
        return BatchSummary(
            jobs=len(rows),
            counts=dict(counts),
            submits=sum(row.submits for row in rows),
            uncertain_submits=sum(row.uncertain for row in rows),
            max_generations=self.batch.max_generations,
            budget_reached=self.budget_reached,
            rate_limited=self.submit_pacer.throttles + self.poll_pacer.throttles,
            invalid=self.batch.invalid,
            failures={
                row.id: row.error
                for row in rows
                if row.error is not None and row.state is JobState.FAILED
            },
            out=self.batch.out,
            journal=self.batch.journal_path,
            unsettled={row.id: row.error or "" for row in rows if row.state in unsettled},
            rate_limit_reached=self.rate_limit_reached,
        )


def _without_advice(error: SubmitOutcomeUnknownError) -> str:
    """What went wrong, without the advice (`batch status` gives the command instead)."""
    return str(error).replace(f". {resubmit_advice(error.idempotency_key)}", "")


def _after_uncertain(error: APIStatusError) -> str:
    """The reason a job stays uncertain: an answer that settles nothing."""
    return f"{error} (after a submit whose outcome was unknown: the generation may have started)"


def _first(group: BaseExceptionGroup[BaseException]) -> BaseException:
    """The first error of a group (nested groups included)."""
    first = group.exceptions[0]
    return _first(first) if isinstance(first, BaseExceptionGroup) else first


def _read_and_hash(path: Path, field: str) -> tuple[local_files.ImageFile, str]:
    """The image at `path`, checked, and its SHA-256 (blocking: run in a thread)."""
    image = local_files.read_image(path, None, field)
    return image, image.sha256


def _ended(task: Task) -> Task:
    """A task that is final already: itself when completed, else its failure raised."""
    if task.status is TaskStatus.FAILED:
        raise TaskFailedError(task)
    if task.status is TaskStatus.CANCELLED:
        raise TaskCancelledError(task)
    return task


def _in_place(target: Path) -> bool:
    """A target that exists is complete: only a finished download is renamed there."""
    return target.exists()


def rows_of(journal: str | Path) -> list[JournalRow]:
    """The journal's rows, read without taking its lock (for `batch status`)."""
    path = Path(journal)
    return Journal.read_only(path / JOURNAL_NAME if path.is_dir() else path)
