"""Fault soak: many generations through `generate`, `wait` and `download` while the reference
server injects faults, then the zeros that matter. `make soak` runs 200 tasks twice and
prints one JSON report; `make test` runs a short form of both.

The two runs:

- `honoured`: the server honours `Idempotency-Key`. A submit whose outcome is unknown is
  resubmitted by this harness with the same key (what our messages advise where the API
  honours the key); the server must still start each generation once.
- `ignored`: the server ignores the key, as the live API may, so nothing dedupes. The
  harness never resubmits: the server's count of generations per key (one key per logical
  submit) then shows what the client alone does. `duplicate_generations` must be 0.

In both, waits and downloads (free) are retried on error, the same task id each time.

What "clean" means, for each run:

- no duplicate generation for any key, no unhandled (non-`APIMartError`) exception, no
  video that differs from the clip, the API key in no log line and no CDN request;
- no task is lost. Each logical submit ends in one of three accounted states:
  `completed` (the video is on disk); `outcome_unknown` (the client raised
  `SubmitOutcomeUnknownError` carrying the key it sent: the user holds what is needed to
  resubmit where the key is honoured, and the report keeps the keys and how many the server
  did start); or `refused` (a definite error, and the server started nothing for that key).
  Anything else is `lost`: a task id that never completed or downloaded, a definite error
  for a key the server did start, or an unknown outcome without its key;
- in the `honoured` run every task completes (resubmitting with the key resolves unknowns).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import logging
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Literal, TypeVar

import attrs

from apimart_video import (
    APIMartError,
    AsyncVideoClient,
    PollPolicy,
    RetryPolicy,
    SubmitOutcomeUnknownError,
    Task,
)
from apimart_video.testing import FaultConfig, clip, run_server
from apimart_video.testing._config import ALL_FAULTS, FaultKind

API_KEY = "sk-soak-" + "s3cr3t" * 4
ATTEMPTS = 5
"""Tries of a free call (wait, download) before the harness gives up on it."""
SUBMIT_ATTEMPTS = 30
"""Submits of one task with one key, where resubmitting is safe (the key is honoured). With
40 % submit faults about a quarter of submits end unknown, so five in a row happened in
about one short soak in thirty and failed it by chance; thirty in a row never do."""
RunName = Literal["honoured", "ignored"]
T = TypeVar("T")


@attrs.frozen
class SoakReport:
    """What one soak run measured (see the module docstring for what must be zero)."""

    run: RunName
    tasks: int
    completed: int
    outcome_unknown: int
    outcome_unknown_started: int
    """Of the unknown outcomes, how many generations the server did start (billed)."""
    outcome_unknown_keys: list[str]
    refused: int
    lost: int
    duplicate_generations: int
    generations_started: int
    unhandled_exceptions: int
    retries_by_client: int
    resubmits_by_harness: int
    rewaits_by_harness: int
    bad_files: int
    key_leaks: int
    faults_injected: dict[str, int]
    seconds: float
    errors: list[str]

    @property
    def clean(self) -> bool:
        """True when every must-be-zero figure is zero and no task is lost."""
        accounted = self.completed + self.outcome_unknown + self.refused == self.tasks
        return (
            accounted
            and self.lost == 0
            and self.duplicate_generations == 0
            and self.unhandled_exceptions == 0
            and self.bad_files == 0
            and self.key_leaks == 0
            and (self.run == "ignored" or self.completed == self.tasks)
        )

    def summary(self, keys: int = 20) -> dict[str, Any]:
        """The report as JSON, with long lists cut."""
        document: dict[str, Any] = attrs.asdict(self)
        document["outcome_unknown_keys"] = self.outcome_unknown_keys[:keys]
        document["errors"] = self.errors[:keys]
        document["clean"] = self.clean
        return document


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@attrs.define
class _Outcome:
    """How one logical submit ended, as the harness saw it."""

    key: str
    state: Literal["completed", "outcome_unknown", "refused", "lost"] = "lost"
    unknown_key: str | None = None


async def _retrying_free(
    call: Callable[[], Awaitable[T]], counts: collections.Counter[str], errors: list[str]
) -> T:
    """A free call (wait, download) retried on typed errors; the last error propagates."""
    for attempt in range(ATTEMPTS):
        try:
            return await call()
        except APIMartError as error:
            errors.append(f"{type(error).__name__}: {str(error)[:120]}")
            if attempt == ATTEMPTS - 1:
                raise
            counts["rewaits"] += 1
    raise AssertionError("unreachable")


async def _one(
    client: AsyncVideoClient,
    index: int,
    folder: Path,
    resubmit: bool,
    counts: collections.Counter[str],
    errors: list[str],
) -> _Outcome:
    outcome = _Outcome(key=str(uuid.uuid4()))
    target = folder / f"soak-{index}.mp4"
    try:
        for attempt in range(SUBMIT_ATTEMPTS if resubmit else 1):
            if attempt:
                counts["resubmits"] += 1
            try:
                submitted = await client.generate(
                    prompt=f"soak task {index}", duration=5, idempotency_key=outcome.key
                )
                break
            except SubmitOutcomeUnknownError as error:
                errors.append(f"task {index} submit: {type(error).__name__}")
                outcome.state, outcome.unknown_key = "outcome_unknown", error.idempotency_key
            except APIMartError as error:
                errors.append(f"task {index} submit: {type(error).__name__}: {str(error)[:120]}")
                outcome.state = "refused"
                return outcome
        else:
            return outcome
        outcome.state = "lost"  # a task id from here on: only a finished video will do
        task: Task = await _retrying_free(
            lambda: client.wait(submitted, timeout=60), counts, errors
        )
        await _retrying_free(lambda: client.download(task, target), counts, errors)
    except APIMartError as error:
        errors.append(f"task {index}: LOST after {type(error).__name__}: {str(error)[:120]}")
        return outcome
    except Exception as error:
        counts["unhandled"] += 1
        errors.append(f"task {index}: UNHANDLED {type(error).__name__}: {error}")
        return outcome
    outcome.state = "completed"
    if target.read_bytes() != clip():
        counts["bad_files"] += 1
    return outcome


async def _drive(
    base_url: str,
    tasks: int,
    folder: Path,
    resubmit: bool,
    concurrency: int,
    counts: collections.Counter[str],
    errors: list[str],
) -> tuple[list[_Outcome], int]:
    poll = PollPolicy(first_poll=0.05, floor=0.05, cap=0.5)
    retry = RetryPolicy(max_retries=4, backoff_initial=0.05, backoff_max=0.5, retry_after_max=1)
    gate = asyncio.Semaphore(concurrency)
    async with AsyncVideoClient(
        API_KEY, base_url=base_url, timeout=10, retry_policy=retry, poll_policy=poll
    ) as client:

        async def gated(index: int) -> _Outcome:
            async with gate:
                return await _one(client, index, folder, resubmit, counts, errors)

        outcomes = await asyncio.gather(*(gated(i) for i in range(tasks)))
        return list(outcomes), client.retries


def _settle(outcomes: list[_Outcome], by_key: dict[str, int]) -> collections.Counter[str]:
    """Each outcome's final state, checked against what the server started for its key."""
    states: collections.Counter[str] = collections.Counter()
    for outcome in outcomes:
        state = outcome.state
        if state == "refused" and by_key.get(outcome.key, 0):
            state = "lost"  # the client said "not started", the server had started it
        if state == "outcome_unknown" and outcome.unknown_key != outcome.key:
            state = "lost"  # the user cannot resubmit safely without the key that was sent
        states[state] += 1
        if state == "outcome_unknown" and by_key.get(outcome.key, 0):
            states["outcome_unknown_started"] += 1
    return states


def run_soak(
    tasks: int = 200,
    fault_rate: float = 0.1,
    seed: int = 1,
    concurrency: int = 20,
    run: RunName = "honoured",
    *,
    resubmit: bool | None = None,
    fault_kinds: tuple[FaultKind, ...] = ALL_FAULTS,
    submit_fault_rate: float | None = None,
) -> SoakReport:
    """One soak run against a fresh reference server on loopback. `resubmit` (default: only
    in the `honoured` run) lets the harness resubmit unknown outcomes with their key."""
    resubmit = run == "honoured" if resubmit is None else resubmit
    capture = _Capture()
    root = logging.getLogger()
    previous_level = root.level
    root.addHandler(capture)
    root.setLevel(logging.DEBUG)
    counts: collections.Counter[str] = collections.Counter()
    errors: list[str] = []
    rates = {"submit": fault_rate, "status": fault_rate, "download": fault_rate}
    if submit_fault_rate is not None:
        rates["submit"] = submit_fault_rate
    faults = FaultConfig(rates=rates, seed=seed, retry_after=1, slow_seconds=0.3, kinds=fault_kinds)
    started = time.perf_counter()
    try:
        with (
            run_server(
                api_key=API_KEY,
                clock_speed=200.0,
                task_seconds=20.0,
                faults=faults,
                honour_idempotency=run == "honoured",
            ) as server,
            tempfile.TemporaryDirectory() as folder,
        ):
            outcomes, client_retries = asyncio.run(
                _drive(server.base_url, tasks, Path(folder), resubmit, concurrency, counts, errors)
            )
            app = server.app
            by_key = app.generations_by_key
            cdn_leaks = sum(
                1
                for seen in app.requests_to("/cdn/")
                if "authorization" in seen.headers or API_KEY in json.dumps(seen.headers)
            )
            injected = dict(app.faults.injected)
            generations = app.generations_started
    finally:
        root.removeHandler(capture)
        root.setLevel(previous_level)
    log_leaks = sum(API_KEY in line for line in capture.lines)
    states = _settle(outcomes, by_key)
    return SoakReport(
        run=run,
        tasks=tasks,
        completed=states["completed"],
        outcome_unknown=states["outcome_unknown"],
        outcome_unknown_started=states["outcome_unknown_started"],
        outcome_unknown_keys=[o.key for o in outcomes if o.state == "outcome_unknown"],
        refused=states["refused"],
        lost=states["lost"],
        duplicate_generations=sum(count - 1 for count in by_key.values() if count > 1),
        generations_started=generations,
        unhandled_exceptions=counts["unhandled"],
        retries_by_client=client_retries,
        resubmits_by_harness=counts["resubmits"],
        rewaits_by_harness=counts["rewaits"],
        bad_files=counts["bad_files"],
        key_leaks=cdn_leaks + log_leaks,
        faults_injected=injected,
        seconds=time.perf_counter() - started,
        errors=errors,
    )


def run_both(
    tasks: int, fault_rate: float = 0.1, seed: int = 1, **options: Any
) -> tuple[SoakReport, ...]:
    """The two runs of `make soak`: a server that honours the key, then one that ignores it
    (`options` go to `run_soak`)."""
    runs: tuple[RunName, ...] = ("honoured", "ignored")
    return tuple(run_soak(tasks, fault_rate, seed, run=run, **options) for run in runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=200)
    parser.add_argument("--fault-rate", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    reports = run_both(args.tasks, args.fault_rate, args.seed)
    clean = all(report.clean for report in reports)
    document = {"clean": clean, "runs": {report.run: report.summary() for report in reports}}
    print(json.dumps(document, indent=2))
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())
