"""`apimart-video`: the command line (entry point `apimart_video.cli:main`).

Owns `commands` (the parser, the single-task commands, the error to exit code mapping),
`generate_command` (`generate --model ID`: the two-step parse, the printed commands),
`model_flags` (a model's flags, made from its family's fields in the spec),
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
    task_json,
)
from apimart_video.cli.generate_command import resubmit_command

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
