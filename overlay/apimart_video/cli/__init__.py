"""`apimart-video`: the command line (entry point `apimart_video.cli:main`).

Owns `commands` (the parser, the single-task commands, the error to exit code mapping),
`batch_commands` (`apimart-video batch`), `discovery_commands` (`models`, `docs`, `schema`),
`options` (argparse value types), `shell` (the flags a hint names, quoted for a shell).
Nothing below imports it.

Never imports: apimart_video.pytest_plugin
"""

from apimart_video._exit_codes import ExitCode
from apimart_video.cli.commands import (
    EXIT_API_ERROR,
    EXIT_CODES,
    EXIT_DOWNLOAD_FAILED,
    EXIT_INTERRUPTED,
    EXIT_INVALID,
    EXIT_JOBS_LEFT,
    EXIT_LOCAL_FILE,
    EXIT_NOT_INSTALLED,
    EXIT_OK,
    EXIT_TASK_CANCELLED,
    EXIT_TASK_FAILED,
    EXIT_TIMEOUT,
    EXIT_UNEXPECTED,
    exit_code,
    main,
    resubmit_command,
    task_json,
)

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_CODES",
    "EXIT_DOWNLOAD_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_INVALID",
    "EXIT_JOBS_LEFT",
    "EXIT_LOCAL_FILE",
    "EXIT_NOT_INSTALLED",
    "EXIT_OK",
    "EXIT_TASK_CANCELLED",
    "EXIT_TASK_FAILED",
    "EXIT_TIMEOUT",
    "EXIT_UNEXPECTED",
    "ExitCode",
    "exit_code",
    "main",
    "resubmit_command",
    "task_json",
]
