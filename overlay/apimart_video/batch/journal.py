"""The batch journal: what was paid for, in SQLite (WAL mode), committed before it matters.

One row per job. The order of commits is the whole safety argument:

1. `reserve` commits the job's idempotency key and counts one submit against the budget
   (state `submitting`) *before* the request is sent;
2. `submitted` commits the task id once the API answered;
3. `downloading`, then `done` once the video was renamed into place.

A process killed at any instant leaves a row that says what may have happened: a job left
`submitting` may have started a generation (its submit is counted as uncertain and is sent
again only with the same key); a job `running` or `downloading` has a task id and is only
polled and fetched.

Every commit survives the process being killed (WAL). The key commit is also forced to
disk before its submit is sent (`synchronous=FULL` for that transaction), so it survives a
power loss too; the others are not (`NORMAL`): losing one to a power cut sends a job back
a step (a task id lost means its submit is sent again with the same key), never a key.

Two states end a run without settling a job, and a rerun takes each up again:
`uncertain` (a submit may have started a generation, and no answer since has said whether:
a rerun sends it again with the same key) and `lost` (the task id answered "not found"
past the grace window: its task id is kept and a rerun polls it again, never resubmits).
The reason of each is in `error`.

One process at a time: an exclusive lock on `<journal>.lock`, taken with `filelock`
(`flock` on POSIX, `LockFileEx` on Windows), released by the kernel when the process dies,
even by SIGKILL.
"""

from __future__ import annotations

import contextlib
import enum
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs
import filelock

from apimart_video._exceptions import APIMartError, DiskFullError
from apimart_video.batch.jobs import Job

__all__ = ["JobState", "Journal", "JournalError", "JournalRow"]

JOURNAL_NAME = ".apimart-batch.sqlite3"
"""The journal's file name in the output directory, unless moved with `journal=`."""


class JobState(enum.StrEnum):
    """Where a job stands, as the journal records it."""

    PENDING = "pending"
    """Nothing sent yet (or a submit the API refused for certain)."""
    SUBMITTING = "submitting"
    """Key committed, submit counted; whether a generation started is not known yet."""
    RUNNING = "running"
    """The API gave a task id; waiting for the video."""
    DOWNLOADING = "downloading"
    """The task completed; its video is being written to the output path."""
    DONE = "done"
    """The video is in place."""
    FAILED = "failed"
    """The task failed or was cancelled, or the API refused the request: not redone."""
    UNCERTAIN = "uncertain"
    """A submit may have started a generation and no answer settled it (`error` says why):
    a rerun sends it again with the same key; `batch status` shows the command that settles
    it by hand."""
    LOST = "lost"
    """The task id answered "not found" past the grace window after its submit: the task
    id is kept, and a rerun polls it again (never resubmits it)."""


class JournalError(APIMartError):
    """The journal cannot be used: held by another process, or it disagrees with the jobs."""


@attrs.frozen
class JournalRow:
    """One job as the journal has it."""

    id: str
    line: int
    state: JobState
    output: str
    idempotency_key: str | None
    task_id: str | None
    submits: int
    uncertain: int
    error: str | None
    """Why a job failed, or why it is uncertain or lost."""
    submitted_at: float | None = None
    """When the API gave the task id (Unix time): the "not found" grace counts from it."""
    body: str = "{}"
    """The request body as journalled (canonical JSON): what a settling resubmit sends."""


_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    line INTEGER NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL,
    output TEXT NOT NULL,
    idempotency_key TEXT,
    task_id TEXT,
    submits INTEGER NOT NULL DEFAULT 0,
    uncertain INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    updated REAL NOT NULL,
    submitted_at REAL
);
CREATE TABLE IF NOT EXISTS uploads (
    path TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    url TEXT NOT NULL,
    expires_at REAL,
    PRIMARY KEY (path, size, sha256)
);
"""
# `uploads` is newer than the first journals: `CREATE TABLE IF NOT EXISTS` adds it to an
# older one when it is opened (as `_ADDED_COLUMNS` adds columns).
_COLUMNS = (
    "id, line, state, output, idempotency_key, task_id, submits, uncertain, error, "
    "submitted_at, body"
)
_ADDED_COLUMNS = {"submitted_at": "REAL"}
"""Columns newer than the first journals: added to an older journal when it is opened."""


def _canonical(job: Job) -> str:
    return json.dumps(job.body, sort_keys=True, separators=(",", ":"))


def _hold_lock(path: Path) -> filelock.BaseFileLock:
    """The journal's lock, held until released; a second run on the same journal is refused.

    Not per thread (`thread_local=False`): the batch may close the journal from another
    thread than the one that opened it.
    """
    lock = filelock.FileLock(f"{path}.lock", timeout=0, thread_local=False)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise JournalError(
            f"the journal {path} is in use by another batch (it holds {path}.lock): wait for "
            "that run to end, or give this one another output directory or --journal"
        ) from None
    return lock


class Journal:
    """The durable record of one batch; every method commits before it returns."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        _recognise(self.path)
        _make_parent(self.path)
        self._lock = _hold_lock(self.path)
        try:
            self._db = _open(self.path)
        except BaseException:
            self._lock.release()
            raise

    @classmethod
    def read_only(cls, path: str | Path) -> list[JournalRow]:
        """The rows of a journal, without taking its lock (for `batch status`)."""
        if not Path(path).is_file():
            raise JournalError(f"no batch journal at {path}")
        _recognise(Path(path))
        try:
            with contextlib.closing(sqlite3.connect(_read_only(Path(path)), uri=True)) as db:
                known = {column for _, column, *_ in db.execute("PRAGMA table_info(jobs)")}
                select = _SELECT_ALL
                for column in _ADDED_COLUMNS:  # an older journal, opened read-only
                    if column not in known:
                        select = select.replace(f", {column},", f", NULL AS {column},")
                return [_row(values) for values in db.execute(select)]
        except sqlite3.Error as error:
            raise JournalError(f"{path} is not a batch journal ({error})") from None

    def close(self) -> None:
        """Close the database and release the lock."""
        self._db.close()
        self._lock.release()

    @contextlib.contextmanager
    def _transaction(self, *, to_disk: bool = False) -> Iterator[sqlite3.Connection]:
        """One transaction; `to_disk` forces it (and every earlier one) onto the disk."""
        with self._writing():
            if to_disk:
                self._db.execute("PRAGMA synchronous=FULL")
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                    self._db.execute("COMMIT")
                except BaseException:
                    # A full disk may have rolled the transaction back already.
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                    raise
            finally:
                if to_disk:
                    self._db.execute("PRAGMA synchronous=NORMAL")

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """A full disk, met by a write, as `DiskFullError` naming the journal.

        SQLite undoes the statement (or transaction) that met it: the journal stays as it
        was before, and a rerun after space is freed resumes from there.
        """
        try:
            yield
        except sqlite3.OperationalError as error:
            if _is_full(error):
                raise DiskFullError(self.path) from error
            raise

    def load(self, jobs: Iterable[Job], out: Path) -> list[JournalRow]:
        """Add the jobs not yet journalled; count interrupted submits as uncertain.

        A job already submitted must keep its body (its key was sent with it): a changed
        body raises `JournalError`. A job never sent takes the new body.
        """
        now = time.time()
        with self._transaction() as db:
            conflicts = []
            for position, job in enumerate(jobs):
                body = _canonical(job)
                known = db.execute(
                    "SELECT body, submits FROM jobs WHERE id = ?", (job.id,)
                ).fetchone()
                if known is not None and known[0] != body and known[1] > 0:
                    conflicts.append(job.id)
                    continue
                db.execute(
                    "INSERT INTO jobs (id, position, line, body, state, output, updated) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                    "position = excluded.position, line = excluded.line, body = excluded.body",
                    (
                        job.id,
                        position,
                        job.line,
                        body,
                        JobState.PENDING,
                        str(out / f"{job.id}.mp4"),
                        now,
                    ),
                )
            if conflicts:
                raise JournalError(
                    f"job(s) {', '.join(conflicts)} changed since they were submitted with "
                    f"this journal ({self.path}): restore them, or use another journal"
                )
            # A submit the last run never saw the end of: it may have started a generation.
            db.execute(
                "UPDATE jobs SET uncertain = uncertain + 1 WHERE state = ?",
                (JobState.SUBMITTING,),
            )
        return self.rows()

    def rows(self) -> list[JournalRow]:
        """Every job, in file order."""
        return [_row(values) for values in self._db.execute(_SELECT_ALL)]

    def submits(self) -> int:
        """Submits counted so far against the budget, over every run of this journal."""
        (total,) = self._db.execute("SELECT COALESCE(SUM(submits), 0) FROM jobs").fetchone()
        return int(total)

    def reserve(self, job_id: str, new_key: str, budget: int | None) -> str | None:
        """Commit the job's key (its journalled one if any) and count a submit; or None
        when the budget is spent."""
        with self._transaction(to_disk=True) as db:
            if budget is not None and self.submits() >= budget:
                return None
            db.execute(
                "UPDATE jobs SET idempotency_key = COALESCE(idempotency_key, ?), state = ?, "
                "submits = submits + 1, updated = ? WHERE id = ?",
                (new_key, JobState.SUBMITTING, time.time(), job_id),
            )
            (key,) = db.execute(
                "SELECT idempotency_key FROM jobs WHERE id = ?", (job_id,)
            ).fetchone()
        return str(key)

    def uncertain(self, job_id: str, reason: str) -> None:
        """A submit ended without telling whether the generation started."""
        self._set(job_id, "uncertain = uncertain + 1, error = ?", reason)

    def unsettled(self, job_id: str, reason: str) -> None:
        """The run leaves a job that may have started a generation no answer confirmed."""
        self._set(job_id, "state = ?, error = ?", JobState.UNCERTAIN, reason)

    def refused(self, job_id: str, error: str | None) -> None:
        """The API refused the submit for certain: it started nothing, so it costs nothing.

        With an error the job failed; without one it waits to be sent again (same key).
        """
        state = JobState.FAILED if error else JobState.PENDING
        self._set(job_id, "submits = submits - 1, state = ?, error = ?", state, error)

    def submitted(self, job_id: str, task_id: str) -> None:
        """The API answered with a task id."""
        self._set(
            job_id,
            "task_id = ?, state = ?, error = NULL, submitted_at = ?",
            task_id,
            JobState.RUNNING,
            time.time(),
        )

    def lost(self, job_id: str, reason: str) -> None:
        """The task id answers "not found" past the grace window; it is kept for a rerun."""
        self._set(job_id, "state = ?, error = ?", JobState.LOST, reason)

    def downloading(self, job_id: str) -> None:
        """The task completed; its video is being fetched."""
        self._set(job_id, "state = ?, error = NULL", JobState.DOWNLOADING)

    def done(self, job_id: str) -> None:
        """The video is in place."""
        self._set(job_id, "state = ?, error = NULL", JobState.DONE)

    def failed(self, job_id: str, error: str) -> None:
        """The job ended without a video (and is not redone by a resume)."""
        self._set(job_id, "state = ?, error = ?", JobState.FAILED, error)

    def upload_url(self, path: str, size: int, sha256: str, now: float) -> str | None:
        """The URL an earlier upload of this exact file (path, size and content) got, while
        it still works at `now`; None when it was never uploaded or its URL has expired."""
        found = self._db.execute(
            "SELECT url, expires_at FROM uploads WHERE path = ? AND size = ? AND sha256 = ?",
            (path, size, sha256),
        ).fetchone()
        if found is None or (found[1] is not None and float(found[1]) <= now):
            return None
        return str(found[0])

    def uploaded(
        self, path: str, size: int, sha256: str, url: str, expires_at: float | None
    ) -> None:
        """An image was uploaded: its URL, kept so that no later run uploads it again."""
        with self._transaction(to_disk=True) as db:
            db.execute(
                "INSERT OR REPLACE INTO uploads (path, size, sha256, url, expires_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (path, size, sha256, url, expires_at),
            )

    def not_uploaded(self, job_id: str, error: str, *, final: bool) -> None:
        """An image of the job could not be uploaded; nothing was submitted. `final`: the
        job failed (a bad file, a 413); else it waits for the next run."""
        state = JobState.FAILED if final else JobState.PENDING
        self._set(job_id, "state = ?, error = ?", state, error)

    def _set(self, job_id: str, assignments: str, *values: object) -> None:
        with self._writing():
            self._db.execute(
                f"UPDATE jobs SET {assignments}, updated = ? WHERE id = ?",
                (*values, time.time(), job_id),
            )


_SELECT_ALL = f"SELECT {_COLUMNS} FROM jobs ORDER BY position"


def _row(values: tuple[object, ...]) -> JournalRow:
    id_, line, state, output, key, task_id, submits, uncertain, error, submitted, body = values
    return JournalRow(
        id=str(id_),
        line=int(str(line)),
        state=JobState(str(state)),
        output=str(output),
        idempotency_key=None if key is None else str(key),
        task_id=None if task_id is None else str(task_id),
        submits=int(str(submits)),
        uncertain=int(str(uncertain)),
        error=None if error is None else str(error),
        submitted_at=None if submitted is None else float(str(submitted)),
        body=str(body),
    )


APPLICATION_ID = 0x41564A31
"""`PRAGMA application_id` of a batch journal ("AVJ1"): how a journal is told from any
other SQLite file."""
JOURNAL_VERSION = 1
"""`PRAGMA user_version` of the journals this version writes and reads."""
_JOURNAL_COLUMNS = (frozenset(_COLUMNS.split(", ")) - _ADDED_COLUMNS.keys()) | {
    "position",
    "body",
    "updated",
}


def _recognise(path: Path) -> None:
    """Refuse, before writing anything, a file at `path` that is not a batch journal.

    Absent or empty is a new journal. A journal written before the format was stamped
    (no application id, a `jobs` table with our columns) is taken, and stamped on open.
    """
    advice = "give --journal (journal=) a new path, or move it away"
    if path.is_dir():
        raise JournalError(f"the journal {path} is a directory, not a file: {advice}")
    if not path.is_file() or path.stat().st_size == 0:
        return
    try:
        with contextlib.closing(sqlite3.connect(_read_only(path), uri=True)) as db:
            (application,) = db.execute("PRAGMA application_id").fetchone()
            (version,) = db.execute("PRAGMA user_version").fetchone()
            tables = sorted(
                name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            )
            columns = {name for (_, name, *_) in db.execute("PRAGMA table_info(jobs)")}
    except sqlite3.DatabaseError as error:
        raise JournalError(f"{path} is not a batch journal ({error}): {advice}") from None
    if application == APPLICATION_ID:
        if version != JOURNAL_VERSION:
            raise JournalError(
                f"the journal {path} has format version {version}; this apimart-video "
                f"reads version {JOURNAL_VERSION}: run it with the version that wrote it"
            )
        return
    if application == 0 and (not tables or columns >= _JOURNAL_COLUMNS):
        return
    what = f"tables: {', '.join(tables)}" if tables else f"application id {application}"
    raise JournalError(f"{path} is an SQLite database but not a batch journal ({what}): {advice}")


def _make_parent(path: Path) -> None:
    """Create the journal's directory, or say which part of its path is a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        blocking = next(
            (part for part in (path.parent, *path.parent.parents) if part.is_file()),
            path.parent,
        )
        raise JournalError(
            f"cannot create the journal {path}: {blocking} is a file, not a directory"
        ) from None


def _open(path: Path) -> sqlite3.Connection:
    """Open (or create) the journal, stamped with its application id and version."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(_SCHEMA)
        known = {column for _, column, *_ in db.execute("PRAGMA table_info(jobs)")}
        for column, kind in _ADDED_COLUMNS.items():
            if column not in known:
                db.execute(f"ALTER TABLE jobs ADD COLUMN {column} {kind}")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {JOURNAL_VERSION}")
    except sqlite3.Error as error:
        db.close()
        if isinstance(error, sqlite3.OperationalError) and _is_full(error):
            raise DiskFullError(path) from error
        raise JournalError(f"cannot open the journal {path} ({error})") from None
    return db


def _read_only(path: Path) -> str:
    """The URI that opens `path` read-only (any character in the name is escaped)."""
    return f"{path.resolve().as_uri()}?mode=ro"


def _is_full(error: sqlite3.OperationalError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return bool(code & 0xFF == sqlite3.SQLITE_FULL)
    return "database or disk is full" in str(error)
