"""`apimart-video`: generate, wait for, inspect and download wan2.7 videos from a shell.

The task id is printed the moment a submit returns, before any waiting, so a paid task is
never lost; an interrupted or timed-out wait prints the command that resumes it.

Exit codes: 0 done, 1 a missing extra (`serve` without `[server]`), 2 invalid input,
3 API error, 4 task failed, 5 task cancelled, 6 wait timed out (the task keeps running),
7 download failed, 8 a local file could not be written or read (disk full, no permission),
9 a batch left jobs for a later run, 70 an unexpected error (a bug: one line, `-v` shows
the traceback), 130 interrupted (`ExitCode` holds them all).
Every one of them ends in a one-line message on stderr, never a bare traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import traceback
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from apimart_video._client.base import RESPONSE_VERSION
from apimart_video._client.sync import VideoClient
from apimart_video._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_MODEL,
    DEFAULT_TIMEOUT,
    DEFAULT_WAIT_TIMEOUT,
)
from apimart_video._download.files import is_url
from apimart_video._exceptions import (
    APIMartError,
    DownloadError,
    InvalidRequestError,
    LocalFileError,
    MissingAPIKeyError,
    SubmitOutcomeUnknownError,
    TaskCancelledError,
    TaskFailedError,
    WaitTimeoutError,
)
from apimart_video._exit_codes import ExitCode
from apimart_video._http.idempotency import new_key
from apimart_video._request import spec_values
from apimart_video._types import SubmittedGeneration, Task
from apimart_video._version import __version__
from apimart_video.cli import batch_commands, discovery_commands, generate_command
from apimart_video.cli.console import Console
from apimart_video.cli.options import (
    add_response_version,
    non_negative_int,
    pinned_version,
    port,
    positive_float,
    positive_int,
    share,
)
from apimart_video.cli.shell import for_shell, words_for_shell

# The old names of the codes, kept for callers of `apimart_video.cli` (one home: `ExitCode`).
EXIT_OK = ExitCode.OK
EXIT_NOT_INSTALLED = ExitCode.NOT_INSTALLED
EXIT_INVALID = ExitCode.INVALID
EXIT_API_ERROR = ExitCode.API_ERROR
EXIT_TASK_FAILED = ExitCode.TASK_FAILED
EXIT_TASK_CANCELLED = ExitCode.TASK_CANCELLED
EXIT_TIMEOUT = ExitCode.TIMEOUT
EXIT_DOWNLOAD_FAILED = ExitCode.DOWNLOAD_FAILED
EXIT_LOCAL_FILE = ExitCode.LOCAL_FILE
EXIT_JOBS_LEFT = ExitCode.JOBS_LEFT
EXIT_UNEXPECTED = ExitCode.UNEXPECTED
EXIT_INTERRUPTED = ExitCode.INTERRUPTED


EXIT_CODES: tuple[tuple[type[APIMartError], int], ...] = (
    (InvalidRequestError, EXIT_INVALID),
    (MissingAPIKeyError, EXIT_INVALID),
    (TaskFailedError, EXIT_TASK_FAILED),
    (TaskCancelledError, EXIT_TASK_CANCELLED),
    (WaitTimeoutError, EXIT_TIMEOUT),
    (DownloadError, EXIT_DOWNLOAD_FAILED),
    (LocalFileError, EXIT_LOCAL_FILE),
)
"""The first matching class gives the exit code; any other APIMartError is EXIT_API_ERROR."""


def exit_code(error: APIMartError) -> int:
    """The process exit code for an error."""
    return next((code for kind, code in EXIT_CODES if isinstance(error, kind)), EXIT_API_ERROR)


def _parser(model: str = DEFAULT_MODEL) -> argparse.ArgumentParser:
    """The whole command line, `generate` with the flags of `model`."""
    parser = argparse.ArgumentParser(
        prog="apimart-video",
        description="Generate videos with APIMart's video models (`apimart-video models "
        "--local` lists them; `apimart-video generate --help --model ID` shows one's flags).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_connection_options(parser, defaults=True)
    # The same options after the command (`apimart-video status ID --base-url URL`); given
    # there, they win. Their defaults are suppressed so they never undo the ones before.
    connection = argparse.ArgumentParser(add_help=False)
    _add_connection_options(connection, defaults=False)
    commands = parser.add_subparsers(dest="command", required=True)

    generate = generate_command.add_parser(commands, connection, model)
    _add_wait_options(generate)
    add_response_version(generate)

    status = commands.add_parser("status", parents=[connection], help="show a task")
    status.add_argument("task_id")
    status.add_argument("--language", choices=spec_values.TASK_LANGUAGES)
    status.add_argument("--json", action="store_true", help="print JSON for scripts")

    wait = commands.add_parser(
        "wait", parents=[connection], help="wait for a task (resume a generation)"
    )
    wait.add_argument("task_id")
    _add_wait_options(wait)

    download = commands.add_parser("download", parents=[connection], help="download a task's video")
    download.add_argument("task", metavar="TASK_ID_OR_URL")
    download.add_argument("-o", "--output", type=Path, required=True)
    download.add_argument("--json", action="store_true", help="print JSON for scripts")

    _add_upload_parser(commands, connection)
    batch_commands.add_parser(commands, connection)
    discovery_commands.add_parsers(commands, connection)
    serve = commands.add_parser("serve", help="run the reference server (for tests and demos)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=port, default=8000)
    serve.add_argument("--server-api-key", default="test-key", help="key the server accepts")
    serve.add_argument(
        "--clock-speed", type=positive_float, default=1.0, help="100 = tasks 100x faster"
    )
    serve.add_argument(
        "--outcome", choices=["completed", "failed", "cancelled"], default="completed"
    )
    serve.add_argument("--log-level", default="info", choices=["debug", "info", "warning"])
    hostile = serve.add_argument_group("hostile modes (to test clients against)")
    hostile.add_argument(
        "--drift",
        choices=["status", "type", "millis", "iso"],
        help="undocumented status, progress as text, timestamps in ms or ISO 8601",
    )
    hostile.add_argument(
        "--failure-shape",
        choices=["documented", "no_message", "text", "null", "missing"],
        default="documented",
        help="the error of a failed task",
    )
    hostile.add_argument(
        "--ignore-idempotency-key", action="store_true", help="every POST starts a generation"
    )
    hostile.add_argument(
        "--silent",
        action="append",
        default=[],
        choices=["submit", "status", "download"],
        help="never answer this operation (repeatable)",
    )
    hostile.add_argument(
        "--drop-video-at", type=share, metavar="SHARE", help="break each first download here"
    )
    hostile.add_argument(
        "--rate-limit",
        type=positive_float,
        metavar="PER_SECOND",
        help="429 beyond it (submits; polls)",
    )
    hostile.add_argument(
        "--accept-invalid", action="store_true", help="accept what the spec rejects"
    )
    hostile.add_argument(
        "--in-progress-409",
        type=non_negative_int,
        default=0,
        metavar="N",
        help="answer each key's first N submits 409 idempotency_in_progress with Retry-After",
    )
    hostile.add_argument(
        "--indeterminate-409",
        action="store_true",
        help="answer every keyed submit 409 idempotency_result_indeterminate",
    )
    hostile.add_argument(
        "--ignore-response-version",
        action="store_true",
        help="answer the legacy submit shape whatever X-APIMart-Response-Version asks",
    )
    hostile.add_argument(
        "--docs-drift",
        action="store_true",
        help="serve model docs and schemas drifted from the spec (to rehearse the live check)",
    )
    hostile.add_argument(
        "--upload-limit",
        type=positive_int,
        default=10 * 1024 * 1024,
        metavar="BYTES",
        help="answer 413 to an image upload larger than BYTES (default: 10 MiB)",
    )
    hostile.add_argument(
        "--trickle",
        type=positive_float,
        metavar="SECONDS",
        help="send answers one byte every SECONDS, headers included",
    )
    hostile.add_argument(
        "--trickle-on",
        action="append",
        default=[],
        choices=["submit", "status", "download"],
        help="trickle only this operation's answers (repeatable; default: all)",
    )
    hostile.add_argument(
        "--trickle-body-only",
        action="store_true",
        help="with --trickle: send status line and headers at once, trickle the body",
    )
    return parser


def _add_connection_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    def default(value: object) -> object:
        return value if defaults else argparse.SUPPRESS

    parser.add_argument(
        "--api-key", default=default(None), help="API key (default: $APIMART_API_KEY)"
    )
    parser.add_argument(
        "--base-url",
        default=default(None),
        help="API base URL (default: $APIMART_BASE_URL or production)",
    )
    parser.add_argument(
        "--timeout",
        type=positive_float,
        default=default(DEFAULT_TIMEOUT),
        help="seconds per request",
    )
    parser.add_argument(
        "--max-retries", type=non_negative_int, default=default(DEFAULT_MAX_RETRIES)
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=default(False),
        help="log requests and retries",
    )


def _add_wait_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", type=Path, help="download the video here (implies wait)")
    parser.add_argument(
        "--wait-timeout",
        type=positive_float,
        default=DEFAULT_WAIT_TIMEOUT,
        help="seconds to wait before giving up (the task keeps running)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def task_json(task: Task) -> dict[str, Any]:
    """A task as the CLI prints it with --json."""
    return {
        "task_id": task.task_id,
        "status": task.raw_status,
        "progress": task.progress,
        "video_url": task.video_url,
        "video_urls": list(task.video_urls),
        "expires_at": task.expires_at.isoformat() if task.expires_at else None,
        "error_code": task.error_code,
        "error_message": task.error_message,
        "estimated_time": task.estimated_time,
        "actual_time": task.actual_time,
    }


def _resume_hint(task_id: str) -> str:
    return f"resume with: apimart-video wait {task_id}"


def _wait_and_fetch(
    client: VideoClient,
    console: Console,
    task_id: str | SubmittedGeneration,
    args: argparse.Namespace,
) -> int:
    """Wait for the task (a submitted one as it is, so a synchronous result is not polled)."""
    shown = task_id if isinstance(task_id, str) else task_id.task_id
    with console.progress(shown) as on_progress:
        task = client.wait(task_id, timeout=args.wait_timeout, on_progress=on_progress)
    document = task_json(task)
    text = f"{task.task_id} completed: {task.video_url}"
    if args.output is not None:
        path = client.download(task, args.output)
        size = path.stat().st_size
        document |= {"output": str(path), "size": size}
        text = f"{task.task_id} completed: saved {path} ({size} bytes)"
    console.result(document, text)
    return EXIT_OK


def _run(args: argparse.Namespace, console: Console) -> int:
    if args.command == "serve":
        try:
            from apimart_video.testing import serve
        except ModuleNotFoundError as error:
            console.news(f"error: {error}")
            return EXIT_NOT_INSTALLED
        serve(
            host=args.host,
            port=args.port,
            api_key=args.server_api_key,
            clock_speed=args.clock_speed,
            outcome=args.outcome,
            log_level=args.log_level,
            drift=args.drift,
            failure_shape=args.failure_shape,
            honour_idempotency=not args.ignore_idempotency_key,
            silent=frozenset(args.silent),
            video_drop_at=args.drop_video_at,
            rate_limit=args.rate_limit,
            accept_invalid=args.accept_invalid,
            in_progress_409=args.in_progress_409,
            indeterminate_409=args.indeterminate_409,
            ignore_response_version=args.ignore_response_version,
            docs_drift=args.docs_drift,
            upload_limit=args.upload_limit,
            trickle=args.trickle,
            trickle_headers=not args.trickle_body_only,
            **({"trickle_on": frozenset(args.trickle_on)} if args.trickle_on else {}),
        )
        return EXIT_OK
    if args.command == "batch":
        return batch_commands.run(args, console)
    if args.command in discovery_commands.COMMANDS:
        return discovery_commands.run(args, console)
    with VideoClient(
        args.api_key,
        base_url=args.base_url,
        timeout=args.timeout,
        max_retries=args.max_retries,
        response_version=pinned_version(getattr(args, "response_version", RESPONSE_VERSION)),
    ) as client:
        if args.command == "generate":
            # The key is chosen before anything is sent, so that an unknown outcome or a
            # Ctrl-C during the submit can say how to resubmit safely.
            fields = generate_command.fields(args)
            args.idempotency_key = args.idempotency_key or new_key()
            args.submitting = True
            with _warnings_shown(console, *_vocabulary(args)):
                submitted: SubmittedGeneration = client.generate(
                    model=args.model,
                    idempotency_key=args.idempotency_key,
                    check=args.check,
                    **fields,
                )
            args.submitting = False
            args.task_id = submitted.task_id  # so an interruption can name it
            replay = " (a replay: the API had this key's task already)" * submitted.replayed
            console.news(
                f"submitted {submitted.mode.value} task {submitted.task_id}{replay} "
                f"({_resume_hint(submitted.task_id)})"
            )
            if args.wait or args.output is not None:
                return _wait_and_fetch(client, console, submitted, args)
            console.result(
                {
                    "task_id": submitted.task_id,
                    "status": submitted.status,
                    "mode": submitted.mode.value,
                    "idempotency_key": submitted.idempotency_key,
                    "replayed": submitted.replayed,
                    "request_id": submitted.request_id,
                },
                submitted.task_id,
            )
            return EXIT_OK
        if args.command == "status":
            task = client.get_task(args.task_id, language=args.language)
            console.result(task_json(task), _describe(task))
            return EXIT_OK
        if args.command == "wait":
            return _wait_and_fetch(client, console, args.task_id, args)
        if args.command == "upload":
            return _upload(client, console, args)
        path = client.download(args.task, args.output)
        size = path.stat().st_size
        document: dict[str, object] = {"output": str(path), "size": size}
        if not is_url(args.task):
            document = {"task_id": args.task, **document}
        console.result(document, f"saved {path} ({size} bytes)")
        return EXIT_OK


def _add_upload_parser(commands: Any, connection: argparse.ArgumentParser) -> None:
    upload = commands.add_parser(
        "upload",
        parents=[connection],
        help="upload a local image (JPEG, PNG, GIF or WebP); prints its URL, valid for 72 h",
    )
    upload.add_argument("file", type=Path, metavar="FILE")
    upload.add_argument("--json", action="store_true", help="print the whole answer as JSON")


def _upload(client: VideoClient, console: Console, args: argparse.Namespace) -> int:
    image = client.upload_image(args.file)
    expires_at = image.expires_at
    # The answer as the API sent it, and when its URL stops working (documented, not sent).
    document = {**image.raw, "expires_at": expires_at.isoformat() if expires_at else None}
    console.result(document, image.url)
    return EXIT_OK


def _describe(task: Task) -> str:
    lines = [f"{task.task_id}: {task.raw_status} ({task.progress or 0}%)"]
    if task.video_url:
        expiry = f" (expires {task.expires_at.isoformat()})" if task.expires_at else ""
        lines.append(f"video: {task.video_url}{expiry}")
    if task.error_message:
        lines.append(f"error [{task.error_code}]: {task.error_message}")
    return "\n".join(lines)


def _resubmit_hint(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str:
    key = args.idempotency_key
    note = " (add --api-key as before; it is not printed)" if args.api_key else ""
    return (
        f"the generation may have started; its idempotency key is {key}\n"
        f"resubmit safely (where the API honours the key) with:\n"
        f"  {generate_command.resubmit_command(parser, args, key)}{note}"
    )


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the CLI; returns the exit code (the console script exits with it).

    A bad option value is an argparse error (usage, then one `error:` line on `err`, exit 2:
    `SystemExit`); `--help` is printed on `out`.
    """
    out, err = out or sys.stdout, err or sys.stderr
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        parser, args = parse_args(sys.argv[1:] if argv is None else argv)
    console = Console(getattr(args, "json", False), out, err)
    try:
        with _logging(console.err, verbose=args.verbose):
            return _handled(parser, args, console)
    except KeyboardInterrupt:  # a second Ctrl-C while the first was being reported
        console.news("interrupted")
        return EXIT_INTERRUPTED


def parse_args(argv: Sequence[str]) -> tuple[argparse.ArgumentParser, argparse.Namespace]:
    """The command line, read in two steps: `--model` first, then everything by a parser
    whose `generate` has that model's flags. A bad option, a model the client does not know
    (without `--no-check`) or a flag the model does not take exits 2 (usage, one error)."""
    parser = _parser(generate_command.model_asked(argv))
    args, extras = parser.parse_known_args(argv)
    if args.command == "generate":
        generate = generate_command.generate_parser(parser)
        generate_command.refuse_what_the_model_does_not_take(generate, args, extras)
    elif extras:
        parser.error(f"unrecognized arguments: {' '.join(extras)}")
    return parser, args


def _vocabulary(args: argparse.Namespace) -> tuple[str | None, dict[str, str] | None]:
    """The model whose flags a message names, and the flags the user gave its fields."""
    if args.command != "generate":
        return None, None
    return args.model, generate_command.typed(args)


@contextlib.contextmanager
def _warnings_shown(
    console: Console, model: str | None, typed: dict[str, str] | None
) -> Iterator[None]:
    """Each warning of a submit (a field the API ignores, a request sent unchecked) as one
    `warning:` line on stderr, in the CLI's words."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield
        finally:
            for warning in caught:
                text = words_for_shell(str(warning.message), model, typed)
                console.news(f"warning: {text}")


@contextlib.contextmanager
def _logging(stream: TextIO, *, verbose: bool) -> Iterator[None]:
    """Warnings (and with -v, each request and retry) to `stream`, for this run only.

    Handlers go on the package's loggers (and httpx's, which logs each request), not the
    root logger: `basicConfig` does nothing once a host program configured logging.
    """
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    names = ("apimart_video", "httpx") if verbose else ("apimart_video",)
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.INFO if verbose else logging.WARNING)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(handler)
            logger.setLevel(level)


def _handled(parser: argparse.ArgumentParser, args: argparse.Namespace, console: Console) -> int:
    """`_run`, with each error turned into its message, its advice and its exit code."""
    try:
        return _run(args, console)
    except APIMartError as error:
        again = _task_hint(args) if isinstance(error, LocalFileError) else ""
        console.news(f"error: {for_shell(error, *_vocabulary(args))}{again}")
        if isinstance(error, SubmitOutcomeUnknownError):
            console.news(_resubmit_hint(parser, args))
        return exit_code(error)
    except KeyboardInterrupt:
        if getattr(args, "submitting", False):
            console.news(f"interrupted during the submit; {_resubmit_hint(parser, args)}")
            return EXIT_INTERRUPTED
        console.news(f"interrupted{_task_hint(args)}")
        return EXIT_INTERRUPTED
    except OSError as error:  # a local file: the API's side is not at fault
        where = f" {error.filename}" if error.filename is not None else ""
        reason = error.strerror or str(error)
        if isinstance(error, FileExistsError | NotADirectoryError):
            reason = f"{reason} (a file stands where a directory is needed)"
        console.news(f"error: cannot use{where}: {reason}{_task_hint(args)}")
        return EXIT_LOCAL_FILE
    except Exception as error:
        if args.verbose:
            console.news(_redacted("".join(traceback.format_exc()).rstrip(), args))
        message = " ".join(str(error).split()) or "(no message)"
        console.news(
            _redacted(
                f"error: unexpected {type(error).__name__}: {message} (a bug in apimart-video; "
                f"-v shows the traceback){_task_hint(args)}",
                args,
            )
        )
        return EXIT_UNEXPECTED


_BATCH_AGAIN = "; the journal keeps every job: run the same command again to resume"


def _is_batch(args: argparse.Namespace) -> bool:
    return bool(args.command == "batch" and args.target and args.target[0] != "status")


def _task_hint(args: argparse.Namespace) -> str:
    """What still stands after an error: the batch's journal, or a submitted task."""
    if _is_batch(args):
        return _BATCH_AGAIN
    task_id = getattr(args, "task_id", None)
    return f"; the task keeps running: {_resume_hint(task_id)}" if task_id else ""


def _redacted(text: str, args: argparse.Namespace) -> str:
    """`text` without the API key (given, or from the environment), should it carry it."""
    for key in (getattr(args, "api_key", None), os.environ.get("APIMART_API_KEY")):
        if key and key.strip():
            text = text.replace(key.strip(), "[API key]")
    return text


if __name__ == "__main__":
    sys.exit(main())
