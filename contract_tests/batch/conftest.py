"""Helpers for the batch tests: a jobs file, the CLI in a subprocess, the journal's view."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from apimart_video.testing import RunningServer

FIRST_POLL = "0.3"
"""Seconds before the first poll: a task lasts 0.2 s at the tests' 100x clock."""


def write_jobs(path: Path, rows: Iterable[Mapping[str, Any]]) -> Path:
    """A JSON Lines jobs file."""
    path.write_text("".join(json.dumps(dict(row)) + "\n" for row in rows), encoding="utf-8")
    return path


def prompts(count: int) -> list[dict[str, Any]]:
    """`count` distinct text-to-video jobs, half of them with an id."""
    return [{"prompt": f"shot {n}", **({"id": f"shot-{n}"} if n % 2 else {})} for n in range(count)]


def batch_command(server: RunningServer, jobs: Path, out: Path, *options: str) -> list[str]:
    """The `apimart-video batch` command line, run with this interpreter."""
    return [
        sys.executable,
        "-m",
        "apimart_video",
        "batch",
        str(jobs),
        "--out",
        str(out),
        "--base-url",
        server.base_url,
        "--first-poll",
        FIRST_POLL,
        "--json",
        *options,
    ]


def start_batch(
    server: RunningServer, jobs: Path, out: Path, *options: str
) -> subprocess.Popen[str]:
    """The batch CLI in its own process (so it can be killed), key in the environment."""
    environment = {**os.environ, "APIMART_API_KEY": server.api_key}
    return subprocess.Popen(
        batch_command(server, jobs, out, *options),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )


def finish_batch(
    server: RunningServer, jobs: Path, out: Path, *options: str
) -> tuple[int, dict[str, Any], str]:
    """Run the batch CLI to its end: (exit code, JSON summary, stderr)."""
    process = start_batch(server, jobs, out, *options)
    stdout, stderr = process.communicate(timeout=120)
    summary = json.loads(stdout) if stdout.strip() else {}
    return process.returncode, summary, stderr
