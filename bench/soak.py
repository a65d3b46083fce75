"""Fault soak: many generations through `generate_and_wait` + `download` while the reference
server injects faults, then the zeros that matter: duplicates, unhandled errors, bad bytes,
leaked keys. `make soak` runs 200 tasks; `make test` runs a short one.

A submit that fails with a typed error is retried by this harness with the same
`idempotency_key` (what a careful caller does): the server must still start each
generation once.
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
from pathlib import Path
from typing import Any

import attrs

from apimart_video import APIMartError, AsyncVideoClient, PollPolicy, RetryPolicy
from apimart_video.testing import FaultConfig, clip, run_server

API_KEY = "sk-soak-" + "s3cr3t" * 4


@attrs.frozen
class SoakReport:
    """What a soak run measured."""

    tasks: int
    completed: int
    duplicate_submissions: int
    unhandled_exceptions: int
    retries_by_client: int
    retries_by_harness: int
    bad_files: int
    key_leaks: int
    faults_injected: dict[str, int]
    seconds: float
    errors: list[str]

    @property
    def clean(self) -> bool:
        """True when every must-be-zero figure is zero and every task completed."""
        return (
            self.completed == self.tasks
            and self.duplicate_submissions == 0
            and self.unhandled_exceptions == 0
            and self.bad_files == 0
            and self.key_leaks == 0
        )


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


async def _one(
    client: AsyncVideoClient,
    index: int,
    folder: Path,
    counts: collections.Counter[str],
    errors: list[str],
    attempts: int,
) -> None:
    key = str(uuid.uuid4())
    target = folder / f"soak-{index}.mp4"
    for attempt in range(attempts):
        if attempt:
            counts["harness_retries"] += 1
        try:
            task = await client.generate_and_wait(
                prompt=f"soak task {index}", duration=5, idempotency_key=key, timeout=60
            )
            await client.download(task, target)
        except APIMartError as error:
            errors.append(f"task {index} attempt {attempt}: {type(error).__name__}")
            continue
        except Exception as error:
            counts["unhandled"] += 1
            errors.append(f"task {index}: UNHANDLED {type(error).__name__}: {error}")
            return
        counts["completed"] += 1
        if target.read_bytes() != clip():
            counts["bad_files"] += 1
        return


async def _drive(
    base_url: str,
    tasks: int,
    folder: Path,
    concurrency: int,
    counts: collections.Counter[str],
    errors: list[str],
) -> int:
    poll = PollPolicy(first_poll=0.05, floor=0.05, cap=0.5)
    retry = RetryPolicy(max_retries=4, backoff_initial=0.05, backoff_max=0.5, retry_after_max=1)
    gate = asyncio.Semaphore(concurrency)
    async with AsyncVideoClient(
        API_KEY, base_url=base_url, timeout=10, retry_policy=retry, poll_policy=poll
    ) as client:

        async def guarded(index: int) -> None:
            async with gate:
                await _one(client, index, folder, counts, errors, attempts=5)

        await asyncio.gather(*(guarded(i) for i in range(tasks)))
        return client.retries


def run_soak(
    tasks: int = 200, fault_rate: float = 0.1, seed: int = 1, concurrency: int = 20
) -> SoakReport:
    """Run the soak against a fresh reference server on loopback and report."""
    capture = _Capture()
    root = logging.getLogger()
    previous_level = root.level
    root.addHandler(capture)
    root.setLevel(logging.DEBUG)
    counts: collections.Counter[str] = collections.Counter()
    errors: list[str] = []
    faults = FaultConfig.uniform(fault_rate, seed=seed, retry_after=1, slow_seconds=0.3)
    started = time.perf_counter()
    try:
        with (
            run_server(
                api_key=API_KEY, clock_speed=200.0, task_seconds=20.0, faults=faults
            ) as server,
            tempfile.TemporaryDirectory() as folder,
        ):
            client_retries = asyncio.run(
                _drive(server.base_url, tasks, Path(folder), concurrency, counts, errors)
            )
            app = server.app
            per_prompt = collections.Counter(
                record.body.get("prompt") for record in app.store.tasks.values()
            )
            duplicates = sum(count - 1 for count in per_prompt.values())
            cdn_leaks = sum(
                1
                for seen in app.requests_to("/cdn/")
                if "authorization" in seen.headers or API_KEY in json.dumps(seen.headers)
            )
            injected = dict(app.faults.injected)
    finally:
        root.removeHandler(capture)
        root.setLevel(previous_level)
    log_leaks = sum(API_KEY in line for line in capture.lines)
    return SoakReport(
        tasks=tasks,
        completed=counts["completed"],
        duplicate_submissions=duplicates,
        unhandled_exceptions=counts["unhandled"],
        retries_by_client=client_retries,
        retries_by_harness=counts["harness_retries"],
        bad_files=counts["bad_files"],
        key_leaks=cdn_leaks + log_leaks,
        faults_injected=injected,
        seconds=time.perf_counter() - started,
        errors=errors,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=200)
    parser.add_argument("--fault-rate", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    report = run_soak(args.tasks, args.fault_rate, args.seed)
    summary: dict[str, Any] = attrs.asdict(report)
    summary["errors"] = report.errors[:20]
    print(json.dumps(summary, indent=2))
    print("soak:", "clean" if report.clean else "NOT CLEAN")
    return 0 if report.clean else 1


if __name__ == "__main__":
    sys.exit(main())
