"""Every exit code the package gives, defined once (the CLI and `BatchSummary.exit_code`).

Each code has one meaning: 6 is a wait that timed out, 9 is a batch that left jobs for a
later run. The table in docs/cli.md lists them all (a test holds the two equal).
"""

from __future__ import annotations

import enum

__all__ = ["ExitCode"]


class ExitCode(enum.IntEnum):
    """What a run ended in; the value is the process exit code."""

    OK = 0
    NOT_INSTALLED = 1
    """`serve` without the [server] extra."""
    INVALID = 2
    API_ERROR = 3
    TASK_FAILED = 4
    """A task failed (for a batch: a job failed)."""
    TASK_CANCELLED = 5
    TIMEOUT = 6
    """A wait timed out; the task keeps running."""
    DOWNLOAD_FAILED = 7
    LOCAL_FILE = 8
    """Disk full, permission denied: nothing the API did is lost."""
    JOBS_LEFT = 9
    """A batch left jobs for a later run (budget reached, rate limit, tasks still running)."""
    UNEXPECTED = 70
    """A bug (sysexits' EX_SOFTWARE)."""
    INTERRUPTED = 130
