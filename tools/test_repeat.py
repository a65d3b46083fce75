"""Run the fast part of the suite N times, each in a fresh random order, and report every
failure with the seed that replays it (`make test-repeat N=20`).

A flaky test fails only in some orders or some timings; one green run proves little.
Each run gets its own seed (pytest-randomly), so a red run can be replayed exactly:

    python -m pytest -p randomly --randomly-seed=SEED -m "not live and not slow" ...

The fast part leaves out the tests marked `slow` and the schemathesis module, which builds
its cases while it is collected (deselecting it would still cost that time); `make test`
runs them all. Extra arguments go to pytest. Exits 1 if any run failed.
"""

from __future__ import annotations

import argparse
import random
import re
import shlex
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
FAST = ["-m", "not live and not slow", "--ignore=contract_tests/contract"]
FAILED_LINE = re.compile(r"^(?:FAILED|ERROR) (\S+)", re.MULTILINE)
# pytest's last line, "3 passed, 1 failed in 2.50s", bare under -q, framed by = otherwise.
SUMMARY_LINE = re.compile(r"^=*\s*(\d+ \w+.*\bin \d+\.\d+s\b.*?)\s*=*$", re.MULTILINE)


@attrs.frozen
class Run:
    """One run of the suite: its seed, exit code, time and what failed."""

    number: int
    seed: int
    code: int
    seconds: float
    summary: str
    failed: tuple[str, ...]
    log: Path

    @property
    def ok(self) -> bool:
        return self.code == 0


def replay_command(seed: int, extra: Sequence[str]) -> str:
    """The command that runs the same tests in the same order."""
    args = ["python", "-m", "pytest", "-p", "randomly", f"--randomly-seed={seed}", *FAST, *extra]
    return shlex.join(args)


def run_once(number: int, seed: int, extra: Sequence[str], logs: Path, timeout: float) -> Run:
    command = [sys.executable, "-m", "pytest", "-p", "randomly", f"--randomly-seed={seed}"]
    command += [*FAST, "-p", "no:cacheprovider", "-q", *extra]
    log = logs / f"run-{number:02d}-seed-{seed}.log"
    started = time.monotonic()
    try:
        done = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=timeout
        )
    except subprocess.TimeoutExpired as hung:
        output = _text(hung.stdout) + _text(hung.stderr)
        log.write_text(output, encoding="utf-8")
        summary = f"no end after {timeout:.0f} s (a test hangs?)"
        return Run(number, seed, -1, time.monotonic() - started, summary, (), log)
    seconds = time.monotonic() - started
    log.write_text(done.stdout + done.stderr, encoding="utf-8")
    summaries = SUMMARY_LINE.findall(done.stdout)
    summary = summaries[-1] if summaries else f"exit code {done.returncode}, no pytest summary"
    failed = tuple(dict.fromkeys(FAILED_LINE.findall(done.stdout)))
    return Run(number, seed, done.returncode, seconds, summary, failed, log)


def _text(output: str | bytes | None) -> str:
    return output.decode(errors="replace") if isinstance(output, bytes) else output or ""


def report(runs: Sequence[Run], extra: Sequence[str]) -> str:
    failures = [run for run in runs if not run.ok]
    times = sorted(run.seconds for run in runs)
    lines = [
        "",
        f"{len(runs)} runs in random order: {len(runs) - len(failures)} green, "
        f"{len(failures)} red; per run {times[0]:.1f} s min, {times[len(times) // 2]:.1f} s "
        f"median, {times[-1]:.1f} s max",
        "seeds: " + " ".join(str(run.seed) for run in runs),
    ]
    for run in failures:
        lines += [
            f"run {run.number} FAILED with seed {run.seed}: {run.summary}",
            *(f"    {test}" for test in run.failed),
            f"    replay: {replay_command(run.seed, extra)}",
            f"    log: {run.log}",
        ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--runs", type=int, default=20, help="how many runs (default 20)")
    parser.add_argument(
        "--logs", type=Path, default=ROOT / "reports" / "test-repeat", help="one log per run"
    )
    parser.add_argument(
        "--timeout", type=float, default=600.0, help="seconds before a run counts as hung"
    )
    args, extra = parser.parse_known_args(argv)
    if args.runs < 1:
        parser.error("--runs must be 1 or more")
    if any(arg.startswith("--randomly") for arg in extra):
        parser.error("each run picks its own seed; replay one with the command it prints")
    args.logs.mkdir(parents=True, exist_ok=True)
    for old in args.logs.glob("run-*.log"):  # only this repeat's logs, so none is mistaken
        old.unlink()
    seeds = random.Random()  # fresh each time: the point is orders not yet tried
    runs: list[Run] = []
    for number in range(1, args.runs + 1):
        run = run_once(number, seeds.getrandbits(32), extra, args.logs, args.timeout)
        runs.append(run)
        verdict = "ok" if run.ok else "FAILED"
        print(
            f"run {number}/{args.runs} seed {run.seed}: {verdict} "
            f"({run.summary}; {run.seconds:.1f} s wall)",
            flush=True,
        )
    print(report(runs, extra))
    return 0 if all(run.ok for run in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
