"""Reading and checking a batch's rows: every bad row refused by line and rule, before a send."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from apimart_video import InvalidJobsError
from apimart_video.batch.jobs import read_jobs
from apimart_video.cli import main
from apimart_video.testing import RunningServer

JSONL = """\
# storyboard
{"id": "opening", "prompt": "a fox"}

{"prompt": "a cat", "duration": 99}
{"image_urls": ["https://cdn.example.com/a.jpg"], "video_urls": ["https://cdn.example.com/v.mp4"]}
not json
{"id": "opening", "prompt": "again"}
{"prompt": "fine"}
"""


def test_every_invalid_row_is_listed_by_line_and_rule_and_nothing_is_sent(
    tmp_path: Path, apimart_server: RunningServer
) -> None:
    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text(JSONL)
    err = io.StringIO()
    code = main(
        [
            "batch",
            str(jobs),
            "--out",
            str(tmp_path / "out"),
            "--base-url",
            apimart_server.base_url,
            "--api-key",
            apimart_server.api_key,
        ],
        out=io.StringIO(),
        err=err,
    )
    assert code == 2
    text = err.getvalue()
    assert "line 4: duration (99)" in text
    assert "line 5: image_urls" in text
    assert "cannot be combined with video_urls" in text
    assert "line 6: not valid JSON" in text
    assert "line 7: id ('opening'): the output name repeats line 2" in text
    assert "line 2" not in text.replace("repeats line 2", "")
    assert "line 8" not in text
    assert apimart_server.app.requests == []


def test_skip_invalid_runs_the_valid_rows_and_lists_the_others(
    tmp_path: Path, apimart_server: RunningServer
) -> None:
    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text(JSONL)
    out, err = io.StringIO(), io.StringIO()
    code = main(
        [
            "batch",
            str(jobs),
            "--out",
            str(tmp_path / "out"),
            "--skip-invalid",
            "--json",
            "--first-poll",
            "0.3",
            "--base-url",
            apimart_server.base_url,
            "--api-key",
            apimart_server.api_key,
        ],
        out=out,
        err=err,
    )
    assert code == 0, err.getvalue()
    assert "skipped line 4" in err.getvalue()
    # Unnamed rows are named by their row number among the file's rows (6th row: line 8).
    assert sorted(p.name for p in (tmp_path / "out").glob("*.mp4")) == ["6.mp4", "opening.mp4"]
    assert apimart_server.app.generations_started == 2
    assert '"invalid": [{"line": 4' in out.getvalue()


def test_csv_cells_take_the_spec_types(tmp_path: Path) -> None:
    jobs = tmp_path / "jobs.csv"
    jobs.write_text(
        "id,prompt,image_urls,duration,prompt_extend,watermark,seed,image_with_roles\n"
        "a,a fox,https://cdn.example.com/a.jpg|https://cdn.example.com/b.jpg,8,no,true,0,\n"
        "\n"
        'b,"a cat, running",,,,,,"[{""url"": ""https://cdn.example.com/c.jpg"", '
        '""role"": ""first_frame""}]"\n'
        "c,a dog,,ten,maybe,,,\n"
    )
    checked = read_jobs(jobs)
    assert [job.id for job in checked.jobs] == ["a", "b"]
    assert dict(checked.jobs[0].fields) == {
        "prompt": "a fox",
        "image_urls": ["https://cdn.example.com/a.jpg", "https://cdn.example.com/b.jpg"],
        "duration": 8,
        "prompt_extend": False,
        "watermark": True,
        "seed": 0,
    }
    assert checked.jobs[1].fields["image_with_roles"] == [
        {"url": "https://cdn.example.com/c.jpg", "role": "first_frame"}
    ]
    (bad,) = checked.invalid
    assert bad.line == 5
    assert any(rule.startswith("prompt_extend ('maybe')") for rule in bad.rules)


def test_the_python_api_refuses_an_invalid_batch_before_sending(
    tmp_path: Path, apimart_server: RunningServer
) -> None:
    from apimart_video import VideoClient

    with (
        VideoClient(apimart_server.api_key, base_url=apimart_server.base_url) as client,
        pytest.raises(InvalidJobsError) as refused,
    ):
        client.batch([{"prompt": "ok"}, {"prompt": ""}, {"id": "../x", "prompt": "ok"}], tmp_path)
    assert [row.line for row in refused.value.invalid] == [2, 3]
    assert apimart_server.app.requests == []


def test_a_refused_key_stops_the_batch_with_exit_3_and_leaves_it_resumable(
    tmp_path: Path, apimart_server: RunningServer
) -> None:
    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text('{"prompt": "a fox"}\n{"prompt": "a cat"}\n')
    arguments = ["batch", str(jobs), "--out", str(tmp_path / "out"), "--first-poll", "0.3"]
    connection = ["--base-url", apimart_server.base_url]
    err = io.StringIO()
    code = main(
        [*arguments, *connection, "--api-key", "sk-not-the-key-42"], out=io.StringIO(), err=err
    )
    assert code == 3
    assert "401" in err.getvalue() or "API key" in err.getvalue()
    assert "sk-not-the-key-42" not in err.getvalue()
    assert apimart_server.app.generations_started == 0
    out = io.StringIO()
    code = main([*arguments, *connection, "--api-key", apimart_server.api_key, "--json"], out=out)
    assert code == 0
    assert apimart_server.app.generations_started == 2
