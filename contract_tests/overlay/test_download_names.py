"""Video file names come from the id the caller asked for, made safe: task ids are opaque
strings (issue 17, items 4 and 10), never raw file names, never the server's own `data.id`."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest
import respx

from apimart_video._download.files import download_target, safe_name
from contract_tests.overlay.conftest import CDN_URL, Driver, task

VIDEO = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 64

ODD_IDS = [
    "t" * 300,
    "../../etc/passwd",
    "a/b\\c",
    "task\n01",
    "task 01",
    "\x00\x1f",
    ".hidden",
    "..",
    "CON",
    "nul.txt",
    "trailing.",
    "视频任务",
    "\udcff",
    "",
]


@pytest.mark.parametrize("task_id", ODD_IDS, ids=range(len(ODD_IDS)))
def test_an_odd_task_id_becomes_a_short_plain_file_name(task_id: str) -> None:
    name = safe_name(task_id)
    assert 1 <= len(name) <= 80
    assert all(char.isascii() and (char.isalnum() or char in "._-") for char in name)
    assert not name.startswith(".")
    assert not name.endswith(".")
    assert name.split(".")[0].upper() not in {"CON", "NUL", "PRN", "AUX"}


def test_plain_task_ids_are_kept_as_they_are() -> None:
    for task_id in ["task_01J9HA7JPQ9A0Z6JZ3V8M9W6PZ", "abc-123", "v1.2", "a" * 80]:
        assert safe_name(task_id) == task_id


def test_distinct_task_ids_never_share_a_file_name() -> None:
    ids = [*ODD_IDS, "t" * 301, "task/01", "task:01", "task_01", "con", "CON "]
    names = [safe_name(task_id) for task_id in ids]
    assert len(set(names)) == len(ids)


@pytest.mark.parametrize("task_id", ["t" * 300, "../escape", "a/b", "shot\n"])
def test_a_directory_target_stays_in_the_directory_with_a_short_name(
    task_id: str, tmp_path: Path
) -> None:
    target = download_target(tmp_path, task_id, task_id)
    assert target.parent == tmp_path
    assert target.suffix == ".mp4"
    assert len(target.name) <= 100


def test_a_300_character_task_id_downloads_into_a_directory(
    driver: Driver, api: respx.MockRouter, tmp_path: Path
) -> None:
    """It used to die with `OSError: File name too long`."""
    long_id = "t" * 300
    api.get(path__startswith="/v1/tasks/").mock(
        return_value=httpx.Response(200, json=task("completed", id=long_id))
    )
    api.get(CDN_URL).mock(return_value=httpx.Response(200, content=VIDEO))
    path = driver.run(lambda c: c.download(long_id, tmp_path))
    assert path == tmp_path / f"{safe_name(long_id)}.mp4"
    assert path.read_bytes() == VIDEO
    assert os.listdir(tmp_path) == [path.name]


def test_the_file_is_named_after_the_id_asked_for_not_the_servers_data_id(
    driver: Driver, api: respx.MockRouter, tmp_path: Path
) -> None:
    api.get(path__startswith="/v1/tasks/").mock(
        return_value=httpx.Response(200, json=task("completed", id="../../other-task"))
    )
    api.get(CDN_URL).mock(return_value=httpx.Response(200, content=VIDEO))
    path = driver.run(lambda c: c.download("task_asked", tmp_path))
    assert path == tmp_path / "task_asked.mp4"
    assert os.listdir(tmp_path) == ["task_asked.mp4"]


def test_a_long_target_name_still_gets_a_partial_file(driver: Driver, tmp_path: Path) -> None:
    """The partial file's name adds to the target's: it is cut to a hash when too long."""
    target = tmp_path / ("v" * 240 + ".mp4")
    with respx.mock() as cdn:
        cdn.get(CDN_URL).mock(return_value=httpx.Response(200, content=VIDEO))
        assert driver.run(lambda c: c.download(CDN_URL, target)).read_bytes() == VIDEO
