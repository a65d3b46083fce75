"""A batch of many models against the reference server: each row names its model and is
checked and sent as that model's; CSV cells take the types the row's model gives its
fields; local images in any family's image fields are uploaded once; the journal keeps each
row's model, so a resumed run sends the same body. The bodies are the spec's own examples
(`cli_words`), so a family added to the spec is covered with no change here."""

from __future__ import annotations

import csv
import io
import json
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from apimart_video import IgnoredFieldWarning
from apimart_video.batch.jobs import read_jobs
from apimart_video.batch.journal import JobState
from apimart_video.batch.runner import rows_of
from apimart_video.cli import main
from apimart_video.testing import RunningServer, run_server
from contract_tests.batch.conftest import FIRST_POLL, write_jobs
from contract_tests.overlay.cli_words import field_schema, image_examples, valid_cases
from contract_tests.spec.family_bodies import families

pytestmark = pytest.mark.slow

EXAMPLE_FILE = Path(__file__).resolve().parents[2] / "examples" / "models.jsonl"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with run_server(clock_speed=100.0) as running:
        yield running


def every_example() -> list[tuple[str, dict[str, Any]]]:
    """(family, body) for every example of every family in the spec, and every documented
    valid body of `family_cases`."""
    return [(param.values[0], param.values[1]) for param in valid_cases()]


def run_batch(server: RunningServer, jobs: Path, out: Path, *options: str) -> tuple[int, str]:
    err = io.StringIO()
    argv = ["batch", str(jobs), "--out", str(out), "--first-poll", FIRST_POLL, "--json"]
    argv += ["--base-url", server.base_url, "--api-key", server.api_key, *options]
    return main([*argv], out=io.StringIO(), err=err), err.getvalue()


def bodies_sent(server: RunningServer, out: Path) -> dict[str, dict[str, Any]]:
    """Job id -> the body the server got for its task."""
    return {
        row.id: dict(server.app.store.tasks[row.task_id].body)
        for row in rows_of(out)
        if row.task_id is not None
    }


def test_a_batch_of_every_familys_examples_sends_each_body_as_written(
    server: RunningServer, tmp_path: Path
) -> None:
    rows = {f"{name}-{n}": body for n, (name, body) in enumerate(every_example())}
    assert {name for name, _ in every_example()} == set(families())  # every family
    jobs = write_jobs(tmp_path / "jobs.jsonl", ({"id": id_, **body} for id_, body in rows.items()))
    code, err = run_batch(server, jobs, tmp_path / "out")
    assert code == 0, err
    assert bodies_sent(server, tmp_path / "out") == rows
    assert all((tmp_path / "out" / f"{id_}.mp4").stat().st_size > 0 for id_ in rows)


def test_the_mixed_model_example_file_runs_each_row_as_its_model(
    server: RunningServer, tmp_path: Path
) -> None:
    lines = EXAMPLE_FILE.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.startswith("{")]
    assert len({row.get("model", "wan2.7") for row in rows}) > 1
    code, err = run_batch(server, EXAMPLE_FILE, tmp_path / "out")
    assert code == 0, err
    expected = {
        row["id"]: {"model": "wan2.7", **{k: v for k, v in row.items() if k != "id"}}
        for row in rows
    }
    assert bodies_sent(server, tmp_path / "out") == expected


def cell(value: object) -> str:
    """A value as a spreadsheet holds it: lists of text `|`-separated, booleans as yes/no."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list) and all(isinstance(item, str) and "|" not in item for item in value):
        return "|".join(value)
    return value if isinstance(value, str) else json.dumps(value)


def test_csv_cells_take_the_types_each_rows_model_gives_its_fields(tmp_path: Path) -> None:
    rows = every_example()
    header = ["id", *dict.fromkeys(field for _, body in rows for field in body)]
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(header)
    for n, (_, body) in enumerate(rows):
        cells = [cell(body[field]) if field in body else "" for field in header[1:]]
        writer.writerow([str(n), *cells])
    path = tmp_path / "jobs.csv"
    path.write_text(text.getvalue(), encoding="utf-8")
    read = read_jobs(path)
    assert read.invalid == ()
    assert [job.body for job in read.jobs] == [body for _, body in rows]
    for job, (name, body) in zip(read.jobs, rows, strict=True):
        for field in body:  # the type the family's schema gives the field
            kind = field_schema(name, field).get("type")
            assert kind != "integer" or type(job.body[field]) is int
            assert kind != "boolean" or type(job.body[field]) is bool


def test_local_images_in_any_familys_image_fields_are_uploaded_once_and_sent_as_urls(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "jobs"
    (folder / "frames").mkdir(parents=True)
    (folder / "frames" / "a.png").write_bytes(PNG)
    cases = image_examples("frames/a.png")
    if not cases:
        pytest.skip("no example in the spec names an image")
    rows = {f"{param.id}": param.values[1] for param in cases}
    jobs = write_jobs(folder / "jobs.jsonl", ({"id": id_, **body} for id_, body in rows.items()))
    with run_server(clock_speed=100.0) as fresh:
        code, err = run_batch(fresh, jobs, tmp_path / "out")
        assert code == 0, err
        assert len(fresh.app.requests_to("/v1/uploads/images")) == 1
        sent = bodies_sent(fresh, tmp_path / "out")
    urls = {url for body in sent.values() for url in _image_values(body) if url != "frames/a.png"}
    (url,) = urls - {value for body in rows.values() for value in _image_values(body)}
    assert sent == {
        id_: json.loads(json.dumps(body).replace('"frames/a.png"', json.dumps(url)))
        for id_, body in rows.items()
    }


def _image_values(node: object) -> Iterator[str]:
    if isinstance(node, Mapping):
        for value in node.values():
            yield from _image_values(value)
    elif isinstance(node, list):
        for value in node:
            yield from _image_values(value)
    elif isinstance(node, str):
        yield node


def test_the_journal_keeps_each_rows_model_and_a_resume_sends_the_same_body(
    tmp_path: Path,
) -> None:
    first, second = (schema["examples"][0] for schema in list(families().values())[:2])
    rows = [{"id": "first", **first}, {"id": "second", **second}]
    jobs = write_jobs(tmp_path / "jobs.jsonl", rows)
    out = tmp_path / "out"
    with run_server(clock_speed=100.0) as fresh:
        code, err = run_batch(fresh, jobs, out, "--max-generations", "1")
        assert code == 9, err
        journalled = {row.id: json.loads(row.body) for row in rows_of(out)}
        assert journalled == {
            row["id"]: {k: v for k, v in row.items() if k != "id"} for row in rows
        }
        (started,) = [row.id for row in rows_of(out) if row.submits]
        code, err = run_batch(fresh, jobs, out, "--max-generations", "2")
        assert code == 0, err
        assert fresh.app.generations_started == 2
        assert bodies_sent(fresh, out) == journalled
        # A row already sent cannot come back as another model: its key went with its body.
        other = second if started == "first" else first
        changed = [row if row["id"] != started else {"id": started, **other} for row in rows]
        write_jobs(jobs, changed)
        code, err = run_batch(fresh, jobs, out, "--max-generations", "3")
    assert code == 2
    assert started in err
    assert {row.state for row in rows_of(out)} == {JobState.DONE}


def test_what_a_rows_model_ignores_is_said_once_per_row_before_the_run(
    server: RunningServer, tmp_path: Path
) -> None:
    rows: list[dict[str, Any]] = [
        {"id": "framed", "image_urls": ["https://cdn.example.com/a.jpg"], "size": "1:1"},
        {"id": "plain", "prompt": "a fox", "size": "1:1"},
    ]
    jobs = write_jobs(tmp_path / "jobs.jsonl", rows)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        code, err = run_batch(server, jobs, tmp_path / "out")
    assert code == 0, err
    (line,) = [line for line in err.splitlines() if "ignored" in line]
    assert line.startswith("warning: line 1 (framed): size='1:1' is ignored in first_frame mode")
    assert [w for w in caught if issubclass(w.category, IgnoredFieldWarning)] == []
