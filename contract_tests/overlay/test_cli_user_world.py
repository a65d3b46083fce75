"""The CLI in a user's world: spreadsheet files, typos in options, files that are not ours,
a full disk, Ctrl-C, a Jupyter loop. Each ends in a documented exit code and one line on
stderr, never a traceback. Batches run against the real reference server."""

from __future__ import annotations

import asyncio
import errno
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest

from apimart_video import APIMartError, PollPolicy, VideoClient
from apimart_video.batch import journal as _journal
from apimart_video.batch.jobs import UnreadableJobsError, read_jobs
from apimart_video.batch.runner import rows_of
from apimart_video.cli import commands as cli
from apimart_video.testing import RunningServer, run_server

FIRST_POLL = "0.3"
FAST = PollPolicy(first_poll=0.3, floor=0.05, cap=0.5)


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with run_server(clock_speed=100.0, task_seconds=5.0) as running:
        yield running


def run(server: RunningServer, *args: str) -> tuple[int, str, str]:
    """`apimart-video ARGS` in this process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    argv = ["--base-url", server.base_url, "--api-key", server.api_key, *args]
    return cli.main(argv, out=out, err=err), out.getvalue(), err.getvalue()


def run_process(
    server: RunningServer, *args: str, **options: Any
) -> subprocess.CompletedProcess[str]:
    """`apimart-video ARGS` in its own process, the key in the environment."""
    return subprocess.run(
        [sys.executable, "-m", "apimart_video", "--base-url", server.base_url, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "APIMART_API_KEY": server.api_key},
        **options,
    )


def one_line(err: str) -> str:
    """The stderr of a failed command: exactly one line, and no traceback."""
    assert "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def last_line(err: str) -> str:
    """The stderr of a batch that stopped: progress lines, then one error line, the last."""
    assert "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert [line for line in lines if not line.startswith("job ")] == lines[-1:], err
    return lines[-1]


def batch(server: RunningServer, jobs: Path, out: Path, *options: str) -> tuple[int, str, str]:
    return run(server, "batch", str(jobs), "--out", str(out), "--first-poll", FIRST_POLL, *options)


def jobs_file(path: Path, count: int) -> Path:
    rows = [{"id": f"shot-{n}", "prompt": f"shot {n}"} for n in range(count)]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


# -- job files --------------------------------------------------------------------------------


def test_a_cp1252_csv_is_refused_naming_the_byte_line_and_the_conversion(
    server: RunningServer, tmp_path: Path
) -> None:
    jobs = tmp_path / "jobs.csv"
    jobs.write_bytes("id,prompt\r\ncafe,un café noir\r\n".encode("cp1252"))
    before = len(server.app.requests)
    result = run_process(server, "batch", str(jobs), "--out", str(tmp_path / "out"))
    assert result.returncode == cli.EXIT_INVALID
    line = one_line(result.stderr)
    assert str(jobs) in line
    assert "not UTF-8 (byte 0xe9 at offset 22, line 2" in line
    assert "save it as 'CSV UTF-8'" in line
    assert f"iconv -f cp1252 -t utf-8 {jobs}" in line
    assert len(server.app.requests) == before


def test_a_utf16_file_is_refused_with_how_to_convert_it(tmp_path: Path) -> None:
    jobs = tmp_path / "jobs.csv"
    jobs.write_text("id,prompt\nshot,x\n", encoding="utf-16")
    with pytest.raises(UnreadableJobsError, match=r"UTF-16.*iconv -f utf-16 -t utf-8"):
        read_jobs(jobs)
    jobs.write_bytes("id,prompt\nshot,x\n".encode("utf-16-le"))  # no byte order mark
    with pytest.raises(UnreadableJobsError, match=r"NUL bytes.*iconv -f utf-16 -t utf-8"):
        read_jobs(jobs)


def test_utf8_with_a_bom_and_crlf_line_ends_is_read_as_written(tmp_path: Path) -> None:
    csv_file = tmp_path / "jobs.csv"
    csv_file.write_bytes(
        b'\xef\xbb\xbfid,prompt,duration\r\ncafe,caf\xc3\xa9,5\r\nsea,"two\r\nlines",\r\n'
    )
    checked = read_jobs(csv_file)
    assert checked.invalid == ()
    assert [(job.id, job.line, dict(job.fields)) for job in checked.jobs] == [
        ("cafe", 2, {"prompt": "café", "duration": 5}),
        ("sea", 3, {"prompt": "two\nlines"}),
    ]
    jsonl = tmp_path / "jobs.jsonl"
    jsonl.write_bytes(b'\xef\xbb\xbf{"id": "a", "prompt": "x"}\r\n\r\n{"prompt": "y"}\r\n')
    assert [(job.id, job.line) for job in read_jobs(jsonl).jobs] == [("a", 1), ("2", 3)]


def test_a_job_id_with_a_trailing_newline_is_refused_naming_the_id_and_the_rule(
    server: RunningServer, tmp_path: Path
) -> None:
    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text(json.dumps({"id": "shot\n", "prompt": "x"}) + "\n", encoding="utf-8")
    before = len(server.app.requests)
    code, _, err = batch(server, jobs, tmp_path / "out")
    assert code == cli.EXIT_INVALID
    assert "line 1: id ('shot\\n'): must be 1-100 letters, digits" in err
    assert len(server.app.requests) == before


# -- option values ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value", "rule"),
    [
        ("--concurrency", "0", "must be a whole number of 1 or more, not '0'"),
        ("--concurrency", "many", "must be a whole number of 1 or more, not 'many'"),
        ("--max-generations", "-1", "must be a whole number of 0 or more, not '-1'"),
        ("--wait-timeout", "nan", "must be a number above 0 (not nan or inf), not 'nan'"),
        ("--wait-timeout", "-5", "must be a number above 0 (not nan or inf), not '-5'"),
        ("--timeout", "0", "must be a number above 0 (not nan or inf), not '0'"),
        ("--first-poll", "inf", "must be a number of 0 or more (not nan or inf), not 'inf'"),
        ("--max-retries", "-1", "must be a whole number of 0 or more, not '-1'"),
    ],
)
def test_a_bad_option_value_is_an_argparse_error_naming_option_value_and_rule(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, option: str, value: str, rule: str
) -> None:
    jobs = jobs_file(tmp_path / "jobs.jsonl", 1)
    with pytest.raises(SystemExit) as exited:
        cli.main(["batch", str(jobs), "--out", str(tmp_path), f"{option}={value}"])
    assert exited.value.code == cli.EXIT_INVALID
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].endswith(f"error: argument {option}: {rule}")
    assert not (tmp_path / _journal.JOURNAL_NAME).exists()


def test_a_bad_wait_timeout_on_wait_is_refused_in_a_real_process(server: RunningServer) -> None:
    result = run_process(server, "wait", "task_x", "--wait-timeout", "-1")
    assert result.returncode == cli.EXIT_INVALID
    assert "Traceback" not in result.stderr
    assert (
        result.stderr.strip()
        .splitlines()[-1]
        .endswith(
            "error: argument --wait-timeout: must be a number above 0 (not nan or inf), not '-1'"
        )
    )


# -- files that are not ours ------------------------------------------------------------------


def test_out_naming_a_file_exits_2_with_one_line(server: RunningServer, tmp_path: Path) -> None:
    jobs = jobs_file(tmp_path / "jobs.jsonl", 1)
    out = tmp_path / "videos"
    out.write_text("not a directory")
    code, _, err = batch(server, jobs, out)
    assert code == cli.EXIT_INVALID
    assert one_line(err) == (
        f"error: --out {out} is a file, not a directory: give a directory for the videos "
        "(it is created when missing)"
    )
    assert out.read_text() == "not a directory"


def test_a_journal_that_is_a_text_file_is_refused_and_left_untouched(
    server: RunningServer, tmp_path: Path
) -> None:
    jobs = jobs_file(tmp_path / "jobs.jsonl", 1)
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n")
    before = len(server.app.requests)
    code, _, err = batch(server, jobs, tmp_path / "out", "--journal", str(notes))
    assert code == cli.EXIT_INVALID
    line = one_line(err)
    assert line.startswith(f"error: {notes} is not a batch journal (file is not a database)")
    assert "give --journal (journal=) a new path, or move it away" in line
    assert notes.read_text() == "my notes\n"
    assert not Path(f"{notes}.lock").exists()
    assert len(server.app.requests) == before


def test_an_sqlite_file_that_is_not_a_journal_is_refused_and_left_byte_for_byte(
    server: RunningServer, tmp_path: Path
) -> None:
    jobs = jobs_file(tmp_path / "jobs.jsonl", 1)
    other = tmp_path / "app.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE people (name TEXT)")
    content = other.read_bytes()
    code, _, err = batch(server, jobs, tmp_path / "out", "--journal", str(other))
    assert code == cli.EXIT_INVALID
    assert one_line(err).startswith(
        f"error: {other} is an SQLite database but not a batch journal (tables: people)"
    )
    assert other.read_bytes() == content
    code, _, err = run(server, "batch", "status", "--journal", str(other))
    assert code == cli.EXIT_INVALID
    assert "not a batch journal (tables: people)" in one_line(err)


def test_a_journal_from_a_newer_format_is_refused(server: RunningServer, tmp_path: Path) -> None:
    jobs = jobs_file(tmp_path / "jobs.jsonl", 1)
    newer = tmp_path / "journal.sqlite3"
    with sqlite3.connect(newer) as db:
        db.execute(f"PRAGMA application_id = {_journal.APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {_journal.JOURNAL_VERSION + 1}")
        db.execute("CREATE TABLE jobs (id TEXT)")
    code, _, err = batch(server, jobs, tmp_path / "out", "--journal", str(newer))
    assert code == cli.EXIT_INVALID
    assert f"has format version {_journal.JOURNAL_VERSION + 1}" in one_line(err)


def test_a_journal_written_before_the_format_stamp_is_still_resumed(tmp_path: Path) -> None:
    legacy = tmp_path / _journal.JOURNAL_NAME
    with sqlite3.connect(legacy) as db:
        db.executescript(_journal._SCHEMA)
    with (
        run_server(clock_speed=100.0) as server,
        VideoClient(server.api_key, base_url=server.base_url, poll_policy=FAST) as client,
    ):
        summary = client.batch([{"prompt": "x"}], tmp_path)
    assert summary.done == 1
    with sqlite3.connect(legacy) as db:
        assert db.execute("PRAGMA application_id").fetchone() == (_journal.APPLICATION_ID,)


# -- a full disk ------------------------------------------------------------------------------


class FillingDisk:
    """Video files whose writes meet a full disk after `allowed` writes over all files."""

    def __init__(self, allowed: int) -> None:
        self.allowed = allowed
        self.real_fdopen = os.fdopen

    def fdopen(self, fd: int, mode: str) -> IO[bytes]:
        disk = self
        real: Any = self.real_fdopen(fd, mode)

        class Filling:
            def write(self, data: bytes) -> int:
                if disk.allowed <= 0:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                disk.allowed -= 1
                return int(real.write(data))

            def __getattr__(self, name: str) -> Any:
                return getattr(real, name)

            def __enter__(self) -> Filling:
                return self

            def __exit__(self, *exc_info: object) -> None:
                real.close()

        return Filling()  # type: ignore[return-value]


def test_a_disk_filling_during_downloads_stops_the_batch_naming_the_file_and_a_rerun_pays_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    jobs, out = jobs_file(tmp_path / "jobs.jsonl", 6), tmp_path / "out"
    with run_server(clock_speed=100.0) as server:
        with monkeypatch.context() as patch:
            patch.setattr(os, "fdopen", FillingDisk(allowed=2).fdopen)
            code, _, err = batch(server, jobs, out, "--concurrency", "3")
        assert code == cli.EXIT_LOCAL_FILE
        line = last_line(err)
        # The part file or its record, whichever write met the full disk first.
        assert re.fullmatch(
            rf"error: the disk is full: could not write {re.escape(f'{out}{os.sep}')}"
            r"\.shot-\d\.mp4\.part(\.json)?; free some space; the journal keeps every job: run "
            r"the same command again to resume",
            line,
        ), line
        assert {row.id for row in rows_of(out)} == {f"shot-{n}" for n in range(6)}
        code, _, err = batch(server, jobs, out)
        assert code == cli.EXIT_OK, err
        assert server.app.generations_started == 6
    assert sorted(path.name for path in out.glob("*.mp4")) == [f"shot-{n}.mp4" for n in range(6)]


def sqlite_full_error() -> sqlite3.OperationalError:
    """The error SQLite itself raises on a full disk (SQLITE_FULL), from a capped database."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (x BLOB)")
    (pages,) = db.execute("PRAGMA page_count").fetchone()
    db.execute(f"PRAGMA max_page_count = {pages}")
    try:
        db.execute("INSERT INTO t VALUES (zeroblob(100000))")
    except sqlite3.OperationalError as error:
        return error
    finally:
        db.close()
    raise AssertionError("the capped database took the row")


class FullAfter:
    """A journal connection whose write statements meet a full disk after `allowed` of them.

    The statement that meets it is not run, as SQLite undoes the statement that met it.
    """

    def __init__(self, db: sqlite3.Connection, allowed: int) -> None:
        self.db = db
        self.allowed = allowed

    def execute(self, sql: str, *parameters: Any) -> sqlite3.Cursor:
        if sql.lstrip().startswith(("UPDATE", "INSERT")):
            if self.allowed <= 0:
                raise sqlite_full_error()
            self.allowed -= 1
        return self.db.execute(sql, *parameters)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.db, name)


def test_a_journal_meeting_a_full_disk_stays_intact_and_a_rerun_pays_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    jobs, out = jobs_file(tmp_path / "jobs.jsonl", 12), tmp_path / "out"
    journal = out / _journal.JOURNAL_NAME
    assert sqlite_full_error().sqlite_errorcode == sqlite3.SQLITE_FULL
    real_open = _journal._open
    with run_server(clock_speed=100.0) as server:
        with monkeypatch.context() as patch:
            # 12 rows loaded, then 20 writes: a full disk mid-batch, jobs in every state.
            patch.setattr(_journal, "_open", lambda path: FullAfter(real_open(path), 12 + 20))
            code, _, err = batch(server, jobs, out, "--concurrency", "4")
        assert code == cli.EXIT_LOCAL_FILE, err
        assert last_line(err) == (
            f"error: the disk is full: could not write {journal}; free some space; the "
            "journal keeps every job: run the same command again to resume"
        )
        with sqlite3.connect(journal) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        states = {row.state for row in rows_of(out)}
        assert len(rows_of(out)) == 12
        assert len(states) > 1, states  # it stopped midway
        code, _, err = batch(server, jobs, out)
        assert code == cli.EXIT_OK, err
        assert server.app.generations_started == 12
    assert len(list(out.glob("*.mp4"))) == 12


# -- the rest: Jupyter, Ctrl-C, local files, bugs ---------------------------------------------


def test_video_client_batch_inside_a_running_loop_runs_in_a_worker_thread(
    tmp_path: Path,
) -> None:
    async def in_a_notebook_cell(client: VideoClient) -> Any:
        return client.batch([{"prompt": "x"}, {"prompt": "y"}], tmp_path)

    with run_server(clock_speed=100.0) as server:
        with VideoClient(server.api_key, base_url=server.base_url, poll_policy=FAST) as client:
            summary = asyncio.run(in_a_notebook_cell(client))
        assert server.app.generations_started == 2
    assert (summary.done, summary.exit_code) == (2, 0)


@pytest.mark.posix  # sends a POSIX SIGINT
def test_an_interrupted_batch_in_a_running_loop_stops_and_releases_its_journal(
    tmp_path: Path,
) -> None:
    """Ctrl-C in the notebook's thread while the batch runs in the worker: the batch is
    cancelled before the KeyboardInterrupt reaches the caller, so a rerun can take the
    journal at once, and every task started is in it."""
    jobs = [{"id": f"shot-{n}", "prompt": f"shot {n}"} for n in range(4)]

    def interrupt_when_running(job_id: str, state: Any, counts: Any) -> None:
        if state == "running":
            # Ctrl-C, delivered to the caller's (main) thread as a terminal would.
            signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)

    async def in_a_notebook_cell(client: VideoClient) -> Any:
        # A kernel's loop leaves SIGINT as KeyboardInterrupt (asyncio.run would cancel).
        signal.signal(signal.SIGINT, signal.default_int_handler)
        return client.batch(jobs, tmp_path, on_progress=interrupt_when_running)

    with (
        run_server(clock_speed=1.0, task_seconds=30.0) as server,
        VideoClient(server.api_key, base_url=server.base_url, poll_policy=FAST) as client,
    ):
        deadline = time.monotonic() + 20
        with pytest.raises(KeyboardInterrupt):
            asyncio.run(in_a_notebook_cell(client))
        assert time.monotonic() < deadline  # not after the 30 s tasks
        started = server.app.generations_started
        assert started >= 1
        journal = _journal.Journal(tmp_path / _journal.JOURNAL_NAME)  # the lock is free
        rows = journal.rows()
        journal.close()
    assert len(rows) == 4
    assert sum(row.task_id is not None for row in rows) >= started


@pytest.mark.posix  # sends a POSIX SIGINT
def test_ctrl_c_during_a_batch_exits_130_with_one_line_and_a_rerun_finishes(
    tmp_path: Path,
) -> None:
    jobs, out = jobs_file(tmp_path / "jobs.jsonl", 3), tmp_path / "out"
    with run_server(clock_speed=1.0, task_seconds=30.0) as server:
        command = [sys.executable, "-m", "apimart_video", "batch", str(jobs), "--out", str(out)]
        command += ["--base-url", server.base_url, "--first-poll", FIRST_POLL]
        environment = {**os.environ, "APIMART_API_KEY": server.api_key}
        process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=environment)
        assert process.stderr is not None
        deadline = time.monotonic() + 60
        while server.app.generations_started < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
        assert process.returncode == cli.EXIT_INTERRUPTED
        assert last_line(err) == (
            "interrupted; the journal keeps every job: run the same command again to resume"
        )
        assert server.app.generations_started == 3


def test_an_output_path_under_a_file_is_a_local_file_error(
    server: RunningServer, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    target = f"{blocker}/v.mp4"
    code, _, err = run(server, "download", "https://cdn.example.com/v.mp4", "-o", target)
    assert code == cli.EXIT_LOCAL_FILE
    line = one_line(err)
    assert line.startswith(f"error: cannot use {blocker}: ")  # then the system's words
    assert line.endswith(" (a file stands where a directory is needed)")


def test_an_unexpected_error_is_one_line_exit_70_and_v_shows_the_traceback(
    server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError(f"boom\nwith {server.api_key} in it")

    monkeypatch.setattr(VideoClient, "get_task", broken)
    code, out, err = run(server, "status", "task_x")
    assert (code, out) == (cli.EXIT_UNEXPECTED, "")
    assert one_line(err) == (
        "error: unexpected RuntimeError: boom with [API key] in it (a bug in apimart-video; "
        "-v shows the traceback); the task keeps running: resume with: apimart-video wait task_x"
    )
    code, _, err = run(server, "status", "task_x", "-v")
    assert code == cli.EXIT_UNEXPECTED
    assert "Traceback (most recent call last)" in err
    assert server.api_key not in err
    assert err.strip().splitlines()[-1].startswith("error: unexpected RuntimeError: boom")


def test_a_keyboard_interrupt_anywhere_exits_130_with_one_line(
    server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(VideoClient, "get_task", interrupted)
    code, _, err = run(server, "status", "task_x")
    assert (code, one_line(err)) == (
        cli.EXIT_INTERRUPTED,
        "interrupted; the task keeps running: resume with: apimart-video wait task_x",
    )


def test_every_exit_code_is_documented_in_the_cli_guide() -> None:
    guide = (Path(__file__).parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    codes = {
        value
        for name, value in vars(cli).items()
        if name.startswith("EXIT_") and isinstance(value, int)
    }
    assert codes == {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 70, 130}
    for code in codes:
        assert f"\n| {code} | " in guide, code


def test_disk_full_error_is_an_apimart_error_and_an_oserror() -> None:
    from apimart_video._exceptions import DiskFullError

    error = DiskFullError("/videos/a.mp4")
    assert isinstance(error, APIMartError)
    assert isinstance(error, OSError)
    assert (error.errno, error.filename) == (errno.ENOSPC, "/videos/a.mp4")
    assert str(error) == "the disk is full: could not write /videos/a.mp4; free some space"
