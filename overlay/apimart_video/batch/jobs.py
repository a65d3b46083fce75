"""Reading a batch's jobs: JSON Lines or CSV in, checked jobs or every bad row out.

Every row is checked with `check_request` before anything is sent, so one typo in row 900
never leaves 899 paid videos and a failed run behind.

- Text: UTF-8, with or without a byte order mark, with LF or CRLF line ends. Any other
  encoding (a spreadsheet's cp1252 CSV, UTF-16) raises `UnreadableJobsError`, naming the
  byte and line and the `iconv` command that converts the file.
- JSON Lines: one object per line; blank lines and lines starting with `#` are skipped.
- A row may name any model the client knows (`model`; wan2.7 when absent): it is checked by
  that model's rules.
- CSV: a header row naming the fields (`model` among them for rows of several models); an
  empty cell means "not given". Cells are coerced to the type the row's model gives the
  field in the spec (`spec_values.FAMILIES`): integers, numbers, booleans (`true/false`,
  `yes/no`, `1/0`), arrays and objects. An array cell is JSON text when it starts with `[`
  (the only way to write a list of objects, such as `image_with_roles`), else
  `|`-separated items of the field's item type; an object cell is JSON text.
- Image fields (those the spec marks `x-apimart-media: image` for the row's model: wan2.7's
  `image_urls` entries and `image_with_roles` urls, kling's `image_urls`, ...) may name local
  image files, relative to the jobs file's folder (to the working directory for bodies given
  in code).
  They are checked here (they exist, they are JPEG, PNG, GIF or WebP) and kept as absolute
  paths; the run uploads each once and journals its URL. Audio and video need public URLs.
- `id` (optional) names the output `DIR/<id>.mp4`: letters, digits, `.`, `_`, `-`, not
  starting with a dot, unique in the file. Without it, the row number does: the 1-based
  position of the row among the file's rows (blank and comment lines not counted), not
  padded: `DIR/7.mp4`.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import math
import os
import re
import shlex
import warnings
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from apimart_video._exceptions import APIMartError, InvalidRequestError
from apimart_video._request import local_files
from apimart_video._request.families import MODEL_FAMILIES
from apimart_video._request.rules import MODEL, IgnoredFieldWarning, check_request, unknown_model
from apimart_video._request.spec_values import FAMILIES

__all__ = [
    "InvalidJobsError",
    "InvalidRow",
    "Job",
    "JobFile",
    "UnreadableJobsError",
    "check_jobs",
    "read_jobs",
]

ID_PATTERN = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}")
"""What a job id must be, as a whole (`fullmatch`: `"shot\\n"` is refused)."""
JobSource = str | Path | Iterable[Mapping[str, Any]]
"""A JSON Lines or CSV file, or the job bodies themselves."""


@attrs.frozen
class Job:
    """One checked request: its output name, where it came from, and the body to send."""

    id: str
    line: int
    fields: Mapping[str, Any]
    notes: tuple[str, ...] = ()
    """What the row's model ignores in it (its rules' warnings), found when it was checked."""

    @property
    def model(self) -> str:
        """The model the row names, or wan2.7."""
        model = self.fields.get("model", MODEL)
        return model if isinstance(model, str) else MODEL

    @property
    def body(self) -> dict[str, Any]:
        """The request body as sent (with `model`)."""
        return {"model": MODEL, **self.fields}


@attrs.frozen
class InvalidRow:
    """A row that would not be sent, with every rule it breaks."""

    line: int
    rules: tuple[str, ...]

    def __str__(self) -> str:
        return f"line {self.line}: " + "; ".join(self.rules)


@attrs.frozen
class JobFile:
    """The checked jobs of a batch, and the rows refused."""

    jobs: tuple[Job, ...]
    invalid: tuple[InvalidRow, ...]


class InvalidJobsError(APIMartError, ValueError):
    """Some rows of a batch break the rules: nothing was sent. Lists every bad row."""

    def __init__(self, invalid: Iterable[InvalidRow]) -> None:
        self.invalid: tuple[InvalidRow, ...] = tuple(invalid)
        rows = "\n".join(f"  {row}" for row in self.invalid)
        super().__init__(
            f"{len(self.invalid)} invalid row(s); nothing was sent "
            f"(fix them, or run the valid rows with skip_invalid / --skip-invalid):\n{rows}"
        )


class UnreadableJobsError(InvalidJobsError):
    """The jobs file cannot be read as UTF-8 text (or as CSV): nothing was sent.

    The message names the file, where the problem is, and how to convert the file.
    """

    def __init__(self, path: Path, line: int, problem: str) -> None:
        self.path = path
        self.invalid = (InvalidRow(line, (problem,)),)
        APIMartError.__init__(self, f"the jobs file {path} is {problem}; nothing was sent")


def _text(path: Path) -> str:
    """The file as text: UTF-8, with or without a byte order mark, any line ends."""
    data = path.read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise UnreadableJobsError(
            path,
            1,
            "UTF-16 (a spreadsheet's 'Unicode Text'), not UTF-8: save it as 'CSV UTF-8', "
            f"or convert it with: {_iconv('utf-16', path)}",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        byte = data[error.start : error.start + 1].hex()
        raise UnreadableJobsError(
            path,
            line,
            f"not UTF-8 (byte 0x{byte} at offset {error.start}, line {line}; a spreadsheet's "
            f"CSV is often cp1252): save it as 'CSV UTF-8', or convert it "
            f"with: {_iconv('cp1252', path)}",
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise UnreadableJobsError(
            path,
            line,
            f"not UTF-8 text: it holds NUL bytes (line {line}), as UTF-16 does: save it as "
            f"'CSV UTF-8', or convert it with: {_iconv('utf-16', path)}",
        )
    return text.replace("\r\n", "\n")


def _iconv(encoding: str, path: Path) -> str:
    converted = path.with_name(f"utf8-{path.name}")
    return (
        shlex.join(["iconv", "-f", encoding, "-t", "utf-8", str(path)])
        + " > "
        + (shlex.quote(str(converted)))
    )


def read_jobs(source: JobSource) -> JobFile:
    """Read and check every row of a JSON Lines or CSV file (or of given bodies)."""
    if isinstance(source, str | Path):
        path = Path(source)
        text = _text(path)
        rows = _csv_rows(path, text) if _is_csv(path, text) else _jsonl_rows(text)
        return check_jobs(rows, base=path.parent)
    rows = ((number, dict(item)) for number, item in enumerate(source, start=1))
    return check_jobs(rows)


def check_jobs(
    rows: Iterable[tuple[int, dict[str, Any] | str]], base: Path | None = None
) -> JobFile:
    """Check (line, body) rows; a `str` body is a row that could not even be parsed. Local
    image files are found relative to `base` (default: the working directory)."""
    jobs: list[Job] = []
    invalid: list[InvalidRow] = []
    seen: dict[str, int] = {}
    for ordinal, (line, row) in enumerate(rows, start=1):
        if isinstance(row, str):
            invalid.append(InvalidRow(line, (row,)))
            continue
        fields = dict(row)
        raw_id = fields.pop("id", None)
        job_id = str(ordinal) if raw_id is None else str(raw_id)
        rules = list(_id_rules(raw_id, job_id, seen))
        fields, local_rules, checkable = _local_images(fields, base)
        rules += local_rules
        request_rules, notes = _request_rules(checkable)
        rules += request_rules
        if rules:
            invalid.append(InvalidRow(line, tuple(rules)))
            continue
        seen[job_id] = line
        if fields.get("model") == MODEL:
            fields.pop("model")  # the default: a wan2.7 row journals as it always has
        jobs.append(Job(job_id, line, fields, notes))
    return JobFile(tuple(jobs), tuple(invalid))


def _id_rules(raw: object, job_id: str, seen: Mapping[str, int]) -> Iterable[str]:
    if raw is not None and (isinstance(raw, bool) or not isinstance(raw, str | int)):
        yield f"id ({raw!r}): must be a string or an integer"
    elif not ID_PATTERN.fullmatch(job_id):
        yield (
            f"id ({job_id!r}): must be 1-100 letters, digits, '.', '_' or '-', "
            "not starting with '.'"
        )
    elif job_id in seen:
        yield f"id ({job_id!r}): the output name repeats line {seen[job_id]}"


_PLACEHOLDER = "https://upload.invalid/local-image"
"""What a local image stands as while the rest of its row is checked (its URL is not known
before the run uploads it)."""


def _local_images(
    fields: dict[str, Any], base: Path | None
) -> tuple[dict[str, Any], list[str], dict[str, Any]]:
    """The row with its local images as absolute paths, the rules they break, and the row as
    the request rules check it (every image that is not a URL standing as a placeholder, so
    that no field is reported twice)."""
    model = fields.get("model", MODEL)
    try:
        named = local_files.local_images(fields, base, model=model)
    except InvalidRequestError as error:
        named, rules = {}, [str(violation) for violation in error.violations]
        refused = {violation.field for violation in error.violations}
    else:
        rules, refused = [], set()
    for name, path in named.items():
        try:
            local_files.read_image(path, field=name)
        except InvalidRequestError as error:
            rules += [str(violation) for violation in error.violations]
    standing = {
        name: _PLACEHOLDER
        for name, value in local_files.image_values(fields, model).items()
        if not local_files.is_url(value) and isinstance(value, str | os.PathLike)
    }
    checkable = local_files.with_urls(fields, standing, model)
    for name in refused - standing.keys():  # an audio or video field: reported already
        checkable.pop(name.split("[", 1)[0], None)
    absolute = {name: str(path.resolve()) for name, path in named.items()}
    return local_files.with_urls(fields, absolute, model), rules, checkable


def _request_rules(fields: Mapping[str, Any]) -> tuple[list[str], tuple[str, ...]]:
    """The rules the row breaks, and what its model would ignore in it (the notes)."""
    model = fields.get("model", MODEL)
    if not isinstance(model, str) or model not in MODEL_FAMILIES:
        violation = attrs.evolve(unknown_model(model), hint=_known_models_hint(model))
        return [str(violation)], ()
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", IgnoredFieldWarning)
            check_request({"model": MODEL, **fields})
    except InvalidRequestError as error:
        return [str(violation) for violation in error.violations], ()
    ignored = (w for w in caught if issubclass(w.category, IgnoredFieldWarning))
    return [], tuple(str(warning.message) for warning in ignored)


def _known_models_hint(model: object) -> str:
    """What to do about a row's unknown model: a batch sends only models it can check."""
    import difflib  # here: only an unknown model needs it

    close = difflib.get_close_matches(model, MODEL_FAMILIES, n=1) if isinstance(model, str) else []
    guess = f"did you mean {close[0]!r}? " if close else ""
    listed = "`apimart-video models --local` lists them"
    return f"{guess}a batch sends only the models this client checks ({listed})"


def _is_csv(path: Path, text: str) -> bool:
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        return False
    if path.suffix.lower() == ".csv":
        return True
    first = next((line for line in text.splitlines() if _is_row(line)), "")
    return not first.lstrip().startswith("{")


def _is_row(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _jsonl_rows(text: str) -> Iterable[tuple[int, dict[str, Any] | str]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not _is_row(line):
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, f"not valid JSON ({error.msg} at column {error.colno})"
            continue
        if isinstance(value, dict):
            yield number, value
        else:
            yield number, f"must be a JSON object, not {type(value).__name__}"


def _csv_rows(path: Path, text: str) -> Iterator[tuple[int, dict[str, Any] | str]]:
    reader = csv.reader(io.StringIO(text))
    try:
        yield from _csv_records(reader)
    except csv.Error as error:  # a cell beyond the field size limit, and the like
        line = reader.line_num
        raise UnreadableJobsError(
            path, line, f"not readable as CSV at line {line} ({error})"
        ) from None


def _csv_records(reader: Any) -> Iterator[tuple[int, dict[str, Any] | str]]:
    header: list[str] | None = None
    line = 1
    for record in reader:
        start, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in record):
            continue
        if header is None:
            header = [name.strip() for name in record]
            continue
        if len(record) > len(header):
            yield start, f"{len(record)} cells for {len(header)} header columns"
            continue
        row: dict[str, Any] = {}
        problems: list[str] = []
        cells = dict(zip(header, record, strict=False))
        model = cells.get("model", "").strip() or MODEL
        for name, cell in cells.items():
            if cell.strip() == "":
                continue
            try:
                row[name] = _coerce(name, cell.strip(), model)
            except ValueError as error:
                problems.append(f"{name} ({cell!r}): {error}")
        yield start, "; ".join(problems) if problems else row


_TRUE = frozenset({"true", "yes", "1"})
_FALSE = frozenset({"false", "no", "0"})


def _schema(name: str, model: str) -> Mapping[str, Any]:
    """The JSON Schema the row's model gives field `name` in the spec (empty when unknown)."""
    family = FAMILIES.get(MODEL_FAMILIES.get(model, ""))
    found: Mapping[str, Any] = family["fields"].get(name, {}) if family is not None else {}
    return found


def _coerce(name: str, cell: str, model: str = MODEL) -> Any:
    return _value(cell, _schema(name, model))


def _value(cell: str, schema: Mapping[str, Any]) -> Any:
    """A cell as the type `schema` names; a cell that is not of it stays text, for
    `check_request` to name (such as duration "ten")."""
    kind = schema.get("type")
    if kind == "boolean":
        if cell.lower() in _TRUE | _FALSE:
            return cell.lower() in _TRUE
        raise ValueError("must be true/false, yes/no or 1/0")
    if kind == "integer" and re.fullmatch(r"[+-]?\d+", cell):
        return int(cell)
    if kind == "number":
        return _number(cell)
    if kind == "array":
        if cell.startswith("["):
            try:
                return json.loads(cell)
            except ValueError as error:
                raise ValueError(
                    f"an array cell starting with '[' must be JSON ({error})"
                ) from None
        items = schema.get("items", {})
        return [_value(part.strip(), items) for part in cell.split("|")]
    if kind == "object" or (kind is None and cell.startswith(("{", "["))):
        try:
            return json.loads(cell)
        except ValueError as error:
            raise ValueError(f"must be JSON ({error})") from None
    return cell


def _number(cell: str) -> Any:
    try:
        return int(cell)
    except ValueError:
        pass
    try:
        value = float(cell)
    except ValueError:
        return cell
    return value if math.isfinite(value) else cell
