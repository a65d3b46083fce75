"""Where the CLI writes: results to stdout, news and progress to stderr (a rich bar on a
terminal, a line per change otherwise). Shared by the single-task and the batch commands."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from apimart_video._types import Task

__all__ = ["Console"]


class Console:
    """Where the CLI writes: results to stdout, news and progress to stderr."""

    def __init__(self, as_json: bool, out: TextIO, err: TextIO) -> None:
        self.as_json = as_json
        self.out = out
        self.err = err

    def news(self, text: str) -> None:
        print(text, file=self.err, flush=True)

    def result(self, document: dict[str, Any], text: str) -> None:
        if self.as_json:
            print(json.dumps(document), file=self.out, flush=True)
        else:
            print(text, file=self.out, flush=True)

    @contextlib.contextmanager
    def progress(self, task_id: str) -> Iterator[Callable[[Task], object]]:
        """A progress callback: a rich bar on a terminal, a line per change otherwise."""
        if self.err.isatty() and not self.as_json:
            with _rich_bar(task_id, self.err) as update:
                if update is not None:
                    yield update
                    return
        seen: list[tuple[str, int | None]] = []

        def report(task: Task) -> None:
            state = (task.raw_status, task.progress)
            if not seen or seen[-1] != state:
                seen.append(state)
                self.news(f"{task.task_id}: {task.raw_status} {task.progress or 0}%")

        yield report


@contextlib.contextmanager
def _rich_bar(task_id: str, stream: TextIO) -> Iterator[Callable[[Task], object] | None]:
    """A rich progress bar, or None without the `[cli]` extra (rich is optional)."""
    try:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
    except ImportError:
        yield None
        return
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TimeElapsedColumn(),
        console=Console(file=stream),
        transient=True,
    ) as bar:
        bar_id = bar.add_task(task_id, total=100)

        def update(task: Task) -> None:
            bar.update(
                bar_id, completed=task.progress or 0, description=f"{task_id} {task.raw_status}"
            )

        yield update
