"""The main job, end to end: from a local image, generate a video, wait with progress,
download the MP4. The first frame (a sunset gradient) is written as a PNG, uploaded by the
client, and its URL sent as the first frame.

Against the embedded reference server by default (no key, no cost). With
`APIMART_API_KEY` set and `APIMART_LIVE_BUDGET` >= 1 it runs against the live API instead
and spends one generation.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import struct
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from apimart_video import APIMartError, Task, VideoClient
from apimart_video.testing import run_server

PROMPT = "A coastal road at sunset, slow-motion camera push-in, cinematic feel"
console = Console(stderr=True)


@contextlib.contextmanager
def api() -> Iterator[tuple[str, str, str]]:
    """(base URL, key, what it is): the live API when allowed to spend, else a local server."""
    key = os.environ.get("APIMART_API_KEY")
    budget = int(os.environ.get("APIMART_LIVE_BUDGET", "0") or 0)
    if key and budget >= 1:
        yield "https://api.apimart.ai", key, "the live APIMart API (1 billed generation)"
        return
    if key:
        console.print(
            "APIMART_API_KEY is set but APIMART_LIVE_BUDGET is not >= 1: "
            "using the reference server, spending nothing."
        )
    with run_server(clock_speed=10.0) as server:
        yield server.base_url, server.api_key, f"the reference server at {server.base_url}"


def sunset_png(path: Path, width: int = 640, height: int = 360) -> Path:
    """Write a PNG of a sunset gradient (orange sky over a dark sea), with no imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = bytearray()
    for y in range(height):
        share = y / height
        pixel = (
            bytes((255, int(90 + 110 * share), int(40 + 60 * share)))
            if share < 0.6
            else bytes((20, 40, int(80 + 60 * (1 - share))))
        )
        rows += b"\x00" + pixel * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
    data += chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b"")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def is_mp4(path: Path) -> bool:
    """True when the file starts with an ISO media `ftyp` box."""
    with path.open("rb") as handle:
        return handle.read(12)[4:8] == b"ftyp"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=Path("demo-output/sunset.mp4"))
    args = parser.parse_args()
    frame = sunset_png(args.output.with_name("frame.png"))
    with api() as (base_url, key, what):
        console.print(f"generating against {what}, from the local image {frame}")
        with VideoClient(key, base_url=base_url) as client:
            # A local path: the client uploads it first and sends the URL it gets back.
            submitted = client.first_frame_to_video(
                frame, prompt=PROMPT, resolution="720P", duration=5
            )
            console.print(
                f"submitted task [bold]{submitted.task_id}[/] "
                f"(resume with: apimart-video wait {submitted.task_id})"
            )
            with Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                TextColumn("{task.percentage:>3.0f}%"),
                TimeElapsedColumn(),
                console=console,
            ) as progress:
                bar = progress.add_task("pending", total=100)

                def show(task: Task) -> None:
                    progress.update(bar, completed=task.progress or 0, description=task.raw_status)

                try:
                    task = client.wait(submitted, on_progress=show)
                except APIMartError as error:
                    console.print(f"[red]{error}")
                    return 1
            path = client.download(task, args.output)
    size = path.stat().st_size
    if not is_mp4(path):
        console.print(f"[red]{path} is not an MP4")
        return 1
    print(f"{path.resolve()} ({size} bytes, MP4)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
