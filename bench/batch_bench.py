"""Batch benchmarks: the issue's two rows, measured in one run.

    python -m bench.batch_bench          (the second line of `make bench`)

Each row runs `apimart-video batch` in its own process against `apimart-video serve` in
another (clock x100, a 20/s rate limit on submits and on polls), reads what the server did
from its stats route, and writes bench/batch_results.json.

1. 1,000 jobs: wall time against the floor the rate limit sets (1000 / 20 s plus one
   task's duration), failed jobs, duplicate generations, peak RSS of the batch process.
2. 200 jobs SIGKILLed 3 times at seeded moments, then resumed: generations started and
   video downloads.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import attrs
import httpx

from apimart_video.testing import clip
from apimart_video.testing._config import ServerConfig
from bench.run import Row, serve_reference, table

RESULTS = Path(__file__).resolve().parent / "batch_results.json"
PYTHON = sys.executable
KEY = "bench-key"
CLOCK = 100.0
LIMIT = 20.0
TASK_SECONDS = ServerConfig().task_seconds / CLOCK
CONCURRENCY = "32"
FIRST_POLL = "0.3"  # a task lasts 0.2 s at clock x100: poll it once, when it is done


class Server:
    """`apimart-video serve` in its own process, with the rate limit; its stats on demand."""

    def __init__(self) -> None:
        options = ["--clock-speed", str(CLOCK), "--rate-limit", str(LIMIT)]
        self.process, self.base_url = serve_reference(KEY, *options)

    def stats_or_none(self) -> dict[str, Any] | None:
        try:
            answer = httpx.get(
                f"{self.base_url}/_reference/stats",
                headers={"Authorization": f"Bearer {KEY}"},
                timeout=5,
            )
        except httpx.TransportError:
            return None
        stats: dict[str, Any] = answer.json()
        return stats

    def stats(self) -> dict[str, Any]:
        stats = self.stats_or_none()
        assert stats is not None
        return stats

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)


def _jobs(directory: Path, count: int) -> Path:
    path = directory / "jobs.jsonl"
    path.write_text("".join(json.dumps({"prompt": f"shot {n}"}) + "\n" for n in range(count)))
    return path


def _batch(server: Server, jobs: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            PYTHON,
            "-m",
            "apimart_video",
            "batch",
            str(jobs),
            "--out",
            str(out),
            "--base-url",
            server.base_url,
            "--concurrency",
            CONCURRENCY,
            "--first-poll",
            FIRST_POLL,
            "--json",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "APIMART_API_KEY": KEY},
    )


def _reap(process: subprocess.Popen[bytes]) -> tuple[int, float]:
    """Wait for the batch process: its exit code and peak RSS (MB), from wait4."""
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, usage.ru_maxrss / 1024


def _videos_ok(out: Path, count: int) -> bool:
    video = clip()
    files = sorted(out.glob("*.mp4"))
    return (
        len(files) == count
        and all(path.read_bytes() == video for path in files)
        and not list(out.glob(".*.part"))
    )


def thousand_jobs(directory: Path, count: int = 1000) -> list[Row]:
    server = Server()
    try:
        jobs, out = _jobs(directory, count), directory / "out"
        started = time.perf_counter()
        process = _batch(server, jobs, out)
        assert process.stdout is not None
        output = process.stdout.read()
        code, rss = _reap(process)
        seconds = time.perf_counter() - started
        stats = server.stats()
    finally:
        server.stop()
    summary = json.loads(output) if output.strip() else {}
    floor = count / LIMIT + TASK_SECONDS
    duplicates = stats["generations_by_key"]["duplicate_generations"]
    extra = stats["generations_started"] - count
    note = (
        f"exit {code}; {stats['generations_started']} generations; 429s met: "
        f"{stats['rate_limited_by_route']}; polls {stats['requests_by_route'].get('status')}"
    )
    return [
        Row(
            f"batch {count} jobs: wall time (s)",
            seconds,
            floor,
            seconds / floor,
            "<= 1.15x floor",
            seconds <= 1.15 * floor,
            note=note,
        ),
        Row(
            f"batch {count} jobs: failed jobs",
            summary.get("failed", count),
            0,
            0.0,
            "0",
            summary.get("failed") == 0 and summary.get("done") == count and _videos_ok(out, count),
        ),
        Row(
            f"batch {count} jobs: duplicate generations",
            duplicates + max(extra, 0),
            0,
            0.0,
            "0",
            duplicates == 0 and extra == 0,
        ),
        Row(
            f"batch {count} jobs: peak RSS (MB)", rss, 150.0, rss / 150.0, "<= 150 MB", rss <= 150.0
        ),
    ]


def killed_thrice(directory: Path, count: int = 200, kills: int = 3, seed: int = 7) -> list[Row]:
    rng = random.Random(seed)
    server = Server()
    try:
        jobs, out = _jobs(directory, count), directory / "out"
        killed_at = []
        for _ in range(kills):
            process = _batch(server, jobs, out)
            moment = rng.uniform(1.0, 6.0)
            try:
                process.wait(timeout=moment)
            except subprocess.TimeoutExpired:
                process.kill()
                killed_at.append(round(moment, 2))
            if process.returncode is None:
                _reap(process)
        process = _batch(server, jobs, out)
        assert process.stdout is not None
        summary = json.loads(process.stdout.read() or b"{}")
        code, _ = _reap(process)
        stats = server.stats()
    finally:
        server.stop()
    gets = stats["requests_by_route"].get("download", 0)
    size = len(clip())
    bytes_ratio = stats["video_bytes_sent"] / (count * size)
    # A kill can only cost the bytes of downloads in flight that had not reached the disk
    # (a finished one is renamed into place and never fetched again).
    refetch_allowed = kills * int(CONCURRENCY) * size
    in_place = _videos_ok(out, count) and summary.get("done") == count
    started = stats["generations_started"]
    note = (
        f"exit {code}; killed at {killed_at} s; uncertain submits "
        f"{summary.get('uncertain_submits')}; CDN GETs {gets}; video bytes sent "
        f"{bytes_ratio:.3f}x the videos"
    )
    return [
        Row(
            f"batch {count} jobs, {kills} kills: video bytes sent / one copy each",
            bytes_ratio,
            1.0,
            bytes_ratio,
            "every video in place once",
            in_place and stats["video_bytes_sent"] - count * size <= refetch_allowed,
            note=note,
        ),
        Row(
            f"batch {count} jobs, {kills} kills: generations started",
            started,
            count,
            started / count,
            f"= {count}",
            started == count,
        ),
    ]


def main() -> int:
    rows: list[Row] = []
    for step in (thousand_jobs, killed_thrice):
        with tempfile.TemporaryDirectory() as directory:
            produced = step(Path(directory))
        rows += produced
        print(table(produced), flush=True)
    RESULTS.write_text(json.dumps([attrs.asdict(row) for row in rows], indent=2) + "\n")
    print()
    print(table(rows))
    return 0 if all(row.met for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
