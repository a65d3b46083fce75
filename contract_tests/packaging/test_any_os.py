"""Any operating system: what `import apimart_video` loads, and a run with no `fcntl` at all.

Each check runs in a fresh interpreter, so that what this test process already imported
cannot hide a module the package would load. The package's names load on first use
(PEP 562): `import apimart_video` costs nothing, the client loads neither asyncio nor the
batch, and only a batch loads SQLite and the journal's file lock.
"""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, get_args

import pytest

import apimart_video
from apimart_video import JournalError
from apimart_video._request import spec_values as _spec
from apimart_video.batch.journal import Journal
from apimart_video.testing import RunningServer

PACKAGE_INIT = Path(apimart_video.__file__)
# httpx imports its own command line (rich, click) when they are installed, as they are
# here; a user without them gets a lighter httpx. The probes hide it, so that a `rich` in
# sys.modules can only come from this package.
HIDE_HTTPX_CLI = 'sys.modules["httpx._main"] = None'
NEVER_WITH_THE_CLIENT = ("sqlite3", "fcntl", "rich", "starlette", "uvicorn", "filelock")


def loaded_by(statement: str, *, before: str = "") -> list[str]:
    """The modules a fresh interpreter has after `before` and then `statement`, new ones only."""
    probe = textwrap.dedent(f"""
        import json, sys
        {HIDE_HTTPX_CLI}
        {before}
        already = set(sys.modules)
        {statement}
        print(json.dumps(sorted(set(sys.modules) - already)))
    """)
    finished = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert finished.returncode == 0, finished.stderr
    loaded: list[str] = json.loads(finished.stdout)
    return loaded


def test_import_apimart_video_loads_neither_sqlite_nor_fcntl_nor_an_extra() -> None:
    loaded = loaded_by("import apimart_video")
    unwanted = [*NEVER_WITH_THE_CLIENT, "httpx", "asyncio", "apimart_video.batch.runner"]
    assert not [name for name in loaded if name.split(".")[0] in unwanted or name in unwanted]
    assert [name for name in loaded if name.startswith("apimart_video")] == ["apimart_video"]


def test_the_clients_load_no_batch_machinery_and_no_asyncio() -> None:
    loaded = loaded_by("from apimart_video import AsyncVideoClient, VideoClient")
    assert "apimart_video._client.sync" in loaded
    top_level = {name.split(".")[0] for name in loaded}
    assert top_level.isdisjoint({*NEVER_WITH_THE_CLIENT, "asyncio"}), sorted(top_level)
    # The batch, the journal and the generated models load with their first use.
    assert not {
        "apimart_video.batch.runner",
        "apimart_video.batch.journal",
        "apimart_video.batch.jobs",
    } & set(loaded)
    assert "apimart_video_client.models" not in loaded


def test_a_batch_name_loads_the_batch_on_first_use() -> None:
    loaded = loaded_by("import apimart_video; apimart_video.Batch")
    assert {
        "apimart_video.batch.runner",
        "apimart_video.batch.journal",
        "sqlite3",
        "filelock",
    } <= set(loaded)


def test_the_pytest_plugin_imports_nothing_beyond_pytest_until_a_fixture_runs() -> None:
    loaded = loaded_by("import apimart_video.pytest_plugin", before="import pytest")
    assert sorted(loaded) == ["apimart_video", "apimart_video.pytest_plugin"]


def test_every_public_name_is_the_object_its_module_defines() -> None:
    modules: dict[str, str] = vars(apimart_video)["_MODULES"]
    assert set(modules) == set(apimart_video.__all__)
    for name in apimart_video.__all__:
        defined = getattr(importlib.import_module(modules[name]), name)
        assert getattr(apimart_video, name) is defined, name
    assert set(apimart_video.__all__) <= set(dir(apimart_video))
    namespace: dict[str, Any] = {}
    exec("from apimart_video import *", namespace)
    assert set(apimart_video.__all__) <= set(namespace)


def test_type_checkers_see_every_public_name_from_the_module_that_defines_it() -> None:
    """The imports under `if TYPE_CHECKING:` name the same module for each name as the
    table `__getattr__` reads, and cover `__all__` exactly."""
    tree = ast.parse(PACKAGE_INIT.read_text(encoding="utf-8"))
    (guard,) = [
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    ]
    seen = {
        alias.name: node.module
        for node in guard.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert seen == vars(apimart_video)["_MODULES"]


def test_an_unknown_name_is_an_attribute_error_naming_it() -> None:
    with pytest.raises(AttributeError, match="'apimart_video' has no attribute 'VideoClinet'"):
        _ = apimart_video.VideoClinet  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "name", ["AspectRatio", "ImageRole", "Resolution", "TaskLanguage", "TaskStatus", "VideoModel"]
)
def test_the_spec_literals_at_run_time_are_the_generated_clients(name: str) -> None:
    """`_spec` carries them so that the client does not load the generated models."""
    generated = importlib.import_module(f"apimart_video_client.models.{_snake(name)}")
    assert get_args(getattr(_spec, name)) == get_args(getattr(generated, name))


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def test_a_second_journal_on_the_same_path_is_refused_until_the_first_closes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "out" / ".apimart-batch.sqlite3"
    first = Journal(path)
    try:
        with pytest.raises(JournalError) as refused:
            Journal(path)
        message = str(refused.value)
        assert str(path) in message
        assert "in use by another batch" in message
        assert "another output directory or --journal" in message
    finally:
        first.close()
    Journal(path).close()


HOLD_THE_JOURNAL = textwrap.dedent("""
    import sys
    from apimart_video.batch.journal import Journal
    journal = Journal(sys.argv[1])
    print("held", flush=True)
    sys.stdin.read()
    journal.close()
""")


def test_a_journal_held_by_another_process_is_refused_until_it_exits(tmp_path: Path) -> None:
    path = tmp_path / ".apimart-batch.sqlite3"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_JOURNAL, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "held\n"
        with pytest.raises(JournalError, match="in use by another batch"):
            Journal(path)
    finally:
        holder.communicate("", timeout=30)
    Journal(path).close()


WITHOUT_FCNTL = textwrap.dedent("""
    import json, sys, warnings
    sys.modules["fcntl"] = None  # as on Windows: `import fcntl` raises ImportError
    base_url, api_key, out = sys.argv[1:]
    warnings.simplefilter("ignore")  # filelock says it falls back to a lock file

    import apimart_video
    from apimart_video import JournalError, PollPolicy, VideoClient
    from apimart_video.batch.journal import Journal

    polls = PollPolicy(first_poll=0.05, floor=0.05, cap=0.3)
    with VideoClient(api_key, base_url=base_url, poll_policy=polls) as client:
        task = client.generate_and_wait(prompt="a fox in the snow", timeout=30)
        video = client.download(task, out + "/fox.mp4")
        jobs = [{"id": "a", "prompt": "shot a"}, {"id": "b", "prompt": "shot b"}]
        summary = client.batch(jobs, out + "/batch")
    journal = Journal(summary.journal)
    try:
        Journal(summary.journal)
        refused = None
    except JournalError as error:
        refused = str(error)
    journal.close()
    print(json.dumps({
        "fcntl": sys.modules.get("fcntl", "absent") is None,
        "video": str(video),
        "done": summary.done,
        "jobs": summary.jobs,
        "refused": refused,
    }))
""")


def test_without_fcntl_the_client_and_a_batch_run_against_a_real_server(
    apimart_server: RunningServer, tmp_path: Path
) -> None:
    finished = subprocess.run(
        [
            sys.executable,
            "-c",
            WITHOUT_FCNTL,
            apimart_server.base_url,
            apimart_server.api_key,
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    found = json.loads(finished.stdout)
    assert found["fcntl"] is True  # still blocked at the end: nothing found another way in
    assert Path(found["video"]).read_bytes()[4:8] == b"ftyp"
    assert (found["done"], found["jobs"]) == (2, 2)
    assert sorted(p.name for p in (tmp_path / "batch").glob("*.mp4")) == ["a.mp4", "b.mp4"]
    assert "in use by another batch" in (found["refused"] or "")
    assert apimart_server.app.generations_started == 3
