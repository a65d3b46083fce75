"""`apimart-video batch JOBS --out DIR` and `apimart-video batch status DIR`.

The first word decides: `batch status DIR` always shows a journal (a jobs file named
`status` is written `./status`); anything else is a jobs file to run or resume.

Exit codes: 0 every job that ran completed, 2 invalid rows (each listed with its line and
rule; nothing sent), a jobs file that is not UTF-8, `--out` naming a file, or a journal
that is not ours or is in use, 3 an API error that stops the batch (key, balance), 4 a job
failed, 9 jobs left (the budget was reached, a task outlived `--wait-timeout`, the API
rate-limited every request for `--rate-limit-patience`, or a job is uncertain or lost):
running the same command again resumes them, 8 a full disk (the message names the file;
the journal is intact: free space and run the same command again).

`batch status DIR` lists each uncertain job (a submit that may have started a generation no
answer confirmed) and each lost one (a task id "not found" past `--not-found-grace`) with
the reason and the command that settles it, shell-quoted.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import json
import shlex
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from apimart_video._client.asynchronous import AsyncVideoClient
from apimart_video._config import DEFAULT_WAIT_TIMEOUT
from apimart_video._exit_codes import ExitCode
from apimart_video._request.rules import IgnoredFieldWarning
from apimart_video._waiting.policy import PollPolicy
from apimart_video.batch.jobs import InvalidJobsError
from apimart_video.batch.journal import JOURNAL_NAME, JobState, JournalError, JournalRow
from apimart_video.batch.pacing import RATE_LIMIT_PATIENCE
from apimart_video.batch.runner import NOT_FOUND_GRACE, Batch, BatchSummary, Progress, rows_of
from apimart_video.cli.generate_command import command_for
from apimart_video.cli.options import (
    add_response_version,
    non_negative_float,
    non_negative_int,
    pinned_version,
    positive_float,
    positive_int,
)

if TYPE_CHECKING:
    from apimart_video.cli.console import Console

__all__ = ["add_parser", "run", "settle_command"]

EXIT_INVALID = ExitCode.INVALID


def add_parser(commands: Any, connection: argparse.ArgumentParser) -> None:
    """Register `batch` on the CLI's subcommands."""
    batch = commands.add_parser(
        "batch",
        parents=[connection],
        help="run or resume a batch of generations (`batch status DIR` shows its journal)",
        description="Run JOBS (JSON Lines or CSV) into --out DIR, or resume it: the same "
        "command after a crash finishes the batch without paying twice. "
        "`batch status DIR` shows the journal.",
    )
    batch.add_argument("target", nargs="+", metavar="JOBS | status DIR")
    batch.add_argument("-o", "--out", type=Path, metavar="DIR", help="where the videos go")
    batch.add_argument("--journal", type=Path, metavar="PATH", help=f"default: DIR/{JOURNAL_NAME}")
    batch.add_argument(
        "--concurrency", type=positive_int, default=8, help="jobs in flight (default 8)"
    )
    batch.add_argument(
        "--max-generations",
        type=non_negative_int,
        metavar="N",
        help="submits allowed over every run of this journal (0 sends nothing)",
    )
    batch.add_argument("--skip-invalid", action="store_true", help="run the valid rows only")
    batch.add_argument(
        "--wait-timeout",
        type=positive_float,
        default=DEFAULT_WAIT_TIMEOUT,
        help="seconds to wait for each task (it keeps running after)",
    )
    batch.add_argument(
        "--first-poll",
        type=non_negative_float,
        metavar="SECONDS",
        help="seconds after a submit before its first poll (for fast test servers)",
    )
    batch.add_argument(
        "--not-found-grace",
        type=non_negative_float,
        default=NOT_FOUND_GRACE,
        metavar="SECONDS",
        help="seconds after a submit during which a task id answering 'not found' is polled "
        f"again; then the job is lost, and a rerun polls it again (default {NOT_FOUND_GRACE:g})",
    )
    batch.add_argument(
        "--rate-limit-patience",
        type=non_negative_float,
        default=RATE_LIMIT_PATIENCE,
        metavar="SECONDS",
        help="seconds of nothing but 429 answers after which the batch stops and leaves its "
        f"jobs for a later run, exit code {int(ExitCode.JOBS_LEFT)} "
        f"(default {RATE_LIMIT_PATIENCE:g})",
    )
    batch.add_argument("--json", action="store_true", help="print a JSON summary at the end")
    add_response_version(batch)


def run(args: argparse.Namespace, console: Console) -> int:
    """Run `batch`; returns the exit code."""
    target: list[str] = args.target
    if target[0] == "status":
        if len(target) != 2 and args.journal is None:
            console.news("usage: apimart-video batch status DIR (or --journal PATH)")
            return EXIT_INVALID
        return _status(console, args.journal or Path(target[1]))
    if len(target) != 1 or args.out is None:
        console.news("usage: apimart-video batch JOBS --out DIR [options]")
        return EXIT_INVALID
    if not Path(target[0]).is_file():
        console.news(f"error: no jobs file at {target[0]}")
        return EXIT_INVALID
    if args.out.exists() and not args.out.is_dir():
        console.news(
            f"error: --out {args.out} is a file, not a directory: give a directory for the "
            "videos (it is created when missing)"
        )
        return EXIT_INVALID
    try:
        return _run(args, console, Path(target[0]))
    except InvalidJobsError as error:
        rows = [{"line": row.line, "rules": list(row.rules)} for row in error.invalid]
        if args.json:
            console.result({"invalid": rows, "exit_code": EXIT_INVALID}, "")
        console.news(f"error: {error}")
        return EXIT_INVALID
    except JournalError as error:
        console.news(f"error: {error}")
        return EXIT_INVALID


def _run(args: argparse.Namespace, console: Console, jobs: Path) -> int:
    policy = PollPolicy()
    if args.first_poll is not None:
        policy = attrs.evolve(
            policy, first_poll=args.first_poll, floor=min(policy.floor, args.first_poll)
        )
    batch = Batch(
        jobs,
        args.out,
        journal=args.journal,
        concurrency=args.concurrency,
        max_generations=args.max_generations,
        skip_invalid=args.skip_invalid,
        wait_timeout=args.wait_timeout,
        not_found_grace=args.not_found_grace,
        rate_limit_patience=args.rate_limit_patience,
    )
    for row in batch.invalid:
        console.news(f"skipped {row}")
    for job in batch.jobs:  # said once here, not again at each submit
        for note in job.notes:
            console.news(f"warning: line {job.line} ({job.id}): {note}")
    with (
        _progress(console, len(batch.jobs)) as batch.on_progress,
        warnings.catch_warnings(),
    ):
        warnings.simplefilter("ignore", IgnoredFieldWarning)
        summary = asyncio.run(_arun(batch, args, policy))
    console.result(summary.to_json(), _describe(summary))
    return summary.exit_code


async def _arun(batch: Batch, args: argparse.Namespace, policy: PollPolicy) -> BatchSummary:
    """The batch on an async client: the CLI has no sync `http_client` to honour, so no
    request need wait in a worker thread (Ctrl-C ends the run at once)."""
    async with AsyncVideoClient(
        args.api_key,
        base_url=args.base_url,
        timeout=args.timeout,
        max_retries=args.max_retries,
        poll_policy=policy,
        response_version=pinned_version(args.response_version),
    ) as client:
        return await batch.arun(client)


@contextlib.contextmanager
def _progress(console: Console, total: int) -> Iterator[Progress]:
    """A rich bar with counts by state on a terminal, else a line per change."""
    plain = not console.err.isatty() or console.as_json
    if not plain:
        try:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
        except ImportError:  # no [cli] extra: plain lines
            plain = True
    if plain:

        def line(job_id: str, state: JobState, counts: Mapping[JobState, int]) -> None:
            console.news(f"job {job_id}: {state}")

        yield line
        return

    with Progress(
        TextColumn("[bold]batch"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=Console(file=console.err),
        transient=True,
    ) as bar:
        bar_id = bar.add_task("", total=total)

        def update(job_id: str, state: JobState, counts: Mapping[JobState, int]) -> None:
            ended = counts.get(JobState.DONE, 0) + counts.get(JobState.FAILED, 0)
            text = " ".join(f"{name}={count}" for name, count in sorted(counts.items()))
            bar.update(bar_id, completed=ended, description=text)

        yield update


def _describe(summary: BatchSummary) -> str:
    lines = [
        f"{summary.jobs} jobs: {summary.done} done, {summary.failed} failed, "
        f"{summary.left} left; videos in {summary.out}",
        f"submits: {summary.submits}"
        + ("" if summary.max_generations is None else f" of {summary.max_generations} allowed")
        + "; "
        f"uncertain submits: {summary.uncertain_submits}; 429s met: {summary.rate_limited}",
    ]
    lines += [f"failed {job}: {error}" for job, error in summary.failures.items()]
    lines += [f"unsettled {job}: {reason}" for job, reason in summary.unsettled.items()]
    if summary.budget_reached and summary.left:
        lines.append("the budget is spent: raise --max-generations and run again to go on")
    elif summary.rate_limit_reached and summary.left:
        lines.append(
            "the API answered only 429 (rate limited) for too long: no job failed; run the "
            "same command again later to go on"
        )
    elif summary.left:
        lines.append("jobs are left: run the same command again to resume")
    if summary.unsettled:
        lines.append(f"`apimart-video batch status {summary.out}` shows how to settle each one")
    return "\n".join(lines)


def _status(console: Console, where: Path) -> int:
    try:
        rows = rows_of(where)
    except JournalError as error:
        console.news(f"error: {error}")
        return EXIT_INVALID
    counts = collections.Counter(str(row.state) for row in rows)
    document = {
        "counts": dict(counts),
        "submits": sum(row.submits for row in rows),
        "uncertain_submits": sum(row.uncertain for row in rows),
        "jobs": [attrs.asdict(row) for row in rows],
    }
    header = "  ".join(f"{state}={count}" for state, count in sorted(counts.items()))
    lines = [
        f"{len(rows)} jobs: {header}; submits {document['submits']}, "
        f"uncertain {document['uncertain_submits']}"
    ]
    width = max((len(row.id) for row in rows), default=2)
    settle = {row.id: command for row in rows if (command := settle_command(row))}
    document["settle"] = settle
    for row in rows:
        lines.append(
            f"{row.id:<{width}}  line {row.line:<5} {row.state:<11} {row.task_id or '-':<28} "
            f"submits={row.submits} uncertain={row.uncertain}  {row.error or row.output}"
        )
        if row.id in settle:
            lines.append(f"{'':<{width}}  settle with: {settle[row.id]}")
    if settle:
        lines.append(
            "or run the batch again: it resends each uncertain job with its key and polls "
            "each lost task again"
        )
    console.result(json.loads(json.dumps(document, default=str)), "\n".join(lines))
    return 0


def settle_command(row: JournalRow) -> str | None:
    """The command that settles an uncertain or lost job by hand, shell-quoted.

    Lost: its task id, polled again. Uncertain: its journalled body sent again with its
    journalled key (where the API honours the key, that answers the task already started,
    if any), as `apimart-video generate --model ID` with the model's flags, or as Python
    should the flags not give the body back exactly.
    """
    if row.state is JobState.LOST and row.task_id is not None:
        return shlex.join(["apimart-video", "status", row.task_id])
    if row.state is not JobState.UNCERTAIN or row.idempotency_key is None:
        return None
    body: dict[str, Any] = json.loads(row.body)
    command = command_for(body, row.idempotency_key)
    if command is not None:
        return command
    call = (
        "import json, sys; from apimart_video import VideoClient; "
        "print(VideoClient().generate(idempotency_key=sys.argv[1], **json.loads(sys.argv[2])))"
    )
    return shlex.join(["python", "-c", call, row.idempotency_key, json.dumps(body)])
